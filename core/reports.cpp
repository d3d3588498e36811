// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "reports.h"

#include <QHash>
#include <QLocale>

namespace core {

namespace {

QString monthCode(QDate day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}

// "?, ?, ?" for n values.
QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QVariantList adminCodes()
{
    QVariantList codes;
    for (WorkCategory c : allValues<WorkCategory>())
        if (isAdministrative(c))
            codes << code(c);
    return codes;
}

// The scope's condition on a placement joined as pl / post p / street s.
QString placementScopeSql(const Scope &scope)
{
    switch (scope.kind) {
    case Scope::Kind::Agency:
        return {};
    case Scope::Kind::District:
        return QStringLiteral(" AND s.district_id = ?");
    case Scope::Kind::Street:
        return QStringLiteral(" AND p.street_id = ?");
    case Scope::Kind::Worker:
        return QStringLiteral(" AND pl.worker_id = ?");
    case Scope::Kind::Contract:
        return QStringLiteral(" AND p.contract_id = ?");
    }
    return {};
}

void addScopeValue(QVariantList &values, const Scope &scope)
{
    if (scope.kind != Scope::Kind::Agency)
        values << scope.id;
}

// One entry per month of the range, filled from rows keyed by 'yyyy-MM'.
template <typename T> QList<T> perMonth(const MonthRange &range, const QHash<QString, T> &rows)
{
    QList<T> result;
    for (const QDate &m : range.months()) {
        T entry = rows.value(monthCode(m));
        entry.month = m;
        result.append(entry);
    }
    return result;
}

} // namespace

// The days a placement pl (of contract c) shares with a report's span, as the two ends of a
// BETWEEN: max(start, first) .. min(end, last), written with CASE to stay portable.
// Bind: first, first, last, last.
const char kOverlapDays[] =
    "CASE WHEN pl.start_date > ? THEN pl.start_date ELSE ? END"
    " AND CASE WHEN COALESCE(pl.end_date, c.end_date) < ? THEN COALESCE(pl.end_date, c.end_date)"
    " ELSE ? END";

QList<QDate> MonthRange::months() const
{
    QList<QDate> result;
    if (!from.isValid() || !to.isValid())
        return result;
    for (QDate m = firstDay(); m <= to; m = m.addMonths(1))
        result.append(m);
    return result;
}

QDate monthCountedTo(QDate firstOfMonth, QDate asOf)
{
    const QDate first(firstOfMonth.year(), firstOfMonth.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    if (asOf.isValid() && asOf < first)
        return {};
    return asOf.isValid() && asOf < last ? asOf : last;
}

QString asOfText(QDate day)
{
    //: A day and month, as a QDate format: "1 Dec", "12月1日".
    const QString format = Reports::tr("d MMM", "date format");
    return Reports::tr("as of %1").arg(QLocale().toString(day, format));
}

QDate monthFromCode(const QString &code)
{
    return QDate::fromString(code + QStringLiteral("-01"), Qt::ISODate);
}

QString runningContractSql(const QString &alias)
{
    return QStringLiteral("%1.status IN (?, ?) AND %1.start_date <= ? AND %1.end_date >= ?").arg(alias);
}

QVariantList runningContractValues(QDate day)
{
    return {code(ContractStatus::Active), code(ContractStatus::Ended), isoDate(day), isoDate(day)};
}

Result<QSqlQuery> Reports::attendanceRows(const QString &key, const MonthRange &range, const Scope &scope,
                                          QDate asOf) const
{
    const AttendanceRule rule = AttendanceRule::load(m_db);
    const QDate countTo = range.countedTo(asOf);
    // Performance (ten years, ~1M attendance rows): the calendar is searched on ONE range, the
    // overlap of the placement and the report, so that SQLite walks those days only; and
    // "workday > 0" rather than "= 1" keeps it from building an automatic index on workday.
    // "pl.end_date IS NULL OR ..." drops ended placements before the joins.
    // Days run from the calendar, so a required day with no attendance row still counts
    // (as unrecorded); attendance on days off, or after the as-of day, is not looked at.
    const QString sql = QStringLiteral("SELECT %5, count(*),"
                                       " sum(CASE WHEN %1 THEN 1 ELSE 0 END),"
                                       " sum(CASE WHEN %2 THEN 1 ELSE 0 END),"
                                       " sum(CASE WHEN a.status = ? THEN 1 ELSE 0 END),"
                                       " sum(CASE WHEN a.status = ? THEN 1 ELSE 0 END),"
                                       " sum(CASE WHEN a.status = ? THEN 1 ELSE 0 END),"
                                       " sum(CASE WHEN a.status = ? THEN 1 ELSE 0 END),"
                                       " sum(CASE WHEN a.id IS NULL THEN 1 ELSE 0 END)"
                                       " FROM placement pl"
                                       " JOIN post p ON p.id = pl.post_id"
                                       " JOIN contract c ON c.id = p.contract_id"
                                       " JOIN street s ON s.id = p.street_id"
                                       " JOIN calendar_day cd ON cd.day BETWEEN %4"
                                       " LEFT JOIN attendance a ON a.worker_id = pl.worker_id AND a.day = cd.day"
                                       " WHERE cd.workday > 0"
                                       " AND pl.start_date <= ? AND (pl.end_date IS NULL OR pl.end_date >= ?)"
                                       " AND COALESCE(pl.end_date, c.end_date) >= ? AND c.status <> ?%3"
                                       " GROUP BY %5")
                            .arg(rule.inSql(QStringLiteral("a.status"), AttendanceClass::Attended),
                                 rule.inSql(QStringLiteral("a.status"), AttendanceClass::Excused),
                                 placementScopeSql(scope), QLatin1String(kOverlapDays), key);
    QVariantList values = rule.codes(AttendanceClass::Attended);
    values << rule.codes(AttendanceClass::Excused);
    values << code(AttendanceStatus::Absent) << code(AttendanceStatus::SickLeave)
           << code(AttendanceStatus::PersonalLeave) << code(AttendanceStatus::AnnualLeave);
    const QString first = isoDate(range.firstDay());
    const QString last = isoDate(countTo);
    values << first << first << last << last << last << first << first << code(ContractStatus::Draft);
    addScopeValue(values, scope);
    return m_db.run(sql, values);
}

namespace {

// The day counts of an attendanceRows() row.
AttendanceMonth readAttendance(const QSqlQuery &r)
{
    AttendanceMonth m;
    m.requiredDays = r.value(1).toInt();
    m.attendedDays = r.value(2).toInt();
    m.excusedDays = r.value(3).toInt();
    m.absentDays = r.value(4).toInt();
    m.sickDays = r.value(5).toInt();
    m.personalDays = r.value(6).toInt();
    m.annualDays = r.value(7).toInt();
    m.unrecordedDays = r.value(8).toInt();
    return m;
}

} // namespace

Result<QList<AttendanceMonth>> Reports::attendance(const MonthRange &range, const Scope &scope, QDate asOf) const
{
    QHash<QString, AttendanceMonth> rows;
    if (range.countedTo(asOf) >= range.firstDay()) {
        auto q = attendanceRows(m_db.dialect().month(QStringLiteral("cd.day")), range, scope, asOf);
        if (!q)
            return q.error();
        while (q.value().next())
            rows.insert(q.value().value(0).toString(), readAttendance(q.value()));
    }
    QList<AttendanceMonth> result = perMonth(range, rows);
    for (AttendanceMonth &m : result)
        m.countedTo = monthCountedTo(m.month, asOf);
    return result;
}

Result<QList<StreetAttendance>> Reports::attendanceByStreet(const MonthRange &range, const Scope &scope,
                                                            QDate asOf) const
{
    QList<StreetAttendance> result;
    if (range.countedTo(asOf) < range.firstDay())
        return result;
    auto q = attendanceRows(QStringLiteral("p.street_id"), range, scope, asOf);
    if (!q)
        return q.error();
    while (q.value().next()) {
        StreetAttendance street{q.value().value(0).toLongLong(), readAttendance(q.value())};
        street.totals.month = range.firstDay();
        street.totals.countedTo = range.countedTo(asOf);
        result.append(street);
    }
    return result;
}

Result<QList<ActivityMonth>> Reports::activities(const MonthRange &range, const ActivityFilter &filter,
                                                 QDate asOf) const
{
    const bool held = filter.basis == ActivityFilter::Basis::Held;
    const QString day = held ? QStringLiteral("a.held_on") : QStringLiteral("a.planned_on");
    QString where = held ? QStringLiteral("a.status = ?") : QStringLiteral("a.status NOT IN (?, ?)");
    QVariantList values;
    if (held)
        values << code(ActivityStatus::Held);
    else
        values << code(ActivityStatus::Rejected) << code(ActivityStatus::Cancelled);
    where += QStringLiteral(" AND %1 BETWEEN ? AND ?").arg(day);
    // An activity held after the as-of day has not happened yet; a plan may lie ahead.
    values << isoDate(range.firstDay()) << isoDate(held ? range.countedTo(asOf) : range.lastDay());
    QString join;
    if (filter.districtId) {
        join = QStringLiteral(" JOIN street s ON s.id = a.street_id");
        where += QStringLiteral(" AND s.district_id = ?");
        values << *filter.districtId;
    }
    if (filter.streetId) {
        where += QStringLiteral(" AND a.street_id = ?");
        values << *filter.streetId;
    }
    if (filter.workerId) {
        where += QStringLiteral(" AND a.worker_id = ?");
        values << *filter.workerId;
    }
    if (filter.contractId) {
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM post cp JOIN contract cc ON cc.id = cp.contract_id"
                                " WHERE cp.contract_id = ? AND cp.street_id = a.street_id"
                                " AND %1 BETWEEN cc.start_date AND cc.end_date)")
                     .arg(day);
        values << *filter.contractId;
    }

    QHash<QString, ActivityMonth> rows;
    auto byType = m_db.run(QStringLiteral("SELECT %1, a.type, count(*),"
                                          " COALESCE(sum(a.actual_participants), 0) FROM activity a%2 WHERE %3"
                                          " GROUP BY %1, a.type")
                               .arg(m_db.dialect().month(day), join, where),
                           values);
    if (!byType)
        return byType.error();
    while (byType.value().next()) {
        const QSqlQuery &r = byType.value();
        ActivityMonth &m = rows[r.value(0).toString()];
        const int n = r.value(2).toInt();
        const int people = r.value(3).toInt();
        m.total += n;
        m.participants += people;
        if (auto type = fromCode<ActivityType>(r.value(1).toString())) {
            m.byType[*type] += n;
            m.participantsByType[*type] += people;
        }
    }

    auto byGroup = m_db.run(QStringLiteral("SELECT %1, t.target_group, count(*),"
                                           " COALESCE(sum(a.actual_participants), 0) FROM activity a%2"
                                           " JOIN activity_target t ON t.activity_id = a.id WHERE %3"
                                           " GROUP BY %1, t.target_group")
                                .arg(m_db.dialect().month(day), join, where),
                            values);
    if (!byGroup)
        return byGroup.error();
    while (byGroup.value().next()) {
        const QSqlQuery &r = byGroup.value();
        if (auto group = fromCode<TargetGroup>(r.value(1).toString())) {
            ActivityMonth &m = rows[r.value(0).toString()];
            m.byGroup[*group] += r.value(2).toInt();
            m.participantsByGroup[*group] += r.value(3).toInt();
        }
    }
    return perMonth(range, rows);
}

Result<QSqlQuery> Reports::workloadRows(const QString &key, const MonthRange &range, const Scope &scope,
                                        QDate asOf) const
{
    const QVariantList admin = adminCodes();
    QString from = QStringLiteral(" FROM work_log w");
    QString where = QStringLiteral(" WHERE w.day BETWEEN ? AND ?");
    QVariantList values = admin;
    values << isoDate(range.firstDay()) << isoDate(range.countedTo(asOf));
    // Grouped by street, every scope goes through the placements.
    const bool byPlacement = scope.kind == Scope::Kind::Street || scope.kind == Scope::Kind::District ||
                             scope.kind == Scope::Kind::Contract || key.startsWith(QLatin1String("p."));
    if (byPlacement) {
        // The street a log belongs to is the one the worker was placed in on that day.
        from += QStringLiteral(" JOIN placement pl ON pl.worker_id = w.worker_id AND w.day >= pl.start_date"
                               " JOIN post p ON p.id = pl.post_id"
                               " JOIN contract c ON c.id = p.contract_id"
                               " JOIN street s ON s.id = p.street_id");
        where += QStringLiteral(" AND w.day <= COALESCE(pl.end_date, c.end_date) AND c.status <> ?") +
                 placementScopeSql(scope);
        values << code(ContractStatus::Draft);
        addScopeValue(values, scope);
    } else if (scope.kind == Scope::Kind::Worker) {
        where += QStringLiteral(" AND w.worker_id = ?");
        values << scope.id;
    }
    const QString sql = QStringLiteral("SELECT %2, sum(w.minutes),"
                                       " sum(CASE WHEN w.category IN (%1) THEN w.minutes ELSE 0 END)")
                            .arg(placeholders(admin.size()), key) +
                        from + where + QStringLiteral(" GROUP BY %1").arg(key);
    return m_db.run(sql, values);
}

namespace {

WorkloadMonth readWorkload(const QSqlQuery &r)
{
    WorkloadMonth m;
    m.adminMinutes = r.value(2).toLongLong();
    m.professionalMinutes = r.value(1).toLongLong() - m.adminMinutes;
    return m;
}

} // namespace

Result<QList<WorkloadMonth>> Reports::workload(const MonthRange &range, const Scope &scope, QDate asOf) const
{
    auto q = workloadRows(m_db.dialect().month(QStringLiteral("w.day")), range, scope, asOf);
    if (!q)
        return q.error();
    QHash<QString, WorkloadMonth> rows;
    while (q.value().next())
        rows.insert(q.value().value(0).toString(), readWorkload(q.value()));
    return perMonth(range, rows);
}

Result<QList<StreetWorkload>> Reports::workloadByStreet(const MonthRange &range, const Scope &scope, QDate asOf) const
{
    auto q = workloadRows(QStringLiteral("p.street_id"), range, scope, asOf);
    if (!q)
        return q.error();
    QList<StreetWorkload> result;
    while (q.value().next()) {
        StreetWorkload street{q.value().value(0).toLongLong(), readWorkload(q.value())};
        street.totals.month = range.firstDay();
        result.append(street);
    }
    return result;
}

Result<QList<SupervisionMonth>> Reports::supervisionSessions(const MonthRange &range, QDate asOf,
                                                             const Scope &scope) const
{
    QVariantList values{isoDate(range.firstDay()), isoDate(range.countedTo(asOf))};
    QString inScope;
    if (scope.kind != Scope::Kind::Agency) {
        // A session counts once when any of its attendees was placed in the scope that day.
        inScope = QStringLiteral(" AND EXISTS (SELECT 1 FROM supervision_attendee sa"
                                 " JOIN placement pl ON pl.worker_id = sa.worker_id"
                                 " JOIN post p ON p.id = pl.post_id JOIN contract c ON c.id = p.contract_id"
                                 " JOIN street s ON s.id = p.street_id"
                                 " WHERE sa.session_id = ss.id AND pl.start_date <= ss.held_on"
                                 " AND COALESCE(pl.end_date, c.end_date) >= ss.held_on AND c.status <> ?%1)")
                      .arg(placementScopeSql(scope));
        values << code(ContractStatus::Draft);
        addScopeValue(values, scope);
    }
    auto q = m_db.run(QStringLiteral("SELECT %2, ss.form, count(*) FROM supervision_session ss"
                                     " WHERE ss.held_on BETWEEN ? AND ?%1 GROUP BY %2, ss.form")
                          .arg(inScope, m_db.dialect().month(QStringLiteral("ss.held_on"))),
                      values);
    if (!q)
        return q.error();
    QHash<QString, SupervisionMonth> rows;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        SupervisionMonth &m = rows[r.value(0).toString()];
        const int n = r.value(2).toInt();
        m.sessions += n;
        if (auto form = fromCode<SupervisionForm>(r.value(1).toString()))
            m.byForm[*form] += n;
    }
    return perMonth(range, rows);
}

