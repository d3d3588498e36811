// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The figures of the report for the purchaser on the hand-made agency of reportfixture.h; every
// expected number is worked out in the comments.
#include "core/purchaserreport.h"
#include "core/reports.h"
#include "reportfixture.h"
#include "ui/charts/chartbuilders.h"
#include "ui/report/preparedreport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace core;
using reportfixture::d;

namespace {

PurchaserReport report(const reportfixture::Agency &a, const Period &period, QDate asOf, std::optional<qint64> contract,
                       const Scope &scope = {})
{
    auto r = makePurchaserReport(a.db, ReportRequest::forPeriod(period, asOf, contract, scope));
    if (!r)
        FAIL(r.error().message.toStdString());
    return r.value();
}

const Period kMarch = Period::month(2026, 3);

} // namespace

TEST_CASE("Report for a contract: posts kept filled, vacancies and turnover, March 2026", "[report]")
{
    reportfixture::Agency a;
    const PurchaserReport r = report(a, kMarch, d(4, 15), a.c1);
    CHECK(r.from == d(3, 1));
    CHECK(r.countedTo == d(3, 31));
    CHECK_FALSE(r.running());
    REQUIRE(r.contracts.size() == 1);
    CHECK(r.contracts.first().code == QStringLiteral("DC-2026"));
    CHECK(r.contracts.first().purchaser == QStringLiteral("东城区民政局"));

    // Three posts × 31 days = 93 post-days.
    // Filled: P1 王一 all 31; P2 李二 1–10 (10) + 赵三 16–31 (16) = 26; P3 孙四 1–5 (5). 31 + 26 + 5 = 62.
    CHECK(r.posts.size() == 3);
    CHECK(r.postDaysTotal == 93);
    CHECK(r.postDaysFilled == 62);
    CHECK(*r.fillRate() == Approx(62.0 / 93.0));
    // Vacancies: 乙街道 11–15 March (5 days, filled on the 16th); 丙街道 6–31 March (26 days, still vacant).
    REQUIRE(r.vacancies.size() == 2);
    const auto &v3 = r.vacancies.at(0).street == QStringLiteral("丙街道") ? r.vacancies.at(0) : r.vacancies.at(1);
    const auto &v2 = r.vacancies.at(0).street == QStringLiteral("乙街道") ? r.vacancies.at(0) : r.vacancies.at(1);
    CHECK(v2.from == d(3, 11));
    CHECK(v2.to == d(3, 15));
    CHECK(v2.days == 5);
    CHECK_FALSE(v2.open);
    CHECK(v3.from == d(3, 6));
    CHECK(v3.to == d(3, 31));
    CHECK(v3.days == 26);
    CHECK(v3.open);
    // Turnover: 赵三 started on 16 March (mid-period, not the contract's first day); 孙四 ended
    // on 5 March without a note, 李二 on 10 March with one.
    REQUIRE(r.started.size() == 1);
    CHECK(r.started.first().worker == QStringLiteral("赵三"));
    CHECK(r.started.first().day == d(3, 16));
    CHECK_FALSE(r.started.first().contractBoundary);
    REQUIRE(r.ended.size() == 2);
    CHECK(r.ended.at(0).worker == QStringLiteral("孙四"));
    CHECK_FALSE(r.ended.at(0).hasNote);
    CHECK(r.ended.at(1).worker == QStringLiteral("李二"));
    CHECK(r.ended.at(1).hasNote);
    CHECK(r.ended.at(1).reason == PlacementEndReason::Resigned);
    CHECK(r.handoversWithNote == 1);
    CHECK(r.handoversWithoutNote == 1);
}

