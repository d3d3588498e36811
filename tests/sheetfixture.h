// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// Test and benchmark data for evaluations: a contract, streets, posts, workers placed all year,
// attendance, held activities and supervision sessions, made with parameterised SQL.
#pragma once

#include "core/calendar.h"
#include "core/database.h"
#include "core/period.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sheetfixture {

inline qint64 must(const core::Result<qint64> &r)
{
    if (!r)
        qFatal("fixture: %s", qPrintable(r.error().message));
    return r.value();
}

inline void run(const core::Database &db, const QString &sql, const QVariantList &values = {})
{
    auto r = db.run(sql, values);
    if (!r)
        qFatal("fixture: %s", qPrintable(r.error().message));
}

struct Data
{
    QList<qint64> workers;
    qint64 supervisorId = 0;
};

// `workers` workers placed for 2026 in as many streets. Worker i is absent on (i % 3) workdays
// of each month in [attendanceFrom, attendanceTo], present on the others; holds `activitiesPerMonth`
// activities a month with 40 participants each; attends one supervision session a month.
inline Data make(const core::Database &db, int workers, QDate attendanceFrom = QDate(2026, 3, 1),
                 QDate attendanceTo = QDate(2026, 3, 31), int activitiesPerMonth = 2)
{
    core::Transaction tx(db);
    Data d;
    const qint64 district =
        must(db.insert(QStringLiteral("INSERT INTO district (name) VALUES (?)"), {QStringLiteral("东城区")}));
    const qint64 purchaser =
        must(db.insert(QStringLiteral("INSERT INTO purchaser (name) VALUES (?)"), {QStringLiteral("东城区民政局")}));
    const qint64 contract = must(db.insert(
        QStringLiteral("INSERT INTO contract (code, title, purchaser_id, start_date, end_date, post_count, status) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {QStringLiteral("DC-2026-001"), QStringLiteral("一街一社工"), purchaser, QStringLiteral("2026-01-01"),
         QStringLiteral("2026-12-31"), workers, QStringLiteral("active")}));
    d.supervisorId =
        must(db.insert(QStringLiteral("INSERT INTO supervisor (name) VALUES (?)"), {QStringLiteral("王督导")}));
    if (!core::Calendar(db).ensureYears(2026, 2026))
        qFatal("fixture: calendar");
    static const char16_t *kSurnames[] = {u"张", u"王", u"李", u"赵", u"刘", u"陈", u"杨", u"黄", u"周", u"吴"};
    static const char16_t *kGiven[] = {u"晓明", u"丽华", u"建国", u"秀英", u"志强",
                                       u"海燕", u"文静", u"伟",   u"芳",   u"磊"};

    QSqlQuery attendance =
        db.prepare(QStringLiteral("INSERT INTO attendance (worker_id, day, status) VALUES (?, ?, ?)"));
    QList<QDate> workdays;
    for (QDate day = attendanceFrom; day <= attendanceTo; day = day.addDays(1))
        if (core::Calendar(db).isWorkday(day))
            workdays << day;

    for (int i = 0; i < workers; ++i) {
        const qint64 street = must(db.insert(QStringLiteral("INSERT INTO street (district_id, name) VALUES (?, ?)"),
                                             {district, QStringLiteral("第%1街道").arg(i + 1)}));
        const qint64 department =
            must(db.insert(QStringLiteral("INSERT INTO department (street_id, name) VALUES (?, ?)"),
                           {street, QStringLiteral("民政科")}));
        const qint64 post = must(
            db.insert(QStringLiteral("INSERT INTO post (contract_id, street_id) VALUES (?, ?)"), {contract, street}));
        const QString name = QString::fromUtf16(kSurnames[i % 10]) + QString::fromUtf16(kGiven[(i / 10) % 10]) +
                             (i >= 100 ? QString::number(i / 100) : QString());
        const qint64 worker =
            must(db.insert(QStringLiteral("INSERT INTO social_worker (name, qualification) VALUES (?, ?)"),
                           {name, QStringLiteral("assistant")}));
        must(db.insert(
            QStringLiteral("INSERT INTO placement (worker_id, post_id, department_id, start_date) VALUES (?, ?, ?, ?)"),
            {worker, post, department, QStringLiteral("2026-01-01")}));
        d.workers << worker;

        int month = 0, absentLeft = 0;
        for (const QDate &day : workdays) {
            if (day.month() != month) {
                month = day.month();
                absentLeft = i % 3;
            }
            attendance.addBindValue(worker);
            attendance.addBindValue(core::isoDate(day));
            attendance.addBindValue(absentLeft-- > 0 ? QStringLiteral("absent") : QStringLiteral("present"));
            if (!attendance.exec())
                qFatal("fixture: attendance");
        }
        for (int m = attendanceFrom.month(); m <= attendanceTo.month(); ++m) {
            for (int a = 0; a < activitiesPerMonth; ++a) {
                const QString day = core::isoDate(QDate(2026, m, 10 + a));
                const qint64 activity = must(db.insert(
                    QStringLiteral(
                        "INSERT INTO activity (title, worker_id, street_id, type, planned_on) VALUES (?, ?, ?, ?, ?)"),
                    {QStringLiteral("长者健康讲座"), worker, street, QStringLiteral("community"), day}));
                run(db, QStringLiteral("UPDATE activity SET status = 'submitted', submitted_on = ? WHERE id = ?"),
                    {day, activity});
                run(db, QStringLiteral("UPDATE activity SET status = 'approved', reviewed_on = ? WHERE id = ?"),
                    {day, activity});
                run(db,
                    QStringLiteral(
                        "UPDATE activity SET status = 'held', held_on = ?, actual_participants = 40 WHERE id = ?"),
                    {day, activity});
            }
            const qint64 session = must(db.insert(
                QStringLiteral(
                    "INSERT INTO supervision_session (supervisor_id, held_on, form) VALUES (?, ?, 'individual')"),
                {d.supervisorId, core::isoDate(QDate(2026, m, 20))}));
            must(db.insert(QStringLiteral("INSERT INTO supervision_attendee (session_id, worker_id) VALUES (?, ?)"),
                           {session, worker}));
        }
    }
    if (!tx.commit())
        qFatal("fixture: commit");
    return d;
}

} // namespace sheetfixture
