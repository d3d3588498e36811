// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The figures of the report for the purchaser. Where a figure exists elsewhere (attendance,
// activities, workload, supervision, funding, pay, the unsupervised alert) it comes from that
// code (core::Reports, core::alerts), so that the report, the window and `chart --json` agree;
// what only this report shows (post-days, vacancies, turnover, applications, follow-ups,
// meetings, grades) is counted here, each in one query.
#include "purchaserreport.h"

#include "alerts.h"
#include "attendancerule.h"
#include "collation.h"
#include "contract.h"
#include "organisation.h"
#include "settings.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace core {

namespace {

// The report's condition on a post joined as p / street s (contract c).
QString postScopeSql(const Scope &scope)
{
    switch (scope.kind) {
    case Scope::Kind::Contract:
        return QStringLiteral(" AND p.contract_id = ?");
    case Scope::Kind::Street:
        return QStringLiteral(" AND p.street_id = ?");
    case Scope::Kind::District:
        return QStringLiteral(" AND s.district_id = ?");
    case Scope::Kind::Agency:
    case Scope::Kind::Worker:
        break;
    }
    return {};
}

void addScope(QVariantList &values, const Scope &scope)
{
    if (scope.kind != Scope::Kind::Agency)
        values << scope.id;
}

// The workers placed in the scope on some day of [first, last]; bind last, first, draft, scope.
QString workersInScopeSql(const Scope &scope)
{
    return QStringLiteral("SELECT pl.worker_id FROM placement pl JOIN post p ON p.id = pl.post_id"
                          " JOIN contract c ON c.id = p.contract_id JOIN street s ON s.id = p.street_id"
                          " WHERE pl.start_date <= ? AND COALESCE(pl.end_date, c.end_date) >= ? AND c.status <> ?") +
           postScopeSql(scope);
}

QVariantList workersInScopeValues(const Scope &scope, QDate first, QDate last)
{
    QVariantList values{isoDate(last), isoDate(first), code(ContractStatus::Draft)};
    addScope(values, scope);
    return values;
}

qint64 daysBetween(QDate first, QDate last)
{
    return first.isValid() && last.isValid() && first <= last ? first.daysTo(last) + 1 : 0;
}

template <typename K> void addMap(QMap<K, int> &sum, const QMap<K, int> &more)
{
    for (auto it = more.cbegin(); it != more.cend(); ++it)
        sum[it.key()] += it.value();
}

void addFunding(FundingLine &sum, const FundingLine &line)
{
    sum.budget += line.budget;
    sum.received += line.received;
    sum.overhead += line.overhead;
    sum.paid += line.paid;
}

class Maker
{
public:
    Maker(const Database &db, const ReportRequest &request, PurchaserReport &report)
        : m_db(db)
        , m_reports(db)
        , m_r(report)
        , m_scope(request.contractId ? Scope::contract(*request.contractId) : request.scope)
    {}

    Status run();

private:
    Status window();
    Status contracts();
    Status posts();
    Status attendanceAndWorkload();
    Status activities();
    Status supervision();
    Status meetings();
    Status evaluations();
    Status funding();
    MonthRange range() const { return MonthRange(m_r.from, m_r.to); }

