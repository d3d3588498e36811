// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "funding.h"

#include "collation.h"
#include "period.h"
#include "sqlvalue.h"
#include "table.h"

#include <QLocale>

namespace core {

namespace {

bool isMonth(const QString &month)
{
    return month.size() == 7 && QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate).isValid();
}

const Table kEntry{"funding_entry",
                   {"contract_id", "post_id", "worker_id", "kind", "entry_date", "month", "amount", "note"}};

RowValues entryValues(const FundingEntry &e)
{
    return RowValues()
        .set("contract_id", e.contractId)
        .set("post_id", idOrNull(e.postId))
        .set("worker_id", idOrNull(e.workerId))
        .set("kind", code(e.kind))
        .set("entry_date", isoDate(e.date))
        .set("month", e.month.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(e.month))
        .set("amount", qint64(e.amount.fen()))
        .set("note", nonNull(e.note.trimmed()));
}

} // namespace

Result<QList<FundingEntry>> FundingRepository::select(const QString &where, const QVariantList &values) const
{
    auto q = m_db.run(kEntry.select() + QStringLiteral(" WHERE ") + where + QStringLiteral(" ORDER BY entry_date, id"),
                      values);
    if (!q)
        return q.error();
    QList<FundingEntry> list;
    while (q.value().next()) {
        const Row r(kEntry, q.value());
        FundingEntry e;
        e.id = r.id();
        e.contractId = r.id("contract_id");
        e.postId = r.optionalId("post_id");
        e.workerId = r.optionalId("worker_id");
        e.kind = r.code<FundingKind>("kind").value_or(FundingKind::Receipt);
        e.date = r.date("entry_date");
        e.month = r.text("month");
        e.amount = r.money("amount");
        e.note = r.text("note");
        list.append(e);
    }
    return list;
}

Result<QList<FundingEntry>> FundingRepository::ofContract(qint64 contractId) const
{
    return select(QStringLiteral("contract_id = ?"), {contractId});
}

Result<QList<FundingEntry>> FundingRepository::ofPost(qint64 postId) const
{
    return select(QStringLiteral("post_id = ?"), {postId});
}

Result<QList<FundingEntry>> FundingRepository::ofMonth(const QString &month) const
{
    return select(QStringLiteral("month = ?"), {month});
}

