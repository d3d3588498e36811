// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "contract.h"

#include "post.h"
#include "settings.h"
#include "sqlvalue.h"
#include "table.h"

#include <QLocale>
#include <QSet>

namespace core {

namespace {

const Table kPurchaser{"purchaser", {"name", "contact", "phone"}};

const Table kContract{"contract",
                      {"code", "title", "purchaser_id", "signed_on", "start_date", "end_date", "post_count",
                       "funding_per_post", "overhead_kind", "overhead_rate_bp", "overhead_fixed", "status", "renews_id",
                       "notes"}};

Purchaser purchaserFrom(const QSqlQuery &q)
{
    const Row r(kPurchaser, q);
    return {r.id(), r.text("name"), r.text("contact"), r.text("phone")};
}

RowValues purchaserValues(const Purchaser &p)
{
    return RowValues()
        .set("name", p.name.trimmed())
        .set("contact", nonNull(p.contact.trimmed()))
        .set("phone", nonNull(p.phone.trimmed()));
}

Contract contractFrom(const QSqlQuery &q)
{
    const Row r(kContract, q);
    Contract c;
    c.id = r.id();
    c.code = r.text("code");
    c.title = r.text("title");
    c.purchaserId = r.id("purchaser_id");
    c.signedOn = r.date("signed_on");
    c.start = r.date("start_date");
    c.end = r.date("end_date");
    c.postCount = r.integer("post_count");
    c.fundingPerPost = r.money("funding_per_post");
    c.overheadKind = r.code<OverheadKind>("overhead_kind").value_or(OverheadKind::Rate);
    c.overheadRateBp = r.integer("overhead_rate_bp");
    c.overheadFixed = r.money("overhead_fixed");
    c.status = r.code<ContractStatus>("status").value_or(ContractStatus::Draft);
    c.renewsId = r.optionalId("renews_id");
    c.notes = r.text("notes");
    return c;
}

RowValues contractValues(const Contract &c)
{
    return RowValues()
        .set("code", c.code.trimmed())
        .set("title", nonNull(c.title.trimmed()))
        .set("purchaser_id", c.purchaserId)
        .set("signed_on", dateOrNull(c.signedOn))
        .set("start_date", isoDate(c.start))
        .set("end_date", isoDate(c.end))
        .set("post_count", c.postCount)
        .set("funding_per_post", qint64(c.fundingPerPost.fen()))
        .set("overhead_kind", code(c.overheadKind))
        .set("overhead_rate_bp", c.overheadRateBp)
        .set("overhead_fixed", qint64(c.overheadFixed.fen()))
        .set("status", code(c.status))
        .set("renews_id", idOrNull(c.renewsId))
        .set("notes", nonNull(c.notes));
}

QString money(Money m)
{
    return m.toString(QLocale());
}

} // namespace

// ---- purchasers ----

Result<QList<Purchaser>> PurchaserRepository::list() const
{
    auto q = m_db.run(kPurchaser.select() + QStringLiteral(" ORDER BY name"));
    if (!q)
        return q.error();
    QList<Purchaser> list;
    while (q.value().next())
        list.append(purchaserFrom(q.value()));
    return list;
}

Result<Purchaser> PurchaserRepository::get(qint64 id) const
{
    auto q = m_db.run(kPurchaser.select() + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("There is no purchaser with number %1.").arg(id));
    return purchaserFrom(q.value());
}

Status PurchaserRepository::check(const Purchaser &purchaser) const
{
    const QString name = purchaser.name.trimmed();
    if (name.isEmpty())
        return Error::invalid(tr("A purchaser needs a name, e.g. the district civil-affairs bureau."));
    auto n = countOf(m_db, QStringLiteral("SELECT count(*) FROM purchaser WHERE name = ? AND id <> ?"),
                     {name, purchaser.id});
    if (!n)
        return n.error();
    if (n.value() > 0)
        return Error::invalid(tr("There is already a purchaser named “%1”. Choose another name.").arg(name));
    return {};
}

Result<qint64> PurchaserRepository::add(const Purchaser &purchaser) const
{
    return inTransaction(m_db, [&]() -> Result<qint64> {
        if (Status s = check(purchaser); !s)
            return s.error();
        return m_db.insert(kPurchaser.insert(), purchaserValues(purchaser).ordered(kPurchaser));
    });
}

Status PurchaserRepository::update(const Purchaser &purchaser) const
{
    return inTransaction(m_db, [&]() -> Status {
        if (auto existing = get(purchaser.id); !existing)
            return existing.error();
        if (Status s = check(purchaser); !s)
            return s;
        return fromQuery(m_db.run(kPurchaser.update(), purchaserValues(purchaser).ordered(kPurchaser, purchaser.id)));
    });
}

Status PurchaserRepository::remove(qint64 id) const
{
    return inTransaction(m_db, [&]() -> Status {
        auto existing = get(id);
        if (!existing)
            return existing.error();
        auto n = countOf(m_db, QStringLiteral("SELECT count(*) FROM contract WHERE purchaser_id = ?"), {id});
        if (!n)
            return n.error();
        if (n.value() > 0)
            return Error::invalid(
                tr("Purchaser “%1” has %n contract(s) and cannot be removed.", nullptr, int(n.value()))
                    .arg(existing->name));
        return fromQuery(m_db.run(QStringLiteral("DELETE FROM purchaser WHERE id = ?"), {id}));
    });
}

// ---- contracts ----

Contract ContractRepository::blank() const
{
    Contract c;
    if (auto settings = Settings::load(m_db)) {
        c.overheadKind = settings->overheadKind;
        c.overheadRateBp = settings->overheadRateBp;
        c.overheadFixed = settings->overheadFixed;
    }
    return c;
}

Result<Contract> ContractRepository::get(qint64 id) const
{
    auto q = m_db.run(kContract.select() + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("There is no contract with number %1.").arg(id));
    return contractFrom(q.value());
}

Result<QList<Contract>> ContractRepository::list() const
{
    auto q = m_db.run(kContract.select() + QStringLiteral(" ORDER BY start_date DESC, code"));
    if (!q)
        return q.error();
    QList<Contract> list;
    while (q.value().next())
        list.append(contractFrom(q.value()));
    return list;
}

Status ContractRepository::checkPlacementsInside(qint64 contractId, QDate start, QDate end) const
{
    auto q = m_db.run(QStringLiteral("SELECT w.name, s.name, pl.start_date, pl.end_date "
                                     "FROM placement pl JOIN post p ON p.id = pl.post_id "
                                     "JOIN social_worker w ON w.id = pl.worker_id JOIN street s ON s.id = p.street_id "
                                     "WHERE p.contract_id = ? AND (pl.start_date < ? OR COALESCE(pl.end_date, ?) > ?) "
                                     "ORDER BY pl.start_date LIMIT 1"),
                      {contractId, isoDate(start), isoDate(end), isoDate(end)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return {};
    const QString until = q.value().value(3).isNull() ? tr("open end") : q.value().value(3).toString();
    return Error::invalid(tr("The placement of %1 at %2 (%3 to %4) would lie outside the contract's term %5 to %6. "
                             "Change or end that placement first.")
                              .arg(q.value().value(0).toString(), q.value().value(1).toString(),
                                   q.value().value(2).toString(), until, isoDate(start), isoDate(end)));
}

Status ContractRepository::validate(const Contract &c) const
{
    const QString code = c.code.trimmed();
    if (code.isEmpty())
        return Error::invalid(tr("A contract needs a code, e.g. the number on the signed agreement."));
    auto same = countOf(m_db, QStringLiteral("SELECT count(*) FROM contract WHERE code = ? AND id <> ?"), {code, c.id});
    if (!same)
        return same.error();
    if (same.value() > 0)
        return Error::invalid(tr("There is already a contract with code “%1”. Codes must be unique.").arg(code));
    auto purchaser = countOf(m_db, QStringLiteral("SELECT count(*) FROM purchaser WHERE id = ?"), {c.purchaserId});
    if (!purchaser)
        return purchaser.error();
    if (purchaser.value() == 0)
        return Error::invalid(tr("Choose the purchaser of contract “%1”.").arg(code));
    if (!c.start.isValid() || !c.end.isValid())
        return Error::invalid(tr("Give the start and end dates of contract “%1”.").arg(code));
    if (c.end < c.start)
        return Error::invalid(tr("Contract “%1” ends (%2) before it starts (%3). Correct the dates.")
                                  .arg(code, isoDate(c.end), isoDate(c.start)));
    if (c.postCount < 0)
        return Error::invalid(tr("The number of posts cannot be negative."));
    if (c.fundingPerPost < Money())
        return Error::invalid(tr("The funding per post cannot be negative."));
    if (c.overheadRateBp < 0 || c.overheadRateBp > 10000)
        return Error::invalid(tr("The overhead rate must lie between 0% and 100%."));
    if (c.overheadFixed < Money())
        return Error::invalid(tr("The fixed overhead per post cannot be negative."));
    if (c.overheadKind == OverheadKind::Fixed && c.overheadFixed > c.fundingPerPost)
        return Error::invalid(tr("The fixed overhead per post (%1) is more than the funding per post (%2).")
                                  .arg(money(c.overheadFixed), money(c.fundingPerPost)));
    if (c.renewsId) {
        if (c.id != 0 && *c.renewsId == c.id)
            return Error::invalid(tr("A contract cannot renew itself."));
        auto previous = get(*c.renewsId);
        if (!previous)
            return Error::invalid(tr("The contract that “%1” renews does not exist.").arg(code));
        auto other = countOf(m_db, QStringLiteral("SELECT count(*) FROM contract WHERE renews_id = ? AND id <> ?"),
                             {*c.renewsId, c.id});
        if (!other)
            return other.error();
        if (other.value() > 0)
            return Error::invalid(
                tr("Contract “%1” has already been renewed by another contract.").arg(previous->code));
        if (c.start <= previous->end)
            return Error::invalid(tr("A renewal must start after the contract it renews ends (%1 ends on %2).")
                                      .arg(previous->code, isoDate(previous->end)));
    }
    if (c.id != 0) {
        auto posts = countOf(m_db, QStringLiteral("SELECT count(*) FROM post WHERE contract_id = ?"), {c.id});
        if (!posts)
            return posts.error();
        if (posts.value() > c.postCount)
            return Error::invalid(tr("Contract “%1” already has %2 posts; the number of posts cannot be lower. "
                                     "Remove posts first.")
                                      .arg(code)
                                      .arg(posts.value()));
        if (Status s = checkPlacementsInside(c.id, c.start, c.end); !s)
            return s;
    }
    return {};
}

Result<qint64> ContractRepository::add(const Contract &contract) const
{
    Contract c = contract;
    c.id = 0;
    Transaction tx(m_db); // the checks and the write see the same file
    if (!tx.started())
        return tx.error();
    if (Status s = validate(c); !s)
        return s.error();
    auto id = m_db.insert(kContract.insert(), contractValues(c).ordered(kContract));
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status ContractRepository::update(const Contract &c) const
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.error();
    if (auto existing = get(c.id); !existing)
        return existing.error();
    if (Status s = validate(c); !s)
        return s;
    if (Status s = fromQuery(m_db.run(kContract.update(), contractValues(c).ordered(kContract, c.id))); !s)
        return s;
    return tx.commit();
}

Status ContractRepository::remove(qint64 id) const
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.error();
    auto c = get(id);
    if (!c)
        return c.error();
    auto placements = countOf(
        m_db,
        QStringLiteral("SELECT count(*) FROM placement pl JOIN post p ON p.id = pl.post_id WHERE p.contract_id = ?"),
        {id});
    if (!placements)
        return placements.error();
    if (placements.value() > 0)
        return Error::invalid(tr("Contract “%1” has %n placement(s) and cannot be removed. Mark it as ended or "
                                 "terminated instead.",
                                 nullptr, int(placements.value()))
                                  .arg(c->code));
    auto funding = countOf(m_db, QStringLiteral("SELECT count(*) FROM funding_entry WHERE contract_id = ?"), {id});
    if (!funding)
        return funding.error();
    if (funding.value() > 0)
        return Error::invalid(tr("Contract “%1” has %n funding entries and cannot be removed. Mark it as ended or "
                                 "terminated instead.",
                                 nullptr, int(funding.value()))
                                  .arg(c->code));
    auto next = successor(id);
    if (!next)
        return next.error();
    if (next.value())
        return Error::invalid(
            tr("Contract “%1” was renewed as “%2”; remove the renewal first.").arg(c->code, next.value()->code));
    // Its posts go with it (ON DELETE CASCADE).
    if (Status s = fromQuery(m_db.run(QStringLiteral("DELETE FROM contract WHERE id = ?"), {id})); !s)
        return s;
    return tx.commit();
}

Result<qint64> ContractRepository::renew(qint64 id, const QString &newCode, QDate newStart, QDate newEnd) const
{
    Transaction transaction(m_db); // the checks and the copy see the same file
    if (!transaction.started())
        return transaction.error();
    auto old = get(id);
    if (!old)
        return old.error();
    auto next = successor(id);
    if (!next)
        return next.error();
    if (next.value())
        return Error::invalid(tr("Contract “%1” has already been renewed as “%2”.").arg(old->code, next.value()->code));
    if (!newStart.isValid() || !newEnd.isValid())
        return Error::invalid(tr("Give the start and end dates of the renewed contract."));
    if (newStart <= old->end)
        return Error::invalid(tr("The renewal must start after contract “%1” ends (%2); it starts on %3.")
                                  .arg(old->code, isoDate(old->end), isoDate(newStart)));
    auto posts = countOf(m_db, QStringLiteral("SELECT count(*) FROM post WHERE contract_id = ?"), {id});
    if (!posts)
        return posts.error();

    Contract renewal = *old;
    renewal.id = 0;
    renewal.code = newCode;
    renewal.signedOn = QDate();
    renewal.start = newStart;
    renewal.end = newEnd;
    renewal.postCount = std::max<int>(old->postCount, int(posts.value()));
    renewal.status = ContractStatus::Draft;
    renewal.renewsId = id;
    renewal.notes.clear();
    if (Status s = validate(renewal); !s)
        return s.error();
    auto newId = m_db.insert(kContract.insert(), contractValues(renewal).ordered(kContract));
    if (!newId)
        return newId.error();
    if (Status copied = PostRepository(m_db).copyPosts(id, newId.value()); !copied)
        return copied.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return newId.value();
}

Status ContractRepository::end(qint64 id) const
{
    auto c = get(id);
    if (!c)
        return c.error();
    if (c->status == ContractStatus::Terminated)
        return Error::invalid(tr("Contract “%1” was terminated; it cannot be marked as ended.").arg(c->code));
    if (c->status == ContractStatus::Ended)
        return Error::invalid(tr("Contract “%1” is already ended.").arg(c->code));
    return fromQuery(
        m_db.run(QStringLiteral("UPDATE contract SET status = ? WHERE id = ?"), {code(ContractStatus::Ended), id}));
}

Status ContractRepository::terminate(qint64 id, QDate date, const QString &reason) const
{
    auto c = get(id);
    if (!c)
        return c.error();
    if (c->status == ContractStatus::Terminated)
        return Error::invalid(tr("Contract “%1” is already terminated.").arg(c->code));
    if (c->status == ContractStatus::Ended)
        return Error::invalid(tr("Contract “%1” has already ended.").arg(c->code));
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Give the reason for terminating contract “%1”.").arg(c->code));
    QDate end = c->end;
    if (date.isValid()) {
        if (date < c->start)
            return Error::invalid(tr("The termination date %1 is before contract “%2” starts (%3).")
                                      .arg(isoDate(date), c->code, isoDate(c->start)));
        if (date > c->end)
            return Error::invalid(tr("The termination date %1 is after contract “%2” ends (%3).")
                                      .arg(isoDate(date), c->code, isoDate(c->end)));
        end = date;
    }
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.error();
    if (Status s = checkPlacementsInside(id, c->start, end); !s)
        return s;
    const QString line = tr("Terminated on %1: %2").arg(isoDate(end), reason.trimmed());
    const QString notes = c->notes.isEmpty() ? line : c->notes + QLatin1Char('\n') + line;
    if (Status s =
            fromQuery(m_db.run(QStringLiteral("UPDATE contract SET status = ?, end_date = ?, notes = ? WHERE id = ?"),
                               {code(ContractStatus::Terminated), isoDate(end), notes, id}));
        !s)
        return s;
    return transaction.commit();
}

Result<std::optional<Contract>> ContractRepository::findOne(const QString &where, qint64 value) const
{
    auto q = m_db.run(kContract.select() + QStringLiteral(" WHERE ") + where, {value});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Contract>();
    return std::optional<Contract>(contractFrom(q.value()));
}

Result<std::optional<Contract>> ContractRepository::successor(qint64 id) const
{
    return findOne(QStringLiteral("renews_id = ?"), id);
}

Result<std::optional<Contract>> ContractRepository::predecessor(qint64 id) const
{
    auto c = get(id);
    if (!c)
        return c.error();
    if (!c->renewsId)
        return std::optional<Contract>();
    return findOne(QStringLiteral("id = ?"), *c->renewsId);
}

Result<QList<Contract>> ContractRepository::chain(qint64 id) const
{
    auto c = get(id);
    if (!c)
        return c.error();
    // Walk back to the first contract, then forward; `seen` guards against a (broken) cycle.
    QSet<qint64> seen{c->id};
    Contract first = *c;
    while (first.renewsId && !seen.contains(*first.renewsId)) {
        auto previous = get(*first.renewsId);
        if (!previous)
            return previous.error();
        seen.insert(previous->id);
        first = *previous;
    }
    QList<Contract> list{first};
    seen = {first.id};
    for (;;) {
        auto next = successor(list.last().id);
        if (!next)
            return next.error();
        if (!next.value() || seen.contains(next.value()->id))
            break;
        seen.insert(next.value()->id);
        list.append(*next.value());
    }
    return list;
}

SqlListSource ContractRepository::listing(const Database &db)
{
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    ListSpec spec;
    spec.from = QStringLiteral("contract c JOIN purchaser pu ON pu.id = c.purchaser_id");
    spec.id = QStringLiteral("c.id");
    spec.columns = {
        {tr("Code"), QStringLiteral("c.code"), Qt::AlignLeft | Qt::AlignVCenter, {}},
        {tr("Title"), QStringLiteral("c.title"), Qt::AlignLeft | Qt::AlignVCenter, {}},
        {tr("Purchaser"), QStringLiteral("pu.name"), Qt::AlignLeft | Qt::AlignVCenter, {}},
        {tr("Start"), QStringLiteral("c.start_date"), Qt::AlignLeft | Qt::AlignVCenter, format::date},
        {tr("End"), QStringLiteral("c.end_date"), Qt::AlignLeft | Qt::AlignVCenter, format::date},
        // The posts it has; "0 / 2" when the recorded 岗位数 says otherwise.
        {tr("Posts"),
         QStringLiteral("CASE WHEN c.post_count = (SELECT count(*) FROM post p WHERE p.contract_id = c.id) "
                        "THEN CAST(c.post_count AS TEXT) ELSE CAST((SELECT count(*) FROM post p WHERE "
                        "p.contract_id = c.id) AS TEXT) || ' / ' || CAST(c.post_count AS TEXT) END"),
         right,
         {}},
        {tr("Funding per post"), QStringLiteral("c.funding_per_post"), right, format::money},
        {tr("Status"), QStringLiteral("c.status"), Qt::AlignLeft | Qt::AlignVCenter,
         format::enumLabel<ContractStatus>()},
        // 后续合同: the contract renewing this one (续签), empty when none.
        {tr("Successor"),
         QStringLiteral("(SELECT n.code FROM contract n WHERE n.renews_id = c.id)"),
         Qt::AlignLeft | Qt::AlignVCenter,
         {}},
    };
    spec.searchColumns = {QStringLiteral("c.code"), QStringLiteral("c.title"), QStringLiteral("pu.name")};
    spec.dateColumn = QStringLiteral("c.start_date");
    spec.dateEndColumn = QStringLiteral("c.end_date");
    spec.statusColumn = QStringLiteral("c.status");
    spec.contractColumn = QStringLiteral("c.id");
    spec.defaultOrder = QStringLiteral("c.start_date DESC, c.code");
    return SqlListSource(db, spec);
}

} // namespace core