Result<QList<WorkerSessionsMonth>> Reports::sessionsAttended(const MonthRange &range, std::optional<qint64> workerId,
                                                             QDate asOf) const
{
    QVariantList values{isoDate(range.firstDay()), isoDate(range.countedTo(asOf))};
    QString where;
    if (workerId) {
        where = QStringLiteral(" AND sa.worker_id = ?");
        values << *workerId;
    }
    auto q =
        m_db.run(QStringLiteral("SELECT sa.worker_id, %2, count(*)"
                                " FROM supervision_session ss JOIN supervision_attendee sa ON sa.session_id = ss.id"
                                " WHERE ss.held_on BETWEEN ? AND ?%1"
                                " GROUP BY sa.worker_id, %2"
                                " ORDER BY sa.worker_id, %2")
                     .arg(where, m_db.dialect().month(QStringLiteral("ss.held_on"))),
                 values);
    if (!q)
        return q.error();
    QList<WorkerSessionsMonth> result;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        result.append({r.value(0).toLongLong(), monthFromCode(r.value(1).toString()), r.value(2).toInt()});
    }
    return result;
}

Result<QList<SupervisionGap>> Reports::supervisionGaps(QDate asOf) const
{
    const QString day = isoDate(asOf);
    QVariantList values{day, day, day};
    values << runningContractValues(asOf);
    // A derived table so that the sort on the subquery's value stays portable SQL.
    auto q = m_db.run(QStringLiteral("SELECT g.id, g.name, g.street_id, g.street_name, g.last FROM ("
                                     " SELECT w.id AS id, w.name AS name, s.id AS street_id, s.name AS street_name,"
                                     "  (SELECT max(ss.held_on) FROM supervision_attendee sa"
                                     "   JOIN supervision_session ss ON ss.id = sa.session_id"
                                     "   WHERE sa.worker_id = w.id AND ss.held_on <= ?) AS last"
                                     " FROM placement pl"
                                     " JOIN post p ON p.id = pl.post_id"
                                     " JOIN contract c ON c.id = p.contract_id"
                                     " JOIN street s ON s.id = p.street_id"
                                     " JOIN social_worker w ON w.id = pl.worker_id"
                                     " WHERE pl.start_date <= ? AND COALESCE(pl.end_date, c.end_date) >= ? AND %1) g"
                                     " ORDER BY (CASE WHEN g.last IS NULL THEN 0 ELSE 1 END), g.last, g.name, g.id")
                          .arg(runningContractSql(QStringLiteral("c"))),
                      values);
    if (!q)
        return q.error();
    QList<SupervisionGap> result;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        SupervisionGap g;
        g.workerId = r.value(0).toLongLong();
        g.workerName = r.value(1).toString();
        g.streetId = r.value(2).toLongLong();
        g.streetName = r.value(3).toString();
        g.lastSession = fromIsoDate(r.value(4).toString());
        if (g.lastSession.isValid())
            g.daysSince = int(g.lastSession.daysTo(asOf));
        result.append(g);
    }
    return result;
}

Money Reports::referenceWage() const
{
    return Money::fromFen(m_db.setting(QStringLiteral("reference_wage"), QStringLiteral("0")).toLongLong());
}

} // namespace core
