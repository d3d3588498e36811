// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The attendance rule (one setting, used by every figure) and figures as of a day: the report,
// the monthly grid, the dashboard and the evaluation's attendance line count the same days
// the same way. Every expected figure is worked out in the comments (calendar: figuresfixture.h).
#include "core/attendance.h"
#include "core/attendancerule.h"
#include "core/evaluation.h"
#include "core/reports.h"
#include "core/settings.h"
#include "core/summary.h"
#include "figuresfixture.h"

using namespace core;
using figures::d;

namespace {

// The figures of one worker for one month, as each part of the program shows them.
struct Seen
{
    std::optional<double> report, grid, summary;
    QString evaluationLine;
};

Seen seen(const figures::Agency &a, qint64 worker, QDate month, QDate asOf)
{
    Seen s;
    auto report = Reports(a.db).attendance(MonthRange::month(month), Scope::worker(worker), asOf);
    REQUIRE(report.ok());
    s.report = report->first().rate();
    auto grid = AttendanceRepository(a.db).month(month, std::nullopt, asOf);
    REQUIRE(grid.ok());
    for (const auto &row : grid->rows)
        if (row.workerId == worker)
            s.grid = row.rate();
    // The dashboard's "last month" is the month before the as-of day's.
    auto summary = summarize(a.db, month.addMonths(1));
    REQUIRE(summary.ok());
    s.summary = summary->attendanceRateLastMonth;

    EvaluationRepository repo(a.db);
    const Period period = Period::month(month.year(), month.month());
    const QList<qint64> earlier = repo.idsFor(period).value();
    for (qint64 id : earlier)
        REQUIRE(repo.remove(id).ok());
    auto made = repo.generate(period, 1, {}, period.last());
    REQUIRE(made.ok());
    auto ids = repo.idsFor(period, worker);
    REQUIRE(ids.ok());
    REQUIRE(ids->size() == 1);
    s.evaluationLine = repo.get(ids->first()).value().items.first().dataText;
    return s;
}

} // namespace

TEST_CASE("the default attendance rule, its one line and its stored form", "[rule]")
{
    const AttendanceRule rule;
    for (AttendanceStatus s : {AttendanceStatus::Present, AttendanceStatus::Late, AttendanceStatus::LeftEarly,
                               AttendanceStatus::BusinessOut})
        CHECK(rule.classOf(s) == AttendanceClass::Attended);
    CHECK(rule.classOf(AttendanceStatus::AnnualLeave) == AttendanceClass::Excused);
    for (AttendanceStatus s : {AttendanceStatus::SickLeave, AttendanceStatus::PersonalLeave, AttendanceStatus::Absent})
        CHECK(rule.classOf(s) == AttendanceClass::Against);
    CHECK(rule.describe() == QStringLiteral("Attendance rate = days attended ÷ (required days − days of Annual leave); "
                                            "counted as attended: Present, Late, Left early, Business out; counted "
                                            "against: Absent without leave, Sick leave, Personal leave"));

    CHECK(rule.toText() == QStringLiteral("present,late,left_early,business|annual|absent,sick,personal"));
    CHECK(AttendanceRule::parse(rule.toText()) == rule);
    CHECK_FALSE(AttendanceRule::parse(QStringLiteral("present|annual")).has_value());
    CHECK_FALSE(AttendanceRule::parse(QStringLiteral("present,present||")).has_value());
    CHECK_FALSE(AttendanceRule::parse(QStringLiteral("present|holiday|")).has_value());
    // A status the text does not name keeps its default class.
    CHECK(AttendanceRule::parse(QStringLiteral("present||"))->classOf(AttendanceStatus::AnnualLeave) ==
          AttendanceClass::Excused);

    // The rate: attended ÷ (required − excused); nothing when nothing is required.
    CHECK(*AttendanceRule::rate(1, 3, 2) == Approx(1.0));
    CHECK(*AttendanceRule::rate(20, 22, 0) == Approx(20.0 / 22.0));
    CHECK_FALSE(AttendanceRule::rate(0, 2, 2).has_value());
    CHECK_FALSE(AttendanceRule::rate(0, 0, 0).has_value());
}