    const Database &m_db;
    const Reports m_reports;
    PurchaserReport &m_r;
    const Scope m_scope;
    QHash<qint64, Street> m_streets;
};

Status Maker::run()
{
    for (auto step : {&Maker::window, &Maker::contracts, &Maker::posts, &Maker::attendanceAndWorkload,
                      &Maker::activities, &Maker::supervision, &Maker::meetings, &Maker::evaluations, &Maker::funding})
        if (Status s = (this->*step)(); !s)
            return s;
    return {};
}

Status Maker::window()
{
    const ReportRequest &q = m_r.request;
    if (!q.first.isValid() || !q.last.isValid() || q.first > q.last)
        return Error::invalid(PurchaserReport::tr("Give the report's period, e.g. 2026-Q3."));
    if (q.scope.kind == Scope::Kind::Worker && !q.contractId)
        return Error::invalid(PurchaserReport::tr(
            "A report for the purchaser covers posts: choose a contract, a district, a street or the whole agency."));
    const QDate asOf = q.asOf.isValid() ? q.asOf : QDate::currentDate();
    m_r.from = q.first;
    m_r.to = q.last;
    auto settings = Settings::load(m_db);
    if (!settings)
        return settings.error();
    m_r.agencyName = settings->agencyName;
    m_r.unsupervisedDays = settings->alertUnsupervisedDays;
    m_r.attendanceRule = AttendanceRule::load(m_db).describe();
    m_r.referenceWage = m_reports.referenceWage();
    if (q.contractId) {
        auto contract = ContractRepository(m_db).get(*q.contractId);
        if (!contract)
            return contract.error();
        const Contract &c = contract.value();
        if (c.status == ContractStatus::Draft)
            return Error::invalid(PurchaserReport::tr("Contract “%1” is a draft: it has not run, so there is nothing "
                                                      "to report. Report on it once it is active.")
                                      .arg(c.code));
        if (q.first > c.end || q.last < c.start)
            return Error::invalid(
                PurchaserReport::tr("%1 (%2 to %3) lies outside the term of contract “%4” (%5 to "
                                    "%6); choose a period inside the term.")
                    .arg(q.periodLabel, isoDate(q.first), isoDate(q.last), c.code, isoDate(c.start), isoDate(c.end)));
        m_r.from = std::max(q.first, c.start);
        m_r.to = std::min(q.last, c.end);
        m_r.scopeLabel = PurchaserReport::tr("Contract %1").arg(c.code);
    } else if (m_scope.kind == Scope::Kind::District) {
        auto d = OrganisationRepository(m_db).district(m_scope.id);
        if (!d)
            return d.error();
        m_r.scopeLabel = d->name;
    } else if (m_scope.kind == Scope::Kind::Street) {
        auto s = OrganisationRepository(m_db).street(m_scope.id);
        if (!s)
            return s.error();
        m_r.scopeLabel = s->districtName.isEmpty() ? s->name : s->districtName + QLatin1Char(' ') + s->name;
    } else {
        m_r.scopeLabel = PurchaserReport::tr("Whole agency");
    }
    m_r.countedTo = std::min(m_r.to, asOf);
    if (m_r.countedTo < m_r.from)
        return Error::invalid(PurchaserReport::tr("%1 begins on %2, after the as-of day %3: nothing has happened in it "
                                                  "yet. Choose an earlier period or a later --on day.")
                                  .arg(q.periodLabel, isoDate(m_r.from), isoDate(asOf)));
    auto streets = OrganisationRepository(m_db).streets();
    if (!streets)
        return streets.error();
    for (const Street &s : streets.value())
        m_streets.insert(s.id, s);
    return {};
}

Status Maker::contracts()
{
    // The contracts with posts in the scope that ran in the report (drafts never ran).
    QVariantList values{isoDate(m_r.countedTo), isoDate(m_r.from), code(ContractStatus::Draft)};
    QString where = QStringLiteral("c.start_date <= ? AND c.end_date >= ? AND c.status <> ?");
    if (m_scope.kind == Scope::Kind::Contract) {
        // The contract itself, even without posts.
        where = QStringLiteral("c.id = ?");
        values = {m_scope.id};
    } else {
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM post p JOIN street s ON s.id = p.street_id"
                                " WHERE p.contract_id = c.id%1)")
                     .arg(postScopeSql(m_scope));
        addScope(values, m_scope);
    }
    auto q = m_db.run(QStringLiteral("SELECT c.id, c.code, c.title, pu.name, c.start_date, c.end_date, c.status,"
                                     " (SELECT count(*) FROM post x WHERE x.contract_id = c.id)"
                                     " FROM contract c JOIN purchaser pu ON pu.id = c.purchaser_id WHERE %1"
                                     " ORDER BY c.start_date, c.code")
                          .arg(where),
                      values);
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        PurchaserReport::ContractLine c;
        c.id = r.value(0).toLongLong();
        c.code = r.value(1).toString();
        c.title = r.value(2).toString();
        c.purchaser = r.value(3).toString();
        c.start = fromIsoDate(r.value(4).toString());
        c.end = fromIsoDate(r.value(5).toString());
        c.status = fromCode<ContractStatus>(r.value(6).toString()).value_or(ContractStatus::Active);
        c.posts = r.value(7).toInt();
        m_r.contracts.append(c);
    }
    if (m_r.contracts.isEmpty())
        return Error::invalid(PurchaserReport::tr("No contract with posts in %1 ran in %2 (%3 to %4): there is "
                                                  "nothing to report.")
                                  .arg(m_r.scopeLabel, m_r.request.periodLabel, isoDate(m_r.from), isoDate(m_r.to)));
    return {};
}

