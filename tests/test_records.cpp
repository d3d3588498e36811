// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// Workers, placements, attendance and the work log: each rule accepted and refused, in core and
// (for the rules the schema guards) by raw SQL.
#include "core/attendance.h"
#include "core/period.h"
#include "core/placement.h"
#include "core/worker.h"
#include "core/worklog.h"
#include "helpers.h"

#include <QElapsedTimer>
#include <QSqlQuery>

using namespace core;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

// Districts, streets, departments, contracts and posts made with plain SQL (their
// repositories live elsewhere): contract 2026 (C-2026, the year 2026) renewed by C-2027.
struct World
{
    Database db = memoryDb();
    qint64 district = 0, streetA = 0, streetB = 0, deptA = 0, deptB = 0;
    qint64 contract2026 = 0, contract2027 = 0;
    qint64 postA = 0, postB = 0, postA2027 = 0;

    qint64 insert(const char *sql, const QVariantList &values)
    {
        auto id = db.insert(QString::fromUtf8(sql), values);
        if (!id)
            FAIL(id.error().message.toStdString());
        return id.value();
    }
    int count(const char *sql, const QVariantList &values = {})
    {
        return db.scalar(QString::fromUtf8(sql), values).value().toInt();
    }
    qint64 worker(const QString &name, const QString &code = {})
    {
        SocialWorker w;
        w.name = name;
        w.code = code;
        auto id = WorkerRepository(db).add(w);
        if (!id)
            FAIL(id.error().message.toStdString());
        return id.value();
    }
    World()
    {
        const qint64 purchaser = insert("INSERT INTO purchaser (name) VALUES (?)", {QStringLiteral("朝阳区民政局")});
        district = insert("INSERT INTO district (name) VALUES (?)", {QStringLiteral("朝阳区")});
        streetA =
            insert("INSERT INTO street (district_id, name) VALUES (?, ?)", {district, QStringLiteral("八里庄街道")});
        streetB =
            insert("INSERT INTO street (district_id, name) VALUES (?, ?)", {district, QStringLiteral("三里屯街道")});
        deptA = insert("INSERT INTO department (street_id, name) VALUES (?, ?)", {streetA, QStringLiteral("民政科")});
        deptB = insert("INSERT INTO department (street_id, name) VALUES (?, ?)", {streetB, QStringLiteral("社建科")});
        contract2026 =
            insert("INSERT INTO contract (code, purchaser_id, start_date, end_date, status) "
                   "VALUES (?, ?, ?, ?, 'active')",
                   {QStringLiteral("C-2026"), purchaser, QStringLiteral("2026-01-01"), QStringLiteral("2026-12-31")});
        contract2027 = insert("INSERT INTO contract (code, purchaser_id, start_date, end_date, renews_id) "
                              "VALUES (?, ?, ?, ?, ?)",
                              {QStringLiteral("C-2027"), purchaser, QStringLiteral("2027-01-01"),
                               QStringLiteral("2027-12-31"), contract2026});
        postA = insert("INSERT INTO post (contract_id, street_id) VALUES (?, ?)", {contract2026, streetA});
        postB = insert("INSERT INTO post (contract_id, street_id) VALUES (?, ?)", {contract2026, streetB});
        postA2027 = insert("INSERT INTO post (contract_id, street_id) VALUES (?, ?)", {contract2027, streetA});
    }
    Placement placement(qint64 workerId, qint64 postId, QDate start, QDate end = {})
    {
        Placement p;
        p.workerId = workerId;
        p.postId = postId;
        p.start = start;
        p.end = end;
        return p;
    }
    // A raw INSERT that bypasses core: must fail and leave no row.
    void rawPlacementRefused(qint64 workerId, qint64 postId, const QString &start, const QVariant &end)
    {
        const int before = count("SELECT count(*) FROM placement");
        auto q = db.run(
            QStringLiteral("INSERT INTO placement (worker_id, post_id, start_date, end_date) VALUES (?, ?, ?, ?)"),
            {workerId, postId, start, end});
        CHECK_FALSE(q.ok());
        CHECK(count("SELECT count(*) FROM placement") == before);
    }
};

} // namespace