TEST_CASE("Report for a contract: attendance per street and overall by the attendance rule", "[report]")
{
    reportfixture::Agency a;
    const PurchaserReport r = report(a, kMarch, d(4, 15), a.c1);
    // 甲街道 王一: 22 working days; annual leave 1 (excused), sick 1, not recorded 1 (4 Mar), present 19
    // (the Saturday 7 March is no working day). Rate 19 ÷ (22 − 1) = 90.5 %.
    // 乙街道 李二 2–6, 9–10 March = 7 days present (12 March after the end is not counted);
    //        赵三 16–20, 23–27, 30–31 = 12 days: absent 1, late 1 (attended), present 10 → 11.
    //        Required 19, attended 18, absent 1: 18 ÷ 19 = 94.7 %.
    // 丙街道 孙四 2–5 March = 4 days: personal leave 1, attended 3: 75.0 %.
    REQUIRE(r.streets.size() == 3);
    auto street = [&](const char *name) {
        for (const auto &s : r.streets)
            if (s.street == QString::fromUtf8(name))
                return s;
        FAIL(name);
        return r.streets.first();
    };
    const auto s1 = street("甲街道");
    CHECK(s1.attendance.requiredDays == 22);
    CHECK(s1.attendance.excusedDays == 1);
    CHECK(s1.attendance.attendedDays == 19);
    CHECK(s1.attendance.sickDays == 1);
    CHECK(s1.attendance.unrecordedDays == 1);
    CHECK(*s1.attendance.rate() == Approx(19.0 / 21.0));
    const auto s2 = street("乙街道");
    CHECK(s2.attendance.requiredDays == 19);
    CHECK(s2.attendance.attendedDays == 18);
    CHECK(s2.attendance.absentDays == 1);
    CHECK(*s2.attendance.rate() == Approx(18.0 / 19.0));
    const auto s3 = street("丙街道");
    CHECK(s3.attendance.requiredDays == 4);
    CHECK(s3.attendance.personalDays == 1);
    CHECK(*s3.attendance.rate() == Approx(0.75));
    // Overall: required 22 + 19 + 4 = 45, excused 1, attended 19 + 18 + 3 = 40: 40 ÷ 44 = 90.9 %;
    // days not recorded 1. 周五 (the other contract) is not in it.
    CHECK(r.attendanceTotal.requiredDays == 45);
    CHECK(r.attendanceTotal.excusedDays == 1);
    CHECK(r.attendanceTotal.attendedDays == 40);
    CHECK(r.attendanceTotal.unrecordedDays == 1);
    CHECK(*r.attendanceTotal.rate() == Approx(40.0 / 44.0));
    // The streets add up to the months (the chart's figures), which add up to the total.
    REQUIRE(r.attendanceMonths.size() == 1);
    CHECK(r.attendanceMonths.first().requiredDays == 45);
}

TEST_CASE("Report for a contract: activities by type and group, participants, applications", "[report]")
{
    reportfixture::Agency a;
    const PurchaserReport r = report(a, kMarch, d(4, 15), a.c1);
    // Held in March at the contract's streets: community 5 Mar (30, elderly + residents), group
    // 20 Mar (12, youth), casework 31 Mar — the period's last day — (1, disabled). Not: 1 April,
    // nor the activity at 丁街道 (the other contract's street).
    const ActivityMonth &t = r.activityTotal;
    CHECK(t.total == 3);
    CHECK(t.participants == 43);
    CHECK(t.byType.value(ActivityType::Community) == 1);
    CHECK(t.byType.value(ActivityType::Group) == 1);
    CHECK(t.byType.value(ActivityType::Casework) == 1);
    CHECK(t.participantsByType.value(ActivityType::Community) == 30);
    CHECK(t.byGroup.value(TargetGroup::Elderly) == 1);
    CHECK(t.byGroup.value(TargetGroup::Residents) == 1);
    CHECK(t.byGroup.value(TargetGroup::Youth) == 1);
    CHECK(t.byGroup.value(TargetGroup::Disabled) == 1);
    CHECK(t.byGroup.value(TargetGroup::Poor) == 0);
    CHECK(t.participantsByGroup.value(TargetGroup::Elderly) == 30);
    CHECK(t.participantsByGroup.value(TargetGroup::Residents) == 30);
    // Submitted in March: 2, 5, 20, 25, 31 March = 5 (the one of 25 February is not; 丁街道's is
    // out of scope). Approved in March: 3 (held ones) + the February one approved 3 March = 4.
    // Rejected: 9 March = 1. Waiting on 31 March: the one of 25 March = 1.
    CHECK(r.applicationsSubmitted == 5);
    CHECK(r.applicationsApproved == 4);
    CHECK(r.applicationsRejected == 1);
    CHECK(r.applicationsPending == 1);
}

