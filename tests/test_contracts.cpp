// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "core/contract.h"
#include "core/funding.h"
#include "core/organisation.h"
#include "core/post.h"
#include "core/settings.h"
#include "core/supervisor.h"
#include "helpers.h"

using namespace core;

namespace {

QDate day(const char *iso)
{
    return fromIsoDate(QString::fromLatin1(iso));
}

// A small world: one district with three streets, one purchaser, and contract HD-2026 for
// 2026 funding `posts` posts at the first streets.
struct World
{
    Database db = memoryDb();
    qint64 district = 0;
    QList<qint64> streets;
    qint64 purchaser = 0;
    qint64 contract = 0;
    QList<qint64> posts;

    explicit World(int postCount = 2)
    {
        OrganisationRepository org(db);
        district = org.addDistrict({0, QStringLiteral("海淀区")}).value();
        for (const char *name : {"中关村街道", "学院路街道", "燕园街道"})
            streets << org.addStreet({0, district, QString::fromUtf8(name), {}}).value();
        purchaser = PurchaserRepository(db).add({0, QStringLiteral("海淀区民政局"), {}, {}}).value();
        Contract c;
        c.code = QStringLiteral("HD-2026");
        c.title = QStringLiteral("一街一社工 2026");
        c.purchaserId = purchaser;
        c.start = day("2026-01-01");
        c.end = day("2026-12-31");
        c.postCount = postCount;
        c.overheadRateBp = 1500;
        c.status = ContractStatus::Active;
        auto id = ContractRepository(db).add(c);
        if (!id)
            FAIL(id.error().message.toStdString());
        contract = id.value();
        for (int i = 0; i < postCount; ++i) {
            Post p;
            p.contractId = contract;
            p.streetId = streets.at(i);
            auto post = PostRepository(db).add(p);
            REQUIRE(post.ok());
            posts << post.value();
        }
    }

    qint64 worker(const QString &name)
    {
        return db.insert(QStringLiteral("INSERT INTO social_worker (name) VALUES (?)"), {name}).value();
    }

    // Placements belong to another module; plain SQL is enough here.
    Result<qint64> place(qint64 workerId, qint64 postId, const char *from, const char *to)
    {
        return db.insert(QStringLiteral("INSERT INTO placement (worker_id, post_id, start_date, end_date) "
                                        "VALUES (?, ?, ?, ?)"),
                         {workerId, postId, QString::fromLatin1(from),
                          to ? QVariant(QString::fromLatin1(to)) : QVariant(QMetaType::fromType<QString>())});
    }
};

} // namespace

TEST_CASE("Districts, streets and departments refuse empty and duplicate names", "[contracts][organisation]")
{
    Database db = memoryDb();
    OrganisationRepository org(db);
    auto haidian = org.addDistrict({0, QStringLiteral(" 海淀区 ")});
    REQUIRE(haidian.ok());
    CHECK(org.district(haidian.value()).value().name == QStringLiteral("海淀区"));
    auto empty = org.addDistrict({0, QStringLiteral("  ")});
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.contains(QStringLiteral("name")));
    auto twice = org.addDistrict({0, QStringLiteral("海淀区")});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("already")));

    const qint64 chaoyang = org.addDistrict({0, QStringLiteral("朝阳区")}).value();
    const qint64 zgc = org.addStreet({0, haidian.value(), QStringLiteral("中关村街道"), {}}).value();
    REQUIRE(org.addStreet({0, chaoyang, QStringLiteral("望京街道"), {}}).ok());
    // The same street name is fine in another district, not twice in one.
    CHECK(org.addStreet({0, chaoyang, QStringLiteral("中关村街道"), {}}).ok());
    auto dup = org.addStreet({0, haidian.value(), QStringLiteral("中关村街道"), {}});
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().message.contains(QStringLiteral("already has a street")));
    CHECK_FALSE(org.addStreet({0, 999, QStringLiteral("无区街道"), {}}).ok());

    CHECK(org.street(zgc).value().districtName == QStringLiteral("海淀区"));
    CHECK(org.streets().value().size() == 3);
    CHECK(org.streets(chaoyang).value().size() == 2);
    CHECK(org.streets(std::nullopt, QStringLiteral("望京")).value().size() == 1);
    CHECK(org.streets(std::nullopt, QStringLiteral("海淀")).value().size() == 1); // by district name
    CHECK(org.streets(std::nullopt, QStringLiteral("%")).value().isEmpty());      // LIKE characters are literal

    Street renamed = org.street(zgc).value();
    renamed.name = QStringLiteral("中关村街道办事处");
    REQUIRE(org.updateStreet(renamed).ok());
    CHECK(org.street(zgc).value().name == renamed.name);

    const qint64 civil = org.addDepartment({0, zgc, QStringLiteral("民政科")}).value();
    REQUIRE(org.addDepartment({0, zgc, QStringLiteral("社建科")}).ok());
    CHECK_FALSE(org.addDepartment({0, zgc, QStringLiteral("民政科")}).ok());
    CHECK_FALSE(org.addDepartment({0, zgc, QString()}).ok());
    CHECK(org.departments(zgc).value().size() == 2);
    CHECK(org.department(civil).value().name == QStringLiteral("民政科"));

    // A district with streets stays; an empty one goes.
    auto busy = org.removeDistrict(haidian.value());
    REQUIRE_FALSE(busy.ok());
    CHECK(busy.error().message.contains(QStringLiteral("street")));
    const qint64 spare = org.addDistrict({0, QStringLiteral("门头沟区")}).value();
    CHECK(org.removeDistrict(spare).ok());
    CHECK(org.district(spare).error().kind == Error::Kind::NotFound);

    // Removing a street takes its departments along.
    REQUIRE(org.removeStreet(zgc).ok());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM department")).value().toInt() == 0);

    auto list = OrganisationRepository::listing(db);
    ListFilter filter;
    filter.districtId = chaoyang;
    CHECK(list.count(filter).value() == 2);
}