TEST_CASE("Resident ID numbers: length, digits, birth date and the MOD 11-2 check character", "[worker]")
{
    CHECK(WorkerRepository::checkIdNumber(QStringLiteral("11010519491231002X")).ok());
    CHECK(WorkerRepository::checkIdNumber(QStringLiteral("11010519491231002x")).ok());
    CHECK(WorkerRepository::idCheckCharacter(QStringLiteral("11010519491231002")) == QLatin1Char('X'));

    const Status wrongCheck = WorkerRepository::checkIdNumber(QStringLiteral("110105194912310021"));
    REQUIRE_FALSE(wrongCheck.ok());
    CHECK(wrongCheck.error().message.contains(QLatin1String("should be X")));
    CHECK_FALSE(WorkerRepository::checkIdNumber(QStringLiteral("1101051949123100")).ok());   // 16 characters
    CHECK_FALSE(WorkerRepository::checkIdNumber(QStringLiteral("1101051949A231002X")).ok()); // a letter inside
    CHECK_FALSE(WorkerRepository::checkIdNumber(QStringLiteral("110105194913310020")).ok()); // month 13
    CHECK(WorkerRepository::maskedIdNumber(QStringLiteral("11010519491231002X")) ==
          QStringLiteral("110105********002X"));
}

TEST_CASE("Workers: validation, unique staff number, lookup by code or name, removal", "[worker]")
{
    World w;
    WorkerRepository repo(w.db);
    SocialWorker s;
    s.name = QStringLiteral("  ");
    CHECK_FALSE(repo.add(s).ok());
    s.name = QStringLiteral("张伟");
    s.code = QStringLiteral("SW001");
    s.idNumber = QStringLiteral("110105194912310021");
    CHECK_FALSE(repo.add(s).ok());
    s.idNumber = QStringLiteral("11010519491231002x");
    s.hiredOn = d(2026, 3, 1);
    s.leftOn = d(2026, 2, 1);
    CHECK_FALSE(repo.add(s).ok());
    s.leftOn = {};
    s.qualification = Qualification::Assistant;
    auto id = repo.add(s);
    REQUIRE(id.ok());
    auto stored = repo.get(id.value());
    REQUIRE(stored.ok());
    CHECK(stored->idNumber == QStringLiteral("11010519491231002X"));
    CHECK(stored->qualification == Qualification::Assistant);
    CHECK(stored->hiredOn == d(2026, 3, 1));

    SocialWorker twin;
    twin.name = QStringLiteral("张伟");
    twin.code = QStringLiteral("SW001");
    const auto duplicate = repo.add(twin);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().message.contains(QStringLiteral("张伟")));
    twin.code = QStringLiteral("SW002");
    const auto twinId = repo.add(twin);
    REQUIRE(twinId.ok());

    CHECK(repo.findByCodeOrName(QStringLiteral("张伟")).value().size() == 2); // ambiguous
    CHECK(repo.findByCodeOrName(QStringLiteral(" SW002 ")).value().size() == 1);
    CHECK(repo.findByCodeOrName(QStringLiteral("SW002")).value().first().id == twinId.value());
    CHECK(repo.findByCodeOrName(QStringLiteral("李娜")).value().isEmpty()); // unknown

    SocialWorker changed = stored.value();
    changed.leftOn = d(2026, 2, 28);
    CHECK_FALSE(repo.update(changed).ok());
    changed.leftOn = d(2026, 12, 31);
    CHECK(repo.update(changed).ok());
    CHECK(repo.get(id.value())->leftOn == d(2026, 12, 31));

    // Removal refused while a placement refers to the worker, allowed otherwise.
    REQUIRE(PlacementRepository(w.db).place(w.placement(id.value(), w.postA, d(2026, 3, 1))).ok());
    const Status refused = repo.remove(id.value());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QLatin1String("1 placements")));
    CHECK(repo.get(id.value()).ok());
    CHECK(repo.remove(twinId.value()).ok());
    CHECK(repo.get(twinId.value()).error().kind == Error::Kind::NotFound);
}

TEST_CASE("Workers list: masked ID, current street, active/left filter, search", "[worker]")
{
    World w;
    WorkerRepository repo(w.db);
    SocialWorker a;
    a.name = QStringLiteral("王芳");
    a.code = QStringLiteral("A1");
    a.idNumber = QStringLiteral("11010519491231002X");
    const qint64 aId = repo.add(a).value();
    SocialWorker b;
    b.name = QStringLiteral("刘洋");
    b.phone = QStringLiteral("13800000000");
    b.hiredOn = d(2020, 1, 1);
    b.leftOn = d(2021, 1, 1);
    repo.add(b).value();
    // A placement covering today (whatever today is) at street A.
    const QDate today = QDate::currentDate();
    const qint64 c = w.insert("INSERT INTO contract (code, purchaser_id, start_date, end_date) VALUES (?, 1, ?, ?)",
                              {QStringLiteral("NOW"), isoDate(today.addDays(-10)), isoDate(today.addDays(10))});
    const qint64 post = w.insert("INSERT INTO post (contract_id, street_id) VALUES (?, ?)", {c, w.streetA});
    REQUIRE(PlacementRepository(w.db).place(w.placement(aId, post, today.addDays(-10))).ok());

    const SqlListSource list = WorkerRepository::listing(w.db);
    ListFilter all;
    REQUIRE(list.count(all).value() == 2);
    const auto rows = list.fetch(all, 0, 10).value();
    const ListRow &first = rows.at(0).id == aId ? rows.at(0) : rows.at(1);
    CHECK(first.cells.at(5).toString() == QStringLiteral("110105********002X"));
    CHECK(first.cells.at(6).toString() == QStringLiteral("八里庄街道"));

    ListFilter active;
    active.status = WorkerRepository::activeCode();
    CHECK(list.count(active).value() == 1);
    active.status = WorkerRepository::leftCode();
    CHECK(list.count(active).value() == 1);
    ListFilter search;
    search.search = QStringLiteral("138000");
    CHECK(list.count(search).value() == 1);
}