Status Maker::posts()
{
    // Each post's days: the contract's term inside the report, up to the counted day.
    QVariantList values{isoDate(m_r.countedTo), isoDate(m_r.from), code(ContractStatus::Draft)};
    addScope(values, m_scope);
    auto posts = m_db.run(QStringLiteral("SELECT p.id, p.street_id, c.code, c.start_date, c.end_date FROM post p"
                                         " JOIN contract c ON c.id = p.contract_id JOIN street s ON s.id = p.street_id"
                                         " WHERE c.start_date <= ? AND c.end_date >= ? AND c.status <> ?%1"
                                         " ORDER BY p.id")
                              .arg(postScopeSql(m_scope)),
                          values);
    if (!posts)
        return posts.error();
    QHash<qint64, qsizetype> index;
    QHash<qint64, std::pair<QDate, QDate>> spans; // post → its counted days
    QHash<qint64, std::pair<QDate, QDate>> terms;
    while (posts.value().next()) {
        const QSqlQuery &r = posts.value();
        PurchaserReport::PostLine line;
        line.postId = r.value(0).toLongLong();
        line.streetId = r.value(1).toLongLong();
        line.street = m_streets.value(line.streetId).name;
        line.district = m_streets.value(line.streetId).districtName;
        line.contractCode = r.value(2).toString();
        const QDate start = fromIsoDate(r.value(3).toString());
        const QDate end = fromIsoDate(r.value(4).toString());
        const QDate first = std::max(m_r.from, start);
        const QDate last = std::min(m_r.countedTo, end);
        line.days = daysBetween(first, last);
        spans.insert(line.postId, {first, last});
        terms.insert(line.postId, {start, end});
        index.insert(line.postId, m_r.posts.size());
        m_r.posts.append(line);
    }

    // The placements of those posts that touch the report, post by post in order (a post holds
    // one placement at a time, so they do not overlap).
    values = {isoDate(m_r.countedTo), isoDate(m_r.from), code(ContractStatus::Draft)};
    addScope(values, m_scope);
    auto placements = m_db.run(
        QStringLiteral("SELECT pl.post_id, w.name, pl.start_date, COALESCE(pl.end_date, c.end_date), pl.end_date,"
                       " pl.end_reason, pl.handover_note FROM placement pl JOIN post p ON p.id = pl.post_id"
                       " JOIN contract c ON c.id = p.contract_id JOIN street s ON s.id = p.street_id"
                       " JOIN social_worker w ON w.id = pl.worker_id"
                       " WHERE pl.start_date <= ? AND COALESCE(pl.end_date, c.end_date) >= ? AND c.status <> ?%1"
                       " ORDER BY pl.post_id, pl.start_date")
            .arg(postScopeSql(m_scope)),
        values);
    if (!placements)
        return placements.error();
    QHash<qint64, QDate> covered; // post → the last day covered so far
    auto vacancy = [&](const PurchaserReport::PostLine &post, QDate first, QDate last) {
        if (first > last)
            return;
        m_r.vacancies.append({post.street, post.contractCode, first, last, daysBetween(first, last),
                              last == spans.value(post.postId).second});
    };
    while (placements.value().next()) {
        const QSqlQuery &r = placements.value();
        const qint64 postId = r.value(0).toLongLong();
        if (!index.contains(postId))
            continue;
        PurchaserReport::PostLine &post = m_r.posts[index.value(postId)];
        const auto [first, last] = spans.value(postId);
        const QDate start = fromIsoDate(r.value(2).toString());
        const QDate effectiveEnd = fromIsoDate(r.value(3).toString());
        const QDate end = fromIsoDate(r.value(4).toString());
        const QString worker = r.value(1).toString();
        const QDate from = std::max(start, first);
        const QDate to = std::min(effectiveEnd, last);
        post.filledDays += daysBetween(from, to);
        if (!post.holders.contains(worker))
            post.holders << worker;
        const QDate previous = covered.value(postId, first.addDays(-1));
        vacancy(post, previous.addDays(1), from.addDays(-1));
        covered.insert(postId, std::max(previous, to));
        if (start >= m_r.from && start <= m_r.countedTo)
            m_r.started.append({worker, post.street, start, std::nullopt, false, start == terms.value(postId).first});
        if (end.isValid() && end >= m_r.from && end <= m_r.countedTo) {
            PurchaserReport::Change change{worker,
                                           post.street,
                                           end,
                                           fromCode<PlacementEndReason>(r.value(5).toString()),
                                           !r.value(6).toString().trimmed().isEmpty(),
                                           end == terms.value(postId).second};
            (change.hasNote ? m_r.handoversWithNote : m_r.handoversWithoutNote)++;
            m_r.ended.append(change);
        }
    }
    for (const PurchaserReport::PostLine &post : std::as_const(m_r.posts)) {
        const auto [first, last] = spans.value(post.postId);
        vacancy(post, covered.value(post.postId, first.addDays(-1)).addDays(1), last);
        m_r.postDaysTotal += post.days;
        m_r.postDaysFilled += post.filledDays;
    }
    const QCollator collator = nameCollator();
    auto byStreet = [&](const auto &a, const auto &b) {
        const int c = collator.compare(a.street, b.street);
        return c != 0 ? c < 0 : a.from < b.from;
    };
    std::stable_sort(m_r.vacancies.begin(), m_r.vacancies.end(), byStreet);
    auto byDay = [](const PurchaserReport::Change &a, const PurchaserReport::Change &b) {
        return a.day < b.day;
    };
    std::stable_sort(m_r.started.begin(), m_r.started.end(), byDay);
    std::stable_sort(m_r.ended.begin(), m_r.ended.end(), byDay);
    std::stable_sort(m_r.posts.begin(), m_r.posts.end(), [&](const auto &a, const auto &b) {
        const int d = collator.compare(a.district, b.district);
        if (d != 0)
            return d < 0;
        const int s = collator.compare(a.street, b.street);
        return s != 0 ? s < 0 : a.contractCode < b.contractCode;
    });
    return {};
}

