// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// Every rule the file enforces, enforced by the server: each broken row is sent as plain SQL, as
// psql would send it, and refused with the file's own message text (so core's one table of rule
// texts maps both engines) or with the SQLSTATE and constraint name the dialect maps.
// Mirrors test_contracts.cpp, test_records.cpp, test_activities.cpp and test_sheets.cpp.
#include "pgfixture.h"

#include <QDate>
#include <QSet>
#include <QSqlQuery>

#include <map>

using pgfixture::FreshDatabase;
using pgfixture::Outcome;

namespace {

// SQLSTATEs: our triggers raise 23000 with the file's RAISE text; the server's own constraints.
const char *const kRule = "23000";
const char *const kCheck = "23514";
const char *const kUnique = "23505";
const char *const kForeignKey = "23503";
const char *const kExclusion = "23P01";

const char *const kOutsideTerm = "placement outside its contract term";
const char *const kWorkerOverlap = "placement overlaps another placement of the same worker";
const char *const kPostOverlap = "placement overlaps another placement in the same post";
const char *const kFinal = "a final evaluation cannot change";

QString sql(const char *text)
{
    return QString::fromUtf8(text);
}

// A refused statement: the SQLSTATE, and the text core looks for in the message.
#define CHECK_REFUSED(outcome, state, text)                                                                            \
    do {                                                                                                               \
        const Outcome o_ = (outcome);                                                                                  \
        INFO(o_);                                                                                                      \
        CHECK_FALSE(o_.ok);                                                                                            \
        CHECK(o_.sqlState == QLatin1String(state));                                                                    \
        CHECK(o_.message.contains(QString::fromUtf8(text)));                                                           \
    } while (false)

#define CHECK_OK(outcome)                                                                                              \
    do {                                                                                                               \
        const Outcome o_ = (outcome);                                                                                  \
        INFO(o_);                                                                                                      \
        CHECK(o_.ok);                                                                                                  \
    } while (false)

// The world of test_records.cpp: district 朝阳区 with streets 八里庄 (A) and 三里屯 (B), contract
// C-2026 for 2026 with posts at both, renewed by C-2027 with a post at A.
struct World
{
    FreshDatabase db;
    qint64 purchaser = 0, district = 0, streetA = 0, streetB = 0, deptA = 0;
    qint64 contract2026 = 0, contract2027 = 0, postA = 0, postB = 0, postA2027 = 0;

    World()
    {
        const Outcome migrated = db.migrate();
        INFO(migrated);
        REQUIRE(migrated);
        purchaser = db.insert(sql("INSERT INTO purchaser (name) VALUES ('朝阳区民政局')"));
        district = db.insert(sql("INSERT INTO district (name) VALUES ('朝阳区')"));
        streetA = db.insert(sql("INSERT INTO street (district_id, name) VALUES (%1, '八里庄街道')").arg(district));
        streetB = db.insert(sql("INSERT INTO street (district_id, name) VALUES (%1, '三里屯街道')").arg(district));
        deptA = db.insert(sql("INSERT INTO department (street_id, name) VALUES (%1, '民政科')").arg(streetA));
        contract2026 = db.insert(sql("INSERT INTO contract (code, purchaser_id, start_date, end_date, post_count, "
                                     "status) VALUES ('C-2026', %1, '2026-01-01', '2026-12-31', 2, 'active')")
                                     .arg(purchaser));
        contract2027 = db.insert(sql("INSERT INTO contract (code, purchaser_id, start_date, end_date, renews_id) "
                                     "VALUES ('C-2027', %1, '2027-01-01', '2027-12-31', %2)")
                                     .arg(purchaser)
                                     .arg(contract2026));
        postA = post(contract2026, streetA);
        postB = post(contract2026, streetB);
        postA2027 = post(contract2027, streetA);
    }
    qint64 post(qint64 contract, qint64 street) const
    {
        return db.insert(
            QStringLiteral("INSERT INTO post (contract_id, street_id) VALUES (%1, %2)").arg(contract).arg(street));
    }
    qint64 worker(const char *name) const
    {
        return db.insert(sql("INSERT INTO social_worker (name) VALUES ('%1')").arg(sql(name)));
    }
    // A placement from `from` to `to` (nullptr: open, until the contract ends).
    Outcome place(qint64 worker, qint64 post, const char *from, const char *to) const
    {
        return db.exec(QStringLiteral("INSERT INTO placement (worker_id, post_id, start_date, end_date) "
                                      "VALUES (%1, %2, '%3', %4)")
                           .arg(worker)
                           .arg(post)
                           .arg(sql(from), to ? QStringLiteral("'%1'").arg(sql(to)) : QStringLiteral("NULL")));
    }
    qint64 placed(qint64 worker, qint64 post, const char *from, const char *to) const
    {
        REQUIRE(place(worker, post, from, to));
        return db.count(QStringLiteral("SELECT max(id) FROM placement"));
    }
    QString span(qint64 placement) const
    {
        return db.scalar(QStringLiteral("SELECT span::text FROM placement WHERE id = %1").arg(placement)).toString();
    }
    qint64 placements() const { return db.count(QStringLiteral("SELECT count(*) FROM placement")); }
};

} // namespace