TEST_CASE("Placements: contract term, one placement per worker, one worker per post", "[placement]")
{
    World w;
    PlacementRepository repo(w.db);
    const qint64 li = w.worker(QStringLiteral("李娜"));
    const qint64 zhao = w.worker(QStringLiteral("赵强"));
    const qint64 sun = w.worker(QStringLiteral("孙丽"));

    Placement first = w.placement(li, w.postA, d(2026, 1, 1), d(2026, 6, 30));
    first.departmentId = w.deptA;
    auto firstId = repo.place(first);
    REQUIRE(firstId.ok());

    SECTION("outside the contract's term")
    {
        const auto early = repo.place(w.placement(zhao, w.postB, d(2025, 12, 1), d(2026, 3, 1)));
        REQUIRE_FALSE(early.ok());
        CHECK(early.error().message.contains(QLatin1String("C-2026")));
        CHECK(early.error().message.contains(QLatin1String("2026-12-31")));
        CHECK_FALSE(repo.place(w.placement(zhao, w.postB, d(2026, 6, 1), d(2027, 1, 5))).ok());
        w.rawPlacementRefused(zhao, w.postB, QStringLiteral("2025-12-01"), QStringLiteral("2026-03-01"));
        w.rawPlacementRefused(zhao, w.postB, QStringLiteral("2026-06-01"), QStringLiteral("2027-01-05"));
        CHECK(repo.place(w.placement(zhao, w.postB, d(2026, 6, 1), d(2026, 12, 31))).ok());
    }
    SECTION("the worker already placed elsewhere")
    {
        const auto twice = repo.place(w.placement(li, w.postB, d(2026, 6, 1)));
        REQUIRE_FALSE(twice.ok());
        CHECK(twice.error().message.contains(QStringLiteral("李娜")));
        CHECK(twice.error().message.contains(QStringLiteral("八里庄街道")));
        CHECK(twice.error().message.contains(QLatin1String("2026-06-30")));
        w.rawPlacementRefused(li, w.postB, QStringLiteral("2026-06-01"), QVariant());
        CHECK(repo.place(w.placement(li, w.postB, d(2026, 7, 1))).ok());
    }
    SECTION("the post already held")
    {
        const auto held = repo.place(w.placement(zhao, w.postA, d(2026, 6, 30), d(2026, 8, 1)));
        REQUIRE_FALSE(held.ok());
        CHECK(held.error().message.contains(QStringLiteral("李娜")));
        CHECK(held.error().message.contains(QStringLiteral("八里庄街道")));
        w.rawPlacementRefused(zhao, w.postA, QStringLiteral("2026-06-30"), QStringLiteral("2026-08-01"));
        CHECK(repo.place(w.placement(zhao, w.postA, d(2026, 7, 1))).ok());
        // The open placement runs to the contract's end, so the post is full until then.
        CHECK_FALSE(repo.place(w.placement(sun, w.postA, d(2026, 12, 31))).ok());
        w.rawPlacementRefused(sun, w.postA, QStringLiteral("2026-12-31"), QStringLiteral("2026-12-31"));
        // ... and a worker's open placement blocks a later one for that worker too.
        CHECK_FALSE(repo.place(w.placement(zhao, w.postB, d(2026, 12, 1), d(2026, 12, 31))).ok());
        w.rawPlacementRefused(zhao, w.postB, QStringLiteral("2026-12-01"), QStringLiteral("2026-12-31"));
        // Next year's contract is a new post: no clash.
        CHECK(repo.place(w.placement(zhao, w.postA2027, d(2027, 1, 1))).ok());
    }
    SECTION("the department must be the post's street's")
    {
        Placement p = w.placement(zhao, w.postB, d(2026, 7, 1));
        p.departmentId = w.deptA;
        const auto wrong = repo.place(p);
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().message.contains(QStringLiteral("民政科")));
        p.departmentId = w.deptB;
        CHECK(repo.place(p).ok());
    }
    SECTION("an update is checked against the others, not itself")
    {
        Placement changed = repo.get(firstId.value()).value();
        changed.end = d(2026, 7, 31);
        CHECK(repo.update(changed).ok());
        REQUIRE(repo.place(w.placement(zhao, w.postA, d(2026, 8, 1))).ok());
        changed.end = d(2026, 8, 15);
        CHECK_FALSE(repo.update(changed).ok());
        auto raw = w.db.run(QStringLiteral("UPDATE placement SET end_date = ? WHERE id = ?"),
                            {QStringLiteral("2026-08-15"), firstId.value()});
        CHECK_FALSE(raw.ok());
        CHECK(repo.get(firstId.value())->end == d(2026, 7, 31));
    }
    CHECK(w.count("SELECT count(*) FROM placement WHERE worker_id = ? AND post_id = ?", {li, w.postA}) == 1);
}