Status Maker::attendanceAndWorkload()
{
    auto months = m_reports.attendance(range(), m_scope, m_r.request.asOf);
    if (!months)
        return months.error();
    m_r.attendanceMonths = months.value();
    for (const AttendanceMonth &m : m_r.attendanceMonths)
        m_r.attendanceTotal += m;
    m_r.attendanceTotal.month = m_r.from;
    m_r.attendanceTotal.countedTo = m_r.countedTo;

    auto work = m_reports.workload(range(), m_scope, m_r.request.asOf);
    if (!work)
        return work.error();
    for (const WorkloadMonth &m : work.value()) {
        m_r.workloadTotal.professionalMinutes += m.professionalMinutes;
        m_r.workloadTotal.adminMinutes += m.adminMinutes;
    }

    // One line per street of the report's posts, then any other street with figures.
    QHash<qint64, qsizetype> line;
    auto streetLine = [&](qint64 streetId) -> PurchaserReport::StreetFigures & {
        if (!line.contains(streetId)) {
            line.insert(streetId, m_r.streets.size());
            const Street s = m_streets.value(streetId);
            m_r.streets.append({streetId, s.name, s.districtName, {}, {}});
        }
        return m_r.streets[line.value(streetId)];
    };
    for (const PurchaserReport::PostLine &p : std::as_const(m_r.posts))
        streetLine(p.streetId);
    auto byStreet = m_reports.attendanceByStreet(range(), m_scope, m_r.request.asOf);
    if (!byStreet)
        return byStreet.error();
    for (const StreetAttendance &s : byStreet.value())
        streetLine(s.streetId).attendance = s.totals;
    auto workByStreet = m_reports.workloadByStreet(range(), m_scope, m_r.request.asOf);
    if (!workByStreet)
        return workByStreet.error();
    for (const StreetWorkload &s : workByStreet.value())
        streetLine(s.streetId).workload = s.totals;
    const QCollator collator = nameCollator();
    std::stable_sort(m_r.streets.begin(), m_r.streets.end(), [&](const auto &a, const auto &b) {
        const int d = collator.compare(a.district, b.district);
        return d != 0 ? d < 0 : collator.compare(a.street, b.street) < 0;
    });
    return {};
}

