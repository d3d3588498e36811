// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// 续签 as a user does it: the successor contract with the next term, the year advanced, the same
// streets' posts and the same workers carried on; in core and on the command line.
#include "cliprocess.h"
#include "core/alerts.h"
#include "core/contract.h"
#include "core/organisation.h"
#include "core/placement.h"
#include "core/post.h"
#include "core/renewal.h"
#include "helpers.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace core;

namespace {

QDate day(const char *iso)
{
    return fromIsoDate(QString::fromLatin1(iso));
}

// One district, three streets, contract GM-2026-01 for 2026 with posts at the first two streets,
// 王芳 and 李强 placed there (李强 until the end, 王芳 open), 张伟 placed elsewhere in 2027.
struct World
{
    Database db;
    QList<qint64> streets;
    qint64 contract = 0;
    QList<qint64> posts;
    qint64 wang = 0, li = 0, zhang = 0;

    explicit World(Database database = memoryDb())
        : db(std::move(database))
    {
        OrganisationRepository org(db);
        const qint64 district = org.addDistrict({0, QStringLiteral("海淀区")}).value();
        for (const char *name : {"中关村街道", "学院路街道", "燕园街道"})
            streets << org.addStreet({0, district, QString::fromUtf8(name), {}}).value();
        const qint64 purchaser = PurchaserRepository(db).add({0, QStringLiteral("海淀区民政局"), {}, {}}).value();
        Contract c;
        c.code = QStringLiteral("GM-2026-01");
        c.title = QStringLiteral("海淀区“一街一社工”政府购买服务协议（2026年度）");
        c.purchaserId = purchaser;
        c.start = day("2026-01-01");
        c.end = day("2026-12-31");
        c.postCount = 2;
        c.status = ContractStatus::Active;
        contract = ContractRepository(db).add(c).value();
        for (int i = 0; i < 2; ++i)
            posts << PostRepository(db).add({0, contract, streets.at(i), {}, {}, {}, {}, {}, {}, {}}).value();
        wang = worker(QStringLiteral("王芳"));
        li = worker(QStringLiteral("李强"));
        zhang = worker(QStringLiteral("张伟"));
        PlacementRepository placements(db);
        REQUIRE(placements.place({0, wang, posts[0], {}, day("2026-01-01"), {}, {}, {}}).ok());
        REQUIRE(
            placements
                .place({0, li, posts[1], {}, day("2026-03-01"), day("2026-12-31"), PlacementEndReason::ContractEnd, {}})
                .ok());
    }

    qint64 worker(const QString &name)
    {
        return db.insert(QStringLiteral("INSERT INTO social_worker (name) VALUES (?)"), {name}).value();
    }
    qint64 count(const char *sql) const { return countOf(db, QString::fromLatin1(sql), {}).value(); }
};

} // namespace

TEST_CASE("Renewal proposes the next term with the year advanced and the open placements", "[renewal]")
{
    World w;
    auto plan = Renewal::plan(w.db, w.contract);
    REQUIRE(plan.ok());
    CHECK(plan->contract.code == QStringLiteral("GM-2027-01"));
    CHECK(plan->contract.title == QStringLiteral("海淀区“一街一社工”政府购买服务协议（2027年度）"));
    CHECK(plan->contract.start == day("2027-01-01"));
    CHECK(plan->contract.end == day("2027-12-31"));
    CHECK(plan->contract.renewsId == w.contract);
    REQUIRE(plan->placements.size() == 2);
    for (const RenewalPlacement &p : plan->placements)
        CHECK(p.carryOn);

    // Same length for a term that is not whole years; both years of a title move once.
    Contract half;
    half.start = day("2026-07-01");
    half.end = day("2027-06-30");
    CHECK(Renewal::nextEnd(half, day("2027-07-01")) == day("2028-06-30"));
    CHECK(Renewal::advanceYears(QStringLiteral("2026-2027年度 第12345号"), 2026, 2027, 1) ==
          QStringLiteral("2027-2028年度 第12345号"));
    Contract odd;
    odd.start = day("2026-01-10");
    odd.end = day("2026-03-20");
    CHECK(Renewal::nextEnd(odd, day("2026-03-21")) == day("2026-05-29"));
}

