// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// A small agency for the report for the purchaser, made by hand with plain SQL, so that every
// figure of the report for March 2026 can be worked out on paper (tests/test_purchaserreport.cpp
// does it in its comments).
//
// March 2026: 31 days, no holiday; 1 March a Sunday, so 22 working days: 2–6, 9–13, 16–20,
// 23–27, 30–31.
//
// Contract DC-2026 (东城区民政局), 2026-01-01..2026-12-31, three posts, 30,000.00 yuan each:
//   P1 甲街道: 王一 placed from 2026-01-01, open.
//   P2 乙街道: 李二 2026-01-01..2026-03-10 (resigned, handover note written);
//              赵三 from 2026-03-16 (placed mid-period), open.
//   P3 丙街道: 孙四 2026-01-01..2026-03-05 (resigned, no handover note); vacant after.
// Contract XC-2026 (西城区, another purchaser), 2026-03-10..2027-03-09, one post:
//   P4 丁街道: 周五 from 2026-03-10 (the contract's first day). Out of DC-2026's report.
#pragma once

#include "core/calendar.h"
#include "core/database.h"
#include "helpers.h"

#include <QDate>
#include <QString>

namespace reportfixture {

inline QDate d(int month, int day, int year = 2026)
{
    return QDate(year, month, day);
}

struct Agency
{
    core::Database db;
    qint64 dongcheng = 0, xicheng = 0;
    qint64 s1 = 0, s2 = 0, s3 = 0, s4 = 0;
    qint64 c1 = 0, c2 = 0, draft = 0;
    qint64 p1 = 0, p2 = 0, p3 = 0, p4 = 0;
    qint64 w1 = 0, w2 = 0, w3 = 0, w4 = 0, w5 = 0;
    qint64 supervisor = 0;

    explicit Agency(core::Database database = memoryDb())
        : db(std::move(database))
    {
        if (!core::Calendar(db).ensureYears(2026, 2027))
            FAIL("calendar");
        setting("agency_name", QStringLiteral("北京市协力社会工作服务中心"));
        setting("reference_wage", QStringLiteral("254000"));
        dongcheng = add("INSERT INTO district (name) VALUES (?)", {QStringLiteral("东城区")});
        xicheng = add("INSERT INTO district (name) VALUES (?)", {QStringLiteral("西城区")});
        const char *street = "INSERT INTO street (district_id, name) VALUES (?, ?)";
        s1 = add(street, {dongcheng, QStringLiteral("甲街道")});
        s2 = add(street, {dongcheng, QStringLiteral("乙街道")});
        s3 = add(street, {dongcheng, QStringLiteral("丙街道")});
        s4 = add(street, {xicheng, QStringLiteral("丁街道")});
        const qint64 bureau = add("INSERT INTO purchaser (name) VALUES (?)", {QStringLiteral("东城区民政局")});
        const qint64 office = add("INSERT INTO purchaser (name) VALUES (?)", {QStringLiteral("西城区社工委")});
        const char *contract = "INSERT INTO contract (code, title, purchaser_id, start_date, end_date, post_count,"
                               " funding_per_post, status) VALUES (?, ?, ?, ?, ?, ?, 3000000, ?)";
        c1 = add(contract, {QStringLiteral("DC-2026"), QStringLiteral("东城区一街一社工项目"), bureau,
                            QStringLiteral("2026-01-01"), QStringLiteral("2026-12-31"), 3, QStringLiteral("active")});
        c2 = add(contract, {QStringLiteral("XC-2026"), QStringLiteral("西城区一街一社工项目"), office,
                            QStringLiteral("2026-03-10"), QStringLiteral("2027-03-09"), 1, QStringLiteral("active")});
        draft = add(contract, {QStringLiteral("DC-2027"), QStringLiteral("续签草案"), bureau,
                               QStringLiteral("2027-01-01"), QStringLiteral("2027-12-31"), 0, QStringLiteral("draft")});
        const char *post = "INSERT INTO post (contract_id, street_id) VALUES (?, ?)";
        p1 = add(post, {c1, s1});
        p2 = add(post, {c1, s2});
        p3 = add(post, {c1, s3});
        p4 = add(post, {c2, s4});
        const char *worker = "INSERT INTO social_worker (name) VALUES (?)";
        w1 = add(worker, {QStringLiteral("王一")});
        w2 = add(worker, {QStringLiteral("李二")});
        w3 = add(worker, {QStringLiteral("赵三")});
        w4 = add(worker, {QStringLiteral("孙四")});
        w5 = add(worker, {QStringLiteral("周五")});
        place(w1, p1, d(1, 1));
        place(w2, p2, d(1, 1), d(3, 10), QStringLiteral("社区老人个案三宗待跟进。"));
        place(w3, p2, d(3, 16));
        place(w4, p3, d(1, 1), d(3, 5), QString());
        place(w5, p4, d(3, 10));
        supervisor = add("INSERT INTO supervisor (name) VALUES (?)", {QStringLiteral("钱督导")});

        attendance();
        activities();
        workLog();
        supervision();
        meetings();
        evaluations();
        funding();
    }