TEST_CASE("A street with posts cannot be removed", "[contracts][organisation]")
{
    World w;
    auto removed = OrganisationRepository(w.db).removeStreet(w.streets.at(0));
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().message.contains(QStringLiteral("post")));
    CHECK(OrganisationRepository(w.db).removeStreet(w.streets.at(2)).ok()); // no post there
}

TEST_CASE("Purchasers need a unique name and stay while they have contracts", "[contracts]")
{
    World w;
    PurchaserRepository repo(w.db);
    CHECK_FALSE(repo.add({0, QString(), {}, {}}).ok());
    auto dup = repo.add({0, QStringLiteral("海淀区民政局"), {}, {}});
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().message.contains(QStringLiteral("already")));
    auto busy = repo.remove(w.purchaser);
    REQUIRE_FALSE(busy.ok());
    CHECK(busy.error().message.contains(QStringLiteral("contract")));
    Purchaser p = repo.get(w.purchaser).value();
    p.contact = QStringLiteral("王科长");
    REQUIRE(repo.update(p).ok());
    CHECK(repo.get(w.purchaser).value().contact == QStringLiteral("王科长"));
    const qint64 other = repo.add({0, QStringLiteral("朝阳区社工委"), {}, {}}).value();
    CHECK(repo.remove(other).ok());
    CHECK(repo.list().value().size() == 1);
}