TEST_CASE("Server: one street, one post per contract, and unique names, codes and renewals", "[postgres][rules]")
{
    World w;
    CHECK_REFUSED(w.db.exec(QStringLiteral("INSERT INTO post (contract_id, street_id) VALUES (%1, %2)")
                                .arg(w.contract2026)
                                .arg(w.streetA)),
                  kUnique, "post_contract_id_street_id_key");
    CHECK(w.db.count(QStringLiteral("SELECT count(*) FROM post")) == 3);
    CHECK_REFUSED(w.db.exec(sql("INSERT INTO district (name) VALUES ('朝阳区')")), kUnique, "district_name_key");
    CHECK_REFUSED(w.db.exec(sql("INSERT INTO street (district_id, name) VALUES (%1, '八里庄街道')").arg(w.district)),
                  kUnique, "street_district_id_name_key");
    CHECK_REFUSED(w.db.exec(sql("INSERT INTO contract (code, purchaser_id, start_date, end_date) "
                                "VALUES ('C-2026', %1, '2028-01-01', '2028-12-31')")
                                .arg(w.purchaser)),
                  kUnique, "contract_code_key");
    // Renewing twice, and a contract renewing itself.
    CHECK_REFUSED(w.db.exec(sql("INSERT INTO contract (code, purchaser_id, start_date, end_date, renews_id) "
                                "VALUES ('X', %1, '2027-01-01', '2027-12-31', %2)")
                                .arg(w.purchaser)
                                .arg(w.contract2026)),
                  kUnique, "contract_renews_id_key");
    CHECK_REFUSED(w.db.exec(QStringLiteral("UPDATE contract SET renews_id = id WHERE id = %1").arg(w.contract2027)),
                  kCheck, "contract_check");
}

TEST_CASE("Server: foreign keys refuse and cascade as the file's do", "[postgres][rules]")
{
    World w;
    CHECK_REFUSED(w.db.exec(sql("INSERT INTO street (district_id, name) VALUES (999, '无区街道')")), kForeignKey,
                  "street_district_id_fkey");
    CHECK_REFUSED(w.db.exec(QStringLiteral("DELETE FROM purchaser WHERE id = %1").arg(w.purchaser)), kForeignKey,
                  "contract_purchaser_id_fkey");
    CHECK_REFUSED(w.db.exec(QStringLiteral("DELETE FROM street WHERE id = %1").arg(w.streetA)), kForeignKey,
                  "post_street_id_fkey");
    // A street without posts goes, and takes its departments along.
    const qint64 streetC =
        w.db.insert(sql("INSERT INTO street (district_id, name) VALUES (%1, '燕园街道')").arg(w.district));
    REQUIRE(w.db.exec(sql("INSERT INTO department (street_id, name) VALUES (%1, '社建科')").arg(streetC)));
    CHECK_OK(w.db.exec(QStringLiteral("DELETE FROM street WHERE id = %1").arg(streetC)));
    CHECK(w.db.count(QStringLiteral("SELECT count(*) FROM department WHERE street_id = %1").arg(streetC)) == 0);
    // A contract goes with its posts and ledger, unless someone is placed in a post.
    REQUIRE(w.db.exec(QStringLiteral("INSERT INTO funding_entry (contract_id, kind, entry_date, amount) "
                                     "VALUES (%1, 'receipt', '2027-01-10', 6000000)")
                          .arg(w.contract2027)));
    CHECK_OK(w.db.exec(QStringLiteral("DELETE FROM contract WHERE id = %1").arg(w.contract2027)));
    CHECK(w.db.count(QStringLiteral("SELECT count(*) FROM post WHERE id = %1").arg(w.postA2027)) == 0);
    CHECK(w.db.count(QStringLiteral("SELECT count(*) FROM funding_entry")) == 0);
    w.placed(w.worker("李娜"), w.postA, "2026-01-01", "2026-06-30");
    CHECK_REFUSED(w.db.exec(QStringLiteral("DELETE FROM contract WHERE id = %1").arg(w.contract2026)), kForeignKey,
                  "placement_post_id_fkey");
}

