// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// Reports, alerts and key figures on a small agency built by hand with plain SQL; every
// expected figure is worked out in the comments.
#include "core/alerts.h"
#include "core/funding.h"
#include "core/reports.h"
#include "core/summary.h"
#include "helpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace core;

namespace {

qint64 add(const Database &db, const char *sql, const QVariantList &values)
{
    auto id = db.insert(QString::fromLatin1(sql), values);
    if (!id)
        FAIL(id.error().message.toStdString());
    return id.value();
}

void exec(const Database &db, const char *sql, const QVariantList &values)
{
    auto q = db.run(QString::fromLatin1(sql), values);
    if (!q)
        FAIL(q.error().message.toStdString());
}

QDate day(const char *text)
{
    return QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
}

// The calendar (resources/calendar) for the months used here:
//   February 2026: Spring Festival 15–23 Feb off, Sat 14 and Sat 28 Feb worked.
//   March 2026: no holiday; 1 March is a Sunday, so 22 weekdays:
//     2–6, 9–13, 16–20, 23–27, 30–31.
//   April 2026: 22 weekdays minus Mon 6 April (Qingming) = 21.
struct Agency
{
    Database db = memoryDb();
    qint64 d1 = 0, d2 = 0;                 // districts
    qint64 s1 = 0, s2 = 0, s3 = 0, s4 = 0; // streets: s1, s2 in d1; s3, s4 in d2
    qint64 c1 = 0, c0 = 0;                 // c1 runs all 2026 with 4 posts; c0 ends 2026-05-31, no posts
    qint64 p1 = 0, p2 = 0, p3 = 0, p4 = 0; // c1's posts in s1..s4; p3 stays vacant
    qint64 w1 = 0, w2 = 0, w3 = 0, w4 = 0; // Wang, Li, Zhao, Sun
    qint64 followUp1 = 0, followUp3 = 0;
    qint64 a6 = 0; // the activity waiting for review
    qint64 successor = 0;

    Agency()
    {
        d1 = add(db, "INSERT INTO district (name) VALUES (?)", {QStringLiteral("East")});
        d2 = add(db, "INSERT INTO district (name) VALUES (?)", {QStringLiteral("West")});
        const char *street = "INSERT INTO street (district_id, name) VALUES (?, ?)";
        s1 = add(db, street, {d1, QStringLiteral("S1")});
        s2 = add(db, street, {d1, QStringLiteral("S2")});
        s3 = add(db, street, {d2, QStringLiteral("S3")});
        s4 = add(db, street, {d2, QStringLiteral("S4")});
        const qint64 purchaser = add(db, "INSERT INTO purchaser (name) VALUES (?)", {QStringLiteral("Bureau")});
        const char *contract = "INSERT INTO contract (code, purchaser_id, start_date, end_date, post_count, status)"
                               " VALUES (?, ?, ?, ?, ?, ?)";
        c1 = add(db, contract,
                 {QStringLiteral("C1"), purchaser, QStringLiteral("2026-01-01"), QStringLiteral("2026-12-31"), 4,
                  QStringLiteral("active")});
        c0 = add(db, contract,
                 {QStringLiteral("C0"), purchaser, QStringLiteral("2025-06-01"), QStringLiteral("2026-05-31"), 0,
                  QStringLiteral("active")});
        // Neither of these runs on 2026-04-15: a draft and a contract that ended last year.
        add(db, contract,
            {QStringLiteral("DRAFT"), purchaser, QStringLiteral("2026-01-01"), QStringLiteral("2026-04-30"), 0,
             QStringLiteral("draft")});
        add(db, contract,
            {QStringLiteral("OLD"), purchaser, QStringLiteral("2025-01-01"), QStringLiteral("2025-12-31"), 0,
             QStringLiteral("ended")});
        const char *post = "INSERT INTO post (contract_id, street_id) VALUES (?, ?)";
        p1 = add(db, post, {c1, s1});
        p2 = add(db, post, {c1, s2});
        p3 = add(db, post, {c1, s3});
        p4 = add(db, post, {c1, s4});
        const char *worker = "INSERT INTO social_worker (name) VALUES (?)";
        w1 = add(db, worker, {QStringLiteral("Wang")});
        w2 = add(db, worker, {QStringLiteral("Li")});
        w3 = add(db, worker, {QStringLiteral("Zhao")});
        w4 = add(db, worker, {QStringLiteral("Sun")});
        const char *placement = "INSERT INTO placement (worker_id, post_id, start_date, end_date) VALUES (?, ?, ?, ?)";
        // Wang in s1 from Mon 9 March: 17 required days in March (9–13, 16–20, 23–27, 30–31).
        add(db, placement, {w1, p1, QStringLiteral("2026-03-09"), QVariant()});
        // Street s2 has two workers in March: Li until Fri 13 March (10 days: 2–6, 9–13),
        // then Zhao from Mon 16 March (12 days: 16–20, 23–27, 30–31).
        add(db, placement, {w2, p2, QStringLiteral("2026-01-01"), QStringLiteral("2026-03-13")});
        add(db, placement, {w3, p2, QStringLiteral("2026-03-16"), QVariant()});
        // Sun in s4 from 2 February: all 22 March days, and not one attendance row.
        add(db, placement, {w4, p4, QStringLiteral("2026-02-02"), QVariant()});

        addAttendance();
        addWorkLog();
        addActivities();
        addSupervision();
        addFunding();
    }