TEST_CASE("Contract rules are checked before writing, and the schema backs them", "[contracts]")
{
    World w;
    ContractRepository repo(w.db);
    const Contract good = repo.get(w.contract).value();
    CHECK(good.fundingPerPost == Money::fromYuan(30000));
    CHECK(good.status == ContractStatus::Active);
    CHECK(repo.validate(good).ok());

    auto refused = [&](auto change, const char *words) {
        Contract c = good;
        c.id = 0;
        c.code = QStringLiteral("NEW-1");
        change(c);
        const Status s = repo.validate(c);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QString::fromUtf8(words)));
        CHECK_FALSE(repo.add(c).ok());
    };
    refused([](Contract &c) { c.code = QStringLiteral("  "); }, "code");
    refused([](Contract &c) { c.code = QStringLiteral("HD-2026"); }, "already");
    refused([](Contract &c) { c.end = day("2025-12-31"); }, "before it starts");
    refused([](Contract &c) { c.start = QDate(); }, "dates");
    refused([](Contract &c) { c.purchaserId = 999; }, "purchaser");
    refused([](Contract &c) { c.fundingPerPost = Money::fromFen(-1); }, "negative");
    refused([](Contract &c) { c.overheadFixed = Money::fromFen(-1); }, "negative");
    refused([](Contract &c) { c.overheadRateBp = 10001; }, "100%");
    refused([](Contract &c) { c.overheadRateBp = -1; }, "100%");
    refused([](Contract &c) { c.postCount = -1; }, "negative");
    refused(
        [](Contract &c) {
            c.overheadKind = OverheadKind::Fixed;
            c.overheadFixed = Money::fromYuan(30001);
        },
        "more than the funding");

    // Accepted at the edges.
    Contract edge = good;
    edge.id = 0;
    edge.code = QStringLiteral("EDGE");
    edge.end = edge.start; // one day
    edge.overheadRateBp = 10000;
    edge.fundingPerPost = Money();
    REQUIRE(repo.add(edge).ok());

    // A contract cannot fund fewer posts than it has.
    Contract fewer = good;
    fewer.postCount = 1;
    auto s = repo.update(fewer);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("2 posts")));

    // The raw SQL path is refused by the schema too.
    auto negative = w.db.run(QStringLiteral("UPDATE contract SET funding_per_post = -100 WHERE id = ?"), {w.contract});
    CHECK_FALSE(negative.ok());
    auto backwards = w.db.run(QStringLiteral("UPDATE contract SET end_date = '2025-01-01' WHERE id = ?"), {w.contract});
    CHECK_FALSE(backwards.ok());
    auto rate = w.db.run(QStringLiteral("UPDATE contract SET overhead_rate_bp = 10001 WHERE id = ?"), {w.contract});
    CHECK_FALSE(rate.ok());

    // A new contract takes the default overhead rule from the settings.
    Settings settings = Settings::load(w.db).value();
    settings.overheadKind = OverheadKind::Fixed;
    settings.overheadFixed = Money::fromYuan(4000);
    REQUIRE(Settings::save(w.db, settings).ok());
    CHECK(repo.blank().overheadKind == OverheadKind::Fixed);
    CHECK(repo.blank().overheadFixed == Money::fromYuan(4000));
}

TEST_CASE("One street, one post per contract", "[contracts][posts]")
{
    World w;
    Contract c = ContractRepository(w.db).get(w.contract).value();
    c.postCount = 5;
    REQUIRE(ContractRepository(w.db).update(c).ok());

    PostRepository posts(w.db);
    Post second;
    second.contractId = w.contract;
    second.streetId = w.streets.at(0);
    auto refused = posts.add(second);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("one street, one post per contract")));

    // The raw insert is refused by the file itself, with the same rule named.
    auto raw = w.db.run(QStringLiteral("INSERT INTO post (contract_id, street_id) VALUES (?, ?)"),
                        {w.contract, w.streets.at(0)});
    REQUIRE_FALSE(raw.ok());
    CHECK(raw.error().message.contains(QStringLiteral("one street, one post per contract")));

    second.streetId = w.streets.at(2);
    REQUIRE(posts.add(second).ok());
    auto list = posts.ofContract(w.contract, day("2026-03-01"));
    REQUIRE(list.ok());
    CHECK(list->size() == 3);
    CHECK(list->first().districtName == QStringLiteral("海淀区"));
    CHECK(list->first().contractCode == QStringLiteral("HD-2026"));
}

TEST_CASE("A contract holds no more posts than it funds", "[contracts][posts]")
{
    World w(1);
    Post p;
    p.contractId = w.contract;
    p.streetId = w.streets.at(1);
    auto refused = PostRepository(w.db).add(p);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Raise the number of posts")));
}

TEST_CASE("Posts know their holder on a day and which are vacant", "[contracts][posts]")
{
    World w;
    PostRepository posts(w.db);
    const qint64 li = w.worker(QStringLiteral("李娜"));
    REQUIRE(w.place(li, w.posts.at(0), "2026-01-01", "2026-06-30").ok());

    auto march = posts.ofContract(w.contract, day("2026-03-01")).value();
    REQUIRE(march.size() == 2);
    const Post &held = march.at(0).id == w.posts.at(0) ? march.at(0) : march.at(1);
    CHECK(held.holderName == QStringLiteral("李娜"));
    CHECK(held.holderId == li);
    CHECK_FALSE(held.isVacant());

    auto vacantMarch = posts.vacantPosts(day("2026-03-01")).value();
    REQUIRE(vacantMarch.size() == 1);
    CHECK(vacantMarch.first().id == w.posts.at(1));
    CHECK(posts.vacantPosts(day("2026-07-01")).value().size() == 2);
    CHECK(posts.vacantPosts(day("2027-01-01")).value().isEmpty()); // no contract in force

    // A post with a placement stays.
    auto removed = posts.remove(w.posts.at(0));
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().message.contains(QStringLiteral("placement")));
    CHECK(posts.remove(w.posts.at(1)).ok());

    // The Streets & posts list shows the holder today, and filters.
    auto list = PostRepository::listing(w.db);
    ListFilter all;
    CHECK(list.count(all).value() == 1);
    ListFilter search;
    search.search = QStringLiteral("中关村");
    CHECK(list.count(search).value() == 1);
    search.search = QStringLiteral("燕园");
    CHECK(list.count(search).value() == 0);
    CHECK(list.headers().size() == list.fetch(all, 0, 10).value().first().cells.size());
}