TEST_CASE("Ending a placement keeps the handover note in the street's history", "[placement]")
{
    World w;
    PlacementRepository repo(w.db);
    const qint64 li = w.worker(QStringLiteral("李娜"));
    const qint64 zhao = w.worker(QStringLiteral("赵强"));
    Placement p = w.placement(li, w.postA, d(2026, 1, 1));
    p.departmentId = w.deptA;
    const qint64 id = repo.place(p).value();

    CHECK_FALSE(repo.end(id, d(2026, 5, 31), std::nullopt, {}).ok());                  // no reason
    CHECK_FALSE(repo.end(id, d(2027, 1, 5), PlacementEndReason::Resigned, {}).ok());   // after the contract
    CHECK_FALSE(repo.end(id, d(2025, 12, 31), PlacementEndReason::Resigned, {}).ok()); // before the start
    const QString note = QStringLiteral("独居老人个案 12 户，名单在民政科；青少年小组每周三。");
    REQUIRE(repo.end(id, d(2026, 5, 31), PlacementEndReason::Resigned, note).ok());
    const Placement ended = repo.get(id).value();
    CHECK(ended.end == d(2026, 5, 31));
    CHECK(ended.endReason == PlacementEndReason::Resigned);

    REQUIRE(repo.place(w.placement(zhao, w.postA, d(2026, 6, 1))).ok());
    // The contract is renewed: the same worker carries on at the street under the new one.
    REQUIRE(repo.place(w.placement(zhao, w.postA2027, d(2027, 1, 1))).ok());
    CHECK(repo.current(li, d(2026, 5, 31)).value()->id == id);
    CHECK_FALSE(repo.current(li, d(2026, 6, 1)).value().has_value());
    CHECK(repo.current(zhao, d(2026, 12, 31)).value().has_value());

    const auto history = repo.history(w.streetA).value();
    REQUIRE(history.size() == 3);
    CHECK(history.at(0).workerName == QStringLiteral("李娜"));
    CHECK(history.at(0).contractCode == QStringLiteral("C-2026"));
    CHECK(history.at(0).departmentName == QStringLiteral("民政科"));
    CHECK(history.at(0).handoverNote == note);
    CHECK(history.at(0).endReason == PlacementEndReason::Resigned);
    CHECK(history.at(1).workerName == QStringLiteral("赵强"));
    CHECK_FALSE(history.at(1).end.isValid());
    CHECK(history.at(1).effectiveEnd == d(2026, 12, 31));
    CHECK(history.at(2).contractCode == QStringLiteral("C-2027"));
    CHECK(repo.history(w.streetB).value().isEmpty());

    const SqlListSource list = PlacementRepository::listing(w.db);
    ListFilter f;
    f.streetId = w.streetA;
    CHECK(list.count(f).value() == 3);
    f.from = d(2026, 7, 1);
    f.to = d(2026, 7, 31);
    CHECK(list.count(f).value() == 1);
    const auto rows = list.fetch(f, 0, 10).value();
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).cells.at(0).toString() == QStringLiteral("赵强"));
    CHECK(rows.at(0).cells.at(6).toString() == QStringLiteral("2026-12-31"));
    f = {};
    f.workerId = li;
    CHECK(list.fetch(f, 0, 10).value().at(0).cells.at(8).toString().startsWith(QStringLiteral("独居老人")));

    CHECK(repo.remove(id).ok());
    CHECK(repo.history(w.streetA).value().size() == 2);
}

