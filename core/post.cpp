// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "post.h"

#include "enums.h"
#include "period.h"
#include "table.h"

#include <algorithm>
#include <optional>

namespace core {

namespace {

const Table kPost{"post", {"contract_id", "street_id", "notes"}};

QDate dayOrToday(QDate day)
{
    return day.isValid() ? day : QDate::currentDate();
}

} // namespace

Result<QList<Post>> PostRepository::select(const QString &where, QVariantList values, QDate onDay) const
{
    const QString day = isoDate(dayOrToday(onDay));
    values.prepend(day);
    values.prepend(day);
    // A post holds at most one placement on a day (the schema's triggers), so the join adds no rows.
    auto q = m_db.run(QStringLiteral("SELECT ") + kPost.columnList(QStringLiteral("p")) +
                          QStringLiteral(", c.code, s.name, d.name, pl.id, pl.worker_id, w.name FROM post p "
                                         "JOIN contract c ON c.id = p.contract_id JOIN street s ON s.id = p.street_id "
                                         "JOIN district d ON d.id = s.district_id "
                                         "LEFT JOIN placement pl ON pl.post_id = p.id AND pl.start_date <= ? "
                                         "AND COALESCE(pl.end_date, c.end_date) >= ? "
                                         "LEFT JOIN social_worker w ON w.id = pl.worker_id WHERE ") +
                          where + QStringLiteral(" ORDER BY d.name, s.name, c.start_date, p.id"),
                      values);
    if (!q)
        return q.error();
    QList<Post> list;
    while (q.value().next()) {
        const Row r(kPost, q.value());
        Post p;
        p.id = r.id();
        p.contractId = r.id("contract_id");
        p.streetId = r.id("street_id");
        p.notes = r.text("notes");
        p.contractCode = r.extra(0).toString();
        p.streetName = r.extra(1).toString();
        p.districtName = r.extra(2).toString();
        if (!r.extra(3).isNull()) {
            p.placementId = r.extra(3).toLongLong();
            p.holderId = r.extra(4).toLongLong();
            p.holderName = r.extra(5).toString();
        }
        list.append(p);
    }
    return list;
}

Result<QList<Post>> PostRepository::ofContract(qint64 contractId, QDate onDay) const
{
    return select(QStringLiteral("p.contract_id = ?"), {contractId}, onDay);
}

Result<Post> PostRepository::get(qint64 id, QDate onDay) const
{
    auto list = select(QStringLiteral("p.id = ?"), {id}, onDay);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::notFound(tr("There is no post with number %1.").arg(id));
    return list->first();
}

Status PostRepository::checkStreet(const Post &post) const
{
    auto street = m_db.run(QStringLiteral("SELECT name FROM street WHERE id = ?"), {post.streetId});
    if (!street)
        return street.error();
    if (!street.value().next())
        return Error::invalid(tr("Choose the street of the post."));
    const QString streetName = street.value().value(0).toString();
    auto same =
        countOf(m_db, QStringLiteral("SELECT count(*) FROM post WHERE contract_id = ? AND street_id = ? AND id <> ?"),
                {post.contractId, post.streetId, post.id});
    if (!same)
        return same.error();
    if (same.value() > 0)
        return Error::invalid(
            tr("This contract already has a post at %1: one street, one post per contract.").arg(streetName));
    return {};
}

Result<qint64> PostRepository::add(const Post &post) const
{
    return inTransaction(m_db, [&]() -> Result<qint64> {
        auto contract =
            m_db.run(QStringLiteral("SELECT code, post_count FROM contract WHERE id = ?"), {post.contractId});
        if (!contract)
            return contract.error();
        if (!contract.value().next())
            return Error::invalid(tr("Choose the contract the post belongs to."));
        const QString code = contract.value().value(0).toString();
        const int funded = contract.value().value(1).toInt();
        Post p = post;
        p.id = 0;
        if (Status s = checkStreet(p); !s)
            return s.error();
        auto posts =
            countOf(m_db, QStringLiteral("SELECT count(*) FROM post WHERE contract_id = ?"), {post.contractId});
        if (!posts)
            return posts.error();
        if (posts.value() >= funded)
            return Error::invalid(tr("Contract “%1” funds %n post(s), and all of them have a street. Raise the number "
                                     "of posts in the contract first.",
                                     nullptr, funded)
                                      .arg(code));
        const RowValues values = RowValues()
                                     .set("contract_id", post.contractId)
                                     .set("street_id", post.streetId)
                                     .set("notes", nonNull(post.notes.trimmed()));
        return m_db.insert(kPost.insert(), values.ordered(kPost));
    });
}

Status PostRepository::update(const Post &post) const
{
    return inTransaction(m_db, [&]() -> Status {
        auto existing = get(post.id);
        if (!existing)
            return existing.error();
        Post p = post;
        p.contractId = existing->contractId; // a post never moves to another contract
        if (p.streetId != existing->streetId) {
            auto placements = countOf(m_db, QStringLiteral("SELECT count(*) FROM placement WHERE post_id = ?"), {p.id});
            if (!placements)
                return placements.error();
            if (placements.value() > 0)
                return Error::invalid(
                    tr("Workers have been placed in the post at %1; its street cannot change. Add a new "
                       "post instead.")
                        .arg(existing->streetName));
            if (Status s = checkStreet(p); !s)
                return s;
        }
        const Table edited = kPost.without({"contract_id"}); // see above
        const RowValues values = RowValues().set("street_id", p.streetId).set("notes", nonNull(p.notes.trimmed()));
        auto q = m_db.run(edited.update(), values.ordered(edited, p.id));
        if (!q)
            return q.error();
        return {};
    });
}

Status PostRepository::remove(qint64 id) const
{
    return inTransaction(m_db, [&]() -> Status {
        auto existing = get(id);
        if (!existing)
            return existing.error();
        auto placements = countOf(m_db, QStringLiteral("SELECT count(*) FROM placement WHERE post_id = ?"), {id});
        if (!placements)
            return placements.error();
        if (placements.value() > 0)
            return Error::invalid(tr("The post at %1 in contract “%2” has %n placement(s) and cannot be removed.",
                                     nullptr, int(placements.value()))
                                      .arg(existing->streetName, existing->contractCode));
        // Funding entries would go with the post (ON DELETE CASCADE): keep the ledger whole instead.
        auto funding = countOf(m_db, QStringLiteral("SELECT count(*) FROM funding_entry WHERE post_id = ?"), {id});
        if (!funding)
            return funding.error();
        if (funding.value() > 0)
            return Error::invalid(tr("The post at %1 in contract “%2” has %n funding entries and cannot be removed.",
                                     nullptr, int(funding.value()))
                                      .arg(existing->streetName, existing->contractCode));
        auto q = m_db.run(QStringLiteral("DELETE FROM post WHERE id = ?"), {id});
        if (!q)
            return q.error();
        return {};
    });
}

Status PostRepository::setStreets(qint64 contractId, const QList<qint64> &streetIds) const
{
    Transaction transaction(m_db); // inside the caller's, when it holds one
    if (!transaction.started())
        return transaction.error();
    auto existing = ofContract(contractId);
    if (!existing)
        return existing.error();
    QList<qint64> missing = streetIds;
    for (const Post &p : existing.value()) {
        if (missing.removeAll(p.streetId) > 0)
            continue;
        if (Status s = remove(p.id); !s)
            return s;
    }
    std::sort(missing.begin(), missing.end());
    missing.erase(std::unique(missing.begin(), missing.end()), missing.end());
    auto kept = countOf(m_db, QStringLiteral("SELECT count(*) FROM post WHERE contract_id = ?"), {contractId});
    if (!kept)
        return kept.error();
    if (Status s = fromQuery(m_db.run(QStringLiteral("UPDATE contract SET post_count = ? WHERE id = ?"),
                                      {kept.value() + missing.size(), contractId}));
        !s)
        return s;
    for (qint64 street : missing) {
        Post p;
        p.contractId = contractId;
        p.streetId = street;
        if (auto added = add(p); !added)
            return added.error();
    }
    return transaction.commit();
}

Status PostRepository::copyPosts(qint64 fromContract, qint64 toContract) const
{
    return fromQuery(m_db.run(QStringLiteral("INSERT INTO post (contract_id, street_id, notes) "
                                             "SELECT ?, street_id, notes FROM post WHERE contract_id = ? ORDER BY id"),
                              {toContract, fromContract}));
}

Result<QList<Post>> PostRepository::vacantPosts(QDate onDay) const
{
    const QString day = isoDate(dayOrToday(onDay));
    return select(QStringLiteral("c.status <> ? AND c.start_date <= ? AND c.end_date >= ? AND pl.id IS NULL"),
                  {code(ContractStatus::Draft), day, day}, onDay);
}

SqlListSource PostRepository::listing(const Database &db)
{
    // Today is fixed when the list is made (a date we format ourselves, not user text), so
    // that the same SQL runs on SQLite and PostgreSQL without a dialect's "today".
    const QString today = QLatin1Char('\'') + isoDate(QDate::currentDate()) + QLatin1Char('\'');
    const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
    ListSpec spec;
    spec.from = QStringLiteral("post p JOIN contract c ON c.id = p.contract_id JOIN street s ON s.id = p.street_id "
                               "JOIN district d ON d.id = s.district_id "
                               "LEFT JOIN placement pl ON pl.post_id = p.id AND pl.start_date <= %1 "
                               "AND COALESCE(pl.end_date, c.end_date) >= %1 "
                               "LEFT JOIN social_worker w ON w.id = pl.worker_id "
                               "LEFT JOIN department dep ON dep.id = pl.department_id")
                    .arg(today);
    spec.id = QStringLiteral("p.id");
    auto holder = [](const QVariant &name) -> QVariant {
        return name.isNull() ? QVariant(tr("(vacant)")) : name;
    };
    spec.columns = {
        {tr("District"), QStringLiteral("d.name"), left, {}},
        {tr("Street"), QStringLiteral("s.name"), left, {}},
        {tr("Contract"), QStringLiteral("c.code"), left, {}},
        {tr("Start"), QStringLiteral("c.start_date"), left, format::date},
        {tr("End"), QStringLiteral("c.end_date"), left, format::date},
        {tr("Social worker today"), QStringLiteral("w.name"), left, holder},
        {tr("Department"), QStringLiteral("dep.name"), left, {}},
        {tr("Contract status"), QStringLiteral("c.status"), left, format::enumLabel<ContractStatus>()},
    };
    spec.searchColumns = {QStringLiteral("d.name"), QStringLiteral("s.name"), QStringLiteral("c.code"),
                          QStringLiteral("w.name")};
    spec.dateColumn = QStringLiteral("c.start_date");
    spec.dateEndColumn = QStringLiteral("c.end_date");
    spec.districtColumn = QStringLiteral("d.id");
    spec.streetColumn = QStringLiteral("s.id");
    spec.contractColumn = QStringLiteral("c.id");
    spec.postColumn = QStringLiteral("p.id");
    spec.workerColumn = QStringLiteral("w.id");
    spec.statusColumn = QStringLiteral("c.status");
    spec.defaultOrder = QStringLiteral("d.name, s.name, c.start_date DESC");
    return SqlListSource(db, spec);
}

} // namespace core