Status Maker::activities()
{
    ActivityFilter filter;
    filter.basis = ActivityFilter::Basis::Held;
    if (m_scope.kind == Scope::Kind::Contract)
        filter.contractId = m_scope.id;
    else if (m_scope.kind == Scope::Kind::Street)
        filter.streetId = m_scope.id;
    else if (m_scope.kind == Scope::Kind::District)
        filter.districtId = m_scope.id;
    auto months = m_reports.activities(range(), filter, m_r.request.asOf);
    if (!months)
        return months.error();
    m_r.activityMonths = months.value();
    ActivityMonth &t = m_r.activityTotal;
    t.month = m_r.from;
    for (const ActivityMonth &m : m_r.activityMonths) {
        t.total += m.total;
        t.participants += m.participants;
        addMap(t.byType, m.byType);
        addMap(t.byGroup, m.byGroup);
        addMap(t.participantsByType, m.participantsByType);
        addMap(t.participantsByGroup, m.participantsByGroup);
    }

    // Applications (申请 → 评估审批) at the scope's streets: submitted, approved and rejected in the
    // report, and those still waiting for review on the counted day.
    const QString first = isoDate(m_r.from);
    const QString last = isoDate(m_r.countedTo);
    QString where;
    QVariantList values{first,
                        last,
                        code(ActivityStatus::Approved),
                        code(ActivityStatus::Held),
                        code(ActivityStatus::Cancelled),
                        first,
                        last,
                        code(ActivityStatus::Rejected),
                        first,
                        last,
                        last,
                        last,
                        code(ActivityStatus::Draft),
                        last,
                        first};
    if (m_scope.kind == Scope::Kind::Contract)
        where = QStringLiteral(" AND a.street_id IN (SELECT street_id FROM post WHERE contract_id = ?)");
    else if (m_scope.kind == Scope::Kind::Street)
        where = QStringLiteral(" AND a.street_id = ?");
    else if (m_scope.kind == Scope::Kind::District)
        where = QStringLiteral(" AND a.street_id IN (SELECT id FROM street WHERE district_id = ?)");
    addScope(values, m_scope);
    auto q = m_db.run(QStringLiteral("SELECT COALESCE(sum(CASE WHEN a.submitted_on BETWEEN ? AND ? THEN 1 END), 0),"
                                     " COALESCE(sum(CASE WHEN a.status IN (?, ?, ?) AND a.reviewed_on BETWEEN ? AND ?"
                                     "  THEN 1 END), 0),"
                                     " COALESCE(sum(CASE WHEN a.status = ? AND a.reviewed_on BETWEEN ? AND ?"
                                     "  THEN 1 END), 0),"
                                     " COALESCE(sum(CASE WHEN a.submitted_on <= ? AND (a.reviewed_on IS NULL"
                                     "  OR a.reviewed_on > ?) THEN 1 END), 0)"
                                     " FROM activity a WHERE a.status <> ? AND a.submitted_on <= ?"
                                     " AND (a.reviewed_on IS NULL OR a.reviewed_on >= ?)%1")
                          .arg(where),
                      values);
    if (!q)
        return q.error();
    if (q.value().next()) {
        m_r.applicationsSubmitted = q.value().value(0).toInt();
        m_r.applicationsApproved = q.value().value(1).toInt();
        m_r.applicationsRejected = q.value().value(2).toInt();
        m_r.applicationsPending = q.value().value(3).toInt();
    }
    return {};
}