TEST_CASE("Attendance: one row per worker and day", "[attendance]")
{
    World w;
    AttendanceRepository repo(w.db);
    const qint64 li = w.worker(QStringLiteral("李娜"));
    AttendanceRecord r;
    r.workerId = li;
    r.day = d(2026, 10, 12);
    r.status = AttendanceStatus::Present;
    r.signIn = QTime(8, 55);
    REQUIRE(repo.set(r).ok());
    r.status = AttendanceStatus::SickLeave;
    r.signIn.reset();
    r.note = QStringLiteral("病假条已交");
    REQUIRE(repo.set(r).ok());
    CHECK(w.count("SELECT count(*) FROM attendance WHERE worker_id = ?", {li}) == 1);
    const auto stored = repo.get(li, r.day).value();
    REQUIRE(stored.has_value());
    CHECK(stored->status == AttendanceStatus::SickLeave);
    CHECK_FALSE(stored->signIn.has_value());
    CHECK(stored->note == r.note);

    auto raw = w.db.run(QStringLiteral("INSERT INTO attendance (worker_id, day, status) VALUES (?, ?, 'present')"),
                        {li, QStringLiteral("2026-10-12")});
    REQUIRE_FALSE(raw.ok());
    CHECK(raw.error().message.contains(QLatin1String("already has an attendance record")));
    CHECK(w.count("SELECT count(*) FROM attendance WHERE worker_id = ?", {li}) == 1);

    r.signIn = QTime(17, 0);
    r.signOut = QTime(9, 0);
    CHECK_FALSE(repo.set(r).ok());
    r.workerId = 999;
    r.signIn.reset();
    CHECK(repo.set(r).error().kind == Error::Kind::NotFound);

    CHECK(repo.remove(li, d(2026, 10, 12)).ok());
    CHECK(repo.remove(li, d(2026, 10, 12)).error().kind == Error::Kind::NotFound);
}

TEST_CASE("Attendance from sign-in/out times against the work hours", "[attendance]")
{
    World w;
    AttendanceRepository repo(w.db);
    CHECK(repo.workStart() == QTime(9, 0));
    CHECK(repo.workEnd() == QTime(17, 30));
    REQUIRE(w.db.setSetting(QStringLiteral("work_start"), QStringLiteral("08:30")).ok());
    CHECK(repo.workStart() == QTime(8, 30));
    const QTime start(9, 0), end(17, 30);
    using A = AttendanceRepository;
    CHECK(A::statusFromTimes(QTime(8, 50), QTime(17, 40), start, end) == AttendanceStatus::Present);
    CHECK(A::statusFromTimes(QTime(9, 0), QTime(17, 30), start, end) == AttendanceStatus::Present);
    CHECK(A::statusFromTimes(QTime(9, 5), QTime(17, 40), start, end) == AttendanceStatus::Late);
    CHECK(A::statusFromTimes(QTime(9, 5), QTime(16, 0), start, end) == AttendanceStatus::Late);
    CHECK(A::statusFromTimes(QTime(8, 50), QTime(17, 0), start, end) == AttendanceStatus::LeftEarly);
    CHECK(A::statusFromTimes(std::nullopt, std::nullopt, start, end) == AttendanceStatus::Present);
}

TEST_CASE("Filling attendance skips weekends and holidays, keeps make-up days and the placement's bounds",
          "[attendance]")
{
    // resources/calendar: 2026-10-01..07 National Day holidays, Saturday 2026-10-10 a make-up working day.
    World w;
    AttendanceRepository repo(w.db);
    PlacementRepository placements(w.db);
    const qint64 li = w.worker(QStringLiteral("李娜"));
    const qint64 zhao = w.worker(QStringLiteral("赵强"));
    REQUIRE(placements.place(w.placement(li, w.postA, d(2026, 1, 1))).ok());
    REQUIRE(placements.place(w.placement(zhao, w.postB, d(2026, 10, 9))).ok());

    // Sep 28-30 (3) + Oct 8, 9, 10 (3) + Oct 12-16 (5).
    auto filled = repo.fill(li, d(2026, 9, 28), d(2026, 10, 16), AttendanceStatus::Present);
    REQUIRE(filled.ok());
    CHECK(filled.value() == 11);
    CHECK(repo.get(li, d(2026, 10, 10)).value().has_value());
    CHECK_FALSE(repo.get(li, d(2026, 10, 3)).value().has_value());
    CHECK_FALSE(repo.get(li, d(2026, 10, 8 - 1)).value().has_value());
    CHECK_FALSE(repo.get(li, d(2026, 10, 11)).value().has_value());
    CHECK(repo.fill(li, d(2026, 9, 28), d(2026, 10, 16), AttendanceStatus::Present).value() == 0);

    // Only inside the placement (from Oct 9), and a day already recorded is kept.
    AttendanceRecord sick{0, zhao, d(2026, 10, 12), AttendanceStatus::SickLeave, {}, {}, {}};
    REQUIRE(repo.set(sick).ok());
    CHECK(repo.fill(zhao, d(2026, 10, 1), d(2026, 10, 16), AttendanceStatus::Present).value() == 6);
    CHECK(repo.get(zhao, d(2026, 10, 12)).value()->status == AttendanceStatus::SickLeave);
    CHECK_FALSE(repo.get(zhao, d(2026, 10, 8)).value().has_value());

    CHECK_FALSE(repo.fill(zhao, d(2026, 10, 16), d(2026, 10, 1), AttendanceStatus::Present).ok());
    CHECK(repo.fill(999, d(2026, 10, 1), d(2026, 10, 16), AttendanceStatus::Present).error().kind ==
          Error::Kind::NotFound);
}

