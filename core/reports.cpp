// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "reports.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

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

namespace {

// The values the day counts of attendanceRows() and attendanceFromRollups() bind, in order:
// the rule's attended and excused codes, then absent, sick, personal and annual leave.
QVariantList countValues(const AttendanceRule &rule)
{
    QVariantList values = rule.codes(AttendanceClass::Attended);
    values << rule.codes(AttendanceClass::Excused);
    values << code(AttendanceStatus::Absent) << code(AttendanceStatus::SickLeave)
           << code(AttendanceStatus::PersonalLeave) << code(AttendanceStatus::AnnualLeave);
    return values;
}

} // namespace

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
    QVariantList values = countValues(rule);
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

// The same figures as attendanceRows(), with the months a placement covers whole read from
// attendance_month (the rows on working days, per worker, month and status) and the other days
// (a placement starting or ending inside a month, the month running on the as-of day) from the
// rows. Required days of a whole month are its working days.
Result<QHash<QString, AttendanceMonth>> Reports::attendanceFromRollups(bool byStreet, const MonthRange &range,
                                                                       const Scope &scope, QDate asOf) const
{
    const AttendanceRule rule = AttendanceRule::load(m_db);
    const QDate countTo = range.countedTo(asOf);
    const QString first = isoDate(range.firstDay());
    const QString last = isoDate(countTo);
    const QString lastMonth = isoDate(QDate(countTo.year(), countTo.month(), 1));
    // The months of the range up to the as-of day; each placement's days in the range (as in
    // attendanceRows()); the piece of each placement in each month, whole or not.
    const QString pieces =
        QStringLiteral("WITH RECURSIVE months(first, last) AS (SELECT ?, date(?, '+1 month', '-1 day')"
                       " UNION ALL SELECT date(first, '+1 month'), date(first, '+2 months', '-1 day') FROM months"
                       " WHERE first < ?),"
                       " spans AS (SELECT pl.worker_id AS worker_id, p.street_id AS street_id,"
                       " CASE WHEN pl.start_date > ? THEN pl.start_date ELSE ? END AS s,"
                       " CASE WHEN COALESCE(pl.end_date, c.end_date) < ? THEN COALESCE(pl.end_date, c.end_date)"
                       " ELSE ? END AS e"
                       " FROM placement pl JOIN post p ON p.id = pl.post_id JOIN contract c ON c.id = p.contract_id"
                       " JOIN street s ON s.id = p.street_id"
                       " WHERE pl.start_date <= ? AND (pl.end_date IS NULL OR pl.end_date >= ?)"
                       " AND COALESCE(pl.end_date, c.end_date) >= ? AND c.status <> ?%1),"
                       " pieces AS (SELECT sp.worker_id, sp.street_id, substr(m.first, 1, 7) AS month,"
                       " max(sp.s, m.first) AS s, min(sp.e, m.last) AS e, sp.s <= m.first AND sp.e >= m.last AS whole"
                       " FROM spans sp JOIN months m ON m.first <= sp.e AND m.last >= sp.s)")
            .arg(placementScopeSql(scope));
    QVariantList pieceValues{
        first, first, lastMonth, first, first, last, last, last, first, first, code(ContractStatus::Draft)};
    addScopeValue(pieceValues, scope);
    const QString key = byStreet ? QStringLiteral("pc.street_id") : QStringLiteral("pc.month");

    // The whole months, from the rollup.
    const QString wholeSql =
        pieces + QStringLiteral(", wd AS (SELECT substr(day, 1, 7) AS month, count(*) AS n FROM calendar_day"
                                " WHERE day BETWEEN ? AND ? AND workday > 0 GROUP BY substr(day, 1, 7)),"
                                " r AS (SELECT month, worker_id, sum(CASE WHEN %1 THEN days ELSE 0 END) AS attended,"
                                " sum(CASE WHEN %2 THEN days ELSE 0 END) AS excused,"
                                " sum(CASE WHEN status = ? THEN days ELSE 0 END) AS absent,"
                                " sum(CASE WHEN status = ? THEN days ELSE 0 END) AS sick,"
                                " sum(CASE WHEN status = ? THEN days ELSE 0 END) AS personal,"
                                " sum(CASE WHEN status = ? THEN days ELSE 0 END) AS annual, sum(days) AS recorded"
                                " FROM attendance_month WHERE month BETWEEN ? AND ? GROUP BY month, worker_id)"
                                " SELECT %3, sum(wd.n), sum(COALESCE(r.attended, 0)), sum(COALESCE(r.excused, 0)),"
                                " sum(COALESCE(r.absent, 0)), sum(COALESCE(r.sick, 0)), sum(COALESCE(r.personal, 0)),"
                                " sum(COALESCE(r.annual, 0)), sum(wd.n - COALESCE(r.recorded, 0))"
                                " FROM pieces pc JOIN wd ON wd.month = pc.month"
                                " LEFT JOIN r ON r.month = pc.month AND r.worker_id = pc.worker_id"
                                " WHERE pc.whole GROUP BY %3")
                     .arg(rule.inSql(QStringLiteral("status"), AttendanceClass::Attended),
                          rule.inSql(QStringLiteral("status"), AttendanceClass::Excused), key);
    QVariantList wholeValues = pieceValues;
    wholeValues << first << last;
    wholeValues << countValues(rule);
    wholeValues << first.left(7) << last.left(7);

    // The other days, from the rows (as attendanceRows()).
    const QString partSql =
        pieces + QStringLiteral(" SELECT %3, count(*), sum(CASE WHEN %1 THEN 1 ELSE 0 END),"
                                " sum(CASE WHEN %2 THEN 1 ELSE 0 END),"
                                " sum(CASE WHEN a.status = ? THEN 1 ELSE 0 END),"
                                " sum(CASE WHEN a.status = ? THEN 1 ELSE 0 END),"
                                " sum(CASE WHEN a.status = ? THEN 1 ELSE 0 END),"
                                " sum(CASE WHEN a.status = ? THEN 1 ELSE 0 END),"
                                " sum(CASE WHEN a.id IS NULL THEN 1 ELSE 0 END)"
                                " FROM pieces pc JOIN calendar_day cd ON cd.day BETWEEN pc.s AND pc.e"
                                " LEFT JOIN attendance a ON a.worker_id = pc.worker_id AND a.day = cd.day"
                                " WHERE NOT pc.whole AND cd.workday > 0 GROUP BY %3")
                     .arg(rule.inSql(QStringLiteral("a.status"), AttendanceClass::Attended),
                          rule.inSql(QStringLiteral("a.status"), AttendanceClass::Excused), key);
    QVariantList partValues = pieceValues;
    partValues << countValues(rule);

    QHash<QString, AttendanceMonth> result;
    for (const auto &[sql, values] : {std::pair{wholeSql, wholeValues}, std::pair{partSql, partValues}}) {
        auto q = m_db.run(sql, values);
        if (!q)
            return q.error();
        while (q.value().next()) {
            result[q.value().value(0).toString()] += readAttendance(q.value());
        }
    }
    return result;
}

