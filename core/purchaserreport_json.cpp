// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// `onestreet report --json`: the report's figures for scripts (keys in README).
#include "purchaserreport.h"

#include <QJsonArray>

namespace core {

namespace {

QJsonValue share(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue day(QDate d)
{
    return d.isValid() ? QJsonValue(isoDate(d)) : QJsonValue(QJsonValue::Null);
}

template <typename E> QJsonObject byCode(const QMap<E, int> &counts)
{
    QJsonObject o;
    for (E v : allValues<E>())
        o.insert(code(v), counts.value(v));
    return o;
}

QJsonObject attendanceJson(const AttendanceMonth &m)
{
    return {{QStringLiteral("required_days"), m.requiredDays},
            {QStringLiteral("excused_days"), m.excusedDays},
            {QStringLiteral("attended_days"), m.attendedDays},
            {QStringLiteral("days_not_recorded"), m.unrecordedDays},
            {QStringLiteral("rate"), share(m.rate())}};
}

QJsonObject fundingJson(const FundingLine &l)
{
    return {{QStringLiteral("received"), qint64(l.received.fen())},
            {QStringLiteral("overhead"), qint64(l.overhead.fen())},
            {QStringLiteral("paid"), qint64(l.paid.fen())},
            {QStringLiteral("left"), qint64(l.left().fen())}};
}

} // namespace

QJsonObject toJson(const PurchaserReport &r)
{
    QJsonArray contracts;
    for (const PurchaserReport::ContractLine &c : r.contracts)
        contracts.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("code"), c.code},
                                     {QStringLiteral("title"), c.title},
                                     {QStringLiteral("purchaser"), c.purchaser},
                                     {QStringLiteral("start"), day(c.start)},
                                     {QStringLiteral("end"), day(c.end)},
                                     {QStringLiteral("posts"), c.posts}});
    QJsonArray streets;
    for (const PurchaserReport::StreetFigures &s : r.streets)
        streets.append(QJsonObject{{QStringLiteral("street_id"), s.streetId},
                                   {QStringLiteral("street"), s.street},
                                   {QStringLiteral("district"), s.district},
                                   {QStringLiteral("attendance"), attendanceJson(s.attendance)},
                                   {QStringLiteral("professional_minutes"), s.workload.professionalMinutes},
                                   {QStringLiteral("admin_minutes"), s.workload.adminMinutes},
                                   {QStringLiteral("admin_share"), share(s.workload.adminShare())}});
    QJsonArray vacancies;
    for (const PurchaserReport::Vacancy &v : r.vacancies)
        vacancies.append(QJsonObject{{QStringLiteral("street"), v.street},
                                     {QStringLiteral("contract"), v.contractCode},
                                     {QStringLiteral("from"), day(v.from)},
                                     {QStringLiteral("to"), day(v.to)},
                                     {QStringLiteral("days"), v.days},
                                     {QStringLiteral("open"), v.open}});
    QJsonObject grades;
    int evaluations = 0;
    for (Grade g : allValues<Grade>()) {
        grades.insert(g == Grade::None ? QStringLiteral("none") : code(g), r.gradeTotals.value(g));
        evaluations += r.gradeTotals.value(g);
    }
    const AttendanceMonth &a = r.attendanceTotal;
    return QJsonObject{
        {QStringLiteral("agency"), r.agencyName},
        {QStringLiteral("scope"), r.scopeLabel},
        {QStringLiteral("contract_id"), r.request.contractId ? QJsonValue(*r.request.contractId) : QJsonValue()},
        {QStringLiteral("contracts"), contracts},
        {QStringLiteral("period"), r.request.periodLabel},
        {QStringLiteral("period_first"), day(r.request.first)},
        {QStringLiteral("period_last"), day(r.request.last)},
        {QStringLiteral("from"), day(r.from)},
        {QStringLiteral("to"), day(r.to)},
        {QStringLiteral("as_of"), day(r.request.asOf)},
        {QStringLiteral("counted_to"), day(r.countedTo)},
        {QStringLiteral("running"), r.running()},
        {QStringLiteral("attendance_rule"), r.attendanceRule},

        {QStringLiteral("posts"), int(r.posts.size())},
        {QStringLiteral("post_days_total"), r.postDaysTotal},
        {QStringLiteral("post_days_filled"), r.postDaysFilled},
        {QStringLiteral("post_fill_rate"), share(r.fillRate())},
        {QStringLiteral("vacancies"), vacancies},
        {QStringLiteral("placements_started"), int(r.started.size())},
        {QStringLiteral("placements_ended"), int(r.ended.size())},
        {QStringLiteral("handovers_with_note"), r.handoversWithNote},
        {QStringLiteral("handovers_without_note"), r.handoversWithoutNote},

        {QStringLiteral("attendance_rate"), share(a.rate())},
        {QStringLiteral("attendance_required_days"), a.requiredDays},
        {QStringLiteral("attendance_excused_days"), a.excusedDays},
        {QStringLiteral("attendance_attended_days"), a.attendedDays},
        {QStringLiteral("days_not_recorded"), a.unrecordedDays},
        {QStringLiteral("streets"), streets},

        {QStringLiteral("activities_held"), r.activityTotal.total},
        {QStringLiteral("participants"), r.activityTotal.participants},
        {QStringLiteral("activities_by_type"), byCode(r.activityTotal.byType)},
        {QStringLiteral("activities_by_group"), byCode(r.activityTotal.byGroup)},
        {QStringLiteral("participants_by_group"), byCode(r.activityTotal.participantsByGroup)},
        {QStringLiteral("applications_submitted"), r.applicationsSubmitted},
        {QStringLiteral("applications_approved"), r.applicationsApproved},
        {QStringLiteral("applications_rejected"), r.applicationsRejected},
        {QStringLiteral("applications_pending"), r.applicationsPending},

        {QStringLiteral("professional_minutes"), r.workloadTotal.professionalMinutes},
        {QStringLiteral("admin_minutes"), r.workloadTotal.adminMinutes},
        {QStringLiteral("admin_share"), share(r.workloadTotal.adminShare())},

        {QStringLiteral("supervision_sessions"), r.supervisionTotal.sessions},
        {QStringLiteral("supervision_by_form"), byCode(r.supervisionTotal.byForm)},
        {QStringLiteral("unsupervised_days"), r.unsupervisedDays},
        {QStringLiteral("workers_unsupervised"), int(r.unsupervised.size())},
        {QStringLiteral("follow_ups_due"), r.followUpsDue},
        {QStringLiteral("follow_ups_done"), r.followUpsDone},
        {QStringLiteral("follow_ups_overdue"), int(r.followUpsOverdue.size())},
        {QStringLiteral("exchange_meetings"), int(r.meetings.size())},

        {QStringLiteral("evaluations"), evaluations},
        {QStringLiteral("evaluations_by_grade"), grades},

        {QStringLiteral("funding_budget"), qint64(r.fundingTotal.budget.fen())},
        {QStringLiteral("funding_received"), qint64(r.fundingTotal.received.fen())},
        {QStringLiteral("funding_overhead"), qint64(r.fundingTotal.overhead.fen())},
        {QStringLiteral("funding_paid"), qint64(r.fundingTotal.paid.fen())},
        {QStringLiteral("funding_left"), qint64(r.fundingTotal.left().fen())},
        {QStringLiteral("funding_in_period"), fundingJson(r.fundingPeriod)},
        {QStringLiteral("pay_months"), r.payMonths()},
        {QStringLiteral("pay_average"), qint64(r.payAverage().fen())},
        {QStringLiteral("reference_wage"), qint64(r.referenceWage.fen())},
        {QStringLiteral("pay_months_below_reference"), r.payMonthsBelowReference()},
    };
}

} // namespace core