TEST_CASE("the attendance rule is a setting, validated before it is saved", "[rule][settings]")
{
    figures::Agency a;
    auto s = Settings::load(a.db);
    REQUIRE(s.ok());
    CHECK(s->attendanceRule == AttendanceRule()); // 002's default
    CHECK(s->evaluationMinDays == 10);

    Settings changed = s.value();
    changed.attendanceRule.set(AttendanceStatus::SickLeave, AttendanceClass::Excused);
    changed.evaluationMinDays = 5;
    REQUIRE(Settings::save(a.db, changed).ok());
    CHECK(Settings::load(a.db)->attendanceRule.isExcused(AttendanceStatus::SickLeave));
    CHECK(AttendanceRule::load(a.db).isExcused(AttendanceStatus::SickLeave));
    CHECK(Settings::load(a.db)->evaluationMinDays == 5);

    Settings bad = changed;
    bad.attendanceRule.set(AttendanceStatus::Present, AttendanceClass::Excused);
    CHECK_FALSE(Settings::save(a.db, bad).ok());
    bad = changed;
    bad.attendanceRule.set(AttendanceStatus::Absent, AttendanceClass::Attended);
    CHECK(Settings::save(a.db, bad).error().message.contains(QStringLiteral("Absent without leave")));
    bad = changed;
    bad.evaluationMinDays = -1;
    CHECK_FALSE(Settings::save(a.db, bad).ok());
    CHECK(Settings::load(a.db)->attendanceRule.isExcused(AttendanceStatus::SickLeave)); // nothing written

    // An unreadable stored rule reads as the default.
    a.setting("attendance_rule", QStringLiteral("nonsense"));
    CHECK(AttendanceRule::load(a.db) == AttendanceRule());
}

TEST_CASE("leave is excused: 1 day present and 2 days of annual leave is 100% everywhere", "[rule][reports]")
{
    figures::Agency a;
    a.setting("evaluation_min_days", QStringLiteral("0"));
    // Placed Monday 2 – Wednesday 4 March 2026: 3 required days; present on the 2nd, annual leave after.
    const qint64 li = a.worker(QStringLiteral("李娜"), d(2026, 3, 2), d(2026, 3, 4));
    a.set(li, d(2026, 3, 2), QStringLiteral("present"));
    a.set(li, d(2026, 3, 3), QStringLiteral("annual"));
    a.set(li, d(2026, 3, 4), QStringLiteral("annual"));

    auto report = Reports(a.db).attendance(MonthRange::month(d(2026, 3, 1)), Scope::worker(li), d(2026, 4, 15));
    REQUIRE(report.ok());
    CHECK(report->first().requiredDays == 3);
    CHECK(report->first().attendedDays == 1);
    CHECK(report->first().excusedDays == 2);
    CHECK(report->first().annualDays == 2);

    const Seen s = seen(a, li, d(2026, 3, 1), d(2026, 4, 15));
    CHECK(*s.report == Approx(1.0)); // was 1/3
    CHECK(*s.grid == Approx(1.0));
    CHECK(*s.summary == Approx(1.0));
    CHECK(s.evaluationLine.startsWith(QStringLiteral("Present 1/1 days, 100.0%")));
    CHECK(s.evaluationLine.contains(QStringLiteral("Annual leave 2 days not required")));
}