TEST_CASE("Server: negative amounts and values out of range are refused", "[postgres][rules]")
{
    World w;
    const qint64 li = w.worker("李娜");
    const QString c = QString::number(w.contract2026);
    const QString refused[] = {
        QStringLiteral("UPDATE contract SET funding_per_post = -100 WHERE id = ") + c,
        QStringLiteral("UPDATE contract SET overhead_fixed = -1 WHERE id = ") + c,
        QStringLiteral("UPDATE contract SET overhead_rate_bp = 10001 WHERE id = ") + c,
        QStringLiteral("UPDATE contract SET overhead_rate_bp = -1 WHERE id = ") + c,
        QStringLiteral("UPDATE contract SET post_count = -1 WHERE id = ") + c,
        QStringLiteral("UPDATE contract SET end_date = '2025-01-01' WHERE id = ") + c, // ends before it starts
        QStringLiteral("UPDATE contract SET status = 'paused' WHERE id = ") + c,
        QStringLiteral("UPDATE contract SET code = '  ' WHERE id = ") + c,
        QStringLiteral("INSERT INTO funding_entry (contract_id, kind, entry_date, amount) "
                       "VALUES (%1, 'receipt', '2026-01-10', -1)")
            .arg(c),
        QStringLiteral("INSERT INTO funding_entry (contract_id, post_id, worker_id, kind, entry_date, amount) "
                       "VALUES (%1, %2, %3, 'pay', '2026-01-28', 212500)") // pay without its month
            .arg(c)
            .arg(w.postA)
            .arg(li),
        sql("INSERT INTO activity (title, worker_id, street_id, type, planned_on, budget) "
            "VALUES ('敬老', %1, %2, 'community', '2026-10-01', -1)")
            .arg(li)
            .arg(w.streetA),
        sql("INSERT INTO activity (title, worker_id, street_id, type, planned_on, expected_participants) "
            "VALUES ('敬老', %1, %2, 'community', '2026-10-01', -5)")
            .arg(li)
            .arg(w.streetA),
        QStringLiteral("INSERT INTO work_log (worker_id, day, minutes, category) VALUES (%1, '2026-10-12', 0, "
                       "'casework')")
            .arg(li),
        QStringLiteral("INSERT INTO work_log (worker_id, day, minutes, category) VALUES (%1, '2026-10-12', 1441, "
                       "'casework')")
            .arg(li),
        sql("INSERT INTO social_worker (name, hired_on, left_on) VALUES ('王芳', '2026-03-01', '2026-02-01')"),
        sql("INSERT INTO social_worker (name, gender) VALUES ('王芳', 'unknown')"),
        QStringLiteral("INSERT INTO purchaser (name) VALUES ('   ')"),
        QStringLiteral("INSERT INTO calendar_day (day, workday) VALUES ('2026-10-10', 2)"),
        QStringLiteral("INSERT INTO attendance (worker_id, day, status) VALUES (%1, '2026-10-12', 'holiday')").arg(li),
        QStringLiteral("UPDATE rubric_item SET weight = 101 WHERE template_id = 1 AND position = 1"),
        QStringLiteral("UPDATE rubric_template SET is_default = 2 WHERE id = 1"),
    };
    for (const QString &statement : refused) {
        CAPTURE(statement.toStdString());
        CHECK_REFUSED(w.db.exec(statement), kCheck, "check");
    }
    CHECK(w.db.count(QStringLiteral("SELECT funding_per_post FROM contract WHERE id = ") + c) == 3000000);
    // At the edges: a one-day contract, a 100% rate, no funding, a whole day of work.
    CHECK_OK(w.db.exec(QStringLiteral("INSERT INTO contract (code, purchaser_id, start_date, end_date, "
                                      "overhead_rate_bp, funding_per_post) VALUES ('EDGE', %1, '2026-05-01', "
                                      "'2026-05-01', 10000, 0)")
                           .arg(w.purchaser)));
    CHECK_OK(w.db.exec(QStringLiteral("INSERT INTO work_log (worker_id, day, minutes, category) VALUES (%1, "
                                      "'2026-10-12', 1440, 'admin')")
                           .arg(li)));
}

