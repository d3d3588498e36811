// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "summary.h"

#include "reports.h"

#include <QJsonArray>

namespace core {

Result<KeyFigures> summarize(const Database &db, QDate asOf)
{
    KeyFigures f;
    f.asOf = asOf;
    const QString day = isoDate(asOf);
    const QString running = runningContractSql(QStringLiteral("c"));

    // Contracts, their posts and the workers placed in them, in one pass over the contracts.
    QVariantList values{day, day};
    values << runningContractValues(asOf);
    auto counts = db.run(QStringLiteral("SELECT count(DISTINCT c.id), count(p.id), count(DISTINCT pl.worker_id)"
                                        " FROM contract c LEFT JOIN post p ON p.contract_id = c.id"
                                        " LEFT JOIN placement pl ON pl.post_id = p.id AND pl.start_date <= ?"
                                        "  AND COALESCE(pl.end_date, c.end_date) >= ?"
                                        " WHERE %1")
                             .arg(running),
                         values);
    if (!counts)
        return counts.error();
    if (counts.value().next()) {
        f.contractsActive = counts.value().value(0).toInt();
        f.posts = counts.value().value(1).toInt();
        f.workersActive = counts.value().value(2).toInt();
    }

    const MonthRange lastMonth = MonthRange::month(asOf.addMonths(-1));
    const Reports reports(db);
    auto attendance = reports.attendance(lastMonth, {}, asOf);
    if (!attendance)
        return attendance.error();
    if (!attendance.value().isEmpty())
        f.attendanceRateLastMonth = attendance.value().constFirst().rate();

    auto activities = reports.activities(lastMonth, {}, asOf);
    if (!activities)
        return activities.error();
    if (!activities.value().isEmpty())
        f.activitiesHeldLastMonth = activities.value().constFirst().total;

    auto workload = reports.workload(lastMonth, {}, asOf);
    if (!workload)
        return workload.error();
    if (!workload.value().isEmpty())
        f.adminShareLastMonth = workload.value().constFirst().adminShare();

    auto list = alerts(db, asOf);
    if (!list)
        return list.error();
    f.alerts = list.value();
    for (const Alert &a : f.alerts)
        if (a.kind == QLatin1String(Alert::PostVacant))
            f.postsVacant = int(a.ids.size());
    return f;
}

QJsonObject toJson(const KeyFigures &f)
{
    auto number = [](const std::optional<double> &v) {
        return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray alerts;
    for (const Alert &a : f.alerts) {
        QJsonArray ids;
        for (qint64 id : a.ids)
            ids.append(id);
        alerts.append(QJsonObject{
            {QStringLiteral("kind"), a.kind}, {QStringLiteral("message"), a.message}, {QStringLiteral("ids"), ids}});
    }
    return QJsonObject{
        {QStringLiteral("contracts_active"), f.contractsActive},
        {QStringLiteral("posts"), f.posts},
        {QStringLiteral("posts_vacant"), f.postsVacant},
        {QStringLiteral("workers_active"), f.workersActive},
        {QStringLiteral("attendance_rate_last_month"), number(f.attendanceRateLastMonth)},
        {QStringLiteral("activities_held_last_month"), f.activitiesHeldLastMonth},
        {QStringLiteral("admin_share_last_month"), number(f.adminShareLastMonth)},
        {QStringLiteral("alerts"), alerts},
    };
}

} // namespace core