TEST_CASE("Report for a contract: professional and administrative hours per street", "[report]")
{
    reportfixture::Agency a;
    const PurchaserReport r = report(a, kMarch, d(4, 15), a.c1);
    // 甲街道: casework 180 min, admin 60 → 3.0 h / 1.0 h, share 25 %. 乙街道: group 120, meeting 120
    // (administrative) → 50 %. 李二's casework on 11 March comes after the placement: not counted.
    // Total: 300 + 180 minutes, share 180 ÷ 480 = 37.5 %.
    CHECK(r.workloadTotal.professionalMinutes == 300);
    CHECK(r.workloadTotal.adminMinutes == 180);
    CHECK(*r.workloadTotal.adminShare() == Approx(0.375));
    for (const auto &s : r.streets) {
        if (s.street == QStringLiteral("甲街道"))
            CHECK(*s.workload.adminShare() == Approx(0.25));
        if (s.street == QStringLiteral("乙街道"))
            CHECK(*s.workload.adminShare() == Approx(0.5));
        if (s.street == QStringLiteral("丙街道"))
            CHECK_FALSE(s.workload.adminShare().has_value());
    }
    const WorkloadMonth outside = r.outsidePosts();
    CHECK(outside.professionalMinutes + outside.adminMinutes == 0);
}

TEST_CASE("Report for a contract: supervision, the unsupervised, follow-ups and exchange meetings", "[report]")
{
    reportfixture::Agency a;
    const PurchaserReport r = report(a, kMarch, d(4, 15), a.c1);
    // Sessions in March with a worker placed in the contract that day: group 18 Mar (赵三 and 周五:
    // once), remote 27 Mar (赵三). Not: 25 Mar (周五 only), 12 Mar (李二, whose placement ended 10 Mar).
    CHECK(r.supervisionTotal.sessions == 2);
    CHECK(r.supervisionTotal.byForm.value(SupervisionForm::Group) == 1);
    CHECK(r.supervisionTotal.byForm.value(SupervisionForm::Remote) == 1);
    CHECK(r.supervisionTotal.byForm.value(SupervisionForm::Individual) == 0);
    // Not supervised for 45 days on 31 March: 王一, last session 10 February: 18 + 31 = 49 days.
    // 赵三 was supervised (and placed only since 16 March).
    CHECK(r.unsupervisedDays == 45);
    REQUIRE(r.unsupervised.size() == 1);
    CHECK(r.unsupervised.first().workerName == QStringLiteral("王一"));
    CHECK(r.unsupervised.first().lastSession == d(2, 10));
    CHECK(*r.unsupervised.first().daysSince == 49);
    // Follow-ups: due in March 15 (group), 25, 30 → 3; done in March 5 and 24 → 2; overdue on
    // 31 March: 30 March (赵三) and 15 March (the group of a session 赵三 attended) → 2. 周五's
    // is out of scope.
    CHECK(r.followUpsDue == 3);
    CHECK(r.followUpsDone == 2);
    REQUIRE(r.followUpsOverdue.size() == 2);
    CHECK(r.followUpsOverdue.at(0).due == d(3, 15));
    CHECK(r.followUpsOverdue.at(0).worker.isEmpty());
    CHECK(r.followUpsOverdue.at(1).worker == QStringLiteral("赵三"));
    // Meetings: 12 March (王一 and 周五: 2 attendees, 1 of them from these posts); not 20 March
    // (周五 only) nor 2 April.
    REQUIRE(r.meetings.size() == 1);
    CHECK(r.meetings.first().day == d(3, 12));
    CHECK(r.meetings.first().attendees == 2);
    CHECK(r.meetings.first().attendeesInScope == 1);
}

TEST_CASE("Report for a contract: grades of the period's evaluations, funding and pay", "[report]")
{
    reportfixture::Agency a;
    const PurchaserReport r = report(a, kMarch, d(4, 15), a.c1);
    // March evaluations of the contract's workers: 王一 good (final), 赵三 pass (draft). Not 周五's
    // (other contract) nor 王一's Q1 evaluation (not inside March).
    REQUIRE(r.evaluations.size() == 1);
    CHECK(r.evaluations.first().grades.value(Grade::Good) == 1);
    CHECK(r.evaluations.first().grades.value(Grade::Pass) == 1);
    CHECK(r.evaluations.first().finals == 1);
    CHECK(r.evaluations.first().drafts == 1);
    CHECK(r.gradeTotals.value(Grade::Excellent) == 0);
    // Funding up to 31 March: received 45,000 + 30,000 = 75,000.00; overhead 3 × 4,500 = 13,500.00;
    // paid 2,300 (Feb) + 750 + 2,200 + 1,100 = 6,350.00; left 55,150.00. Budget 3 × 30,000.
    CHECK(r.fundingTotal.received == Money::fromYuan(75000));
    CHECK(r.fundingTotal.overhead == Money::fromYuan(13500));
    CHECK(r.fundingTotal.paid == Money::fromYuan(6350));
    CHECK(r.fundingTotal.left() == Money::fromYuan(55150));
    CHECK(r.fundingTotal.budget == Money::fromYuan(90000));
    // Dated in March: received 30,000, overhead 0, paid 750 + 2,200 + 1,100 = 4,050.
    CHECK(r.fundingPeriod.received == Money::fromYuan(30000));
    CHECK(r.fundingPeriod.overhead == Money());
    CHECK(r.fundingPeriod.paid == Money::fromYuan(4050));
    // Pay for March (by the month paid for): 李二 750, 王一 2,200, 赵三 1,100, all below the
    // reference wage 2,540: 3 months below; average 4,050 ÷ 3 = 1,350.00.
    REQUIRE(r.pay.size() == 3);
    CHECK(r.payMonths() == 3);
    CHECK(r.payTotal() == Money::fromYuan(4050));
    CHECK(r.payAverage() == Money::fromYuan(1350));
    CHECK(r.payMonthsBelowReference() == 3);
    CHECK(r.referenceWage == Money::fromYuan(2540));
}