TEST_CASE("Server: a placement lies inside its contract's term", "[postgres][rules]")
{
    World w;
    const qint64 li = w.worker("李娜");
    const qint64 zhao = w.worker("赵强");
    const qint64 first = w.placed(li, w.postA, "2026-01-01", "2026-06-30");

    CHECK_REFUSED(w.place(zhao, w.postB, "2025-12-01", "2026-03-01"), kRule, kOutsideTerm);
    CHECK_REFUSED(w.place(zhao, w.postB, "2026-06-01", "2027-01-05"), kRule, kOutsideTerm);
    // An open placement may not start after its contract has ended either (the file's trigger
    // compares only the end, which for an open placement is the contract's own end).
    CHECK_REFUSED(w.place(zhao, w.postB, "2027-02-01", nullptr), kRule, kOutsideTerm);
    CHECK_REFUSED(w.place(zhao, w.postB, "2026-05-01", "2026-04-01"), kCheck, "placement_check"); // end < start
    CHECK(w.placements() == 1);
    CHECK_OK(w.place(zhao, w.postB, "2026-06-01", "2026-12-31"));

    // The term may not shrink away from its placements, at either end.
    CHECK_REFUSED(
        w.db.exec(QStringLiteral("UPDATE contract SET end_date = '2026-05-31' WHERE id = %1").arg(w.contract2026)),
        kRule, kOutsideTerm);
    CHECK_REFUSED(
        w.db.exec(QStringLiteral("UPDATE contract SET start_date = '2026-02-01' WHERE id = %1").arg(w.contract2026)),
        kRule, kOutsideTerm);
    CHECK(w.db.scalar(QStringLiteral("SELECT end_date FROM contract WHERE id = %1").arg(w.contract2026)).toDate() ==
          QDate(2026, 12, 31));
    // Moving a placement, or its post to another contract, is checked against the new term.
    CHECK_REFUSED(
        w.db.exec(QStringLiteral("UPDATE placement SET post_id = %1 WHERE id = %2").arg(w.postA2027).arg(first)), kRule,
        kOutsideTerm);
    CHECK_REFUSED(
        w.db.exec(QStringLiteral("UPDATE post SET contract_id = %1 WHERE id = %2").arg(w.contract2027).arg(w.postB)),
        kRule, kOutsideTerm);
}

TEST_CASE("Server: one placement per worker and one worker per post at a time, open ends included", "[postgres][rules]")
{
    World w;
    const qint64 li = w.worker("李娜");
    const qint64 zhao = w.worker("赵强");
    const qint64 sun = w.worker("孙丽");
    const qint64 first = w.placed(li, w.postA, "2026-01-01", "2026-06-30");
    CHECK(w.span(first) == QLatin1String("[2026-01-01,2026-07-01)"));

    // The worker already placed elsewhere; the post already held (the last day counts).
    CHECK_REFUSED(w.place(li, w.postB, "2026-06-01", nullptr), kExclusion, kWorkerOverlap);
    CHECK_REFUSED(w.place(zhao, w.postA, "2026-06-30", "2026-08-01"), kExclusion, kPostOverlap);
    CHECK(w.placements() == 1);
    const qint64 open = w.placed(zhao, w.postA, "2026-07-01", nullptr);
    CHECK(w.span(open) == QLatin1String("[2026-07-01,2027-01-01)")); // until the contract ends
    // The open placement holds the post until the contract's end, and holds the worker too.
    CHECK_REFUSED(w.place(sun, w.postA, "2026-12-31", "2026-12-31"), kExclusion, kPostOverlap);
    CHECK_REFUSED(w.place(zhao, w.postB, "2026-12-01", "2026-12-31"), kExclusion, kWorkerOverlap);
    // Next year's contract is a new post: no clash.
    CHECK_OK(w.place(zhao, w.postA2027, "2027-01-01", nullptr));
    CHECK_OK(w.place(li, w.postB, "2026-07-01", nullptr));

    // An update is checked against the others, not against itself.
    CHECK_OK(w.db.exec(
        sql("UPDATE placement SET handover_note = '交接完毕', end_date = '2026-06-30' WHERE id = %1").arg(first)));
    CHECK_REFUSED(w.db.exec(QStringLiteral("UPDATE placement SET start_date = '2026-06-15' WHERE id = %1").arg(open)),
                  kExclusion, kPostOverlap);
    // Clashing with both, the worker is named first, as the file's trigger does.
    CHECK_REFUSED(w.db.exec(QStringLiteral("UPDATE placement SET end_date = '2026-07-15' WHERE id = %1").arg(first)),
                  kExclusion, kWorkerOverlap);
    CHECK(w.db.scalar(QStringLiteral("SELECT end_date FROM placement WHERE id = %1").arg(first)).toDate() ==
          QDate(2026, 6, 30));
    // The span is the server's: whatever a writer puts there is replaced by the true one.
    CHECK_OK(
        w.db.exec(QStringLiteral("UPDATE placement SET span = '[2030-01-01,2030-01-02)' WHERE id = %1").arg(first)));
    CHECK(w.span(first) == QLatin1String("[2026-01-01,2026-07-01)"));
    CHECK(w.placements() == 4);
}