Result<FundingEntry> FundingRepository::get(qint64 id) const
{
    auto list = select(QStringLiteral("id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::notFound(tr("There is no funding entry with number %1.").arg(id));
    return list->first();
}

Status FundingRepository::validate(const FundingEntry &e) const
{
    auto contract = countOf(m_db, QStringLiteral("SELECT count(*) FROM contract WHERE id = ?"), {e.contractId});
    if (!contract)
        return contract.error();
    if (contract.value() == 0)
        return Error::invalid(tr("Choose the contract the funding entry belongs to."));
    if (!e.date.isValid())
        return Error::invalid(tr("Give the date of the funding entry."));
    if (e.amount < Money())
        return Error::invalid(tr("An amount cannot be negative (%1). Record money going out as overhead or pay.")
                                  .arg(e.amount.toString(QLocale())));
    if (!e.month.isEmpty() && !isMonth(e.month))
        return Error::invalid(tr("“%1” is not a month; write it as year-month, e.g. 2026-03.").arg(e.month));
    if (e.kind == FundingKind::Pay && (!e.postId || !e.workerId || e.month.isEmpty()))
        return Error::invalid(tr("A pay entry needs the post, the social worker who was paid and the month paid for."));
    if (e.postId) {
        auto inContract = countOf(m_db, QStringLiteral("SELECT count(*) FROM post WHERE id = ? AND contract_id = ?"),
                                  {*e.postId, e.contractId});
        if (!inContract)
            return inContract.error();
        if (inContract.value() == 0)
            return Error::invalid(tr("The post chosen does not belong to this contract. Choose one of its posts."));
    }
    if (e.workerId) {
        auto worker = countOf(m_db, QStringLiteral("SELECT count(*) FROM social_worker WHERE id = ?"), {*e.workerId});
        if (!worker)
            return worker.error();
        if (worker.value() == 0)
            return Error::invalid(tr("The social worker chosen does not exist."));
    }
    return {};
}

Result<qint64> FundingRepository::add(const FundingEntry &entry) const
{
    return inTransaction(m_db, [&]() -> Result<qint64> {
        if (Status s = validate(entry); !s)
            return s.error();
        return m_db.insert(kEntry.insert(), entryValues(entry).ordered(kEntry));
    });
}

Status FundingRepository::update(const FundingEntry &entry) const
{
    return inTransaction(m_db, [&]() -> Status {
        if (auto existing = get(entry.id); !existing)
            return existing.error();
        if (Status s = validate(entry); !s)
            return s;
        auto q = m_db.run(kEntry.update(), entryValues(entry).ordered(kEntry, entry.id));
        if (!q)
            return q.error();
        return {};
    });
}

Status FundingRepository::remove(qint64 id) const
{
    return inTransaction(m_db, [&]() -> Status {
        if (auto existing = get(id); !existing)
            return existing.error();
        auto q = m_db.run(QStringLiteral("DELETE FROM funding_entry WHERE id = ?"), {id});
        if (!q)
            return q.error();
        return {};
    });
}

Money FundingRepository::overheadFor(const Contract &contract)
{
    if (contract.overheadKind == OverheadKind::Fixed)
        return contract.overheadFixed;
    return contract.fundingPerPost.percentBp(contract.overheadRateBp);
}

Result<Money> FundingRepository::overheadFor(qint64 contractId) const
{
    auto contract = ContractRepository(m_db).get(contractId);
    if (!contract)
        return contract.error();
    return overheadFor(contract.value());
}

Result<int> FundingRepository::recordOverhead(qint64 contractId, QDate date) const
{
    auto contract = ContractRepository(m_db).get(contractId);
    if (!contract)
        return contract.error();
    const QDate day = date.isValid() ? date : QDate::currentDate();
    const Money perPost = overheadFor(contract.value());

    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.error();
    auto recorded =
        m_db.scalar(QStringLiteral("SELECT min(entry_date) FROM funding_entry WHERE contract_id = ? AND kind = ?"),
                    {contractId, code(FundingKind::Overhead)});
    if (!recorded)
        return recorded.error();
    if (!recorded.value().isNull())
        return Error::invalid(tr("Overhead for contract “%1” was already recorded on %2. Change those entries instead.")
                                  .arg(contract->code, recorded.value().toString()));
    auto posts = countOf(m_db, QStringLiteral("SELECT count(*) FROM post WHERE contract_id = ?"), {contractId});
    if (!posts)
        return posts.error();
    if (posts.value() == 0)
        return Error::invalid(
            tr("Contract “%1” has no posts yet; add its posts before recording overhead.").arg(contract->code));
    const QString note = contract->overheadKind == OverheadKind::Fixed
                             ? tr("Overhead: fixed amount per post")
                             : tr("Overhead: %1% of the funding per post")
                                   .arg(QLocale().toString(contract->overheadRateBp / 100.0, 'f', 2));
    // One statement for all posts: no loop, and all or nothing with the check above.
    auto q = m_db.run(QStringLiteral("INSERT INTO funding_entry (contract_id, post_id, kind, entry_date, amount, note) "
                                     "SELECT contract_id, id, ?, ?, ?, ? FROM post WHERE contract_id = ?"),
                      {code(FundingKind::Overhead), isoDate(day), qint64(perPost.fen()), note, contractId});
    if (!q)
        return q.error();
    const int written = q.value().numRowsAffected();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return written;
}

Result<QList<PostBalance>> FundingRepository::balanceByPost(qint64 contractId) const
{
    // Entries of the post itself, plus an even share (whole fen) of those made for the contract
    // as a whole. Integer division on integer columns behaves the same in SQLite and PostgreSQL.
    auto q = m_db.run(
        QStringLiteral(
            "SELECT p.id, s.name, d.name, c.funding_per_post, "
            "COALESCE(SUM(CASE WHEN f.kind = ? THEN f.amount END), 0), "
            "COALESCE(SUM(CASE WHEN f.kind = ? THEN f.amount END), 0), "
            "COALESCE(SUM(CASE WHEN f.kind = ? THEN f.amount END), 0), "
            "(SELECT COALESCE(SUM(g.amount), 0) FROM funding_entry g WHERE g.contract_id = c.id AND g.post_id IS NULL "
            " AND g.kind = ?) / (SELECT count(*) FROM post q WHERE q.contract_id = c.id), "
            "(SELECT COALESCE(SUM(g.amount), 0) FROM funding_entry g WHERE g.contract_id = c.id AND g.post_id IS NULL "
            " AND g.kind = ?) / (SELECT count(*) FROM post q WHERE q.contract_id = c.id) "
            "FROM post p JOIN contract c ON c.id = p.contract_id JOIN street s ON s.id = p.street_id "
            "JOIN district d ON d.id = s.district_id LEFT JOIN funding_entry f ON f.post_id = p.id "
            "WHERE p.contract_id = ? GROUP BY p.id, s.name, d.name, c.id, c.funding_per_post ORDER BY ") +
            orderNamesIn(QStringLiteral("d.name, s.name")),
        {code(FundingKind::Receipt), code(FundingKind::Overhead), code(FundingKind::Pay), code(FundingKind::Receipt),
         code(FundingKind::Overhead), contractId});
    if (!q)
        return q.error();
    QList<PostBalance> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        PostBalance b;
        b.postId = r.value(0).toLongLong();
        b.streetName = r.value(1).toString();
        b.districtName = r.value(2).toString();
        b.entitled = Money::fromFen(r.value(3).toLongLong());
        b.received = Money::fromFen(r.value(4).toLongLong() + r.value(7).toLongLong());
        b.overhead = Money::fromFen(r.value(5).toLongLong() + r.value(8).toLongLong());
        b.paid = Money::fromFen(r.value(6).toLongLong());
        b.left = b.received - b.overhead - b.paid;
        list.append(b);
    }
    return list;
}

SqlListSource FundingRepository::listing(const Database &db)
{
    const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
    ListSpec spec;
    spec.from = QStringLiteral("funding_entry f JOIN contract c ON c.id = f.contract_id "
                               "LEFT JOIN post p ON p.id = f.post_id LEFT JOIN street s ON s.id = p.street_id "
                               "LEFT JOIN social_worker w ON w.id = f.worker_id");
    spec.id = QStringLiteral("f.id");
    spec.columns = {
        {tr("Date"), QStringLiteral("f.entry_date"), left, format::date},
        {tr("Contract"), QStringLiteral("c.code"), left, {}},
        {tr("Street"), QStringLiteral("s.name"), left, {}},
        {tr("Social worker"), QStringLiteral("w.name"), left, {}},
        {tr("Kind"), QStringLiteral("f.kind"), left, format::enumLabel<FundingKind>()},
        {tr("Month"), QStringLiteral("f.month"), left, {}},
        {tr("Amount"), QStringLiteral("f.amount"), Qt::AlignRight | Qt::AlignVCenter, format::money},
        {tr("Note"), QStringLiteral("f.note"), left, {}},
    };
    spec.searchColumns = {QStringLiteral("c.code"), QStringLiteral("s.name"), QStringLiteral("w.name"),
                          QStringLiteral("f.note"), QStringLiteral("f.month")};
    spec.dateColumn = QStringLiteral("f.entry_date");
    spec.districtColumn = QStringLiteral("s.district_id");
    spec.streetColumn = QStringLiteral("p.street_id");
    spec.workerColumn = QStringLiteral("f.worker_id");
    spec.contractColumn = QStringLiteral("f.contract_id");
    spec.postColumn = QStringLiteral("f.post_id");
    spec.statusColumn = QStringLiteral("f.kind");
    spec.defaultOrder = QStringLiteral("f.entry_date DESC, f.id DESC");
    return SqlListSource(db, spec);
}

} // namespace core