    void attend(qint64 worker, QDate from, QDate to, const QMap<int, QString> &special = {})
    {
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            if (d.dayOfWeek() > 5)
                continue;
            add(db, "INSERT INTO attendance (worker_id, day, status) VALUES (?, ?, ?)",
                {worker, isoDate(d), special.value(d.day(), QStringLiteral("present"))});
        }
    }

    void addAttendance()
    {
        // Wang: 17 days, sick on 10 and 11 March → 15 present; rate 15/17.
        attend(w1, day("2026-03-09"), day("2026-03-31"), {{10, QStringLiteral("sick")}, {11, QStringLiteral("sick")}});
        // A Saturday out on business (all a day off takes) is not a required day and is not counted.
        add(db, "INSERT INTO attendance (worker_id, day, status) VALUES (?, ?, ?)",
            {w1, QStringLiteral("2026-03-14"), QStringLiteral("business")});
        // Li: 10 days, late on the 3rd (counts as present), absent on the 4th → 9 present.
        attend(w2, day("2026-03-02"), day("2026-03-13"), {{3, QStringLiteral("late")}, {4, QStringLiteral("absent")}});
        // Zhao: 12 days, business out on the 17th (present), personal leave on the 18th,
        // annual leave on the 19th → 10 present.
        attend(w3, day("2026-03-16"), day("2026-03-31"),
               {{17, QStringLiteral("business")}, {18, QStringLiteral("personal")}, {19, QStringLiteral("annual")}});
    }

    void addWorkLog()
    {
        const char *log = "INSERT INTO work_log (worker_id, day, minutes, category) VALUES (?, ?, ?, ?)";
        // Wang: professional 240 + 120 = 360, administrative 60 + 60 + 120 = 240.
        add(db, log, {w1, QStringLiteral("2026-03-12"), 240, QStringLiteral("casework")});
        add(db, log, {w1, QStringLiteral("2026-03-12"), 120, QStringLiteral("community")});
        add(db, log, {w1, QStringLiteral("2026-03-13"), 60, QStringLiteral("admin")});
        add(db, log, {w1, QStringLiteral("2026-03-16"), 60, QStringLiteral("meeting")});
        add(db, log, {w1, QStringLiteral("2026-03-17"), 120, QStringLiteral("report")});
        // Li: in s2 admin 300 and casework 100; after leaving s2 casework 200 (not s2's).
        add(db, log, {w2, QStringLiteral("2026-03-05"), 300, QStringLiteral("admin")});
        add(db, log, {w2, QStringLiteral("2026-03-06"), 100, QStringLiteral("casework")});
        add(db, log, {w2, QStringLiteral("2026-03-20"), 200, QStringLiteral("casework")});
        // Zhao, in s2: group 180, admin 20.
        add(db, log, {w3, QStringLiteral("2026-03-18"), 180, QStringLiteral("group")});
        add(db, log, {w3, QStringLiteral("2026-03-19"), 20, QStringLiteral("admin")});
        // April, outside the March figures.
        add(db, log, {w3, QStringLiteral("2026-04-01"), 60, QStringLiteral("admin")});
    }