Status Maker::supervision()
{
    auto months = m_reports.supervisionSessions(range(), m_r.request.asOf, m_scope);
    if (!months)
        return months.error();
    m_r.supervisionMonths = months.value();
    for (const SupervisionMonth &m : m_r.supervisionMonths) {
        m_r.supervisionTotal.sessions += m.sessions;
        addMap(m_r.supervisionTotal.byForm, m.byForm);
    }

    // Not supervised for N days: the dashboard's alert on the counted day, for the workers
    // placed in the scope that day; the days since from the same report as the chart's.
    auto list = alerts(m_db, m_r.countedTo);
    if (!list)
        return list.error();
    QSet<qint64> unsupervised;
    for (const Alert &a : list.value())
        if (a.kind == QLatin1String(Alert::Unsupervised))
            unsupervised = QSet<qint64>(a.ids.cbegin(), a.ids.cend());
    auto placed = m_db.run(workersInScopeSql(m_scope), workersInScopeValues(m_scope, m_r.countedTo, m_r.countedTo));
    if (!placed)
        return placed.error();
    QSet<qint64> inScope;
    while (placed.value().next())
        inScope.insert(placed.value().value(0).toLongLong());
    auto gaps = m_reports.supervisionGaps(m_r.countedTo);
    if (!gaps)
        return gaps.error();
    for (const SupervisionGap &g : gaps.value())
        if (unsupervised.contains(g.workerId) && inScope.contains(g.workerId))
            m_r.unsupervised.append(g);

    // Follow-ups of the workers in the scope (a group follow-up: of a session one of them attended).
    QString where;
    QVariantList values{isoDate(m_r.from),      isoDate(m_r.countedTo), isoDate(m_r.from),
                        isoDate(m_r.countedTo), isoDate(m_r.countedTo), isoDate(m_r.countedTo)};
    if (m_scope.kind != Scope::Kind::Agency) {
        const QString workers = workersInScopeSql(m_scope);
        where =
            QStringLiteral(" AND (f.worker_id IN (%1) OR (f.worker_id IS NULL AND EXISTS (SELECT 1 FROM"
                           " supervision_attendee sa WHERE sa.session_id = f.session_id AND sa.worker_id IN (%1))))")
                .arg(workers);
        values << workersInScopeValues(m_scope, m_r.from, m_r.countedTo)
               << workersInScopeValues(m_scope, m_r.from, m_r.countedTo);
    }
    auto q = m_db.run(QStringLiteral("SELECT f.due_on, f.done_on, w.name, f.action FROM follow_up f"
                                     " LEFT JOIN social_worker w ON w.id = f.worker_id"
                                     " WHERE (f.due_on BETWEEN ? AND ? OR f.done_on BETWEEN ? AND ?"
                                     " OR (f.due_on < ? AND (f.done_on IS NULL OR f.done_on > ?)))%1"
                                     " ORDER BY f.due_on, f.id")
                          .arg(where),
                      values);
    if (!q)
        return q.error();
    const DateRange report{m_r.from, m_r.countedTo};
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        const QDate due = fromIsoDate(r.value(0).toString());
        const QDate done = fromIsoDate(r.value(1).toString());
        if (report.contains(due))
            ++m_r.followUpsDue;
        if (done.isValid() && report.contains(done))
            ++m_r.followUpsDone;
        // As the dashboard's alert: due before the day and not done by it.
        if (due < m_r.countedTo && (!done.isValid() || done > m_r.countedTo))
            m_r.followUpsOverdue.append({r.value(2).toString(), r.value(3).toString(), due});
    }
    return {};
}