TEST_CASE("Renewing a contract creates its successor with the same posts", "[contracts][renewal]")
{
    World w;
    ContractRepository repo(w.db);
    auto next = repo.renew(w.contract, QStringLiteral("HD-2027"), day("2027-01-01"), day("2027-12-31"));
    REQUIRE(next.ok());
    const Contract renewal = repo.get(next.value()).value();
    CHECK(renewal.renewsId == w.contract);
    CHECK(renewal.purchaserId == w.purchaser);
    CHECK(renewal.fundingPerPost == Money::fromYuan(30000));
    CHECK(renewal.overheadRateBp == 1500);
    CHECK(renewal.postCount == 2);
    CHECK(renewal.status == ContractStatus::Draft);

    auto oldPosts = PostRepository(w.db).ofContract(w.contract).value();
    auto newPosts = PostRepository(w.db).ofContract(renewal.id).value();
    REQUIRE(newPosts.size() == oldPosts.size());
    for (int i = 0; i < newPosts.size(); ++i)
        CHECK(newPosts.at(i).streetId == oldPosts.at(i).streetId);

    CHECK(repo.successor(w.contract).value()->id == renewal.id);
    CHECK(repo.predecessor(renewal.id).value()->id == w.contract);
    CHECK_FALSE(repo.predecessor(w.contract).value().has_value());
    CHECK_FALSE(repo.successor(renewal.id).value().has_value());

    // Renewing twice is refused.
    auto twice = repo.renew(w.contract, QStringLiteral("HD-2027b"), day("2027-01-01"), day("2027-12-31"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("already been renewed")));
    // ... and so is the raw SQL path (renews_id is unique).
    CHECK_FALSE(w.db.run(QStringLiteral("INSERT INTO contract (code, purchaser_id, start_date, end_date, renews_id) "
                                        "VALUES ('X', ?, '2027-01-01', '2027-12-31', ?)"),
                         {w.purchaser, w.contract})
                    .ok());

    // A renewal that starts before the old term ends is refused, and nothing is left behind.
    const int contractsBefore = w.db.scalar(QStringLiteral("SELECT count(*) FROM contract")).value().toInt();
    auto early = repo.renew(renewal.id, QStringLiteral("HD-2028"), day("2027-12-31"), day("2028-12-31"));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(QStringLiteral("start after")));
    CHECK(w.db.scalar(QStringLiteral("SELECT count(*) FROM contract")).value().toInt() == contractsBefore);
    // A duplicate code is refused too.
    CHECK_FALSE(repo.renew(renewal.id, QStringLiteral("HD-2026"), day("2028-01-01"), day("2028-12-31")).ok());

    auto third = repo.renew(renewal.id, QStringLiteral("HD-2028"), day("2028-01-01"), day("2028-12-31"));
    REQUIRE(third.ok());
    for (qint64 id : {w.contract, renewal.id, third.value()}) {
        auto chain = repo.chain(id).value();
        REQUIRE(chain.size() == 3);
        CHECK(chain.at(0).code == QStringLiteral("HD-2026"));
        CHECK(chain.at(1).code == QStringLiteral("HD-2027"));
        CHECK(chain.at(2).code == QStringLiteral("HD-2028"));
    }

    // A renewed contract cannot be removed while its renewal exists.
    auto removed = repo.remove(renewal.id);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().message.contains(QStringLiteral("renew")));
    REQUIRE(repo.remove(third.value()).ok());
    CHECK(w.db.scalar(QStringLiteral("SELECT count(*) FROM post WHERE contract_id = ?"), {third.value()})
              .value()
              .toInt() == 0);
}