    // An activity walked through the workflow the schema allows, up to `status`.
    qint64 activity(qint64 worker, qint64 street, const char *type, const char *planned, const char *status,
                    const char *submitted, const char *reviewed, const char *held, const QStringList &groups)
    {
        const qint64 id =
            add(db, "INSERT INTO activity (title, worker_id, street_id, type, planned_on) VALUES (?, ?, ?, ?, ?)",
                {QStringLiteral("Activity"), worker, street, QString::fromLatin1(type), QString::fromLatin1(planned)});
        for (const QString &g : groups)
            add(db, "INSERT INTO activity_target (activity_id, target_group) VALUES (?, ?)", {id, g});
        const QString target = QString::fromLatin1(status);
        if (target == u"draft")
            return id;
        exec(db, "UPDATE activity SET status = 'submitted', submitted_on = ? WHERE id = ?",
             {QString::fromLatin1(submitted), id});
        if (target == u"submitted")
            return id;
        const QString review = target == u"rejected" ? QStringLiteral("rejected") : QStringLiteral("approved");
        exec(db, "UPDATE activity SET status = ?, reviewed_on = ? WHERE id = ?",
             {review, QString::fromLatin1(reviewed), id});
        if (target == u"held")
            exec(db, "UPDATE activity SET status = 'held', held_on = ?, actual_participants = 10 WHERE id = ?",
                 {QString::fromLatin1(held), id});
        return id;
    }

    void addActivities()
    {
        const QString elderly = QStringLiteral("elderly"), disabled = QStringLiteral("disabled"),
                      youth = QStringLiteral("youth"), residents = QStringLiteral("residents");
        // Held in March: community (elderly + disabled), group (elderly), casework (youth).
        activity(w1, s1, "community", "2026-03-12", "held", "2026-03-01", "2026-03-02", "2026-03-12",
                 {elderly, disabled});
        activity(w1, s1, "group", "2026-03-20", "held", "2026-03-01", "2026-03-02", "2026-03-20", {elderly});
        activity(w3, s2, "casework", "2026-03-25", "held", "2026-03-16", "2026-03-17", "2026-03-25", {youth});
        // Planned in March, approved, not held yet.
        activity(w3, s2, "community", "2026-03-28", "approved", "2026-03-16", "2026-03-17", nullptr, {residents});
        // Held in April.
        activity(w1, s1, "community", "2026-04-02", "held", "2026-03-20", "2026-03-21", "2026-04-02", {residents});
        // Submitted 30 March: 16 days waiting on 15 April (≥ 14) → application_pending.
        a6 = activity(w1, s1, "group", "2026-04-20", "submitted", "2026-03-30", nullptr, nullptr, {elderly});
        // Submitted 5 April: 10 days, not yet pending.
        activity(w3, s2, "group", "2026-04-25", "submitted", "2026-04-05", nullptr, nullptr, {youth});
        // Rejected: neither planned nor pending.
        activity(w3, s2, "group", "2026-03-15", "rejected", "2026-03-01", "2026-03-03", nullptr, {youth});
    }

    void addSupervision()
    {
        const qint64 supervisor = add(db, "INSERT INTO supervisor (name) VALUES (?)", {QStringLiteral("Teacher")});
        const char *session = "INSERT INTO supervision_session (supervisor_id, held_on, form) VALUES (?, ?, ?)";
        const char *attendee = "INSERT INTO supervision_attendee (session_id, worker_id) VALUES (?, ?)";
        // February: Sun, group. Last session for Sun: 64 days before 15 April (18 + 31 + 15).
        const qint64 feb = add(db, session, {supervisor, QStringLiteral("2026-02-10"), QStringLiteral("group")});
        add(db, attendee, {feb, w4});
        // March: a group session (Wang, Zhao) and a remote one (Li).
        const qint64 march = add(db, session, {supervisor, QStringLiteral("2026-03-20"), QStringLiteral("group")});
        add(db, attendee, {march, w1});
        add(db, attendee, {march, w3});
        const qint64 remote = add(db, session, {supervisor, QStringLiteral("2026-03-25"), QStringLiteral("remote")});
        add(db, attendee, {remote, w2});
        // April: individual sessions with Wang and Zhao on 1 April (14 days before 15 April).
        const qint64 april = add(db, session, {supervisor, QStringLiteral("2026-04-01"), QStringLiteral("individual")});
        add(db, attendee, {april, w1});
        add(db, attendee, {april, w3});
        const char *followUp =
            "INSERT INTO follow_up (session_id, worker_id, action, due_on, done_on) VALUES (?, ?, ?, ?, ?)";
        followUp1 = add(db, followUp,
                        {april, w1, QStringLiteral("Write the case plan"), QStringLiteral("2026-04-10"), QVariant()});
        followUp3 = add(
            db, followUp,
            {april, w3, QStringLiteral("Call the family"), QStringLiteral("2026-04-12"), QStringLiteral("2026-04-11")});
        add(db, followUp, {april, w3, QStringLiteral("Later"), QStringLiteral("2026-04-20"), QVariant()});
    }

