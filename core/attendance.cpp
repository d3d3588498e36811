// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "attendance.h"

#include "calendar.h"
#include "dayrules.h"
#include "period.h"
#include "reports.h"
#include "table.h"

#include <QHash>
#include <QSqlQuery>

namespace core {

namespace {

const QString kTimeFormat = QStringLiteral("HH:mm");

const Table kAttendance{"attendance", {"worker_id", "day", "status", "sign_in", "sign_out", "note"}};

QVariant timeOrNull(const std::optional<QTime> &time)
{
    return time && time->isValid() ? QVariant(time->toString(kTimeFormat)) : QVariant();
}

std::optional<QTime> readTime(const QVariant &v)
{
    const QTime t = QTime::fromString(v.toString(), kTimeFormat);
    return t.isValid() ? std::optional<QTime>(t) : std::nullopt;
}

// "A placement of the worker in `workerExpr` covers the day in `dayExpr`" (at the street when
// `atStreet`, bound as the next value), for the month grid and fill.
QString coveredBy(const QString &workerExpr, const QString &dayExpr, bool atStreet)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM placement q JOIN post qp ON qp.id = q.post_id "
                          "JOIN contract qc ON qc.id = qp.contract_id WHERE q.worker_id = %1 %3"
                          "AND q.start_date <= %2 AND COALESCE(q.end_date, qc.end_date) >= %2)")
        .arg(workerExpr, dayExpr, atStreet ? QStringLiteral("AND qp.street_id = ? ") : QString());
}

} // namespace

int AttendanceMonthGrid::Row::unrecorded() const
{
    int absent = 0;
    for (int n : absences)
        absent += n;
    return std::max(0, required - attended - absent);
}

int AttendanceMonthGrid::Row::against() const
{
    return std::max(0, required - attended - excused);
}

Status AttendanceRepository::set(const AttendanceRecord &r) const
{
    return inTransaction(m_db, [&]() -> Status {
        if (!r.day.isValid())
            return Error::invalid(tr("Enter the day of the attendance record."));
        auto worker = m_db.scalar(QStringLiteral("SELECT count(*) FROM social_worker WHERE id = ?"), {r.workerId});
        if (!worker)
            return worker.error();
        if (worker.value().toInt() == 0)
            return Error::notFound(tr("Choose the social worker (worker #%1 does not exist).").arg(r.workerId));
        if (r.signIn && r.signOut && r.signIn->isValid() && r.signOut->isValid() && *r.signOut < *r.signIn)
            return Error::invalid(tr("The sign-out time %1 is before the sign-in time %2. Correct one of them.")
                                      .arg(r.signOut->toString(kTimeFormat), r.signIn->toString(kTimeFormat)));
        if (auto day = DayRules::attendanceOn(m_db, r.day, r.status); !day)
            return day.error();
        const RowValues values = RowValues()
                                     .set("worker_id", r.workerId)
                                     .set("day", isoDate(r.day))
                                     .set("status", code(r.status))
                                     .set("sign_in", timeOrNull(r.signIn))
                                     .set("sign_out", timeOrNull(r.signOut))
                                     .set("note", nonNull(r.note));
        // One record a worker and day: setting it again replaces what it says.
        auto q = m_db.run(kAttendance.insert() + QStringLiteral(" ON CONFLICT (worker_id, day) DO UPDATE SET "
                                                                "status = excluded.status, sign_in = excluded.sign_in, "
                                                                "sign_out = excluded.sign_out, note = excluded.note"),
                          values.ordered(kAttendance));
        if (!q)
            return q.error();
        return {};
    });
}