TEST_CASE("Terminating a contract early refuses to cut off a placement", "[contracts]")
{
    World w;
    ContractRepository repo(w.db);
    const qint64 zhang = w.worker(QStringLiteral("张伟"));
    REQUIRE(w.place(zhang, w.posts.at(0), "2026-01-01", "2026-09-30").ok());

    CHECK_FALSE(repo.terminate(w.contract, day("2026-10-31"), QString()).ok()); // needs a reason
    auto cut = repo.terminate(w.contract, day("2026-06-30"), QStringLiteral("预算削减"));
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.error().message.contains(QStringLiteral("张伟")));
    CHECK(repo.get(w.contract).value().status == ContractStatus::Active);
    CHECK(repo.get(w.contract).value().end == day("2026-12-31"));
    CHECK_FALSE(repo.terminate(w.contract, day("2027-01-31"), QStringLiteral("x")).ok()); // after the end

    // An open placement simply ends with the contract.
    const qint64 wang = w.worker(QStringLiteral("王芳"));
    REQUIRE(w.place(wang, w.posts.at(1), "2026-02-01", nullptr).ok());
    REQUIRE(repo.terminate(w.contract, day("2026-10-31"), QStringLiteral("预算削减")).ok());
    const Contract after = repo.get(w.contract).value();
    CHECK(after.status == ContractStatus::Terminated);
    CHECK(after.end == day("2026-10-31"));
    CHECK(after.notes.contains(QStringLiteral("预算削减")));
    CHECK_FALSE(repo.terminate(w.contract, QDate(), QStringLiteral("again")).ok());
    CHECK_FALSE(repo.end(w.contract).ok());

    // Updating the term behind a placement is refused the same way, naming the worker.
    Contract shorter = after;
    shorter.end = day("2026-08-31");
    auto s = repo.update(shorter);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("张伟")));

    // A contract with placements cannot be removed.
    auto removed = repo.remove(w.contract);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().message.contains(QStringLiteral("placement")));
}

TEST_CASE("Ending a contract marks it ended once", "[contracts]")
{
    World w;
    ContractRepository repo(w.db);
    REQUIRE(repo.end(w.contract).ok());
    CHECK(repo.get(w.contract).value().status == ContractStatus::Ended);
    CHECK_FALSE(repo.end(w.contract).ok());
    CHECK(repo.get(999).error().kind == Error::Kind::NotFound);
}

TEST_CASE("The Contracts list counts posts, formats money and filters", "[contracts]")
{
    World w;
    REQUIRE(ContractRepository(w.db)
                .renew(w.contract, QStringLiteral("HD-2027"), day("2027-01-01"), day("2027-12-31"))
                .ok());
    auto list = ContractRepository::listing(w.db);
    REQUIRE(list.headers().size() == 9);
    ListFilter all;
    CHECK(list.count(all).value() == 2);
    auto rows = list.fetch(all, 0, 10).value();
    REQUIRE(rows.size() == 2);
    CHECK(rows.first().cells.at(0).toString() == QStringLiteral("HD-2027")); // newest first
    CHECK(rows.first().cells.at(5).toInt() == 2);
    CHECK(rows.first().cells.at(6).toString().contains(QStringLiteral("30,000.00")));
    CHECK(rows.first().cells.at(7).toString() == label(ContractStatus::Draft));

    ListFilter active;
    active.status = code(ContractStatus::Active);
    CHECK(list.count(active).value() == 1);
    ListFilter inTerm;
    inTerm.from = day("2026-12-01");
    inTerm.to = day("2026-12-31");
    CHECK(list.count(inTerm).value() == 1);
    ListFilter byPurchaser;
    byPurchaser.search = QStringLiteral("民政局");
    CHECK(list.count(byPurchaser).value() == 2);
}