    void addFunding()
    {
        const char *entry =
            "INSERT INTO funding_entry (contract_id, post_id, worker_id, kind, entry_date, month, amount)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)";
        // Contract c1: received 6,000,000 + 500,000 (on post p2); overhead 900,000;
        // paid 250,000 + 200,000 + 60,000 (Wang) + 240,000 (Li) = 750,000;
        // left = 6,500,000 − 900,000 − 750,000 = 4,850,000 fen.
        add(db, entry,
            {c1, QVariant(), QVariant(), QStringLiteral("receipt"), QStringLiteral("2026-01-15"), QVariant(), 6000000});
        add(db, entry,
            {c1, p2, QVariant(), QStringLiteral("receipt"), QStringLiteral("2026-01-15"), QVariant(), 500000});
        add(db, entry,
            {c1, QVariant(), QVariant(), QStringLiteral("overhead"), QStringLiteral("2026-01-15"), QVariant(), 900000});
        add(db, entry,
            {c1, p1, w1, QStringLiteral("pay"), QStringLiteral("2026-04-05"), QStringLiteral("2026-03"), 250000});
        add(db, entry,
            {c1, p1, w1, QStringLiteral("pay"), QStringLiteral("2026-05-05"), QStringLiteral("2026-04"), 200000});
        add(db, entry,
            {c1, p1, w1, QStringLiteral("pay"), QStringLiteral("2026-05-06"), QStringLiteral("2026-04"), 60000});
        add(db, entry,
            {c1, p2, w2, QStringLiteral("pay"), QStringLiteral("2026-03-05"), QStringLiteral("2026-02"), 240000});
    }
};

const QDate kAsOf(2026, 4, 15);
const MonthRange kMarch = MonthRange::month(QDate(2026, 3, 1));

const Alert *find(const QList<Alert> &alerts, const char *kind)
{
    for (const Alert &a : alerts)
        if (a.kind == QLatin1String(kind))
            return &a;
    return nullptr;
}

} // namespace

TEST_CASE("Attendance rate per month for a worker, a street, a district and the agency", "[reports]")
{
    Agency a;
    Reports reports(a.db);

    // Wang, February (not placed yet) and March: 0 required days → no rate; then 15/17.
    auto wang = reports.attendance(MonthRange(QDate(2026, 2, 1), QDate(2026, 3, 1)), Scope::worker(a.w1));
    REQUIRE(wang.ok());
    REQUIRE(wang->size() == 2);
    CHECK(wang->at(0).month == QDate(2026, 2, 1));
    CHECK(wang->at(0).requiredDays == 0);
    CHECK_FALSE(wang->at(0).rate().has_value());
    const AttendanceMonth &march = wang->at(1);
    CHECK(march.requiredDays == 17);
    CHECK(march.attendedDays == 15);
    CHECK(march.sickDays == 2);
    CHECK(march.absentDays == 0);
    CHECK(march.unrecordedDays == 0);
    CHECK(*march.rate() == Approx(15.0 / 17.0));

    // Street s2: Li 10 days (9 present, 1 absent) + Zhao 12 days (10 present, 1 personal, 1 annual).
    auto s2 = reports.attendance(kMarch, Scope::street(a.s2));
    REQUIRE(s2.ok());
    REQUIRE(s2->size() == 1);
    CHECK(s2->at(0).requiredDays == 22);
    CHECK(s2->at(0).attendedDays == 19);
    CHECK(s2->at(0).absentDays == 1);
    CHECK(s2->at(0).personalDays == 1);
    CHECK(s2->at(0).annualDays == 1);
    // Zhao's day of annual leave is excused by the default rule: not required.
    CHECK(s2->at(0).excusedDays == 1);
    CHECK(*s2->at(0).rate() == Approx(19.0 / 21.0));

    // District d1 = s1 + s2: 17 + 22 = 39 required, 15 + 19 = 34 present.
    auto d1 = reports.attendance(kMarch, Scope::district(a.d1));
    REQUIRE(d1.ok());
    CHECK(d1->at(0).requiredDays == 39);
    CHECK(d1->at(0).attendedDays == 34);
    // District d2: Sun's 22 days, none recorded.
    auto d2 = reports.attendance(kMarch, Scope::district(a.d2));
    REQUIRE(d2.ok());
    CHECK(d2->at(0).requiredDays == 22);
    CHECK(d2->at(0).attendedDays == 0);
    CHECK(d2->at(0).unrecordedDays == 22);
    CHECK(*d2->at(0).rate() == Approx(0.0));

    // The agency: 39 + 22 = 61 required, 34 present.
    auto agency = reports.attendance(kMarch);
    REQUIRE(agency.ok());
    CHECK(agency->at(0).requiredDays == 61);
    CHECK(agency->at(0).attendedDays == 34);

    // April for Zhao: 21 working days (6 April is Qingming), all unrecorded.
    auto april = reports.attendance(MonthRange::month(QDate(2026, 4, 1)), Scope::worker(a.w3));
    REQUIRE(april.ok());
    CHECK(april->at(0).requiredDays == 21);
}