TEST_CASE("The month grid and its totals, worked out by hand", "[attendance]")
{
    World w;
    AttendanceRepository repo(w.db);
    PlacementRepository placements(w.db);
    const qint64 li = w.worker(QStringLiteral("李娜"));   // street A all year
    const qint64 zhao = w.worker(QStringLiteral("赵强")); // street B from Oct 19
    const qint64 sun = w.worker(QStringLiteral("孙丽"));  // street B in September only
    REQUIRE(placements.place(w.placement(li, w.postA, d(2026, 1, 1))).ok());
    REQUIRE(placements.place(w.placement(sun, w.postB, d(2026, 9, 1), d(2026, 9, 30))).ok());
    REQUIRE(placements.place(w.placement(zhao, w.postB, d(2026, 10, 19), d(2026, 10, 31))).ok());

    // October 2026: working days Oct 8, 9, 10 and the weeks of the 12th, 19th and 26th = 18.
    REQUIRE(repo.fill(li, d(2026, 10, 1), d(2026, 10, 31), AttendanceStatus::Present).value() == 18);
    auto set = [&](qint64 worker, QDate day, AttendanceStatus status) {
        REQUIRE(repo.set({0, worker, day, status, {}, {}, {}}).ok());
    };
    set(li, d(2026, 10, 9), AttendanceStatus::Late);
    set(li, d(2026, 10, 12), AttendanceStatus::SickLeave);
    set(li, d(2026, 10, 13), AttendanceStatus::Absent);
    set(li, d(2026, 10, 14), AttendanceStatus::LeftEarly);
    set(li, d(2026, 10, 17), AttendanceStatus::BusinessOut); // a Saturday out on business: shown, not counted
    set(zhao, d(2026, 10, 15), AttendanceStatus::Present);   // before the placement: shown, not counted
    set(zhao, d(2026, 10, 19), AttendanceStatus::Present);
    set(zhao, d(2026, 10, 20), AttendanceStatus::PersonalLeave);
    set(sun, d(2026, 10, 8), AttendanceStatus::Present); // not placed in October: no row

    const auto grid = repo.month(d(2026, 10, 1)).value();
    CHECK(grid.first == d(2026, 10, 1));
    REQUIRE(grid.workdays.size() == 18);
    CHECK(grid.workdays.first() == d(2026, 10, 8));
    CHECK(grid.workdays.contains(d(2026, 10, 10)));
    CHECK_FALSE(grid.workdays.contains(d(2026, 10, 17)));
    REQUIRE(grid.rows.size() == 2);

    const auto &liRow = grid.rows.at(0).workerId == li ? grid.rows.at(0) : grid.rows.at(1);
    const auto &zhaoRow = grid.rows.at(0).workerId == li ? grid.rows.at(1) : grid.rows.at(0);
    CHECK(liRow.streets == QStringLiteral("八里庄街道"));
    CHECK(liRow.days.size() == 19);
    CHECK(liRow.days.value(d(2026, 10, 17)) == AttendanceStatus::BusinessOut);
    CHECK(liRow.required == 18);
    CHECK(liRow.attended == 16);
    CHECK(liRow.late == 1);
    CHECK(liRow.leftEarly == 1);
    CHECK(liRow.absences.value(AttendanceStatus::SickLeave) == 1);
    CHECK(liRow.absences.value(AttendanceStatus::Absent) == 1);
    CHECK(liRow.unrecorded() == 0);
    CHECK(*liRow.rate() == Approx(16.0 / 18.0));

    CHECK(zhaoRow.streets == QStringLiteral("三里屯街道"));
    CHECK(zhaoRow.days.size() == 3);
    CHECK(zhaoRow.required == 10);
    CHECK(zhaoRow.attended == 1);
    CHECK(zhaoRow.absences.value(AttendanceStatus::PersonalLeave) == 1);
    CHECK(zhaoRow.unrecorded() == 8);
    CHECK(*zhaoRow.rate() == Approx(0.1));

    const auto streetB = repo.month(d(2026, 10, 1), w.streetB).value();
    REQUIRE(streetB.rows.size() == 1);
    CHECK(streetB.rows.at(0).workerId == zhao);
    CHECK(streetB.rows.at(0).required == 10);
    const auto september = repo.month(d(2026, 9, 1), w.streetB).value();
    REQUIRE(september.rows.size() == 1);
    CHECK(september.rows.at(0).workerId == sun);
    CHECK(september.rows.at(0).required == 22); // Sep 2026: 22 weekdays, less the 25th (Mid-Autumn), plus Sunday 20th
}

