// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The money reports of core::Reports (经费): per contract, per post, net monthly pay.
#include "reports.h"

namespace core {

namespace {

// The three sums of the ledger for rows joined as f; bind the three kind codes.
const char kLedgerSums[] = " COALESCE(sum(CASE WHEN f.kind = ? THEN f.amount ELSE 0 END), 0),"
                           " COALESCE(sum(CASE WHEN f.kind = ? THEN f.amount ELSE 0 END), 0),"
                           " COALESCE(sum(CASE WHEN f.kind = ? THEN f.amount ELSE 0 END), 0)";

QVariantList ledgerKinds()
{
    return {code(FundingKind::Receipt), code(FundingKind::Overhead), code(FundingKind::Pay)};
}

void readSums(const QSqlQuery &r, int column, FundingLine &line)
{
    line.received = Money::fromFen(r.value(column).toLongLong());
    line.overhead = Money::fromFen(r.value(column + 1).toLongLong());
    line.paid = Money::fromFen(r.value(column + 2).toLongLong());
}

} // namespace

Result<QList<FundingLine>> Reports::fundingByContract(QDate asOf) const
{
    QVariantList values = ledgerKinds();
    values << isoDate(asOf.isValid() ? asOf : QDate::currentDate());
    auto q = m_db.run(QStringLiteral("SELECT c.id, c.code, c.funding_per_post * c.post_count,") +
                          QLatin1String(kLedgerSums) +
                          QStringLiteral(" FROM contract c LEFT JOIN funding_entry f ON f.contract_id = c.id"
                                         " AND f.entry_date <= ?"
                                         " GROUP BY c.id, c.code, c.funding_per_post, c.post_count, c.start_date"
                                         " ORDER BY c.start_date, c.code"),
                      values);
    if (!q)
        return q.error();
    QList<FundingLine> result;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        FundingLine line;
        line.id = line.contractId = r.value(0).toLongLong();
        line.contractCode = r.value(1).toString();
        line.budget = Money::fromFen(r.value(2).toLongLong());
        readSums(r, 3, line);
        result.append(line);
    }
    return result;
}

Result<QList<PayMonth>> Reports::monthlyPay(const MonthRange &range, std::optional<qint64> workerId) const
{
    QVariantList values{code(FundingKind::Pay), range.firstDay().toString(QStringLiteral("yyyy-MM")),
                        range.lastDay().toString(QStringLiteral("yyyy-MM"))};
    QString where;
    if (workerId) {
        where = QStringLiteral(" AND f.worker_id = ?");
        values << *workerId;
    }
    auto q = m_db.run(QStringLiteral("SELECT f.worker_id, w.name, f.month, sum(f.amount)"
                                     " FROM funding_entry f JOIN social_worker w ON w.id = f.worker_id"
                                     " WHERE f.kind = ? AND f.month BETWEEN ? AND ?%1"
                                     " GROUP BY f.worker_id, w.name, f.month ORDER BY w.name, f.worker_id, f.month")
                          .arg(where),
                      values);
    if (!q)
        return q.error();
    const Money reference = referenceWage();
    QList<PayMonth> result;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        PayMonth p;
        p.workerId = r.value(0).toLongLong();
        p.workerName = r.value(1).toString();
        p.month = monthFromCode(r.value(2).toString());
        p.paid = Money::fromFen(r.value(3).toLongLong());
        p.reference = reference;
        result.append(p);
    }
    return result;
}

} // namespace core