    qint64 add(const char *sql, const QVariantList &values) const
    {
        auto id = db.insert(QString::fromUtf8(sql), values);
        if (!id)
            FAIL(id.error().message.toStdString());
        return id.value();
    }
    void exec(const char *sql, const QVariantList &values = {}) const
    {
        auto q = db.run(QString::fromUtf8(sql), values);
        if (!q)
            FAIL(q.error().message.toStdString());
    }
    void setting(const char *key, const QString &value) const
    {
        if (!db.setSetting(QString::fromLatin1(key), value))
            FAIL("setting");
    }
    void place(qint64 worker, qint64 post, QDate from, QDate to = {}, const QString &note = {}) const
    {
        add("INSERT INTO placement (worker_id, post_id, start_date, end_date, end_reason, handover_note)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            {worker, post, core::isoDate(from), to.isValid() ? QVariant(core::isoDate(to)) : QVariant(),
             to.isValid() ? QVariant(QStringLiteral("resigned")) : QVariant(), core::nonNull(note)});
    }
    void set(qint64 worker, QDate day, const char *status) const
    {
        exec("INSERT INTO attendance (worker_id, day, status) VALUES (?, ?, ?) "
             "ON CONFLICT (worker_id, day) DO UPDATE SET status = excluded.status",
             {worker, core::isoDate(day), QString::fromLatin1(status)});
    }
    // `present` on every working day of [from, to].
    void present(qint64 worker, QDate from, QDate to) const
    {
        const core::Calendar calendar(db);
        for (QDate day = from; day <= to; day = day.addDays(1))
            if (calendar.isWorkday(day))
                set(worker, day, "present");
    }

    void attendance() const
    {
        // 王一: 2 Mar annual leave, 3 Mar sick, 4 Mar not recorded, present otherwise; a Saturday
        // (7 Mar) out on business (the one status a day off takes) is no working day and is not counted.
        present(w1, d(3, 1), d(3, 31));
        set(w1, d(3, 2), "annual");
        set(w1, d(3, 3), "sick");
        exec("DELETE FROM attendance WHERE worker_id = ? AND day = ?", {w1, QStringLiteral("2026-03-04")});
        set(w1, d(3, 7), "business");
        // 李二 present every day of the placement, and once after it ended (not counted).
        present(w2, d(3, 1), d(3, 10));
        set(w2, d(3, 12), "present");
        // 赵三: absent 16 Mar, late 17 Mar, present otherwise.
        present(w3, d(3, 16), d(3, 31));
        set(w3, d(3, 16), "absent");
        set(w3, d(3, 17), "late");
        // 孙四: personal leave 2 Mar.
        present(w4, d(3, 1), d(3, 5));
        set(w4, d(3, 2), "personal");
        present(w5, d(3, 10), d(3, 31));
    }