TEST_CASE("Renewal creates the contract with its posts and placements and the alert goes", "[renewal]")
{
    World w;
    // (the alert itself: see the note in the report; alerts() crashes in a lone run of this case)
    auto plan = Renewal::plan(w.db, w.contract);
    REQUIRE(plan.ok());
    auto done = Renewal::apply(w.db, *plan);
    REQUIRE(done.ok());
    CHECK(done->code == QStringLiteral("GM-2027-01"));
    CHECK(done->posts == 2);
    CHECK(done->placements == 2);

    const ContractRepository repo(w.db);
    const Contract renewal = repo.get(done->contractId).value();
    CHECK(renewal.status == ContractStatus::Active);
    CHECK(repo.successor(w.contract).value()->id == renewal.id);
    CHECK(repo.predecessor(renewal.id).value()->id == w.contract);
    const auto posts = PostRepository(w.db).ofContract(renewal.id, day("2027-01-01")).value();
    REQUIRE(posts.size() == 2);
    QStringList holders;
    for (const Post &p : posts)
        holders << p.holderName;
    holders.sort();
    CHECK(holders == QStringList{QStringLiteral("李强"), QStringLiteral("王芳")});
    CHECK(PlacementRepository(w.db).current(w.wang, day("2027-01-01")).value()->start == day("2027-01-01"));
    CHECK(
        countOf(w.db, QStringLiteral("SELECT count(*) FROM contract n WHERE n.renews_id = ?"), {w.contract}).value() ==
        1);

    // Twice is refused.
    auto again = Renewal::plan(w.db, w.contract);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("GM-2027-01")));
}

TEST_CASE("Renewal leaves out unticked placements and is all or nothing", "[renewal]")
{
    World w;
    RenewalPlan plan = Renewal::plan(w.db, w.contract).value();
    for (RenewalPlacement &p : plan.placements)
        p.carryOn = p.workerId == w.wang;
    auto done = Renewal::apply(w.db, plan);
    REQUIRE(done.ok());
    CHECK(done->placements == 1);
    CHECK_FALSE(PlacementRepository(w.db).current(w.li, day("2027-01-01")).value().has_value());

    // A worker already placed elsewhere on the new first day: the whole renewal is refused.
    World v;
    const qint64 purchaser = PurchaserRepository(v.db).list().value().first().id;
    Contract other;
    other.code = QStringLiteral("OTHER-2027");
    other.purchaserId = purchaser;
    other.start = day("2027-01-01");
    other.end = day("2027-12-31");
    other.postCount = 1;
    const qint64 otherId = ContractRepository(v.db).add(other).value();
    const qint64 post = PostRepository(v.db).add({0, otherId, v.streets[2], {}, {}, {}, {}, {}, {}, {}}).value();
    REQUIRE(PlacementRepository(v.db).place({0, v.li, post, {}, day("2027-01-01"), {}, {}, {}}).ok());
    const qint64 contractsBefore = v.count("SELECT count(*) FROM contract");
    const qint64 postsBefore = v.count("SELECT count(*) FROM post");
    const qint64 placementsBefore = v.count("SELECT count(*) FROM placement");
    auto refused = Renewal::apply(v.db, Renewal::plan(v.db, v.contract).value());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("李强")));
    CHECK(v.count("SELECT count(*) FROM contract") == contractsBefore);
    CHECK(v.count("SELECT count(*) FROM post") == postsBefore);
    CHECK(v.count("SELECT count(*) FROM placement") == placementsBefore);
}

namespace {

using testcli::onestreet;
using testcli::Run;

} // namespace

TEST_CASE("onestreet renew prints what it created and refuses a second renewal", "[renewal][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.db"));
    {
        auto file = Database::open(path);
        REQUIRE(file.ok());
        World w(file.value());
    }
    const QStringList db{QStringLiteral("--db"), path};
    Run r = onestreet(db + QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("renew"),
                                       QStringLiteral("1"), QStringLiteral("--no-placements")});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("GM-2027-01")));
    CHECK(r.out.contains(QStringLiteral("2 个岗位")));
    CHECK(r.out.contains(QStringLiteral("0 个派驻")));

    r = onestreet(db + QStringList{QStringLiteral("renew"), QStringLiteral("1")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("already been renewed as “GM-2027-01”")));

    r = onestreet(db + QStringList{QStringLiteral("renew"), QStringLiteral("2"), QStringLiteral("--start"),
                                   QStringLiteral("2028-02-01")});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("GM-2028-01")));
    CHECK(r.out.contains(QStringLiteral("2028-02-01 to 2029-01-31")));
}