Result<QList<AttendanceMonth>> Reports::attendance(const MonthRange &range, const Scope &scope, QDate asOf) const
{
    QHash<QString, AttendanceMonth> rows;
    if (m_source == Source::Rollups && range.countedTo(asOf) >= range.firstDay()) {
        auto counted = attendanceFromRollups(false, range, scope, asOf);
        if (!counted)
            return counted.error();
        rows = counted.value();
    } else if (range.countedTo(asOf) >= range.firstDay()) {
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
    if (m_source == Source::Rollups) {
        auto counted = attendanceFromRollups(true, range, scope, asOf);
        if (!counted)
            return counted.error();
        for (auto it = counted->cbegin(); it != counted->cend(); ++it) {
            StreetAttendance street{it.key().toLongLong(), it.value()};
            street.totals.month = range.firstDay();
            street.totals.countedTo = range.countedTo(asOf);
            result.append(street);
        }
        std::sort(result.begin(), result.end(),
                  [](const StreetAttendance &a, const StreetAttendance &b) { return a.streetId < b.streetId; });
        return result;
    }
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
    QHash<QString, WorkloadMonth> rows;
    MonthRange fromRows = range;
    // Agency and worker figures of whole months come from work_log_month; a month running on
    // the as-of day from the rows. (Street, district and contract need the placement of each day.)
    const QDate countTo = range.countedTo(asOf);
    if (m_source == Source::Rollups && (scope.kind == Scope::Kind::Agency || scope.kind == Scope::Kind::Worker) &&
        countTo >= range.firstDay()) {
        const QDate running(countTo.year(), countTo.month(), 1);
        const QDate lastWhole = countTo == running.addMonths(1).addDays(-1) ? running : running.addMonths(-1);
        const QVariantList admin = adminCodes();
        QVariantList values = admin;
        values << monthCode(range.firstDay()) << monthCode(lastWhole);
        QString where = QStringLiteral(" WHERE month BETWEEN ? AND ?");
        if (scope.kind == Scope::Kind::Worker) {
            where += QStringLiteral(" AND worker_id = ?");
            values << scope.id;
        }
        auto q = m_db.run(QStringLiteral("SELECT month, sum(minutes), sum(CASE WHEN category IN (%1) THEN minutes "
                                         "ELSE 0 END) FROM work_log_month")
                                  .arg(placeholders(admin.size())) +
                              where + QStringLiteral(" GROUP BY month"),
                          values);
        if (!q)
            return q.error();
        while (q.value().next())
            rows.insert(q.value().value(0).toString(), readWorkload(q.value()));
        if (lastWhole >= running)
            return perMonth(range, rows);
        fromRows = MonthRange(std::max(running, range.firstDay()), running);
    }
    auto q = workloadRows(m_db.dialect().month(QStringLiteral("w.day")), fromRows, scope, asOf);
    if (!q)
        return q.error();
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