TEST_CASE("Report for a running period counts up to the as-of day", "[report]")
{
    reportfixture::Agency a;
    // As of Friday 13 March: 3 posts × 13 days = 39 post-days; filled 13 + 10 + 5 = 28; 乙街道 vacant
    // 11–13 March and still so; 丙街道 6–13 March.
    const PurchaserReport r = report(a, kMarch, d(3, 13), a.c1);
    CHECK(r.running());
    CHECK(r.countedTo == d(3, 13));
    CHECK(r.postDaysTotal == 39);
    CHECK(r.postDaysFilled == 28);
    REQUIRE(r.vacancies.size() == 2);
    CHECK(r.vacancies.at(0).open);
    CHECK(r.vacancies.at(1).open);
    CHECK(r.started.isEmpty()); // 赵三 starts on the 16th
    CHECK(r.ended.size() == 2);
    // Attendance 2–6, 9–13 March: 王一 10 required, 1 excused, 7 attended; 李二 7 of 7; 孙四 3 of 4.
    // 21 required, 1 excused, 17 attended: 17 ÷ 20 = 85 %.
    CHECK(r.attendanceTotal.requiredDays == 21);
    CHECK(r.attendanceTotal.attendedDays == 17);
    CHECK(*r.attendanceTotal.rate() == Approx(0.85));
    // Held by then: 5 March only. Submitted 2 and 5 March; approved 3 and 5 March; rejected 9 March;
    // none waiting (the 25 March application is in the future).
    CHECK(r.activityTotal.total == 1);
    CHECK(r.activityTotal.participants == 30);
    CHECK(r.applicationsSubmitted == 2);
    CHECK(r.applicationsApproved == 2);
    CHECK(r.applicationsRejected == 1);
    CHECK(r.applicationsPending == 0);
    // Each section says so.
    const ReportDocument doc = reportDocument(r);
    for (const ReportSection &s : doc.sections)
        CHECK_FALSE(s.asOf.isEmpty());
}

TEST_CASE("Report for a contract that starts inside the period: the period is cut to the term", "[report]")
{
    reportfixture::Agency a;
    // XC-2026 starts on 10 March: 10–31 March = 22 post-days, 周五 placed from the first day.
    const PurchaserReport r = report(a, kMarch, d(4, 15), a.c2);
    CHECK(r.from == d(3, 10));
    CHECK(r.postDaysTotal == 22);
    CHECK(r.postDaysFilled == 22);
    REQUIRE(r.started.size() == 1);
    CHECK(r.started.first().contractBoundary);
    // 10–13, 16–20, 23–27, 30–31 March = 16 working days, all present.
    CHECK(r.attendanceTotal.requiredDays == 16);
    CHECK(r.attendanceTotal.attendedDays == 16);
    CHECK(r.activityTotal.total == 1); // 10 March at 丁街道, the contract's first day
}