Status Maker::meetings()
{
    QVariantList values;
    QString inScope = QStringLiteral("(SELECT count(*) FROM exchange_attendee ea WHERE ea.meeting_id = m.id)");
    if (m_scope.kind != Scope::Kind::Agency) {
        inScope = QStringLiteral("(SELECT count(*) FROM exchange_attendee ea WHERE ea.meeting_id = m.id AND EXISTS"
                                 " (SELECT 1 FROM placement pl JOIN post p ON p.id = pl.post_id"
                                 " JOIN contract c ON c.id = p.contract_id JOIN street s ON s.id = p.street_id"
                                 " WHERE pl.worker_id = ea.worker_id AND pl.start_date <= m.held_on"
                                 " AND COALESCE(pl.end_date, c.end_date) >= m.held_on AND c.status <> ?%1))")
                      .arg(postScopeSql(m_scope));
        values << code(ContractStatus::Draft);
        addScope(values, m_scope);
    }
    values << isoDate(m_r.from) << isoDate(m_r.countedTo);
    auto q =
        m_db.run(QStringLiteral("SELECT m.held_on, m.kind, m.topic,"
                                " (SELECT count(*) FROM exchange_attendee ea WHERE ea.meeting_id = m.id), %1"
                                " FROM exchange_meeting m WHERE m.held_on BETWEEN ? AND ? ORDER BY m.held_on, m.id")
                     .arg(inScope),
                 values);
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        PurchaserReport::Meeting m{fromIsoDate(r.value(0).toString()),
                                   fromCode<MeetingKind>(r.value(1).toString()).value_or(MeetingKind::Other),
                                   r.value(2).toString(), r.value(3).toInt(), r.value(4).toInt()};
        if (m.attendeesInScope > 0 || m_scope.kind == Scope::Kind::Agency)
            m_r.meetings.append(m);
    }
    return {};
}

Status Maker::evaluations()
{
    // The evaluations of any period inside the report's period (a quarter's report also shows its
    // months' evaluations), of workers placed in the scope during that period.
    QVariantList values{isoDate(m_r.request.first), isoDate(m_r.request.last)};
    QString where;
    if (m_scope.kind != Scope::Kind::Agency) {
        where = QStringLiteral(" AND EXISTS (SELECT 1 FROM placement pl JOIN post p ON p.id = pl.post_id"
                               " JOIN contract c ON c.id = p.contract_id JOIN street s ON s.id = p.street_id"
                               " WHERE pl.worker_id = e.worker_id AND pl.start_date <= e.period_end"
                               " AND COALESCE(pl.end_date, c.end_date) >= e.period_start AND c.status <> ?%1)")
                    .arg(postScopeSql(m_scope));
        values << code(ContractStatus::Draft);
        addScope(values, m_scope);
    }
    auto q = m_db.run(QStringLiteral("SELECT e.period_kind, e.period_start, e.grade, e.status,"
                                     " CASE WHEN e.interim_as_of IS NULL THEN 0 ELSE 1 END, count(*)"
                                     " FROM evaluation e WHERE e.period_start >= ? AND e.period_end <= ?%1"
                                     " GROUP BY e.period_kind, e.period_start, e.period_end, e.grade, e.status,"
                                     " CASE WHEN e.interim_as_of IS NULL THEN 0 ELSE 1 END"
                                     " ORDER BY e.period_start, e.period_end DESC")
                          .arg(where),
                      values);
    if (!q)
        return q.error();
    QHash<QString, qsizetype> line;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        const auto kind = Period::kindFromCode(r.value(0).toString()).value_or(Period::Kind::Month);
        const QDate start = fromIsoDate(r.value(1).toString());
        const QString key = r.value(0).toString() + r.value(1).toString();
        if (!line.contains(key)) {
            line.insert(key, m_r.evaluations.size());
            m_r.evaluations.append({Period::containing(kind, start).label(), start, {}, 0, 0, 0});
        }
        PurchaserReport::GradeLine &g = m_r.evaluations[line.value(key)];
        const Grade grade = fromCode<Grade>(r.value(2).toString()).value_or(Grade::None);
        const int n = r.value(5).toInt();
        g.grades[grade] += n;
        m_r.gradeTotals[grade] += n;
        (r.value(3).toString() == code(EvaluationStatus::Final) ? g.finals : g.drafts) += n;
        if (r.value(4).toInt() == 1)
            g.interim += n;
    }
    return {};
}