TEST_CASE("Funding entries are checked before writing", "[contracts][funding]")
{
    World w;
    FundingRepository funding(w.db);
    const qint64 li = w.worker(QStringLiteral("李娜"));

    FundingEntry receipt;
    receipt.contractId = w.contract;
    receipt.kind = FundingKind::Receipt;
    receipt.date = day("2026-01-15");
    receipt.amount = Money::fromYuan(60000);
    REQUIRE(funding.add(receipt).ok());

    FundingEntry negative = receipt;
    negative.amount = Money::fromFen(-1);
    auto refused = funding.add(negative);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("negative")));
    // The schema refuses it too.
    CHECK_FALSE(w.db.run(QStringLiteral("INSERT INTO funding_entry (contract_id, kind, entry_date, amount) "
                                        "VALUES (?, 'receipt', '2026-01-15', -1)"),
                         {w.contract})
                    .ok());

    FundingEntry pay;
    pay.contractId = w.contract;
    pay.kind = FundingKind::Pay;
    pay.date = day("2026-01-31");
    pay.amount = Money::fromYuan(2125);
    auto noPost = funding.add(pay);
    REQUIRE_FALSE(noPost.ok());
    CHECK(noPost.error().message.contains(QStringLiteral("pay entry")));
    CHECK_FALSE(w.db.run(QStringLiteral("INSERT INTO funding_entry (contract_id, kind, entry_date, amount) "
                                        "VALUES (?, 'pay', '2026-01-31', 100)"),
                         {w.contract})
                    .ok());
    pay.postId = w.posts.at(0);
    pay.workerId = li;
    pay.month = QStringLiteral("2026-13");
    CHECK_FALSE(funding.add(pay).ok());
    pay.month = QStringLiteral("2026-01");
    auto payId = funding.add(pay);
    REQUIRE(payId.ok());

    // A post of another contract is refused.
    const auto renewal =
        ContractRepository(w.db).renew(w.contract, QStringLiteral("HD-2027"), day("2027-01-01"), day("2027-12-31"));
    REQUIRE(renewal.ok());
    FundingEntry elsewhere = pay;
    elsewhere.contractId = renewal.value();
    auto wrong = funding.add(elsewhere);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.contains(QStringLiteral("does not belong")));

    FundingEntry changed = funding.get(payId.value()).value();
    changed.amount = Money::fromYuan(2200);
    REQUIRE(funding.update(changed).ok());
    CHECK(funding.get(payId.value()).value().amount == Money::fromYuan(2200));
    CHECK(funding.ofContract(w.contract).value().size() == 2);
    CHECK(funding.ofPost(w.posts.at(0)).value().size() == 1);
    CHECK(funding.ofMonth(QStringLiteral("2026-01")).value().size() == 1);

    // A contract with funding entries cannot be removed; nor a post with them.
    CHECK_FALSE(ContractRepository(w.db).remove(w.contract).ok());
    CHECK_FALSE(PostRepository(w.db).remove(w.posts.at(0)).ok());
    REQUIRE(funding.remove(payId.value()).ok());
    CHECK(funding.ofContract(w.contract).value().size() == 1);

    auto list = FundingRepository::listing(w.db);
    ListFilter receipts;
    receipts.status = code(FundingKind::Receipt);
    CHECK(list.count(receipts).value() == 1);
}

TEST_CASE("Overhead follows the contract's rule, rounded half up", "[contracts][funding]")
{
    Contract c;
    c.fundingPerPost = Money::fromYuan(30000);
    c.overheadRateBp = 1500;
    CHECK(FundingRepository::overheadFor(c) == Money::fromYuan(4500));
    c.fundingPerPost = Money::fromFen(33333); // 333.33 × 15% = 49.9995 → 50.00
    CHECK(FundingRepository::overheadFor(c) == Money::fromFen(5000));
    c.fundingPerPost = Money::fromFen(33329); // 49.9935 → 49.99
    CHECK(FundingRepository::overheadFor(c) == Money::fromFen(4999));
    c.overheadKind = OverheadKind::Fixed;
    c.overheadFixed = Money::fromYuan(3600);
    CHECK(FundingRepository::overheadFor(c) == Money::fromYuan(3600));
}

TEST_CASE("Recording overhead writes one entry per post, once", "[contracts][funding]")
{
    World w;
    FundingRepository funding(w.db);
    CHECK(funding.overheadFor(w.contract).value() == Money::fromYuan(4500));
    auto written = funding.recordOverhead(w.contract, day("2026-01-20"));
    REQUIRE(written.ok());
    CHECK(written.value() == 2);
    CHECK(w.db.scalar(QStringLiteral("SELECT sum(amount) FROM funding_entry WHERE kind = 'overhead'"))
              .value()
              .toLongLong() == 900000);
    auto again = funding.recordOverhead(w.contract, day("2026-02-20"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("2026-01-20")));

    World empty(0);
    CHECK_FALSE(FundingRepository(empty.db).recordOverhead(empty.contract).ok());
}