TEST_CASE("Activity counts per month by type and by target group", "[reports]")
{
    Agency a;
    Reports reports(a.db);

    // Held in March: community, group, casework; groups elderly ×2, disabled, youth.
    auto march = reports.activities(kMarch);
    REQUIRE(march.ok());
    REQUIRE(march->size() == 1);
    const ActivityMonth &m = march->at(0);
    CHECK(m.total == 3);
    CHECK(m.byType.value(ActivityType::Community) == 1);
    CHECK(m.byType.value(ActivityType::Group) == 1);
    CHECK(m.byType.value(ActivityType::Casework) == 1);
    CHECK(m.byGroup.value(TargetGroup::Elderly) == 2);
    CHECK(m.byGroup.value(TargetGroup::Disabled) == 1);
    CHECK(m.byGroup.value(TargetGroup::Youth) == 1);
    CHECK(m.byGroup.value(TargetGroup::Residents) == 0);

    // March–April: April has the one community activity for all residents.
    auto two = reports.activities(MonthRange(QDate(2026, 3, 1), QDate(2026, 4, 1)));
    REQUIRE(two.ok());
    REQUIRE(two->size() == 2);
    CHECK(two->at(1).total == 1);
    CHECK(two->at(1).byGroup.value(TargetGroup::Residents) == 1);

    // Filters: street s1 held 2 in March; Zhao 1 (casework); district d2 none.
    ActivityFilter street;
    street.streetId = a.s1;
    CHECK(reports.activities(kMarch, street)->at(0).total == 2);
    ActivityFilter zhao;
    zhao.workerId = a.w3;
    CHECK(reports.activities(kMarch, zhao)->at(0).byType.value(ActivityType::Casework) == 1);
    CHECK(reports.activities(kMarch, zhao)->at(0).total == 1);
    ActivityFilter west;
    west.districtId = a.d2;
    CHECK(reports.activities(kMarch, west)->at(0).total == 0);
    ActivityFilter east;
    east.districtId = a.d1;
    CHECK(reports.activities(kMarch, east)->at(0).total == 3);

    // Planned in March (rejected excluded): the three held plus the approved one = 4.
    ActivityFilter planned;
    planned.basis = ActivityFilter::Basis::Planned;
    auto p = reports.activities(kMarch, planned);
    REQUIRE(p.ok());
    CHECK(p->at(0).total == 4);
    CHECK(p->at(0).byType.value(ActivityType::Community) == 2);
}

TEST_CASE("Workload: professional vs administrative minutes and the admin share", "[reports]")
{
    Agency a;
    Reports reports(a.db);

    // Wang: 360 professional, 240 admin → 40 %.
    auto wang = reports.workload(kMarch, Scope::worker(a.w1));
    REQUIRE(wang.ok());
    CHECK(wang->at(0).professionalMinutes == 360);
    CHECK(wang->at(0).adminMinutes == 240);
    CHECK(*wang->at(0).adminShare() == Approx(0.4));

    // Street s2: Li while placed (100 + 300 admin) and Zhao (180 + 20 admin): 280 / 320;
    // Li's casework on 20 March, after leaving s2, is not s2's.
    auto s2 = reports.workload(kMarch, Scope::street(a.s2));
    REQUIRE(s2.ok());
    CHECK(s2->at(0).professionalMinutes == 280);
    CHECK(s2->at(0).adminMinutes == 320);
    CHECK(*s2->at(0).adminShare() == Approx(320.0 / 600.0));
    auto d1 = reports.workload(kMarch, Scope::district(a.d1));
    REQUIRE(d1.ok());
    CHECK(d1->at(0).professionalMinutes == 640);
    CHECK(d1->at(0).adminMinutes == 560);

    // The agency: 360 + 300 + 180 = 840 professional, 240 + 300 + 20 = 560 admin → 40 %.
    auto agency = reports.workload(kMarch);
    REQUIRE(agency.ok());
    CHECK(agency->at(0).professionalMinutes == 840);
    CHECK(agency->at(0).adminMinutes == 560);
    CHECK(*agency->at(0).adminShare() == Approx(0.4));

    // No time logged → no share.
    auto feb = reports.workload(MonthRange::month(QDate(2026, 2, 1)));
    REQUIRE(feb.ok());
    CHECK_FALSE(feb->at(0).adminShare().has_value());
}