Status Maker::funding()
{
    auto total = m_reports.fundingByContract(m_r.countedTo);
    if (!total)
        return total.error();
    auto period = m_reports.fundingByContract(m_r.countedTo, m_r.from);
    if (!period)
        return period.error();
    QHash<qint64, FundingLine> inPeriod;
    for (const FundingLine &l : period.value())
        inPeriod.insert(l.contractId, l);
    QSet<qint64> wanted;
    for (const PurchaserReport::ContractLine &c : std::as_const(m_r.contracts))
        wanted.insert(c.id);
    for (const FundingLine &l : total.value()) {
        if (!wanted.contains(l.contractId))
            continue;
        m_r.funding.append({l.contractCode, l, inPeriod.value(l.contractId)});
        addFunding(m_r.fundingTotal, l);
        addFunding(m_r.fundingPeriod, inPeriod.value(l.contractId));
    }

    auto months = m_reports.monthlyPay(MonthRange(m_r.from, m_r.countedTo), std::nullopt, m_scope);
    if (!months)
        return months.error();
    QHash<qint64, qsizetype> line;
    for (const PayMonth &p : months.value()) {
        if (!line.contains(p.workerId)) {
            line.insert(p.workerId, m_r.pay.size());
            m_r.pay.append({p.workerId, p.workerName, 0, {}, p.paid, 0});
        }
        PurchaserReport::PayLine &w = m_r.pay[line.value(p.workerId)];
        ++w.months;
        w.total += p.paid;
        w.lowest = std::min(w.lowest, p.paid);
        if (p.belowReference())
            ++w.monthsBelowReference;
    }
    const QCollator collator = nameCollator();
    std::stable_sort(m_r.pay.begin(), m_r.pay.end(),
                     [&](const auto &a, const auto &b) { return collator.compare(a.worker, b.worker) < 0; });
    return {};
}

} // namespace

ReportRequest ReportRequest::forPeriod(const Period &period, QDate asOf, std::optional<qint64> contractId,
                                       const Scope &scope)
{
    ReportRequest r;
    r.contractId = contractId;
    r.scope = scope;
    r.first = period.first();
    r.last = period.last();
    r.periodLabel = period.label();
    r.asOf = asOf;
    return r;
}

WorkloadMonth PurchaserReport::outsidePosts() const
{
    WorkloadMonth outside = workloadTotal;
    for (const StreetFigures &s : streets) {
        outside.professionalMinutes -= s.workload.professionalMinutes;
        outside.adminMinutes -= s.workload.adminMinutes;
    }
    outside.professionalMinutes = std::max<qint64>(0, outside.professionalMinutes);
    outside.adminMinutes = std::max<qint64>(0, outside.adminMinutes);
    return outside;
}

Money PurchaserReport::PayLine::average() const
{
    return months > 0 ? Money::fromFen((total.fen() * 2 + months) / (2 * months)) : Money();
}

int PurchaserReport::payMonths() const
{
    int n = 0;
    for (const PayLine &p : pay)
        n += p.months;
    return n;
}

Money PurchaserReport::payTotal() const
{
    Money sum;
    for (const PayLine &p : pay)
        sum += p.total;
    return sum;
}

Money PurchaserReport::payAverage() const
{
    const int n = payMonths();
    return n > 0 ? Money::fromFen((payTotal().fen() * 2 + n) / (2 * n)) : Money();
}

int PurchaserReport::payMonthsBelowReference() const
{
    int n = 0;
    for (const PayLine &p : pay)
        n += p.monthsBelowReference;
    return n;
}

Result<PurchaserReport> makePurchaserReport(const Database &db, const ReportRequest &request)
{
    PurchaserReport report;
    report.request = request;
    if (!report.request.asOf.isValid())
        report.request.asOf = QDate::currentDate();
    if (report.request.periodLabel.isEmpty())
        report.request.periodLabel = PurchaserReport::tr("%1 to %2").arg(isoDate(request.first), isoDate(request.last));
    if (Status s = Maker(db, report.request, report).run(); !s)
        return s.error();
    return report;
}

} // namespace core