TEST_CASE("a rule changed in Settings changes the report, the grid, the dashboard and the evaluation alike",
          "[rule][reports]")
{
    figures::Agency a;
    // All of March: 22 required days; 18 present, 2 annual leave, 2 sick leave.
    const qint64 zhao = a.worker(QStringLiteral("赵强"), d(2026, 1, 1));
    a.attend(zhao, d(2026, 3, 1), d(2026, 3, 31));
    a.set(zhao, d(2026, 3, 9), QStringLiteral("annual"));
    a.set(zhao, d(2026, 3, 10), QStringLiteral("annual"));
    a.set(zhao, d(2026, 3, 16), QStringLiteral("sick"));
    a.set(zhao, d(2026, 3, 17), QStringLiteral("sick"));
    const QDate asOf(2026, 4, 15);

    // The default rule: 18 ÷ (22 − 2).
    Seen s = seen(a, zhao, d(2026, 3, 1), asOf);
    for (const auto &rate : {s.report, s.grid, s.summary})
        CHECK(*rate == Approx(18.0 / 20.0));
    CHECK(s.evaluationLine.startsWith(QStringLiteral("Present 18/20 days, 90.0%")));

    // Sick leave excused as well: 18 ÷ (22 − 4).
    Settings settings = Settings::load(a.db).value();
    settings.attendanceRule.set(AttendanceStatus::SickLeave, AttendanceClass::Excused);
    REQUIRE(Settings::save(a.db, settings).ok());
    s = seen(a, zhao, d(2026, 3, 1), asOf);
    for (const auto &rate : {s.report, s.grid, s.summary})
        CHECK(*rate == Approx(1.0));
    CHECK(s.evaluationLine.startsWith(QStringLiteral("Present 18/18 days, 100.0%")));

    // Nothing excused and annual leave against: 18 ÷ 22.
    settings.attendanceRule.set(AttendanceStatus::SickLeave, AttendanceClass::Against);
    settings.attendanceRule.set(AttendanceStatus::AnnualLeave, AttendanceClass::Against);
    REQUIRE(Settings::save(a.db, settings).ok());
    s = seen(a, zhao, d(2026, 3, 1), asOf);
    for (const auto &rate : {s.report, s.grid, s.summary})
        CHECK(*rate == Approx(18.0 / 22.0));
    CHECK(s.evaluationLine.startsWith(QStringLiteral("Present 18/22 days, 81.8%")));

    // The evaluation keeps the rule it was counted with, and the sheet prints it.
    const qint64 id = EvaluationRepository(a.db).idsFor(Period::month(2026, 3)).value().first();
    CHECK(EvaluationRepository(a.db).get(id)->attendanceRule == settings.attendanceRule);
    CHECK(EvaluationRepository(a.db).sheetData(id)->attendanceRule == settings.attendanceRule.describe());
}

TEST_CASE("a running month counts the working days up to the as-of day, that day included", "[asof][reports]")
{
    figures::Agency a;
    const qint64 wang = a.worker(QStringLiteral("王芳"), d(2026, 1, 1));
    a.attend(wang, d(2026, 11, 1), d(2026, 12, 31)); // recorded ahead, e.g. from a paper sheet
    a.set(wang, d(2026, 12, 2), QStringLiteral("absent"));
    const Reports reports(a.db);
    auto month = [&](QDate asOf) {
        auto r = reports.attendance(MonthRange::month(d(2026, 12, 1)), Scope::worker(wang), asOf);
        REQUIRE(r.ok());
        return r->first();
    };

    // On its first day, 1 December: 1 required day, attended. (Counting the whole month gave 1/23.)
    AttendanceMonth first = month(d(2026, 12, 1));
    CHECK(first.requiredDays == 1);
    CHECK(first.attendedDays == 1);
    CHECK(*first.rate() == Approx(1.0));
    CHECK(first.running());
    CHECK(first.countedTo == d(2026, 12, 1));
    // The as-of day itself counts: on the 2nd the absence on the 2nd is in, 1 of 2.
    CHECK(*month(d(2026, 12, 2)).rate() == Approx(0.5));
    // The month's last day: the whole month, no longer running (23 days, 22 attended).
    AttendanceMonth last = month(d(2026, 12, 31));
    CHECK(last.requiredDays == 23);
    CHECK(last.attendedDays == 22);
    CHECK_FALSE(last.running());
    // The day before the month: nothing counted yet, no rate.
    AttendanceMonth before = month(d(2026, 11, 30));
    CHECK(before.requiredDays == 0);
    CHECK_FALSE(before.rate().has_value());
    CHECK_FALSE(before.countedTo.isValid());

    // A two-month range on 1 December: November whole, December to the 1st.
    auto both = reports.attendance(MonthRange(d(2026, 11, 1), d(2026, 12, 1)), Scope::worker(wang), d(2026, 12, 1));
    REQUIRE(both->size() == 2);
    CHECK_FALSE(both->at(0).running());
    CHECK(*both->at(0).rate() == Approx(1.0));
    CHECK(*both->at(1).rate() == Approx(1.0));

    // The grid counts the same days; its cells still show what is recorded after the as-of day.
    auto grid = AttendanceRepository(a.db).month(d(2026, 12, 1), std::nullopt, d(2026, 12, 1));
    REQUIRE(grid.ok());
    CHECK(grid->running());
    CHECK(grid->countedTo == d(2026, 12, 1));
    REQUIRE(grid->rows.size() == 1);
    CHECK(grid->rows.first().required == 1);
    CHECK(grid->rows.first().attended == 1);
    CHECK(grid->rows.first().days.size() == 23);
    CHECK(*grid->rows.first().rate() == Approx(1.0));
    // November seen on 1 December is complete.
    CHECK_FALSE(AttendanceRepository(a.db).month(d(2026, 11, 1), std::nullopt, d(2026, 12, 1))->running());
}

