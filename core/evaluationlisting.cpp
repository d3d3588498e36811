// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "evaluationlisting.h"

namespace core {

namespace {
QString quoted(const QString &code)
{
    // Codes and ISO dates contain no quotes; doubling them keeps the clause safe regardless.
    QString text = code;
    text.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}
} // namespace

std::unique_ptr<SqlListSource> evaluationListing(const Database &db, const EvaluationListExtra &extra)
{
    std::unique_ptr<SqlListSource> base = EvaluationRepository::listing(db);
    ListSpec spec = base->spec();
    QStringList conditions;
    if (!spec.where.isEmpty())
        conditions << QLatin1Char('(') + spec.where + QLatin1Char(')');
    if (extra.period && extra.period->isValid()) {
        conditions << QStringLiteral("e.period_kind = %1").arg(quoted(extra.period->kindCode()));
        conditions << QStringLiteral("e.period_start = %1").arg(quoted(isoDate(extra.period->first())));
    } else if (extra.kind) {
        // The stored kind code, from any period of that kind.
        const QString kind = Period::containing(*extra.kind, QDate(2000, 1, 1)).kindCode();
        conditions << QStringLiteral("e.period_kind = %1").arg(quoted(kind));
    }
    if (extra.grade)
        conditions << QStringLiteral("e.grade = %1").arg(quoted(code(*extra.grade)));
    spec.where = conditions.join(QStringLiteral(" AND "));
    return std::make_unique<SqlListSource>(db, std::move(spec));
}

} // namespace core