Result<std::optional<AttendanceRecord>> AttendanceRepository::get(qint64 workerId, QDate day) const
{
    auto q =
        m_db.run(kAttendance.select() + QStringLiteral(" WHERE worker_id = ? AND day = ?"), {workerId, isoDate(day)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<AttendanceRecord>();
    const core::Row row(kAttendance, q.value());
    AttendanceRecord r;
    r.id = row.id();
    r.workerId = workerId;
    r.day = day;
    r.status = row.code<AttendanceStatus>("status").value_or(AttendanceStatus::Present);
    r.signIn = readTime(row.value("sign_in"));
    r.signOut = readTime(row.value("sign_out"));
    r.note = row.text("note");
    return std::optional<AttendanceRecord>(r);
}

Status AttendanceRepository::remove(qint64 workerId, QDate day) const
{
    auto q =
        m_db.run(QStringLiteral("DELETE FROM attendance WHERE worker_id = ? AND day = ?"), {workerId, isoDate(day)});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return Error::notFound(tr("There is no attendance record for that worker on %1.").arg(isoDate(day)));
    return {};
}

Result<int> AttendanceRepository::fill(qint64 workerId, QDate from, QDate to, AttendanceStatus status) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::invalid(tr("Choose a period to fill whose last day is not before its first day."));
    auto worker = m_db.scalar(QStringLiteral("SELECT count(*) FROM social_worker WHERE id = ?"), {workerId});
    if (!worker)
        return worker.error();
    if (worker.value().toInt() == 0)
        return Error::notFound(tr("Choose the social worker (worker #%1 does not exist).").arg(workerId));

    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.error();
    if (Status s = Calendar(m_db).ensureYears(from.year(), to.year()); !s)
        return s.error();
    auto q =
        m_db.run(QStringLiteral("INSERT INTO attendance (worker_id, day, status) "
                                "SELECT ?, cd.day, ? FROM calendar_day cd "
                                "WHERE cd.workday = 1 AND cd.day BETWEEN ? AND ? AND %1 "
                                "AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.worker_id = ? AND a.day = cd.day)")
                     .arg(coveredBy(QStringLiteral("?"), QStringLiteral("cd.day"), false)),
                 {workerId, code(status), isoDate(from), isoDate(to), workerId, workerId});
    if (!q)
        return q.error();
    const int written = q.value().numRowsAffected();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return written;
}

Result<AttendanceMonthGrid> AttendanceRepository::month(QDate firstOfMonth, std::optional<qint64> streetId,
                                                        QDate asOf) const
{
    if (!firstOfMonth.isValid())
        return Error::invalid(tr("Choose a month."));
    AttendanceMonthGrid grid;
    grid.first = QDate(firstOfMonth.year(), firstOfMonth.month(), 1);
    grid.countedTo = monthCountedTo(grid.first, asOf);
    grid.rule = AttendanceRule::load(m_db);
    const QString first = isoDate(grid.first);
    const QString last = isoDate(grid.first.addMonths(1).addDays(-1));
    // Required days are counted up to here; the day before the month when it has not begun.
    const QString countTo = isoDate(grid.countedTo.isValid() ? grid.countedTo : grid.first.addDays(-1));
    if (Status s = Calendar(m_db).ensureYears(grid.first.year(), grid.first.year()); !s)
        return s.error();

    auto days = m_db.run(QStringLiteral("SELECT day FROM calendar_day WHERE workday = 1 AND day BETWEEN ? AND ? "
                                        "ORDER BY day"),
                         {first, last});
    if (!days)
        return days.error();
    while (days.value().next())
        grid.workdays << fromIsoDate(days.value().value(0).toString());

    // Workers and their required days: placements never overlap for one worker, so counting the
    // working days inside each placement (clipped to the month) and summing gives the total.
    const QString atStreet = streetId ? QStringLiteral(" AND p.street_id = ?") : QString();
    QVariantList values{first, countTo, last, first};
    if (streetId)
        values << *streetId;
    auto workers =
        m_db.run(QStringLiteral("SELECT pl.worker_id, w.name, min(s.name), max(s.name), count(cd.day) "
                                "FROM placement pl JOIN social_worker w ON w.id = pl.worker_id "
                                "JOIN post p ON p.id = pl.post_id JOIN contract c ON c.id = p.contract_id "
                                "JOIN street s ON s.id = p.street_id "
                                "LEFT JOIN calendar_day cd ON cd.workday = 1 AND cd.day BETWEEN ? AND ? "
                                "AND cd.day >= pl.start_date AND cd.day <= COALESCE(pl.end_date, c.end_date) "
                                "WHERE pl.start_date <= ? AND COALESCE(pl.end_date, c.end_date) >= ?%1 "
                                "GROUP BY pl.worker_id, w.name ORDER BY w.name, pl.worker_id")
                     .arg(atStreet),
                 values);
    if (!workers)
        return workers.error();
    QHash<qint64, int> rowOf;
    while (workers.value().next()) {
        const QSqlQuery &q = workers.value();
        AttendanceMonthGrid::Row row;
        row.workerId = q.value(0).toLongLong();
        row.workerName = q.value(1).toString();
        row.streets = q.value(2).toString();
        if (q.value(3).toString() != row.streets)
            row.streets += QStringLiteral(", ") + q.value(3).toString();
        row.required = q.value(4).toInt();
        rowOf.insert(row.workerId, int(grid.rows.size()));
        grid.rows << row;
    }
    if (grid.rows.isEmpty())
        return grid;

    // Every record of those workers in the month, flagged when it falls on a required day counted.
    QVariantList cellValues{countTo};
    if (streetId)
        cellValues << *streetId;
    cellValues << first << last << last << first;
    if (streetId)
        cellValues << *streetId;
    auto cells =
        m_db.run(QStringLiteral("SELECT a.worker_id, a.day, a.status, "
                                "CASE WHEN cd.workday = 1 AND a.day <= ? AND %1 THEN 1 ELSE 0 END "
                                "FROM attendance a LEFT JOIN calendar_day cd ON cd.day = a.day "
                                "WHERE a.day BETWEEN ? AND ? AND a.worker_id IN (SELECT pl.worker_id "
                                "FROM placement pl JOIN post p ON p.id = pl.post_id "
                                "JOIN contract c ON c.id = p.contract_id "
                                "WHERE pl.start_date <= ? AND COALESCE(pl.end_date, c.end_date) >= ?%2)")
                     .arg(coveredBy(QStringLiteral("a.worker_id"), QStringLiteral("a.day"), bool(streetId)), atStreet),
                 cellValues);
    if (!cells)
        return cells.error();
    while (cells.value().next()) {
        const QSqlQuery &q = cells.value();
        const auto it = rowOf.constFind(q.value(0).toLongLong());
        const auto status = fromCode<AttendanceStatus>(q.value(2).toString());
        if (it == rowOf.constEnd() || !status)
            continue;
        AttendanceMonthGrid::Row &row = grid.rows[*it];
        row.days.insert(fromIsoDate(q.value(1).toString()), *status);
        if (q.value(3).toInt() != 1)
            continue;
        if (grid.rule.isAttended(*status)) {
            ++row.attended;
            row.late += *status == AttendanceStatus::Late ? 1 : 0;
            row.leftEarly += *status == AttendanceStatus::LeftEarly ? 1 : 0;
        } else {
            ++row.absences[*status];
            row.excused += grid.rule.isExcused(*status) ? 1 : 0;
        }
    }
    return grid;
}

AttendanceStatus AttendanceRepository::statusFromTimes(std::optional<QTime> signIn, std::optional<QTime> signOut,
                                                       QTime start, QTime end)
{
    if (signIn && signIn->isValid() && start.isValid() && *signIn > start)
        return AttendanceStatus::Late;
    if (signOut && signOut->isValid() && end.isValid() && *signOut < end)
        return AttendanceStatus::LeftEarly;
    return AttendanceStatus::Present;
}

QTime AttendanceRepository::workStart() const
{
    const QTime t = QTime::fromString(m_db.setting(QStringLiteral("work_start")), kTimeFormat);
    return t.isValid() ? t : QTime(9, 0);
}

QTime AttendanceRepository::workEnd() const
{
    const QTime t = QTime::fromString(m_db.setting(QStringLiteral("work_end")), kTimeFormat);
    return t.isValid() ? t : QTime(17, 30);
}

SqlListSource AttendanceRepository::listing(Database db)
{
    // The list must stay fast on a million rows: FROM holds the attendance table alone, so that
    // count(*) reads an index and the newest-first window walks attendance(day); worker and
    // street are looked up only for the rows shown (or filtered on).
    const QString placementAt = QStringLiteral(
        "(SELECT %1 FROM placement pl JOIN post p ON p.id = pl.post_id JOIN contract c ON c.id = p.contract_id "
        "%2WHERE pl.worker_id = a.worker_id AND pl.start_date <= a.day AND COALESCE(pl.end_date, c.end_date) >= "
        "a.day)");
    const QString joinStreet = QStringLiteral("JOIN street s ON s.id = p.street_id ");
    const QString workerName = QStringLiteral("(SELECT w.name FROM social_worker w WHERE w.id = a.worker_id)");
    const auto left = Qt::AlignLeft | Qt::AlignVCenter;
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    ListSpec spec;
    spec.from = QStringLiteral("attendance a");
    spec.id = QStringLiteral("a.id");
    spec.columns = {
        {tr("Day"), QStringLiteral("a.day"), right, format::date},
        {tr("Worker"), workerName, left, {}},
        {tr("Street"), placementAt.arg(QStringLiteral("s.name"), joinStreet), left, {}},
        {tr("Status"), QStringLiteral("a.status"), left, format::enumLabel<AttendanceStatus>()},
        {tr("Sign in"), QStringLiteral("a.sign_in"), right, {}},
        {tr("Sign out"), QStringLiteral("a.sign_out"), right, {}},
        {tr("Note"), QStringLiteral("a.note"), left, {}},
    };
    spec.searchColumns = {workerName, QStringLiteral("a.note")};
    spec.dateColumn = QStringLiteral("a.day");
    spec.workerColumn = QStringLiteral("a.worker_id");
    // Narrow to the workers ever placed there first (uncorrelated, so it can use the
    // (worker_id, day) index), then keep the days their placement there covers.
    const QString placedThere =
        QStringLiteral("%1.worker_id IN (SELECT pl.worker_id FROM placement pl JOIN post p ON p.id = pl.post_id "
                       "JOIN street s ON s.id = p.street_id WHERE %2 = ?) AND %3 = ?");
    spec.streetCondition = placedThere.arg(QStringLiteral("a"), QStringLiteral("p.street_id"),
                                           placementAt.arg(QStringLiteral("p.street_id"), QString()));
    spec.districtCondition = placedThere.arg(QStringLiteral("a"), QStringLiteral("s.district_id"),
                                             placementAt.arg(QStringLiteral("s.district_id"), joinStreet));
    spec.statusColumn = QStringLiteral("a.status");
    spec.defaultOrder = QStringLiteral("a.day DESC, a.id DESC");
    return SqlListSource(std::move(db), std::move(spec));
}

} // namespace core
