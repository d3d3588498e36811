// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "setupprogress.h"

#include "period.h"

namespace core {

Result<SetupProgress> setupProgress(const Database &db)
{
    auto q = db.run(QStringLiteral("SELECT EXISTS (SELECT 1 FROM purchaser), EXISTS (SELECT 1 FROM contract), "
                                   "EXISTS (SELECT 1 FROM street), EXISTS (SELECT 1 FROM post), "
                                   "EXISTS (SELECT 1 FROM social_worker), EXISTS (SELECT 1 FROM placement), "
                                   "EXISTS (SELECT 1 FROM attendance), (SELECT min(start_date) FROM placement)"));
    if (!q)
        return q.error();
    QSqlQuery &row = q.value();
    SetupProgress p;
    if (!row.next())
        return p;
    p.purchaser = row.value(0).toBool();
    p.contract = row.value(1).toBool();
    p.street = row.value(2).toBool();
    p.post = row.value(3).toBool();
    p.worker = row.value(4).toBool();
    p.placement = row.value(5).toBool();
    p.attendance = row.value(6).toBool();
    p.firstPlacementStart = fromIsoDate(row.value(7).toString());
    return p;
}

} // namespace core