TEST_CASE("Server: an open placement follows its contract's end when the end moves", "[postgres][rules]")
{
    World w;
    const qint64 li = w.worker("李娜");
    // A second, two-year contract with a post at street B.
    const qint64 longer = w.db.insert(QStringLiteral("INSERT INTO contract (code, purchaser_id, start_date, "
                                                     "end_date) VALUES ('L-2026', %1, '2026-01-01', '2027-12-31')")
                                          .arg(w.purchaser));
    const qint64 postL = w.post(longer, w.streetB);
    const qint64 open = w.placed(li, w.postA, "2026-01-01", nullptr);
    CHECK_REFUSED(w.place(li, postL, "2026-11-01", nullptr), kExclusion, kWorkerOverlap);

    // C-2026 ends early: the open placement now ends with it, and li is free from November.
    CHECK_OK(
        w.db.exec(QStringLiteral("UPDATE contract SET end_date = '2026-10-31' WHERE id = %1").arg(w.contract2026)));
    CHECK(w.span(open) == QLatin1String("[2026-01-01,2026-11-01)"));
    const qint64 next = w.placed(li, postL, "2026-11-01", nullptr);
    CHECK(w.span(next) == QLatin1String("[2026-11-01,2028-01-01)"));

    // Moving the end back out would make li hold two placements at once: refused, nothing moves.
    CHECK_REFUSED(
        w.db.exec(QStringLiteral("UPDATE contract SET end_date = '2026-12-31' WHERE id = %1").arg(w.contract2026)),
        kExclusion, kWorkerOverlap);
    CHECK(w.db.scalar(QStringLiteral("SELECT end_date FROM contract WHERE id = %1").arg(w.contract2026)).toDate() ==
          QDate(2026, 10, 31));
    CHECK(w.span(open) == QLatin1String("[2026-01-01,2026-11-01)"));
    // The longer contract's end moves freely while nothing collides.
    CHECK_OK(w.db.exec(QStringLiteral("UPDATE contract SET end_date = '2028-06-30' WHERE id = %1").arg(longer)));
    CHECK(w.span(next) == QLatin1String("[2026-11-01,2028-07-01)"));
}

TEST_CASE("Server: two PCs placing the same worker at once cannot both succeed", "[postgres][rules]")
{
    World w;
    const qint64 li = w.worker("李娜");
    QSqlDatabase first = w.db.sql();
    QSqlDatabase second = w.db.another();
    REQUIRE(first.transaction());
    REQUIRE(w.place(li, w.postA, "2026-01-01", "2026-06-30"));
    // A trigger's SELECT would not see the first PC's uncommitted row; the constraint waits for it.
    REQUIRE(FreshDatabase::execOn(second, QStringLiteral("SET statement_timeout = 500")));
    const QString overlapping = QStringLiteral("INSERT INTO placement (worker_id, post_id, start_date) "
                                               "VALUES (%1, %2, '2026-03-01')")
                                    .arg(li)
                                    .arg(w.postB);
    CHECK_REFUSED(FreshDatabase::execOn(second, overlapping), "57014", "statement timeout");
    REQUIRE(first.commit());
    CHECK_REFUSED(FreshDatabase::execOn(second, overlapping), kExclusion, kWorkerOverlap);
    CHECK(w.placements() == 1);
}