TEST_CASE("Attendance list: filters, newest first, and an index-driven plan", "[attendance]")
{
    World w;
    AttendanceRepository repo(w.db);
    PlacementRepository placements(w.db);
    const qint64 li = w.worker(QStringLiteral("李娜"));
    const qint64 zhao = w.worker(QStringLiteral("赵强"));
    REQUIRE(placements.place(w.placement(li, w.postA, d(2026, 1, 1))).ok());
    REQUIRE(placements.place(w.placement(zhao, w.postB, d(2026, 10, 1))).ok());
    REQUIRE(repo.fill(li, d(2026, 10, 1), d(2026, 10, 31), AttendanceStatus::Present).value() == 18);
    REQUIRE(repo.fill(zhao, d(2026, 10, 1), d(2026, 10, 16), AttendanceStatus::Present).value() == 8);
    REQUIRE(repo.set({0, zhao, d(2026, 10, 16), AttendanceStatus::Late, QTime(9, 20), QTime(17, 30), {}}).ok());

    const SqlListSource list = AttendanceRepository::listing(w.db);
    ListFilter f;
    CHECK(list.count(f).value() == 26);
    const auto rows = list.fetch(f, 0, 3).value();
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).cells.at(0).toString() == QStringLiteral("2026-10-30"));
    CHECK(rows.at(0).cells.at(1).toString() == QStringLiteral("李娜"));
    CHECK(rows.at(0).cells.at(2).toString() == QStringLiteral("八里庄街道"));
    f.streetId = w.streetB;
    CHECK(list.count(f).value() == 8);
    f.status = code(AttendanceStatus::Late);
    const auto late = list.fetch(f, 0, 10).value();
    REQUIRE(late.size() == 1);
    CHECK(late.at(0).cells.at(4).toString() == QStringLiteral("09:20"));
    f = {};
    f.districtId = w.district;
    f.from = d(2026, 10, 12);
    f.to = d(2026, 10, 16);
    CHECK(list.count(f).value() == 10);
    f = {};
    f.search = QStringLiteral("赵");
    CHECK(list.count(f).value() == 8);

    // The default window walks the attendance(day) index: no full scan, no sort of the table.
    const ListSpec &spec = list.spec();
    QStringList select{spec.id};
    for (const auto &c : spec.columns)
        select << c.expression;
    auto plan = w.db.run(QStringLiteral("EXPLAIN QUERY PLAN SELECT %1 FROM %2 ORDER BY %3 LIMIT 200 OFFSET 0")
                             .arg(select.join(QStringLiteral(", ")), spec.from, spec.defaultOrder));
    REQUIRE(plan.ok());
    QStringList steps;
    while (plan.value().next())
        steps << plan.value().value(3).toString();
    INFO(steps.join(QStringLiteral(" | ")).toStdString());
    CHECK(steps.filter(QStringLiteral("attendance_day")).size() == 1);
    CHECK(steps.filter(QStringLiteral("TEMP B-TREE")).isEmpty());
}