    // An application submitted on `submitted`; reviewed (approved or rejected) and held when given.
    qint64 activity(qint64 worker, qint64 street, const char *type, QDate submitted, QDate reviewed = {},
                    bool approve = true, QDate held = {}, int participants = 0, const QStringList &groups = {}) const
    {
        const qint64 a =
            add("INSERT INTO activity (title, worker_id, street_id, type, planned_on) VALUES (?, ?, ?, ?, ?)",
                {QStringLiteral("活动"), worker, street, QString::fromLatin1(type), core::isoDate(submitted)});
        for (const QString &g : groups)
            exec("INSERT INTO activity_target (activity_id, target_group) VALUES (?, ?)", {a, g});
        exec("UPDATE activity SET status = 'submitted', submitted_on = ? WHERE id = ?", {core::isoDate(submitted), a});
        if (reviewed.isValid())
            exec("UPDATE activity SET status = ?, reviewed_on = ? WHERE id = ?",
                 {approve ? QStringLiteral("approved") : QStringLiteral("rejected"), core::isoDate(reviewed), a});
        if (held.isValid())
            exec("UPDATE activity SET status = 'held', held_on = ?, actual_participants = ? WHERE id = ?",
                 {core::isoDate(held), participants, a});
        return a;
    }

    void activities() const
    {
        // Held in March at DC-2026's streets (A1–A3), after it (A4), at XC-2026's street (A5).
        activity(w1, s1, "community", d(3, 5), d(3, 5), true, d(3, 5), 30,
                 {QStringLiteral("elderly"), QStringLiteral("residents")});
        activity(w3, s2, "group", d(3, 20), d(3, 20), true, d(3, 20), 12, {QStringLiteral("youth")});
        activity(w1, s1, "casework", d(3, 31), d(3, 31), true, d(3, 31), 1, {QStringLiteral("disabled")});
        activity(w1, s1, "community", d(4, 1), d(4, 1), true, d(4, 1), 50, {QStringLiteral("elderly")});
        activity(w5, s4, "community", d(3, 10), d(3, 10), true, d(3, 10), 80, {QStringLiteral("elderly")});
        // Applications: A6 waiting, A7 rejected, A8 submitted in February and approved in March.
        activity(w1, s1, "group", d(3, 25));
        activity(w3, s2, "community", d(3, 2), d(3, 9), false);
        activity(w1, s1, "group", d(2, 25), d(3, 3), true);
    }

    void workLog() const
    {
        const char *log = "INSERT INTO work_log (worker_id, day, minutes, category) VALUES (?, ?, ?, ?)";
        add(log, {w1, QStringLiteral("2026-03-09"), 180, QStringLiteral("casework")});
        add(log, {w1, QStringLiteral("2026-03-10"), 60, QStringLiteral("admin")});
        add(log, {w3, QStringLiteral("2026-03-16"), 120, QStringLiteral("group")});
        add(log, {w3, QStringLiteral("2026-03-18"), 120, QStringLiteral("meeting")});
        add(log, {w2, QStringLiteral("2026-03-11"), 60, QStringLiteral("casework")}); // after the placement
        add(log, {w5, QStringLiteral("2026-03-12"), 90, QStringLiteral("community")});
    }

    qint64 session(QDate day, const char *form, const QList<qint64> &workers) const
    {
        const qint64 s = add("INSERT INTO supervision_session (supervisor_id, held_on, form) VALUES (?, ?, ?)",
                             {supervisor, core::isoDate(day), QString::fromLatin1(form)});
        for (qint64 w : workers)
            add("INSERT INTO supervision_attendee (session_id, worker_id) VALUES (?, ?)", {s, w});
        return s;
    }
    void followUp(qint64 session, std::optional<qint64> worker, QDate due, QDate done = {}) const
    {
        add("INSERT INTO follow_up (session_id, worker_id, action, due_on, done_on) VALUES (?, ?, ?, ?, ?)",
            {session, worker ? QVariant(*worker) : QVariant(), QStringLiteral("整理个案记录"), core::isoDate(due),
             done.isValid() ? QVariant(core::isoDate(done)) : QVariant()});
    }