TEST_CASE("Server: one attendance row per worker and day, and the file's upsert runs unchanged", "[postgres][rules]")
{
    World w;
    const qint64 li = w.worker("李娜");
    REQUIRE(w.db.exec(QStringLiteral("INSERT INTO attendance (worker_id, day, status, sign_in) "
                                     "VALUES (%1, '2026-10-12', 'present', '08:55')")
                          .arg(li)));
    CHECK_REFUSED(w.db.exec(QStringLiteral("INSERT INTO attendance (worker_id, day, status) "
                                           "VALUES (%1, '2026-10-12', 'present')")
                                .arg(li)),
                  kUnique, "attendance_worker_id_day_key");
    // core/attendance.cpp's statement, word for word.
    CHECK_OK(w.db.exec(sql("INSERT INTO attendance (worker_id, day, status, sign_in, sign_out, note) "
                           "VALUES (%1, '2026-10-12', 'sick', NULL, NULL, '病假条已交') ON CONFLICT (worker_id, day) "
                           "DO UPDATE SET status = excluded.status, sign_in = excluded.sign_in, "
                           "sign_out = excluded.sign_out, note = excluded.note")
                           .arg(li)));
    CHECK(w.db.count(QStringLiteral("SELECT count(*) FROM attendance WHERE worker_id = %1").arg(li)) == 1);
    CHECK(w.db.scalar(QStringLiteral("SELECT status || '|' || COALESCE(sign_in, '-') || '|' || note FROM attendance"))
              .toString() == sql("sick|-|病假条已交"));
}

TEST_CASE("Server: attendance only on working days but business out, activities held while placed", "[postgres][rules]")
{
    World w;
    const qint64 li = w.worker("李娜");
    w.placed(li, w.postA, "2026-03-01", "2026-10-31");
    REQUIRE(w.db.exec(sql("INSERT INTO calendar_day (day, workday, kind, name) VALUES ('2026-10-01', 0, 'holiday', "
                          "'国庆节'), ('2026-10-11', 1, 'workday', '调休')")));
    // A Saturday, a holiday: refused; business out on them is accepted; a make-up Sunday is a working day.
    CHECK_REFUSED(w.db.exec(QStringLiteral("INSERT INTO attendance (worker_id, day, status) VALUES (%1, "
                                           "'2026-10-10', 'present')")
                                .arg(li)),
                  kRule, "attendance on a day that is not a working day");
    CHECK_REFUSED(w.db.exec(QStringLiteral("INSERT INTO attendance (worker_id, day, status) VALUES (%1, "
                                           "'2026-10-01', 'sick')")
                                .arg(li)),
                  kRule, "attendance on a day that is not a working day");
    CHECK_OK(w.db.exec(
        QStringLiteral("INSERT INTO attendance (worker_id, day, status) VALUES (%1, '2026-10-10', 'business')")
            .arg(li)));
    CHECK_OK(
        w.db.exec(QStringLiteral("INSERT INTO attendance (worker_id, day, status) VALUES (%1, '2026-10-11', 'present')")
                      .arg(li)));
    CHECK_REFUSED(w.db.exec(QStringLiteral("UPDATE attendance SET status = 'present' WHERE day = '2026-10-10'")), kRule,
                  "attendance on a day that is not a working day");

    const qint64 a = w.db.insert(sql("INSERT INTO activity (title, worker_id, street_id, type, planned_on) "
                                     "VALUES ('重阳敬老', %1, %2, 'community', '2026-10-01')")
                                     .arg(li)
                                     .arg(w.streetA));
    REQUIRE(w.db.exec(
        QStringLiteral("UPDATE activity SET status = 'submitted', submitted_on = '2026-02-01' WHERE id = %1").arg(a)));
    REQUIRE(w.db.exec(
        QStringLiteral("UPDATE activity SET status = 'approved', reviewed_on = '2026-02-02' WHERE id = %1").arg(a)));
    CHECK_REFUSED(w.db.exec(QStringLiteral("UPDATE activity SET status = 'held', held_on = '2026-02-20', "
                                           "actual_participants = 5 WHERE id = %1")
                                .arg(a)),
                  kRule, "activity held outside the worker's placement");
    CHECK_OK(w.db.exec(QStringLiteral("UPDATE activity SET status = 'held', held_on = '2026-03-20', "
                                      "actual_participants = 5 WHERE id = %1")
                           .arg(a)));
}