TEST_CASE("Supervision sessions by form, sessions attended and days since the last one", "[reports]")
{
    Agency a;
    Reports reports(a.db);

    auto sessions = reports.supervisionSessions(MonthRange(QDate(2026, 2, 1), QDate(2026, 4, 1)));
    REQUIRE(sessions.ok());
    REQUIRE(sessions->size() == 3);
    CHECK(sessions->at(0).byForm.value(SupervisionForm::Group) == 1);
    CHECK(sessions->at(1).sessions == 2);
    CHECK(sessions->at(1).byForm.value(SupervisionForm::Group) == 1);
    CHECK(sessions->at(1).byForm.value(SupervisionForm::Remote) == 1);
    CHECK(sessions->at(2).byForm.value(SupervisionForm::Individual) == 1);

    auto wang = reports.sessionsAttended(MonthRange(QDate(2026, 2, 1), QDate(2026, 4, 1)), a.w1);
    REQUIRE(wang.ok());
    REQUIRE(wang->size() == 2); // March and April, one each
    CHECK(wang->at(0).month == QDate(2026, 3, 1));
    CHECK(wang->at(0).sessions == 1);
    CHECK(wang->at(1).month == QDate(2026, 4, 1));
    auto all = reports.sessionsAttended(kMarch);
    REQUIRE(all.ok());
    CHECK(all->size() == 3); // Wang, Li, Zhao in March

    // Placed on 15 April: Sun (last 10 Feb, 64 days), then Wang and Zhao (1 April, 14 days).
    // Li left on 13 March and is not listed.
    auto gaps = reports.supervisionGaps(kAsOf);
    REQUIRE(gaps.ok());
    REQUIRE(gaps->size() == 3);
    CHECK(gaps->at(0).workerId == a.w4);
    CHECK(gaps->at(0).daysSince == 64);
    CHECK(gaps->at(0).streetName == QStringLiteral("S4"));
    CHECK(gaps->at(1).workerId == a.w1);
    CHECK(gaps->at(1).daysSince == 14);
    CHECK(gaps->at(2).workerId == a.w3);
    // As of 19 March (Li gone since the 13th): Wang and Zhao never supervised yet, first, by
    // name; then Sun, 37 days after 10 February (18 + 19).
    auto early = reports.supervisionGaps(QDate(2026, 3, 19));
    REQUIRE(early.ok());
    REQUIRE(early->size() == 3);
    CHECK(early->at(0).workerId == a.w1);
    CHECK_FALSE(early->at(0).daysSince.has_value());
    CHECK_FALSE(early->at(0).lastSession.isValid());
    CHECK(early->at(1).workerId == a.w3);
    CHECK(early->at(2).daysSince == 37);
}

