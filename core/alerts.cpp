// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "alerts.h"

#include "collation.h"
#include "enums.h"
#include "period.h"
#include "reports.h"

#include <QSqlRecord>

#include <functional>

namespace core {

namespace {

constexpr int kNamesShown = 5;
constexpr int kNameLength = 40;

int threshold(const Database &db, const char *key, int fallback)
{
    bool ok = false;
    const int days = db.setting(QString::fromLatin1(key)).toInt(&ok);
    return ok && days >= 0 ? days : fallback;
}

// Runs a query whose rows are (id, name[, related id]) and fills the alert's lists.
Status collect(const Database &db, const QString &sql, const QVariantList &values, Alert &alert, QStringList &names)
{
    auto q = db.run(sql, values);
    if (!q)
        return q.error();
    const bool related = q.value().record().count() > 2;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        alert.ids.append(r.value(0).toLongLong());
        names.append(r.value(1).toString());
        if (related && !r.value(2).isNull() && !alert.relatedIds.contains(r.value(2).toLongLong()))
            alert.relatedIds.append(r.value(2).toLongLong());
    }
    return {};
}

// The condition "placement pl (in post p of contract c) covers the day"; bind the day twice.
const char kPlacedOn[] = "pl.start_date <= ? AND COALESCE(pl.end_date, c.end_date) >= ?";

} // namespace

QString Alerts::nameList(const QStringList &names)
{
    QStringList shown;
    for (const QString &n : names.mid(0, kNamesShown))
        shown << (n.size() > kNameLength ? n.left(kNameLength - 1) + QChar(0x2026) : n);
    QString text = shown.join(tr(", "));
    if (names.size() > kNamesShown)
        text = tr("%1 and %n more", nullptr, int(names.size() - kNamesShown)).arg(text);
    return text;
}

