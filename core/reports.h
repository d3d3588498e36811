// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "attendancerule.h"
#include "database.h"
#include "enums.h"
#include "money.h"
#include "period.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>

#include <optional>

namespace core {

// Whose figures a report shows: one worker (社工), one street (街道), one district (区), the
// posts of one contract (购买服务协议) or the whole agency (机构). Street, district and contract
// figures are summed over the workers placed there, and only for the days they were placed there.
struct Scope
{
    enum class Kind { Agency, District, Street, Worker, Contract };
    Kind kind = Kind::Agency;
    qint64 id = 0;

    static Scope agency() { return {}; }
    static Scope district(qint64 id) { return {Kind::District, id}; }
    static Scope street(qint64 id) { return {Kind::Street, id}; }
    static Scope worker(qint64 id) { return {Kind::Worker, id}; }
    static Scope contract(qint64 id) { return {Kind::Contract, id}; }
};

// A run of whole calendar months, both ends included. `from` and `to` are any days of the
// first and last month (normally their first days).
struct MonthRange
{
    QDate from;
    QDate to;

    MonthRange() = default;
    MonthRange(QDate first, QDate last)
        : from(first)
        , to(last)
    {}
    MonthRange(const Period &period)
        : from(period.first())
        , to(period.last())
    {}
    static MonthRange month(QDate anyDay) { return {anyDay, anyDay}; }

    QDate firstDay() const { return QDate(from.year(), from.month(), 1); }
    QDate lastDay() const { return QDate(to.year(), to.month(), to.daysInMonth()); }
    // The first day of each month in the range.
    QList<QDate> months() const;
    // The last day a report counts: the range's last day, or the as-of day when that is earlier
    // (a month still running counts only the days that have happened).
    QDate countedTo(QDate asOf) const { return asOf.isValid() && asOf < lastDay() ? asOf : lastDay(); }
};

// The last day counted of the month starting at `firstOfMonth` as of `asOf`: its last day, the
// as-of day while it runs, invalid when it starts after the as-of day.
QDate monthCountedTo(QDate firstOfMonth, QDate asOf);

// 出勤率 for one month, as of a day, by the attendance rule (attendancerule.h).
struct AttendanceMonth
{
    QDate month;          // first day
    QDate countedTo;      // see monthCountedTo(): the month runs when this is before its last day
    int requiredDays = 0; // working days inside the placements, up to countedTo
    int attendedDays = 0; // the statuses the rule counts as attended (default: present, late, left early, business out)
    int excusedDays = 0;  // the statuses the rule excuses (default: annual leave): not required
    int absentDays = 0;   // 旷工
    int sickDays = 0;
    int personalDays = 0;
    int annualDays = 0;
    int unrecordedDays = 0; // required days without an attendance row (they count against)
    bool running() const { return countedTo.isValid() && countedTo < month.addMonths(1).addDays(-1); }
    // AttendanceRule::rate: attended ÷ (required − excused).
    std::optional<double> rate() const { return AttendanceRule::rate(attendedDays, requiredDays, excusedDays); }
    // Adds the day counts of `other` (month and countedTo stay).
    AttendanceMonth &operator+=(const AttendanceMonth &other)
    {
        requiredDays += other.requiredDays;
        attendedDays += other.attendedDays;
        excusedDays += other.excusedDays;
        absentDays += other.absentDays;
        sickDays += other.sickDays;
        personalDays += other.personalDays;
        annualDays += other.annualDays;
        unrecordedDays += other.unrecordedDays;
        return *this;
    }
};

// Which activities a count looks at.
struct ActivityFilter
{
    enum class Basis {
        Held,    // status 'held', by the day it was held
        Planned, // every activity not rejected or cancelled, by its planned day
    };
    Basis basis = Basis::Held;
    std::optional<qint64> districtId;
    std::optional<qint64> streetId;
    std::optional<qint64> workerId;
    // The activities at the contract's streets (its posts), on days inside its term.
    std::optional<qint64> contractId;
};

struct ActivityMonth
{
    QDate month;
    int total = 0;
    QMap<ActivityType, int> byType;
    // An activity counts once in each of its target groups, so these may add up to more than total.
    QMap<TargetGroup, int> byGroup;
    // The participants of the activities held (actual_participants; 0 for plans), likewise.
    int participants = 0;
    QMap<ActivityType, int> participantsByType;
    QMap<TargetGroup, int> participantsByGroup;
};

// Professional (专业服务) vs administrative (行政事务) time for one month.
struct WorkloadMonth
{
    QDate month;
    qint64 professionalMinutes = 0;
    qint64 adminMinutes = 0;
    std::optional<double> adminShare() const
    {
        const qint64 all = professionalMinutes + adminMinutes;
        return all > 0 ? std::optional<double>(double(adminMinutes) / double(all)) : std::nullopt;
    }
};

// One street's attendance or workload over a whole range (the month fields left empty).
struct StreetAttendance
{
    qint64 streetId = 0;
    AttendanceMonth totals;
};
struct StreetWorkload
{
    qint64 streetId = 0;
    WorkloadMonth totals;
};

struct SupervisionMonth
{
    QDate month;
    int sessions = 0;
    QMap<SupervisionForm, int> byForm;
};

struct WorkerSessionsMonth
{
    qint64 workerId = 0;
    QDate month;
    int sessions = 0;
};

// A worker placed on the day asked, and how long since their last supervision (督导).
struct SupervisionGap
{
    qint64 workerId = 0;
    QString workerName;
    qint64 streetId = 0;
    QString streetName;
    QDate lastSession;            // invalid when never supervised
    std::optional<int> daysSince; // nullopt when never supervised
};

// 经费 per contract. left = received − overhead − paid (may be negative).
struct FundingLine
{
    qint64 id = 0; // contract id
    qint64 contractId = 0;
    QString contractCode;
    Money budget; // what the contract promises: funding per post × posts
    Money received;
    Money overhead;
    Money paid;
    Money left() const { return received - overhead - paid; }
};

// Net pay (工资发放) of a worker in a month, beside the reference wage setting.
struct PayMonth
{
    qint64 workerId = 0;
    QString workerName;
    QDate month;
    Money paid;
    Money reference;
    bool belowReference() const { return paid < reference; }
};

// The reports: each one SQL aggregate over the records (GROUP BY in the database, never a
// loop over rows here), so that they stay fast on ten years of data.
class Reports
{
    Q_DECLARE_TR_FUNCTIONS(core::Reports)
public:
    // Where the attendance and workload figures come from: the monthly rollups the file keeps
    // beside the rows (attendance_month, work_log_month) for the whole months, the rows for the
    // rest; or the rows alone (the reference the rollups are tested against). A server reads
    // the rows: its planner has no need of the rollups' shortcut, and their month arithmetic is
    // written in SQLite's date functions.
    enum class Source { Rollups, Rows };
    explicit Reports(Database db, Source source = Source::Rollups)
        : m_db(std::move(db))
        , m_source(m_db.dialect().isServer() ? Source::Rows : source)
    {}