TEST_CASE("Funding per contract and per post, and net monthly pay", "[reports]")
{
    Agency a;
    Reports reports(a.db);

    auto contracts = reports.fundingByContract();
    REQUIRE(contracts.ok());
    const FundingLine *c1 = nullptr;
    for (const FundingLine &l : contracts.value())
        if (l.contractId == a.c1)
            c1 = &l;
    REQUIRE(c1);
    CHECK(c1->budget == Money::fromYuan(120000)); // 4 posts × 30,000 yuan
    CHECK(c1->received == Money::fromFen(6500000));
    CHECK(c1->overhead == Money::fromFen(900000));
    CHECK(c1->paid == Money::fromFen(750000));
    CHECK(c1->left() == Money::fromFen(4850000));

    // Per post (the Funding page's balance): each post's own entries plus an even share of the
    // entries booked on the contract as a whole; p1 paid out 510,000, p2 also received 500,000.
    auto posts = core::FundingRepository(a.db).balanceByPost(a.c1);
    REQUIRE(posts.ok());
    REQUIRE(posts->size() == 4);
    CHECK(posts->at(0).postId == a.p1); // ordered by street name: S1..S4
    CHECK(posts->at(0).paid == Money::fromFen(510000));
    CHECK(posts->at(1).received - posts->at(0).received == Money::fromFen(500000));
    Money shared;
    for (const auto &post : posts.value()) {
        CHECK(post.left == post.received - post.overhead - post.paid);
        shared += post.received;
    }
    // Whole fen only: at most 3 fen of the contract's receipts stay unshared.
    CHECK(c1->received - shared >= Money());
    CHECK(c1->received - shared < Money::fromFen(4));

    // Pay by month, February–April: Li Feb 240,000; Wang Mar 250,000 and Apr 260,000;
    // the reference wage is 2,540 yuan (setting reference_wage = 254000).
    auto pay = reports.monthlyPay(MonthRange(QDate(2026, 2, 1), QDate(2026, 4, 1)));
    REQUIRE(pay.ok());
    REQUIRE(pay->size() == 3);
    CHECK(pay->at(0).workerId == a.w2);
    CHECK(pay->at(1).month == QDate(2026, 3, 1));
    CHECK(pay->at(1).paid == Money::fromFen(250000));
    CHECK(pay->at(1).belowReference());
    CHECK(pay->at(2).paid == Money::fromFen(260000));
    CHECK_FALSE(pay->at(2).belowReference());
    auto wang = reports.monthlyPay(MonthRange::month(QDate(2026, 4, 1)), a.w1);
    REQUIRE(wang.ok());
    REQUIRE(wang->size() == 1);
}

TEST_CASE("Each alert kind names the right records and goes away when fixed", "[alerts]")
{
    Agency a;
    auto list = alerts(a.db, kAsOf);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 6);
    auto ids = [&](const char *kind) {
        const Alert *alert = find(list.value(), kind);
        return alert ? alert->ids : QList<qint64>();
    };
    // C0 ends 31 May, within 60 days, nobody renews it; C1 ends in December.
    CHECK(ids(Alert::ContractEnding) == QList<qint64>{a.c0});
    CHECK(find(list.value(), Alert::ContractEnding)->message.contains(QStringLiteral("C0")));
    CHECK(ids(Alert::PostVacant) == QList<qint64>{a.p3});
    CHECK(find(list.value(), Alert::PostVacant)->relatedIds == QList<qint64>{a.s3});
    // Sun: last session 64 days ago (≥ 45); Wang and Zhao 14 days.
    CHECK(ids(Alert::Unsupervised) == QList<qint64>{a.w4});
    CHECK(ids(Alert::FollowUpOverdue) == QList<qint64>{a.followUp1});
    CHECK(ids(Alert::ApplicationPending) == QList<qint64>{a.a6});
    // Sun had 22 required days in March and no attendance row.
    CHECK(ids(Alert::AttendanceMissing) == QList<qint64>{a.w4});
    CHECK(find(list.value(), Alert::AttendanceMissing)->message.contains(QStringLiteral("Sun")));

    // Fix each one.
    add(a.db,
        "INSERT INTO contract (code, purchaser_id, start_date, end_date, status, renews_id)"
        " SELECT 'C0-2', purchaser_id, '2026-06-01', '2027-05-31', 'draft', id FROM contract WHERE id = ?",
        {a.c0});
    const qint64 w5 = add(a.db, "INSERT INTO social_worker (name) VALUES (?)", {QStringLiteral("Qian")});
    add(a.db, "INSERT INTO placement (worker_id, post_id, start_date) VALUES (?, ?, ?)",
        {w5, a.p3, QStringLiteral("2026-04-13")});
    const qint64 session = add(a.db,
                               "INSERT INTO supervision_session (supervisor_id, held_on, form)"
                               " SELECT id, '2026-04-14', 'onsite' FROM supervisor",
                               {});
    add(a.db, "INSERT INTO supervision_attendee (session_id, worker_id) VALUES (?, ?)", {session, a.w4});
    exec(a.db, "UPDATE follow_up SET done_on = '2026-04-14' WHERE id = ?", {a.followUp1});
    exec(a.db, "UPDATE activity SET status = 'approved', reviewed_on = '2026-04-14' WHERE id = ?", {a.a6});
    add(a.db, "INSERT INTO attendance (worker_id, day, status) VALUES (?, '2026-03-31', 'present')", {a.w4});
    list = alerts(a.db, kAsOf);
    REQUIRE(list.ok());
    CHECK(list->isEmpty());

    // Thresholds come from the settings: with 5 days, Wang and Zhao (14 days) are unsupervised
    // too — but Qian, placed two days ago, is not.
    REQUIRE(a.db.setSetting(QStringLiteral("alert_unsupervised_days"), QStringLiteral("5")).ok());
    list = alerts(a.db, kAsOf);
    REQUIRE(list.ok());
    CHECK(ids(Alert::Unsupervised) == QList<qint64>{a.w1, a.w3});
}