TEST_CASE("The funding balance per post, worked out by hand", "[contracts][funding]")
{
    // Funding 30,000.00 per post, overhead 15% → 4,500.00; the purchaser pays 60,000.00 for
    // the contract's two posts (30,000.00 each); the first post's worker gets 12 × 2,125.00 =
    // 25,500.00 → nothing left. The second post had 3 months paid: 30,000 − 4,500 − 6,375 = 19,125.
    World w;
    FundingRepository funding(w.db);
    const qint64 li = w.worker(QStringLiteral("李娜"));
    const qint64 wang = w.worker(QStringLiteral("王芳"));
    FundingEntry receipt;
    receipt.contractId = w.contract;
    receipt.date = day("2026-01-10");
    receipt.amount = Money::fromYuan(60000);
    REQUIRE(funding.add(receipt).ok());
    REQUIRE(funding.recordOverhead(w.contract, day("2026-01-10")).ok());
    for (int m = 1; m <= 12; ++m) {
        FundingEntry pay;
        pay.contractId = w.contract;
        pay.kind = FundingKind::Pay;
        pay.postId = w.posts.at(0);
        pay.workerId = li;
        pay.month = QStringLiteral("2026-%1").arg(m, 2, 10, QLatin1Char('0'));
        pay.date = QDate(2026, m, 28);
        pay.amount = Money::fromYuan(2125);
        REQUIRE(funding.add(pay).ok());
        if (m <= 3) {
            pay.postId = w.posts.at(1);
            pay.workerId = wang;
            REQUIRE(funding.add(pay).ok());
        }
    }
    auto balance = funding.balanceByPost(w.contract);
    REQUIRE(balance.ok());
    REQUIRE(balance->size() == 2);
    const PostBalance &first = balance->at(0).postId == w.posts.at(0) ? balance->at(0) : balance->at(1);
    const PostBalance &second = balance->at(0).postId == w.posts.at(0) ? balance->at(1) : balance->at(0);
    CHECK(first.entitled == Money::fromYuan(30000));
    CHECK(first.received == Money::fromYuan(30000));
    CHECK(first.overhead == Money::fromYuan(4500));
    CHECK(first.paid == Money::fromYuan(25500));
    CHECK(first.left == Money::fromYuan(0));
    CHECK(second.received == Money::fromYuan(30000));
    CHECK(second.paid == Money::fromFen(637500));
    CHECK(second.left == Money::fromFen(1912500));

    // A post's own receipt adds to its share; an odd fen of a contract-level receipt stays
    // with the contract (shares are whole fen).
    FundingEntry extra;
    extra.contractId = w.contract;
    extra.date = day("2026-06-01");
    extra.amount = Money::fromFen(101);
    REQUIRE(funding.add(extra).ok());
    extra.postId = w.posts.at(1);
    extra.amount = Money::fromYuan(1000);
    REQUIRE(funding.add(extra).ok());
    balance = funding.balanceByPost(w.contract);
    REQUIRE(balance.ok());
    const PostBalance &a = balance->at(0).postId == w.posts.at(0) ? balance->at(0) : balance->at(1);
    const PostBalance &b = balance->at(0).postId == w.posts.at(0) ? balance->at(1) : balance->at(0);
    CHECK(a.received == Money::fromFen(3000050));
    CHECK(a.left == Money::fromFen(50));
    CHECK(b.received == Money::fromFen(3100050));
}

TEST_CASE("Supervisors need a unique name and stay while they have sessions", "[contracts][supervisors]")
{
    Database db = memoryDb();
    SupervisorRepository repo(db);
    auto chen = repo.add({0, QStringLiteral("陈督导"), QStringLiteral("13800000000")});
    REQUIRE(chen.ok());
    CHECK_FALSE(repo.add({0, QStringLiteral(" "), {}}).ok());
    auto dup = repo.add({0, QStringLiteral("陈督导"), {}});
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().message.contains(QStringLiteral("already")));
    Supervisor s = repo.get(chen.value()).value();
    s.phone = QStringLiteral("13900000000");
    REQUIRE(repo.update(s).ok());
    CHECK(repo.list().value().first().phone == QStringLiteral("13900000000"));
    REQUIRE(db.run(QStringLiteral("INSERT INTO supervision_session (supervisor_id, held_on, form) "
                                  "VALUES (?, '2026-03-01', 'group')"),
                   {chen.value()})
                .ok());
    auto busy = repo.remove(chen.value());
    REQUIRE_FALSE(busy.ok());
    CHECK(busy.error().message.contains(QStringLiteral("session")));
    const qint64 other = repo.add({0, QStringLiteral("刘督导"), {}}).value();
    const Status removed = repo.remove(other);
    INFO(removed.error().message.toStdString());
    CHECK(removed.ok());
}