    // Every report counts as of a day (default today): nothing after it, so a month still
    // running counts only the days up to it, and a month after it is empty.

    // Required days = working days of the calendar (calendar_day.workday = 1) inside the
    // placements (start .. end, or the contract's end when open) of the workers in scope, up to
    // the as-of day. Attendance only counts on those days, classed by the attendance rule in the
    // settings. One entry per month of the range.
    Result<QList<AttendanceMonth>> attendance(const MonthRange &range, const Scope &scope = {},
                                              QDate asOf = QDate::currentDate()) const;
    // Held activities up to the as-of day; planned ones (Basis::Planned) over the whole range.
    Result<QList<ActivityMonth>> activities(const MonthRange &range, const ActivityFilter &filter = {},
                                            QDate asOf = QDate::currentDate()) const;
    // Street and district scope take the work logged while the worker was placed there.
    Result<QList<WorkloadMonth>> workload(const MonthRange &range, const Scope &scope = {},
                                          QDate asOf = QDate::currentDate()) const;
    // The same figures as attendance() and workload(), summed over the range per street (the
    // street of the placement), for the streets with required days (time logged). The work
    // logged outside any placement belongs to no street.
    Result<QList<StreetAttendance>> attendanceByStreet(const MonthRange &range, const Scope &scope = {},
                                                       QDate asOf = QDate::currentDate()) const;
    Result<QList<StreetWorkload>> workloadByStreet(const MonthRange &range, const Scope &scope = {},
                                                   QDate asOf = QDate::currentDate()) const;

    // Agency-wide by default; with a scope, the sessions attended by a worker placed in it on the
    // day of the session.
    Result<QList<SupervisionMonth>> supervisionSessions(const MonthRange &range, QDate asOf = QDate::currentDate(),
                                                        const Scope &scope = {}) const;
    // Sessions each worker attended, per month (only months with sessions); all workers when
    // workerId is not given.
    Result<QList<WorkerSessionsMonth>> sessionsAttended(const MonthRange &range,
                                                        std::optional<qint64> workerId = std::nullopt,
                                                        QDate asOf = QDate::currentDate()) const;
    // Workers placed on `asOf`, the longest unsupervised (never supervised) first.
    Result<QList<SupervisionGap>> supervisionGaps(QDate asOf) const;

    // The ledger's entries up to the as-of day (and from `from`, when given).
    Result<QList<FundingLine>> fundingByContract(QDate asOf = QDate::currentDate(), QDate from = {}) const;
    // Per post: FundingRepository::balanceByPost (one rule for sharing contract-level entries).
    // Months with pay entries only; with a scope, the pay for its posts (a worker scope is the
    // same as workerId).
    Result<QList<PayMonth>> monthlyPay(const MonthRange &range, std::optional<qint64> workerId = std::nullopt,
                                       const Scope &scope = {}) const;
    // The reference monthly wage (settings: reference_wage, fen).
    Money referenceWage() const;

private:
    // The attendance rows grouped by `key` (an SQL expression, the first column), then the day
    // counts in the order AttendanceMonth declares them.
    Result<QSqlQuery> attendanceRows(const QString &key, const MonthRange &range, const Scope &scope, QDate asOf) const;
    Result<QSqlQuery> workloadRows(const QString &key, const MonthRange &range, const Scope &scope, QDate asOf) const;
    // attendanceRows() from the rollups: the same figures keyed by month ('yyyy-MM') or by street
    // (its id as text).
    Result<QHash<QString, AttendanceMonth>> attendanceFromRollups(bool byStreet, const MonthRange &range,
                                                                  const Scope &scope, QDate asOf) const;

    Database m_db;
    Source m_source = Source::Rollups;
};

// Contracts count as running on a day when their term covers it and they are active or have
// since ended normally: a draft never ran, a terminated contract stopped early. SQL snippet
// for a contract aliased `alias`; bind isoDate(day) twice.
QString runningContractSql(const QString &alias);
QVariantList runningContractValues(QDate day);

// SQL for the two ends (BETWEEN x AND y) of the days a placement `pl` of contract `c` shares
// with a span of days; bind first, first, last, last.
extern const char kOverlapDays[];

// "as of 1 Dec" / "截至 12月1日": how an as-of day is shown beside a figure.
QString asOfText(QDate day);

// "yyyy-MM" → the first day of that month.
QDate monthFromCode(const QString &code);

} // namespace core