TEST_CASE("Server: the activity workflow allows exactly the file's steps", "[postgres][rules]")
{
    World w;
    const qint64 li = w.worker("李娜");
    w.placed(li, w.postA, "2026-01-01", nullptr); // held activities lie inside a placement
    // How to reach each status from a draft, by allowed steps.
    const std::map<QString, QStringList> path = {
        {QStringLiteral("draft"), {}},
        {QStringLiteral("submitted"), {QStringLiteral("submitted")}},
        {QStringLiteral("approved"), {QStringLiteral("submitted"), QStringLiteral("approved")}},
        {QStringLiteral("rejected"), {QStringLiteral("submitted"), QStringLiteral("rejected")}},
        {QStringLiteral("held"), {QStringLiteral("submitted"), QStringLiteral("approved"), QStringLiteral("held")}},
        {QStringLiteral("cancelled"),
         {QStringLiteral("submitted"), QStringLiteral("approved"), QStringLiteral("cancelled")}},
    };
    const QSet<QString> allowed = {QStringLiteral("draft>submitted"), QStringLiteral("submitted>approved"),
                                   QStringLiteral("submitted>rejected"), QStringLiteral("approved>held"),
                                   QStringLiteral("approved>cancelled")};
    // Every field a step needs is set, so only the workflow can refuse.
    auto move = [&](qint64 id, const QString &to) {
        return w.db.exec(QStringLiteral("UPDATE activity SET status = '%1', submitted_on = '2026-09-01', "
                                        "reviewed_on = '2026-09-05', held_on = '2026-10-01', actual_participants = 10, "
                                        "cancelled_on = '2026-09-20' WHERE id = %2")
                             .arg(to)
                             .arg(id));
    };
    auto status = [&](qint64 id) {
        return w.db.scalar(QStringLiteral("SELECT status FROM activity WHERE id = %1").arg(id)).toString();
    };
    int steps = 0;
    for (const auto &[from, route] : path) {
        for (const auto &[to, unused] : path) {
            if (from == to)
                continue;
            CAPTURE(from.toStdString(), to.toStdString());
            const qint64 id = w.db.insert(sql("INSERT INTO activity (title, worker_id, street_id, type, planned_on) "
                                              "VALUES ('重阳敬老', %1, %2, 'community', '2026-10-01')")
                                              .arg(li)
                                              .arg(w.streetA));
            for (const QString &step : route)
                REQUIRE(move(id, step));
            REQUIRE(status(id) == from);
            if (allowed.contains(from + QLatin1Char('>') + to)) {
                CHECK_OK(move(id, to));
                CHECK(status(id) == to);
                ++steps;
            } else {
                CHECK_REFUSED(move(id, to), kRule, "activity workflow step not allowed");
                CHECK(status(id) == from);
            }
        }
    }
    CHECK(steps == 5);

    // A new activity starts as a draft; a held one needs its day and participants.
    CHECK_REFUSED(w.db.exec(sql("INSERT INTO activity (title, worker_id, street_id, type, planned_on, status, "
                                "reviewed_on) VALUES ('跳过审批', %1, %2, 'community', '2026-10-01', 'approved', "
                                "'2026-09-01')")
                                .arg(li)
                                .arg(w.streetA)),
                  kRule, "a new activity starts as a draft");
    const qint64 approved = w.db.insert(sql("INSERT INTO activity (title, worker_id, street_id, type, planned_on) "
                                            "VALUES ('小组', %1, %2, 'group', '2026-10-01')")
                                            .arg(li)
                                            .arg(w.streetA));
    REQUIRE(move(approved, QStringLiteral("submitted")));
    REQUIRE(move(approved, QStringLiteral("approved")));
    CHECK_REFUSED(
        w.db.exec(QStringLiteral("UPDATE activity SET status = 'held', held_on = NULL WHERE id = %1").arg(approved)),
        kCheck, "activity_check");
    CHECK_REFUSED(w.db.exec(QStringLiteral("UPDATE activity SET reviewed_on = NULL WHERE id = %1").arg(approved)),
                  kCheck, "activity_check1");
}