TEST_CASE("Report for the whole agency adds the posts of every contract", "[report]")
{
    reportfixture::Agency a;
    const PurchaserReport r = report(a, kMarch, d(4, 15), std::nullopt);
    CHECK(r.contracts.size() == 2);
    CHECK(r.posts.size() == 4);
    CHECK(r.postDaysTotal == 93 + 22);
    // Attendance 45 + 16 required; activities 3 + 1.
    CHECK(r.attendanceTotal.requiredDays == 61);
    CHECK(r.activityTotal.total == 4);
    // Work: the agency's total also has 李二's hour logged after the placement (outside any post).
    CHECK(r.workloadTotal.professionalMinutes == 300 + 90 + 60);
    CHECK(r.outsidePosts().professionalMinutes == 60);
    // Sessions: 18, 25, 27 March and 12 March (李二, any worker counts agency-wide) = 4.
    CHECK(r.supervisionTotal.sessions == 4);
    CHECK(r.meetings.size() == 2);
    // A district.
    const PurchaserReport west = report(a, kMarch, d(4, 15), std::nullopt, Scope::district(a.xicheng));
    CHECK(west.posts.size() == 1);
    CHECK(west.contracts.first().code == QStringLiteral("XC-2026"));
}

TEST_CASE("Report refusals: missing contract, draft, outside the term, nothing yet", "[report]")
{
    reportfixture::Agency a;
    auto refused = [&](const Period &p, QDate asOf, std::optional<qint64> contract) {
        auto r = makePurchaserReport(a.db, ReportRequest::forPeriod(p, asOf, contract));
        REQUIRE_FALSE(r.ok());
        return r.error();
    };
    CHECK(refused(kMarch, d(4, 15), 999).kind == Error::Kind::NotFound);
    CHECK(refused(kMarch, d(4, 15), a.draft).message.contains(QStringLiteral("DC-2027")));
    const Error outside = refused(Period::quarter(2025, 4), d(4, 15), a.c1);
    CHECK(outside.message.contains(QStringLiteral("2026-01-01")));
    const Error early = refused(Period::month(2026, 5), d(4, 15), a.c1);
    CHECK(early.message.contains(QStringLiteral("2026-04-15")));
    // The whole agency in a year without any contract.
    CHECK_FALSE(makePurchaserReport(a.db, ReportRequest::forPeriod(Period::year(2024), d(4, 15))).ok());
    ReportRequest worker = ReportRequest::forPeriod(kMarch, d(4, 15));
    worker.scope = Scope::worker(a.w1);
    CHECK_FALSE(makePurchaserReport(a.db, worker).ok());
}

TEST_CASE("Report charts and JSON use the same figures as the window's charts", "[report]")
{
    reportfixture::Agency a;
    auto prepared = ui::report::prepareReport(a.db, ReportRequest::forPeriod(kMarch, d(4, 15), a.c1));
    REQUIRE(prepared.ok());
    // The attendance chart drawn in the report: the chart code's own values for the contract.
    REQUIRE(prepared->charts.contains(QStringLiteral("attendance")));
    const ui::charts::ChartData &chart = prepared->charts.value(QStringLiteral("attendance"));
    REQUIRE(chart.points.size() == 1);
    CHECK(*chart.points.first().numerator == 40);
    CHECK(*chart.points.first().denominator == 44);
    const ui::charts::ChartData &activities = prepared->charts.value(QStringLiteral("activities"));
    double held = 0;
    for (const auto &p : activities.points)
        held += p.value.value_or(0);
    CHECK(held == 3);

    const QJsonObject json = toJson(prepared->report);
    CHECK(json.value(QStringLiteral("activities_held")).toInt() == 3);
    CHECK(json.value(QStringLiteral("participants")).toInt() == 43);
    CHECK(json.value(QStringLiteral("activities_by_group")).toObject().value(QStringLiteral("elderly")).toInt() == 1);
    CHECK(json.value(QStringLiteral("attendance_rate")).toDouble() == Approx(40.0 / 44.0));
    CHECK(json.value(QStringLiteral("post_days_filled")).toInt() == 62);
    CHECK(json.value(QStringLiteral("post_days_total")).toInt() == 93);
    CHECK(json.value(QStringLiteral("placements_ended")).toInt() == 2);
    CHECK(json.value(QStringLiteral("handovers_without_note")).toInt() == 1);
    CHECK(json.value(QStringLiteral("supervision_sessions")).toInt() == 2);
    CHECK(json.value(QStringLiteral("follow_ups_overdue")).toInt() == 2);
    CHECK(json.value(QStringLiteral("admin_share")).toDouble() == Approx(0.375));
    CHECK(json.value(QStringLiteral("funding_received")).toInteger() == 7500000);
    CHECK(json.value(QStringLiteral("funding_overhead")).toInteger() == 1350000);
    CHECK(json.value(QStringLiteral("funding_paid")).toInteger() == 635000);
    CHECK(json.value(QStringLiteral("funding_left")).toInteger() == 5515000);
    CHECK(json.value(QStringLiteral("vacancies")).toArray().size() == 2);
}