Result<QList<Alert>> alerts(const Database &db, QDate asOf)
{
    const QString day = isoDate(asOf);
    const int contractDays = threshold(db, "alert_contract_days", 60);
    const int unsupervisedDays = threshold(db, "alert_unsupervised_days", 45);
    const int pendingDays = threshold(db, "alert_pending_days", 14);
    const QString running = runningContractSql(QStringLiteral("c"));
    const QString placedOn = QLatin1String(kPlacedOn);
    const QString placedFrom = QStringLiteral(" FROM placement pl JOIN post p ON p.id = pl.post_id"
                                              " JOIN contract c ON c.id = p.contract_id"
                                              " JOIN social_worker w ON w.id = pl.worker_id");

    QList<Alert> result;
    auto add = [&](const char *kind, const QString &sql, const QVariantList &values,
                   const std::function<QString(int count, const QString &names)> &message) -> Status {
        Alert alert;
        alert.kind = QString::fromLatin1(kind);
        QStringList names;
        if (Status s = collect(db, sql, values, alert, names); !s)
            return s;
        if (alert.ids.isEmpty())
            return {};
        alert.message = message(int(alert.ids.size()), Alerts::nameList(names));
        result.append(alert);
        return {};
    };

    // Contracts about to end that nobody has renewed (服务中断的风险).
    QVariantList values = runningContractValues(asOf);
    values << isoDate(asOf.addDays(contractDays)) << code(ContractStatus::Terminated);
    Status s =
        add(Alert::ContractEnding,
            QStringLiteral("SELECT c.id, c.code FROM contract c WHERE %1 AND c.end_date <= ?"
                           " AND NOT EXISTS (SELECT 1 FROM contract n WHERE n.renews_id = c.id AND n.status <> ?)"
                           " ORDER BY c.end_date, c.code")
                .arg(running),
            values, [&](int n, const QString &names) {
                return Alerts::tr("%n contract(s) end within %1 days with no successor: %2", nullptr, n)
                    .arg(contractDays)
                    .arg(names);
            });
    if (!s)
        return s.error();

    values = runningContractValues(asOf);
    values << day << day;
    s = add(
        Alert::PostVacant,
        QString(QStringLiteral("SELECT p.id, s.name || ' (' || c.code || ')', s.id FROM post p"
                               " JOIN contract c ON c.id = p.contract_id JOIN street s ON s.id = p.street_id"
                               " WHERE %1 AND NOT EXISTS (SELECT 1 FROM placement pl WHERE pl.post_id = p.id AND %2)"
                               " ORDER BY ") +
                orderNamesIn(QStringLiteral("s.name, c.code")))
            .arg(running, placedOn),
        values, [&](int n, const QString &names) {
            return Alerts::tr("%n post(s) without a social worker: %1", nullptr, n).arg(names);
        });
    if (!s)
        return s.error();

    // Sessions are few per day: find who was supervised in the window once, not per worker.
    const QString windowStart = isoDate(asOf.addDays(-unsupervisedDays));
    values = {day, day};
    values << runningContractValues(asOf) << windowStart << day << windowStart;
    s = add(Alert::Unsupervised,
            QString(QStringLiteral("SELECT w.id, w.name%1 WHERE %2 AND %3"
                                   " AND w.id NOT IN (SELECT sa.worker_id FROM supervision_session ss"
                                   "  JOIN supervision_attendee sa ON sa.session_id = ss.id"
                                   "  WHERE ss.held_on > ? AND ss.held_on <= ?)"
                                   " AND (SELECT min(x.start_date) FROM placement x WHERE x.worker_id = w.id) <= ?"
                                   " ORDER BY ") +
                    orderNamesIn(QStringLiteral("w.name, w.id")))
                .arg(placedFrom, placedOn, running),
            values, [&](int n, const QString &names) {
                return Alerts::tr("%n social worker(s) without supervision for %1 days or more: %2", nullptr, n)
                    .arg(unsupervisedDays)
                    .arg(names);
            });
    if (!s)
        return s.error();

    s = add(Alert::FollowUpOverdue,
            QStringLiteral("SELECT f.id, COALESCE(w.name || ': ', '') || f.action, f.worker_id FROM follow_up f"
                           " LEFT JOIN social_worker w ON w.id = f.worker_id"
                           " WHERE f.due_on < ? AND (f.done_on IS NULL OR f.done_on > ?) ORDER BY f.due_on, f.id"),
            {day, day}, [&](int n, const QString &names) {
                return Alerts::tr("%n supervision follow-up(s) overdue: %1", nullptr, n).arg(names);
            });
    if (!s)
        return s.error();

    s = add(Alert::ApplicationPending,
            QStringLiteral("SELECT a.id, a.title FROM activity a WHERE a.status <> ? AND a.submitted_on <= ?"
                           " AND (a.reviewed_on IS NULL OR a.reviewed_on > ?) ORDER BY a.submitted_on, a.id"),
            {code(ActivityStatus::Draft), isoDate(asOf.addDays(-pendingDays)), day}, [&](int n, const QString &names) {
                return Alerts::tr("%n activity application(s) waiting %1 days or more for review: %2", nullptr, n)
                    .arg(pendingDays)
                    .arg(names);
            });
    if (!s)
        return s.error();

    const Period lastMonth = Period::containing(Period::Kind::Month, asOf.addMonths(-1));
    const QString lmFirst = isoDate(lastMonth.first());
    const QString lmLast = isoDate(lastMonth.last());
    // Who is placed is found once (IN over a subquery); the cheap "no row last month" test
    // comes before the calendar walk, which then runs for those few workers only.
    values = {day, day, day};
    values << runningContractValues(asOf) << lmFirst << lmLast << lmFirst << lmFirst << lmLast << lmLast
           << code(ContractStatus::Draft);
    s = add(
        Alert::AttendanceMissing,
        QString(QStringLiteral(
                    "SELECT w.id, w.name FROM social_worker w"
                    " WHERE w.id IN (SELECT pl.worker_id FROM placement pl JOIN post p ON p.id = pl.post_id"
                    "  JOIN contract c ON c.id = p.contract_id"
                    "  WHERE (pl.end_date IS NULL OR pl.end_date >= ?) AND %1 AND %2)"
                    " AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.worker_id = w.id AND a.day BETWEEN ? AND ?)"
                    " AND EXISTS (SELECT 1 FROM placement pl JOIN post p ON p.id = pl.post_id"
                    "  JOIN contract c ON c.id = p.contract_id"
                    "  JOIN calendar_day cd ON cd.day BETWEEN %3"
                    "  WHERE pl.worker_id = w.id AND cd.workday > 0 AND c.status <> ?)"
                    " ORDER BY ") +
                orderNamesIn(QStringLiteral("w.name, w.id")))
            .arg(placedOn, running, QLatin1String(kOverlapDays)),
        values, [&](int n, const QString &names) {
            return Alerts::tr("%n social worker(s) with no attendance recorded for %1: %2", nullptr, n)
                .arg(lastMonth.label(), names);
        });
    if (!s)
        return s.error();
    return result;
}

} // namespace core
