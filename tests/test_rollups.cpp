// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The monthly rollups (attendance_month, work_log_month, migration 003): the charts' figures
// read from them are the figures counted from the rows, as of any day, under any attendance
// rule, after edits of rows and of the calendar; check --full finds a rollup that went wrong.
#include "core/calendar.h"
#include "core/check.h"
#include "core/database.h"
#include "core/demo.h"
#include "core/reports.h"
#include "helpers.h"

#include <QTemporaryDir>

using namespace core;

namespace {

QString text(const AttendanceMonth &m)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
        .arg(m.month.toString(Qt::ISODate))
        .arg(m.requiredDays)
        .arg(m.attendedDays)
        .arg(m.excusedDays)
        .arg(m.absentDays)
        .arg(m.sickDays)
        .arg(m.personalDays)
        .arg(m.annualDays)
        .arg(m.unrecordedDays);
}

QString text(const WorkloadMonth &m)
{
    return QStringLiteral("%1 %2 %3").arg(m.month.toString(Qt::ISODate)).arg(m.professionalMinutes).arg(m.adminMinutes);
}

// Every figure of the rollups against the rows, for a few as-of days and scopes.
void sameFigures(const Database &db)
{
    const Reports rollups(db);
    const Reports rows(db, Reports::Source::Rows);
    const MonthRange range(QDate(2025, 12, 1), QDate(2026, 11, 1));
    const QList<Scope> scopes{Scope::agency(), Scope::worker(3), Scope::street(2), Scope::district(1),
                              Scope::contract(1)};
    for (const QDate asOf : {QDate(2026, 11, 30), QDate(2026, 11, 18), QDate(2026, 6, 1), QDate(2025, 11, 20)})
        for (const Scope &scope : scopes) {
            CAPTURE(asOf.toString(Qt::ISODate).toStdString(), int(scope.kind));
            auto a = rollups.attendance(range, scope, asOf);
            auto b = rows.attendance(range, scope, asOf);
            REQUIRE(a);
            REQUIRE(b);
            REQUIRE(a->size() == b->size());
            for (qsizetype i = 0; i < a->size(); ++i) {
                CHECK(text(a->at(i)).toStdString() == text(b->at(i)).toStdString());
                CHECK(a->at(i).countedTo == b->at(i).countedTo);
            }
            auto w = rollups.workload(range, scope, asOf);
            auto v = rows.workload(range, scope, asOf);
            REQUIRE(w);
            REQUIRE(v);
            REQUIRE(w->size() == v->size());
            for (qsizetype i = 0; i < w->size(); ++i)
                CHECK(text(w->at(i)).toStdString() == text(v->at(i)).toStdString());
            auto s = rollups.attendanceByStreet(range, scope, asOf);
            auto t = rows.attendanceByStreet(range, scope, asOf);
            REQUIRE(s);
            REQUIRE(t);
            REQUIRE(s->size() == t->size());
            for (qsizetype i = 0; i < s->size(); ++i) {
                CHECK(s->at(i).streetId == t->at(i).streetId);
                CHECK(text(s->at(i).totals).toStdString() == text(t->at(i).totals).toStdString());
            }
        }
}

} // namespace

TEST_CASE("Charts read from the monthly rollups count what the rows count", "[rollups]")
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("demo.db")));
    REQUIRE(opened);
    const Database db = opened.value();
    DemoOptions options;
    options.streets = 8;
    options.years = 2;
    options.endDate = QDate(2026, 11, 30);
    REQUIRE(DemoGenerator(db, options).run());
    REQUIRE(db.scalar(QStringLiteral("SELECT count(*) FROM attendance_month")).value().toInt() > 100);

    SECTION("as written by the demo")
    {
        sameFigures(db);
    }
    SECTION("under another attendance rule, set in Settings")
    {
        REQUIRE(db.setSetting(QStringLiteral("attendance_rule"),
                              QStringLiteral("present,late,business|sick,annual|absent,personal,left_early")));
        sameFigures(db);
    }
    SECTION("after records and the calendar change")
    {
        REQUIRE(db.run(QStringLiteral("UPDATE attendance SET status = 'sick' WHERE id % 7 = 0")));
        REQUIRE(db.run(QStringLiteral("UPDATE attendance SET day = date(day, '+1 day') WHERE id % 97 = 0 "
                                      "AND NOT EXISTS (SELECT 1 FROM attendance b WHERE b.worker_id = "
                                      "attendance.worker_id AND b.day = date(attendance.day, '+1 day')) "
                                      "AND (SELECT workday FROM calendar_day WHERE day = date(attendance.day, "
                                      "'+1 day')) = 1")));
        REQUIRE(db.run(QStringLiteral("DELETE FROM attendance WHERE id % 11 = 0")));
        REQUIRE(db.run(QStringLiteral("UPDATE work_log SET minutes = minutes + 5, category = 'admin' "
                                      "WHERE id % 5 = 0")));
        REQUIRE(db.run(QStringLiteral("DELETE FROM work_log WHERE id % 13 = 0")));
        // A Sunday made a working day and worked, and a weekday made a holiday (the calendar
        // editor's two moves; a day takes attendance once it is a working day).
        const Calendar calendar(db);
        REQUIRE(calendar.setSpecialDay({QDate(2026, 3, 8), CalendarKind::Workday, QStringLiteral("调休")}));
        REQUIRE(db.run(QStringLiteral("INSERT OR IGNORE INTO attendance (worker_id, day, status) SELECT worker_id, "
                                      "'2026-03-08', 'present' FROM attendance WHERE day = '2026-03-06'")));
        REQUIRE(calendar.setSpecialDay({QDate(2026, 6, 10), CalendarKind::Holiday, QStringLiteral("假")}));
        sameFigures(db);
        REQUIRE(calendar.clearSpecialDay(QDate(2026, 3, 8)));
        sameFigures(db);
        auto problems = checkDatabase(db, CheckDepth::Full);
        REQUIRE(problems);
        CHECK(problems->isEmpty());
    }
    SECTION("a rollup changed behind the triggers' back is found by the full check")
    {
        REQUIRE(db.run(
            QStringLiteral("UPDATE work_log_month SET minutes = minutes + 1 WHERE (month, worker_id, category) IN "
                           "(SELECT month, worker_id, category FROM work_log_month LIMIT 1)")));
        auto full = checkDatabase(db, CheckDepth::Full);
        REQUIRE(full);
        REQUIRE(full->size() == 1);
        CHECK(full->first().kind == QStringLiteral("work_log_rollup"));
    }
}
