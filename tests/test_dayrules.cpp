// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// Records on days they cannot carry: attendance on a weekend or holiday (but 公出, accepted with
// a warning), an activity held outside its worker's placement; refused by core, by the schema
// and by the import alike.
#include "core/activity.h"
#include "core/attendance.h"
#include "core/calendar.h"
#include "core/dayrules.h"
#include "core/io/importer.h"
#include "helpers.h"

using namespace core;

namespace {

QDate day(const char *iso)
{
    return fromIsoDate(QString::fromLatin1(iso));
}

// 李娜 placed at 八里庄 from 2026-03-01 to 2026-10-31 under a 2026 contract; the 2026 calendar.
struct World
{
    Database db = memoryDb();
    qint64 li = 0, street = 0;

    World()
    {
        REQUIRE(Calendar(db).ensureYears(2026, 2026).ok());
        REQUIRE(db.run(QStringLiteral("INSERT INTO district (id, name) VALUES (1, '朝阳区')")).ok());
        REQUIRE(db.run(QStringLiteral("INSERT INTO street (id, district_id, name) VALUES (1, 1, '八里庄街道')")).ok());
        REQUIRE(db.run(QStringLiteral("INSERT INTO purchaser (id, name) VALUES (1, '民政局')")).ok());
        REQUIRE(db.run(QStringLiteral("INSERT INTO contract (id, code, purchaser_id, start_date, end_date, post_count, "
                                      "status) VALUES (1, 'C-2026', 1, '2026-01-01', '2026-12-31', 1, 'active')"))
                    .ok());
        REQUIRE(db.run(QStringLiteral("INSERT INTO post (id, contract_id, street_id) VALUES (1, 1, 1)")).ok());
        REQUIRE(db.run(QStringLiteral("INSERT INTO social_worker (id, code, name) VALUES (1, 'W001', '李娜')")).ok());
        REQUIRE(db.run(QStringLiteral("INSERT INTO placement (worker_id, post_id, start_date, end_date) "
                                      "VALUES (1, 1, '2026-03-01', '2026-10-31')"))
                    .ok());
        li = 1;
        street = 1;
    }
    Status attend(const char *iso, AttendanceStatus status) const
    {
        AttendanceRecord r;
        r.workerId = li;
        r.day = day(iso);
        r.status = status;
        return AttendanceRepository(db).set(r);
    }
};

} // namespace

TEST_CASE("Attendance on a weekend or holiday is refused, business out accepted with a warning", "[dayrules]")
{
    World w;
    CHECK(w.attend("2026-10-12", AttendanceStatus::Present).ok()); // a Monday
    CHECK(w.attend("2026-10-10", AttendanceStatus::Present).ok()); // a Saturday, the make-up day after 国庆节
    const Status saturday = w.attend("2026-10-17", AttendanceStatus::Present);
    REQUIRE_FALSE(saturday.ok());
    CHECK(saturday.error().message.contains(QStringLiteral("2026-10-17 is not a working day")));
    CHECK_FALSE(w.attend("2026-10-01", AttendanceStatus::SickLeave).ok()); // 国庆节
    CHECK(w.attend("2026-10-17", AttendanceStatus::BusinessOut).ok());
    const auto warning = DayRules::attendanceOn(w.db, day("2026-10-17"), AttendanceStatus::BusinessOut);
    REQUIRE(warning.ok());
    CHECK(warning.value().contains(QStringLiteral("not a working day")));
    CHECK(DayRules::attendanceOn(w.db, day("2026-10-12"), AttendanceStatus::Present).value().isEmpty());

    // The schema backs it: a plain INSERT on a Sunday is refused with core's message.
    const auto raw = w.db.run(QStringLiteral("INSERT INTO attendance (worker_id, day, status) VALUES (1, "
                                             "'2026-10-18', 'present')"));
    REQUIRE_FALSE(raw.ok());
    CHECK(raw.error().message.contains(QStringLiteral("working day")));
    CHECK(w.db.run(QStringLiteral("INSERT INTO attendance (worker_id, day, status) VALUES (1, '2026-10-18', "
                                  "'business')"))
              .ok());
    CHECK_FALSE(w.db.run(QStringLiteral("UPDATE attendance SET status = 'present' WHERE day = '2026-10-18'")).ok());
}

TEST_CASE("An activity held before the placement started or after it ended is refused", "[dayrules]")
{
    World w;
    ActivityRepository repo(w.db);
    Activity a;
    a.title = QStringLiteral("重阳敬老");
    a.workerId = w.li;
    a.streetId = w.street;
    a.targetGroups = {TargetGroup::Elderly};
    a.plannedOn = day("2026-02-20");
    const qint64 id = repo.add(a).value();
    REQUIRE(repo.submit(id, day("2026-02-01")).ok());
    REQUIRE(repo.approve(id, QStringLiteral("民政科"), day("2026-02-02")).ok());
    const Status before = repo.markHeld(id, day("2026-02-20"), 12);
    REQUIRE_FALSE(before.ok());
    CHECK(before.error().message.contains(QStringLiteral("李娜 was not placed in a post on 2026-02-20")));
    CHECK_FALSE(repo.markHeld(id, day("2026-11-05"), 12).ok());
    // Behind core's back too.
    CHECK_FALSE(w.db.run(QStringLiteral("UPDATE activity SET status = 'held', held_on = '2026-02-20', "
                                        "actual_participants = 3 WHERE id = ?"),
                         {id})
                    .ok());
    CHECK(repo.markHeld(id, day("2026-03-20"), 12).ok());
}

TEST_CASE("The import refuses attendance on a day off, but not business out", "[dayrules][import]")
{
    World w;
    const QList<QStringList> rows = {{QStringLiteral("工号"), QStringLiteral("日期"), QStringLiteral("状态")},
                                     {QStringLiteral("W001"), QStringLiteral("2026-10-09"), QStringLiteral("出勤")},
                                     {QStringLiteral("W001"), QStringLiteral("2026-10-17"), QStringLiteral("出勤")},
                                     {QStringLiteral("W001"), QStringLiteral("2026-10-01"), QStringLiteral("病假")},
                                     {QStringLiteral("W001"), QStringLiteral("2026-10-18"), QStringLiteral("公出")},
                                     {QStringLiteral("W001"), QStringLiteral("2026-10-10"), QStringLiteral("出勤")}};
    const auto plan = io::Importer(w.db).planRows(io::ImportKind::Attendance, rows);
    REQUIRE(plan.ok());
    // Rows 3 and 4 are refused; row 5 (business out on a Sunday) is written with a warning; row 6
    // is the make-up working day after 国庆节.
    CHECK(plan->errorRows == 2);
    CHECK(plan->newRows == 3);
    QList<int> listed;
    for (const io::ImportProblem &p : plan->problems) {
        listed << p.row;
        CHECK(p.kind == io::ProblemKind::DayOff);
    }
    CHECK(listed == QList<int>{3, 4, 5});
    CHECK(plan->problems.first().reason.contains(QStringLiteral("not a working day")));
    CHECK(plan->problems.last().reason.contains(QStringLiteral("business out")));
}