TEST_CASE("records after the as-of day are not counted by any report", "[asof][reports]")
{
    figures::Agency a;
    const qint64 sun = a.worker(QStringLiteral("孙丽"), d(2026, 1, 1));
    a.held(sun, d(2026, 3, 10));
    a.held(sun, d(2026, 3, 20));
    a.supervised(sun, d(2026, 3, 11));
    a.supervised(sun, d(2026, 3, 25));
    a.exec("INSERT INTO work_log (worker_id, day, minutes, category) VALUES (?, '2026-03-10', 60, 'admin')", {sun});
    a.exec("INSERT INTO work_log (worker_id, day, minutes, category) VALUES (?, '2026-03-20', 60, 'casework')", {sun});
    const Reports reports(a.db);
    const MonthRange march = MonthRange::month(d(2026, 3, 1));
    const QDate asOf(2026, 3, 15);
    CHECK(reports.activities(march, {}, asOf)->first().total == 1);
    CHECK(reports.activities(march, {}, d(2026, 3, 31))->first().total == 2);
    CHECK(reports.supervisionSessions(march, asOf)->first().sessions == 1);
    CHECK(reports.sessionsAttended(march, sun, asOf)->first().sessions == 1);
    CHECK(reports.workload(march, {}, asOf)->first().adminMinutes == 60);
    CHECK(reports.workload(march, {}, asOf)->first().professionalMinutes == 0);
    CHECK(reports.workload(march, {}, d(2026, 3, 31))->first().professionalMinutes == 60);
    // A planned activity may lie ahead of the as-of day: plans are counted over the range.
    ActivityFilter planned;
    planned.basis = ActivityFilter::Basis::Planned;
    CHECK(reports.activities(march, planned, asOf)->first().total == 2);
}

TEST_CASE("a worker placed mid-month is required from the placement's first day", "[asof][reports]")
{
    figures::Agency a;
    // Placed Monday 16 March: 12 required days (16–20, 23–27, 30–31); as of Friday 20 March, 5.
    const qint64 zhou = a.worker(QStringLiteral("周杰"), d(2026, 3, 16));
    a.attend(zhou, d(2026, 3, 16), d(2026, 3, 31));
    auto whole = Reports(a.db).attendance(MonthRange::month(d(2026, 3, 1)), Scope::worker(zhou), d(2026, 4, 1));
    CHECK(whole->first().requiredDays == 12);
    auto part = Reports(a.db).attendance(MonthRange::month(d(2026, 3, 1)), Scope::worker(zhou), d(2026, 3, 20));
    CHECK(part->first().requiredDays == 5);
    CHECK(*part->first().rate() == Approx(1.0));
    auto grid = AttendanceRepository(a.db).month(d(2026, 3, 1), std::nullopt, d(2026, 3, 20));
    CHECK(grid->rows.first().required == 5);
}