TEST_CASE("Settings load as typed values and save back in one piece", "[contracts][settings]")
{
    Database db = memoryDb();
    auto loaded = Settings::load(db);
    REQUIRE(loaded.ok());
    Settings s = loaded.value();
    CHECK(s.agencyName == QStringLiteral("社会工作服务中心"));
    CHECK(s.overheadKind == OverheadKind::Rate);
    CHECK(s.overheadRateBp == 1500);
    CHECK(s.alertContractDays == 60);
    CHECK(s.workStart == QTime(9, 0));
    CHECK(s.workEnd == QTime(17, 30));
    CHECK(s.referenceWage == Money::fromYuan(2540));
    CHECK(s.gradeExcellent == 90);
    CHECK(s.gradeGood == 80);
    CHECK(s.gradePass == 60);
    CHECK(s.backupKeep == 10);

    s.agencyName = QStringLiteral("阳光社会工作事务所");
    s.overheadKind = OverheadKind::Fixed;
    s.overheadFixed = Money::fromYuan(4000);
    s.alertUnsupervisedDays = 30;
    s.workStart = QTime(8, 30);
    s.workEnd = QTime(17, 0);
    s.referenceWage = Money::fromFen(300050);
    s.gradeExcellent = 95;
    s.gradeGood = 85;
    s.gradePass = 65;
    s.language = QStringLiteral("en");
    REQUIRE(Settings::save(db, s).ok());
    const Settings back = Settings::load(db).value();
    CHECK(back.agencyName == s.agencyName);
    CHECK(back.overheadKind == OverheadKind::Fixed);
    CHECK(back.overheadFixed == Money::fromYuan(4000));
    CHECK(back.alertUnsupervisedDays == 30);
    CHECK(back.workStart == QTime(8, 30));
    CHECK(back.workEnd == QTime(17, 0));
    CHECK(back.referenceWage == Money::fromFen(300050));
    CHECK(back.gradeExcellent == 95);
    CHECK(back.gradeGood == 85);
    CHECK(back.gradePass == 65);
    CHECK(back.language == QStringLiteral("en"));
    CHECK(db.setting(QStringLiteral("work_start")) == QStringLiteral("08:30"));
}

TEST_CASE("Settings refuse bad thresholds, times and amounts, and write nothing", "[contracts][settings]")
{
    Database db = memoryDb();
    const Settings good = Settings::load(db).value();
    auto refused = [&](auto change, const char *words) {
        Settings s = good;
        s.agencyName = QStringLiteral("changed");
        change(s);
        const Status status = Settings::save(db, s);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().message.contains(QString::fromUtf8(words)));
        CHECK(Settings::load(db).value().agencyName == good.agencyName);
    };
    refused([](Settings &s) { s.gradeGood = 90; }, "excellent (90) above good (90)");
    refused([](Settings &s) { s.gradePass = 85; }, "above pass (85)");
    refused([](Settings &s) { s.gradeExcellent = 101; }, "between 0 and 100");
    refused([](Settings &s) { s.workEnd = QTime(8, 0); }, "before it ends");
    refused([](Settings &s) { s.workStart = QTime(); }, "times");
    refused([](Settings &s) { s.referenceWage = Money::fromFen(-1); }, "negative");
    refused([](Settings &s) { s.overheadRateBp = 12000; }, "100%");
    refused([](Settings &s) { s.alertContractDays = -1; }, "negative");
    refused([](Settings &s) { s.language = QStringLiteral("fr"); }, "language");
    refused([](Settings &s) { s.agencyName = QString(); }, "name");

    // An unreadable stored value reads as the default.
    REQUIRE(db.setSetting(QStringLiteral("grade_good"), QStringLiteral("eighty")).ok());
    CHECK(Settings::load(db).value().gradeGood == 80);
}
