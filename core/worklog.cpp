// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "worklog.h"

#include "period.h"
#include "table.h"

#include <QSqlQuery>

namespace core {

namespace {

const Table kWorkLog{"work_log", {"worker_id", "day", "minutes", "category", "note"}};

RowValues values(const WorkLogEntry &e)
{
    return RowValues()
        .set("worker_id", e.workerId)
        .set("day", isoDate(e.day))
        .set("minutes", e.minutes)
        .set("category", code(e.category))
        .set("note", nonNull(e.note));
}

QString hours(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

Result<WorkLogEntry> WorkLogRepository::get(qint64 id) const
{
    auto q = m_db.run(kWorkLog.select() + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("Work log entry #%1 does not exist (it may have been removed).").arg(id));
    const Row r(kWorkLog, q.value());
    WorkLogEntry e;
    e.id = r.id();
    e.workerId = r.id("worker_id");
    e.day = r.date("day");
    e.minutes = r.integer("minutes");
    e.category = r.code<WorkCategory>("category").value_or(WorkCategory::Casework);
    e.note = r.text("note");
    return e;
}

Status WorkLogRepository::validate(const WorkLogEntry &e) const
{
    if (!e.day.isValid())
        return Error::invalid(tr("Enter the day of the work log entry."));
    if (e.minutes <= 0 || e.minutes > kMinutesPerDay)
        return Error::invalid(
            tr("The time spent must be more than 0 and at most 24 hours (you entered %1 minutes).").arg(e.minutes));
    auto worker = m_db.scalar(QStringLiteral("SELECT name FROM social_worker WHERE id = ?"), {e.workerId});
    if (!worker)
        return worker.error();
    if (worker.value().isNull())
        return Error::notFound(tr("Choose the social worker (worker #%1 does not exist).").arg(e.workerId));
    auto others = m_db.scalar(QStringLiteral("SELECT COALESCE(sum(minutes), 0) FROM work_log "
                                             "WHERE worker_id = ? AND day = ? AND id <> ?"),
                              {e.workerId, isoDate(e.day), e.id});
    if (!others)
        return others.error();
    const int logged = others.value().toInt();
    if (logged + e.minutes > kMinutesPerDay)
        return Error::invalid(tr("%1 already has %2 hours logged on %3; another %4 would pass 24 hours in a day. "
                                 "Check the times, or correct the other entries of that day.")
                                  .arg(worker.value().toString(), hours(logged), isoDate(e.day), hours(e.minutes)));
    return {};
}

Result<qint64> WorkLogRepository::add(const WorkLogEntry &entry) const
{
    return inTransaction(m_db, [&]() -> Result<qint64> {
        WorkLogEntry e = entry;
        e.id = 0;
        if (Status s = validate(e); !s)
            return s.error();
        return m_db.insert(kWorkLog.insert(), values(e).ordered(kWorkLog));
    });
}

Status WorkLogRepository::update(const WorkLogEntry &e) const
{
    return inTransaction(m_db, [&]() -> Status {
        if (auto existing = get(e.id); !existing)
            return existing.error();
        if (Status s = validate(e); !s)
            return s;
        auto q = m_db.run(kWorkLog.update(), values(e).ordered(kWorkLog, e.id));
        if (!q)
            return q.error();
        return {};
    });
}

Status WorkLogRepository::remove(qint64 id) const
{
    if (auto existing = get(id); !existing)
        return existing.error();
    auto q = m_db.run(QStringLiteral("DELETE FROM work_log WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return {};
}

Result<WorkerMonthLog> WorkLogRepository::workerMonth(qint64 workerId, QDate month) const
{
    if (!month.isValid())
        return Error::invalid(tr("Choose a month."));
    WorkerMonthLog log;
    log.workerId = workerId;
    log.first = QDate(month.year(), month.month(), 1);
    auto q = m_db.run(QStringLiteral("SELECT day, category, sum(minutes) FROM work_log "
                                     "WHERE worker_id = ? AND day BETWEEN ? AND ? GROUP BY day, category ORDER BY day"),
                      {workerId, isoDate(log.first), isoDate(log.first.addMonths(1).addDays(-1))});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QDate day = fromIsoDate(q.value().value(0).toString());
        const auto category = fromCode<WorkCategory>(q.value().value(1).toString());
        const int minutes = q.value().value(2).toInt();
        if (!category)
            continue;
        if (log.days.isEmpty() || log.days.last().day != day)
            log.days.append({day, {}, 0, 0});
        WorkerMonthLog::Day &d = log.days.last();
        d.minutes[*category] += minutes;
        if (isAdministrative(*category)) {
            d.administrative += minutes;
            log.administrativeMinutes += minutes;
        } else {
            d.professional += minutes;
            log.professionalMinutes += minutes;
        }
    }
    return log;
}

SqlListSource WorkLogRepository::listing(Database db)
{
    // As for attendance: the table alone in FROM, lookups only for the rows shown.
    const QString placementAt = QStringLiteral(
        "(SELECT %1 FROM placement pl JOIN post p ON p.id = pl.post_id JOIN contract c ON c.id = p.contract_id "
        "%2WHERE pl.worker_id = l.worker_id AND pl.start_date <= l.day AND COALESCE(pl.end_date, c.end_date) >= "
        "l.day)");
    const QString joinStreet = QStringLiteral("JOIN street s ON s.id = p.street_id ");
    const QString workerName = QStringLiteral("(SELECT w.name FROM social_worker w WHERE w.id = l.worker_id)");
    QStringList adminCodes;
    for (WorkCategory c : allValues<WorkCategory>())
        if (isAdministrative(c))
            adminCodes << QLatin1Char('\'') + code(c) + QLatin1Char('\'');
    const auto left = Qt::AlignLeft | Qt::AlignVCenter;
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    ListSpec spec;
    spec.from = QStringLiteral("work_log l");
    spec.id = QStringLiteral("l.id");
    spec.columns = {
        {tr("Day"), QStringLiteral("l.day"), right, format::date},
        {tr("Worker"), workerName, left, {}},
        {tr("Street"), placementAt.arg(QStringLiteral("s.name"), joinStreet), left, {}},
        {tr("Category"), QStringLiteral("l.category"), left, format::enumLabel<WorkCategory>()},
        {tr("Kind"),
         QStringLiteral("CASE WHEN l.category IN (%1) THEN 1 ELSE 0 END").arg(adminCodes.join(QLatin1Char(','))), left,
         [](const QVariant &v) -> QVariant {
             return v.toInt() == 1 ? tr("Administrative") : tr("Professional");
         }},
        {tr("Hours"), QStringLiteral("l.minutes"), right,
         [](const QVariant &v) -> QVariant {
             return hours(v.toInt());
         }},
        {tr("Note"), QStringLiteral("l.note"), left, {}},
    };
    spec.searchColumns = {workerName, QStringLiteral("l.note")};
    spec.dateColumn = QStringLiteral("l.day");
    spec.workerColumn = QStringLiteral("l.worker_id");
    // Narrow to the workers ever placed there first (uncorrelated, so it can use the
    // (worker_id, day) index), then keep the days their placement there covers.
    const QString placedThere =
        QStringLiteral("%1.worker_id IN (SELECT pl.worker_id FROM placement pl JOIN post p ON p.id = pl.post_id "
                       "JOIN street s ON s.id = p.street_id WHERE %2 = ?) AND %3 = ?");
    spec.streetCondition = placedThere.arg(QStringLiteral("l"), QStringLiteral("p.street_id"),
                                           placementAt.arg(QStringLiteral("p.street_id"), QString()));
    spec.districtCondition = placedThere.arg(QStringLiteral("l"), QStringLiteral("s.district_id"),
                                             placementAt.arg(QStringLiteral("s.district_id"), joinStreet));
    spec.statusColumn = QStringLiteral("l.category");
    spec.defaultOrder = QStringLiteral("l.day DESC, l.id DESC");
    return SqlListSource(std::move(db), std::move(spec));
}

} // namespace core