TEST_CASE("Alert messages name a few records and count the rest", "[alerts]")
{
    const QStringList seven{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                            QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("g")};
    const QString text = Alerts::nameList(seven);
    CHECK(text.contains(QStringLiteral("e")));
    CHECK_FALSE(text.contains(QStringLiteral("f")));
    CHECK(text.contains(QStringLiteral("2")));
}

TEST_CASE("Key figures as of a day", "[summary]")
{
    Agency a;
    auto f = summarize(a.db, kAsOf);
    REQUIRE(f.ok());
    CHECK(f->contractsActive == 2); // C1 and C0; not the draft, not last year's
    CHECK(f->posts == 4);
    CHECK(f->postsVacant == 1);
    CHECK(f->workersActive == 3);                              // Wang, Zhao, Sun
    CHECK(*f->attendanceRateLastMonth == Approx(34.0 / 60.0)); // 61 required, Zhao's annual leave excused
    CHECK(f->activitiesHeldLastMonth == 3);
    CHECK(*f->adminShareLastMonth == Approx(0.4));
    CHECK(f->alerts.size() == 6);

    const QJsonObject json = toJson(f.value());
    QStringList keys = json.keys();
    keys.sort();
    CHECK(keys == QStringList{QStringLiteral("activities_held_last_month"), QStringLiteral("admin_share_last_month"),
                              QStringLiteral("alerts"), QStringLiteral("attendance_rate_last_month"),
                              QStringLiteral("contracts_active"), QStringLiteral("posts"),
                              QStringLiteral("posts_vacant"), QStringLiteral("workers_active")});
    CHECK(json.value(QStringLiteral("posts_vacant")).toInt() == 1);
    const QJsonObject first = json.value(QStringLiteral("alerts")).toArray().at(0).toObject();
    CHECK(first.value(QStringLiteral("kind")).toString() == QStringLiteral("contract_ending"));
    CHECK(first.value(QStringLiteral("ids")).toArray().at(0).toInteger() == a.c0);

    // An empty agency: nothing to divide by gives null, not 0.
    Database empty = memoryDb();
    auto none = summarize(empty, kAsOf);
    REQUIRE(none.ok());
    CHECK(toJson(none.value()).value(QStringLiteral("attendance_rate_last_month")).isNull());
    CHECK(none->alerts.isEmpty());
}

TEST_CASE("The summary command prints JSON, text, and refuses a bad date", "[summary][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("summary.db"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        add(db.value(), "INSERT INTO district (name) VALUES ('East')", {});
    }
    auto run = [&](const QStringList &arguments, QByteArray *output = nullptr) {
        QProcess process;
        process.start(QStringLiteral(ONESTREET_BINARY),
                      QStringList{QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")} +
                          arguments);
        REQUIRE(process.waitForFinished(30000));
        if (output)
            *output = process.readAllStandardOutput();
        return process.exitCode();
    };

    QByteArray out;
    CHECK(
        run({QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--on"), QStringLiteral("2026-04-15")},
            &out) == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    for (const char *key : {"contracts_active", "posts", "posts_vacant", "workers_active", "attendance_rate_last_month",
                            "activities_held_last_month", "admin_share_last_month", "alerts"})
        CHECK(doc.object().contains(QLatin1String(key)));
    CHECK(doc.object().value(QStringLiteral("alerts")).isArray());

    CHECK(run({QStringLiteral("summary"), QStringLiteral("--on"), QStringLiteral("2026-04-15")}, &out) == 0);
    CHECK(out.contains("2026-04-15"));
    CHECK(run({QStringLiteral("summary"), QStringLiteral("--on"), QStringLiteral("15/04/2026")}) == 2);
    CHECK(run({QStringLiteral("summary"), QStringLiteral("--on"), QStringLiteral("2026-02-30")}) == 2);

    // A file that does not exist is a user error, and summary does not create it.
    const QString missing = dir.filePath(QStringLiteral("missing.db"));
    QProcess process;
    process.start(QStringLiteral(ONESTREET_BINARY), {QStringLiteral("--db"), missing, QStringLiteral("summary")});
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 1);
    CHECK_FALSE(QFileInfo::exists(missing));
}