TEST_CASE("Server: a final evaluation is locked, unlocking is recorded, finalising needs weights of 100",
          "[postgres][rules]")
{
    World w;
    const qint64 li = w.worker("李娜");
    const qint64 e = w.db.insert(QStringLiteral("INSERT INTO evaluation (worker_id, period_kind, period_start, "
                                                "period_end, total, grade) VALUES (%1, 'quarter', '2026-01-01', "
                                                "'2026-03-31', 92, 'excellent')")
                                     .arg(li));
    REQUIRE(w.db.exec(QStringLiteral("INSERT INTO evaluation_item (evaluation_id, position, name_zh, weight, method, "
                                     "score) SELECT %1, position, name_zh, weight, method, 90 FROM rubric_item "
                                     "WHERE template_id = 1")
                          .arg(e)));
    auto exec = [&](const char *statement) {
        return w.db.exec(sql(statement).arg(e));
    };
    const char *const finalise = "UPDATE evaluation SET status = 'final', finalised_on = '2026-04-02' WHERE id = %1";

    REQUIRE(exec("UPDATE evaluation_item SET weight = 20 WHERE evaluation_id = %1 AND position = 2"));
    CHECK_REFUSED(exec(finalise), kRule, "rubric weights must sum to 100");
    REQUIRE(exec("UPDATE evaluation_item SET weight = 30 WHERE evaluation_id = %1 AND position = 2"));
    CHECK_OK(exec(finalise));

    // Nothing of a final evaluation changes, by any statement.
    for (const char *statement : {
             "UPDATE evaluation SET comments = 'x' WHERE id = %1", "UPDATE evaluation SET total = 95 WHERE id = %1",
             "UPDATE evaluation_item SET score = 1 WHERE evaluation_id = %1",
             "INSERT INTO evaluation_item (evaluation_id, position, name_zh, weight, method) "
             "VALUES (%1, 6, '额外', 0, 'judgement')",
             "DELETE FROM evaluation_item WHERE evaluation_id = %1", "DELETE FROM evaluation WHERE id = %1",
             "UPDATE evaluation SET status = 'draft' WHERE id = %1",
             "UPDATE evaluation SET status = 'draft', unlock_count = unlock_count + 1 WHERE id = %1", // unrecorded
         }) {
        CAPTURE(statement);
        CHECK_REFUSED(exec(statement), kRule, kFinal);
    }
    CHECK_REFUSED(exec("INSERT INTO evaluation_unlock (evaluation_id, unlocked_on, reason) VALUES (%1, "
                       "'2026-04-05', '  ')"),
                  kCheck, "evaluation_unlock_reason_check");

    // The one way back: record the unlock, then go to draft with the count raised (core's statement).
    REQUIRE(exec("INSERT INTO evaluation_unlock (evaluation_id, unlocked_on, reason, unlocked_by) "
                 "VALUES (%1, '2026-04-05', '出勤记录补录', '王督导')"));
    CHECK_REFUSED(exec("UPDATE evaluation SET status = 'draft', unlock_count = unlock_count + 1, total = 50 "
                       "WHERE id = %1"),
                  kRule, kFinal); // an unlock changes nothing else
    CHECK_OK(exec("UPDATE evaluation SET status = 'draft', unlock_count = unlock_count + 1, finalised_on = NULL "
                  "WHERE id = %1"));
    CHECK(w.db.scalar(sql("SELECT status || '|' || unlock_count FROM evaluation WHERE id = %1").arg(e)).toString() ==
          QLatin1String("draft|1"));
    CHECK(w.db.scalar(sql("SELECT reason || '|' || unlocked_by || '|' || unlocked_on FROM evaluation_unlock "
                          "WHERE evaluation_id = %1")
                          .arg(e))
              .toString() == sql("出勤记录补录|王督导|2026-04-05"));
    CHECK_OK(exec("UPDATE evaluation SET comments = '补录后重新定稿' WHERE id = %1"));
    CHECK_OK(exec("UPDATE evaluation_item SET score = 95 WHERE evaluation_id = %1 AND position = 1"));
    // Final again; a second unlock needs a second record.
    REQUIRE(exec(finalise));
    CHECK_REFUSED(exec("UPDATE evaluation SET status = 'draft', unlock_count = unlock_count + 1 WHERE id = %1"), kRule,
                  kFinal);
    // A draft evaluation and its items may go.
    const qint64 draft = w.db.insert(QStringLiteral("INSERT INTO evaluation (worker_id, period_kind, period_start, "
                                                    "period_end) VALUES (%1, 'month', '2026-04-01', '2026-04-30')")
                                         .arg(li));
    REQUIRE(w.db.exec(QStringLiteral("INSERT INTO evaluation_item (evaluation_id, position, name_zh, weight, method) "
                                     "VALUES (%1, 1, '出勤', 100, 'attendance')")
                          .arg(draft)));
    CHECK_OK(w.db.exec(QStringLiteral("DELETE FROM evaluation WHERE id = %1").arg(draft)));
    CHECK(w.db.count(QStringLiteral("SELECT count(*) FROM evaluation_item WHERE evaluation_id = %1").arg(draft)) == 0);
}