TEST_CASE("Work log: minutes per entry and per day, month totals and admin share", "[worklog]")
{
    World w;
    WorkLogRepository repo(w.db);
    const qint64 li = w.worker(QStringLiteral("李娜"));
    auto entry = [&](QDate day, int minutes, WorkCategory category) {
        return WorkLogEntry{0, li, day, minutes, category, {}};
    };
    CHECK_FALSE(repo.add(entry(d(2026, 10, 12), 0, WorkCategory::Casework)).ok());
    CHECK_FALSE(repo.add(entry(d(2026, 10, 12), 1441, WorkCategory::Casework)).ok());
    CHECK_FALSE(repo.add(entry({}, 60, WorkCategory::Casework)).ok());
    CHECK(repo.add({0, 999, d(2026, 10, 12), 60, WorkCategory::Casework, {}}).error().kind == Error::Kind::NotFound);

    const qint64 morning = repo.add(entry(d(2026, 10, 12), 600, WorkCategory::Casework)).value();
    REQUIRE(repo.add(entry(d(2026, 10, 12), 600, WorkCategory::Admin)).ok());
    const auto tooMuch = repo.add(entry(d(2026, 10, 12), 300, WorkCategory::Meeting));
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(tooMuch.error().message.contains(QLatin1String("20:00")));
    CHECK(repo.add(entry(d(2026, 10, 12), 240, WorkCategory::Meeting)).ok()); // exactly 24 h
    CHECK(w.count("SELECT sum(minutes) FROM work_log WHERE worker_id = ?", {li}) == 1440);

    // An update counts the other entries of the day, not the entry itself.
    WorkLogEntry changed = repo.get(morning).value();
    changed.minutes = 590;
    CHECK(repo.update(changed).ok());
    changed.minutes = 700;
    CHECK_FALSE(repo.update(changed).ok());
    changed.day = d(2026, 10, 13);
    CHECK(repo.update(changed).ok());

    auto raw = w.db.run(
        QStringLiteral("INSERT INTO work_log (worker_id, day, minutes, category) VALUES (?, ?, 0, 'casework')"),
        {li, QStringLiteral("2026-10-14")});
    CHECK_FALSE(raw.ok());

    // Oct 12: admin 600 + meeting 240; Oct 13: casework 700; Oct 20: group 90 + report 30.
    REQUIRE(repo.add(entry(d(2026, 10, 20), 90, WorkCategory::Group)).ok());
    REQUIRE(repo.add(entry(d(2026, 10, 20), 30, WorkCategory::Report)).ok());
    REQUIRE(repo.add(entry(d(2026, 11, 2), 60, WorkCategory::Casework)).ok()); // another month
    const auto month = repo.workerMonth(li, d(2026, 10, 15)).value();
    CHECK(month.first == d(2026, 10, 1));
    REQUIRE(month.days.size() == 3);
    CHECK(month.days.at(0).day == d(2026, 10, 12));
    CHECK(month.days.at(0).administrative == 840);
    CHECK(month.days.at(0).professional == 0);
    CHECK(month.days.at(0).minutes.value(WorkCategory::Meeting) == 240);
    CHECK(month.days.at(1).professional == 700);
    CHECK(month.days.at(2).professional == 90);
    CHECK(month.days.at(2).administrative == 30);
    CHECK(month.professionalMinutes == 790);
    CHECK(month.administrativeMinutes == 870);
    CHECK(month.adminShare() == Approx(870.0 / 1660.0));

    const SqlListSource list = WorkLogRepository::listing(w.db);
    ListFilter f;
    f.from = d(2026, 10, 1);
    f.to = d(2026, 10, 31);
    CHECK(list.count(f).value() == 5);
    f.status = code(WorkCategory::Admin);
    const auto rows = list.fetch(f, 0, 10).value();
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).cells.at(5).toString() == QStringLiteral("10:00"));
    CHECK(rows.at(0).cells.at(4).toString() == WorkLogRepository::tr("Administrative"));

    CHECK(repo.remove(morning).ok());
    CHECK(repo.get(morning).error().kind == Error::Kind::NotFound);
}

// Not run by CTest ([.]): `test_records "[.bench]"` fills a million attendance rows and times the list.
TEST_CASE("Attendance list on a million rows", "[.bench]")
{
    World w;
    PlacementRepository placements(w.db);
    QList<qint64> workers;
    for (int i = 0; i < 400; ++i)
        workers << w.worker(QStringLiteral("社工%1").arg(i));
    REQUIRE(placements.place(w.placement(workers.at(0), w.postA, d(2026, 1, 1))).ok());
    REQUIRE(placements.place(w.placement(workers.at(1), w.postB, d(2026, 1, 1))).ok());
    {
        Transaction t(w.db);
        QSqlQuery insert =
            w.db.prepare(QStringLiteral("INSERT INTO attendance (worker_id, day, status) VALUES (?, ?, ?)"));
        const QDate first(2018, 1, 1);
        for (qint64 worker : workers)
            for (int day = 0; day < 2500; ++day) {
                insert.addBindValue(worker);
                insert.addBindValue(isoDate(first.addDays(day)));
                insert.addBindValue(day % 17 == 0 ? QStringLiteral("late") : QStringLiteral("present"));
                REQUIRE(insert.exec());
            }
        REQUIRE(t.commit().ok());
    }
    const SqlListSource list = AttendanceRepository::listing(w.db);
    auto time = [&](const char *what, const ListFilter &f) {
        QElapsedTimer timer;
        timer.start();
        const int n = list.count(f).value();
        const qint64 counted = timer.elapsed();
        const auto rows = list.fetch(f, 0, 200).value();
        const qint64 middle = timer.elapsed();
        const auto deep = list.fetch(f, n / 2, 200).value();
        WARN(what << ": " << n << " rows, count " << counted << " ms, first window " << middle - counted
                  << " ms, middle window " << timer.elapsed() - middle << " ms");
    };
    time("no filter", {});
    ListFilter month;
    month.from = d(2024, 3, 1);
    month.to = d(2024, 3, 31);
    time("one month", month);
    ListFilter worker;
    worker.workerId = workers.at(7);
    time("one worker", worker);
    ListFilter street;
    street.streetId = w.streetA;
    time("street", street);
    ListFilter status;
    status.status = QStringLiteral("late");
    time("status", status);
}