    void supervision() const
    {
        const qint64 x1 = session(d(2, 10), "individual", {w1}); // 王一's last session
        const qint64 x2 = session(d(3, 18), "group", {w3, w5});
        const qint64 x3 = session(d(3, 25), "group", {w5}); // no DC-2026 worker
        session(d(3, 12), "individual", {w2});              // 李二 no longer placed
        const qint64 x6 = session(d(3, 27), "remote", {w3});
        followUp(x2, w3, d(3, 25), d(3, 24));
        followUp(x6, w3, d(3, 30));
        followUp(x1, w1, d(2, 28), d(3, 5));
        followUp(x3, w5, d(3, 10));
        followUp(x2, std::nullopt, d(3, 15));
    }

    void meetings() const
    {
        const char *meeting = "INSERT INTO exchange_meeting (held_on, kind, topic) VALUES (?, ?, ?)";
        const char *attendee = "INSERT INTO exchange_attendee (meeting_id, worker_id) VALUES (?, ?)";
        const qint64 m1 = add(
            meeting, {QStringLiteral("2026-03-12"), QStringLiteral("experience"), QStringLiteral("社区活动经验交流")});
        add(attendee, {m1, w1});
        add(attendee, {m1, w5});
        const qint64 m2 =
            add(meeting, {QStringLiteral("2026-03-20"), QStringLiteral("social"), QStringLiteral("联谊会")});
        add(attendee, {m2, w5});
        const qint64 m3 =
            add(meeting, {QStringLiteral("2026-04-02"), QStringLiteral("training"), QStringLiteral("培训")});
        add(attendee, {m3, w1});
    }

    void evaluations() const
    {
        const char *evaluation = "INSERT INTO evaluation (worker_id, period_kind, period_start, period_end, grade,"
                                 " status, total) VALUES (?, ?, ?, ?, ?, ?, ?)";
        add(evaluation, {w1, QStringLiteral("month"), QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31"),
                         QStringLiteral("good"), QStringLiteral("final"), 85.0});
        add(evaluation, {w3, QStringLiteral("month"), QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31"),
                         QStringLiteral("pass"), QStringLiteral("draft"), 70.0});
        add(evaluation, {w5, QStringLiteral("month"), QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31"),
                         QStringLiteral("excellent"), QStringLiteral("final"), 95.0});
        add(evaluation, {w1, QStringLiteral("quarter"), QStringLiteral("2026-01-01"), QStringLiteral("2026-03-31"),
                         QStringLiteral("good"), QStringLiteral("final"), 88.0});
    }

    void funding() const
    {
        const char *entry = "INSERT INTO funding_entry (contract_id, post_id, worker_id, kind, entry_date, month,"
                            " amount) VALUES (?, ?, ?, ?, ?, ?, ?)";
        const QVariant none;
        add(entry, {c1, none, none, QStringLiteral("receipt"), QStringLiteral("2026-01-10"), none, 4500000});
        for (qint64 p : {p1, p2, p3})
            add(entry, {c1, p, none, QStringLiteral("overhead"), QStringLiteral("2026-01-10"), none, 450000});
        add(entry, {c1, none, none, QStringLiteral("receipt"), QStringLiteral("2026-03-15"), none, 3000000});
        add(entry,
            {c1, p2, w2, QStringLiteral("pay"), QStringLiteral("2026-02-28"), QStringLiteral("2026-02"), 230000});
        add(entry, {c1, p2, w2, QStringLiteral("pay"), QStringLiteral("2026-03-10"), QStringLiteral("2026-03"), 75000});
        add(entry,
            {c1, p1, w1, QStringLiteral("pay"), QStringLiteral("2026-03-31"), QStringLiteral("2026-03"), 220000});
        add(entry,
            {c1, p2, w3, QStringLiteral("pay"), QStringLiteral("2026-03-31"), QStringLiteral("2026-03"), 110000});
        add(entry, {c1, none, none, QStringLiteral("receipt"), QStringLiteral("2026-04-02"), none, 3000000});
        add(entry, {c2, none, none, QStringLiteral("receipt"), QStringLiteral("2026-03-10"), none, 9999900});
    }
};

} // namespace reportfixture
