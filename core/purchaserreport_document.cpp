// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The report for the purchaser as sections of tables: what the PDF prints and the workbook holds.
#include "purchaserreport.h"

#include <QLocale>

namespace core {

namespace {

using Cell = ReportCell;
using Row = QList<ReportCell>;

QString period(QDate first, QDate last)
{
    return PurchaserReport::tr("%1 to %2").arg(isoDate(first), isoDate(last));
}

// "A、B、C and 2 more" for the cover.
QString shortList(const QStringList &names)
{
    constexpr int kShown = 4;
    const QString sep = PurchaserReport::tr(", ", "between the names of a list");
    if (names.size() <= kShown)
        return names.join(sep);
    return PurchaserReport::tr("%1 and %n more", nullptr, int(names.size() - kShown))
        .arg(names.mid(0, kShown).join(sep));
}

QString againstDays(const AttendanceMonth &m)
{
    return QString::number(m.requiredDays - m.excusedDays - m.attendedDays);
}

Row attendanceCells(const AttendanceMonth &m)
{
    return {Cell::count(m.requiredDays),   Cell::count(m.excusedDays),  Cell::count(m.attendedDays),
            Cell::count(m.sickDays),       Cell::count(m.personalDays), Cell::count(m.absentDays),
            Cell::count(m.unrecordedDays), Cell::percent(m.rate())};
}

Row workloadCells(const WorkloadMonth &m)
{
    return {Cell::hours(m.professionalMinutes), Cell::hours(m.adminMinutes), Cell::percent(m.adminShare())};
}

Row fundingCells(const FundingLine &l, bool withBudget)
{
    Row row;
    if (withBudget)
        row << Cell::money(l.budget);
    row << Cell::money(l.received) << Cell::money(l.overhead) << Cell::money(l.paid);
    if (withBudget)
        row << Cell::money(l.left());
    return row;
}

class Writer
{
    Q_DECLARE_TR_FUNCTIONS(core::PurchaserReport)

public:
    explicit Writer(const PurchaserReport &r)
        : m_r(r)
    {}
    ReportDocument document();

private:
    ReportSection section(const char *key, const QString &title, const QString &sheet) const
    {
        ReportSection s;
        s.key = QString::fromLatin1(key);
        s.title = title;
        s.sheetName = sheet;
        if (m_r.running())
            s.asOf = tr("Figures %1: the period is still running.").arg(asOfText(m_r.countedTo));
        return s;
    }
    bool severalContracts() const { return m_r.contracts.size() > 1; }
    ReportSection summary() const;
    ReportSection posts() const;
    ReportSection attendance() const;
    ReportSection activities() const;
    ReportSection workload() const;
    ReportSection supervision() const;
    ReportSection evaluations() const;
    ReportSection funding() const;

    const PurchaserReport &m_r;
};

ReportDocument Writer::document()
{
    ReportDocument d;
    d.agency = m_r.agencyName;
    d.title = tr("Service report to the purchaser");
    d.subtitle = tr("One Street, One Social Worker — government-purchased service");
    QStringList purchasers, codes;
    for (const PurchaserReport::ContractLine &c : m_r.contracts) {
        if (!purchasers.contains(c.purchaser))
            purchasers << c.purchaser;
        codes << c.code;
    }
    d.cover << qMakePair(tr("Agency"), m_r.agencyName) << qMakePair(tr("Purchaser"), shortList(purchasers));
    if (m_r.request.contractId && !m_r.contracts.isEmpty()) {
        const PurchaserReport::ContractLine &c = m_r.contracts.first();
        d.cover << qMakePair(tr("Contract"), c.title.isEmpty() ? c.code : tr("%1 “%2”").arg(c.code, c.title))
                << qMakePair(tr("Term"), period(c.start, c.end));
    } else {
        d.cover << qMakePair(tr("Contracts"),
                             tr("%n contract(s): %1", nullptr, int(codes.size())).arg(shortList(codes)));
    }
    d.cover << qMakePair(tr("Covers"), tr("%1 · %n post(s)", nullptr, int(m_r.posts.size())).arg(m_r.scopeLabel));
    QString periodText = tr("%1 (%2)").arg(m_r.request.periodLabel, period(m_r.request.first, m_r.request.last));
    if (m_r.from != m_r.request.first || m_r.to != m_r.request.last)
        periodText += tr("; inside the contract's term %1").arg(period(m_r.from, m_r.to));
    d.cover << qMakePair(tr("Period"), periodText);
    d.cover << qMakePair(
        tr("Figures as of"),
        m_r.running() ? tr("%1 (the period is still running: %2)").arg(isoDate(m_r.countedTo), asOfText(m_r.countedTo))
                      : isoDate(m_r.countedTo));
    d.cover << qMakePair(tr("Prepared on"), isoDate(QDate::currentDate()));
    d.coverNote = tr("Attendance rule: %1.").arg(m_r.attendanceRule);
    d.footer = tr("%1 · %2 · %3").arg(m_r.agencyName, m_r.scopeLabel, m_r.request.periodLabel);
    d.sections << summary() << posts() << attendance() << activities() << workload() << supervision() << evaluations()
               << funding();
    d.signatures << tr("Agency (seal)") << tr("Person in charge (signature)") << tr("Purchaser's review")
                 << tr("Purchaser (seal)");
    return d;
}

ReportSection Writer::summary() const
{
    ReportSection s = section("summary", tr("Key figures"), tr("Key figures", "sheet"));
    ReportTable t;
    t.headers = {tr("Figure"), tr("Value"), tr("What it counts")};
    t.widths = {3, 1.6, 5};
    auto add = [&t](const QString &name, const Cell &value, const QString &what) {
        t.rows << Row{Cell::of(name), value, Cell::of(what)};
    };
    const AttendanceMonth &a = m_r.attendanceTotal;
    add(tr("Post-days in the contract's term"), Cell::count(m_r.postDaysTotal), tr("calendar days × posts"));
    add(tr("Post-days filled"), Cell::count(m_r.postDaysFilled), tr("days a placed worker held the post"));
    add(tr("Posts kept filled"), Cell::percent(m_r.fillRate()), tr("post-days filled ÷ post-days"));
    add(tr("Vacancies"), Cell::count(m_r.vacancies.size()), tr("runs of days a post stood empty"));
    add(tr("Placements started"), Cell::count(m_r.started.size()), tr("new placements in the period"));
    add(tr("Placements ended"), Cell::count(m_r.ended.size()), tr("placements that ended in the period"));
    add(tr("Handovers without a note"), Cell::count(m_r.handoversWithoutNote),
        tr("ended placements, no handover note"));
    add(tr("Attendance rate"), Cell::percent(a.rate()),
        tr("%1 ÷ (%2 − %3) days").arg(a.attendedDays).arg(a.requiredDays).arg(a.excusedDays));
    add(tr("Days not recorded"), Cell::count(a.unrecordedDays), tr("required days without attendance"));
    add(tr("Activities held"), Cell::count(m_r.activityTotal.total), tr("held in the period"));
    add(tr("Participants"), Cell::count(m_r.activityTotal.participants), tr("people who took part, summed"));
    add(tr("Applications pending"), Cell::count(m_r.applicationsPending), tr("waiting for review on the day counted"));
    add(tr("Administrative share"), Cell::percent(m_r.workloadTotal.adminShare()),
        tr("administrative ÷ all hours logged"));
    add(tr("Supervision sessions"), Cell::count(m_r.supervisionTotal.sessions), tr("sessions held"));
    add(tr("Follow-ups overdue"), Cell::count(m_r.followUpsOverdue.size()), tr("due and not done on the day counted"));
    add(tr("Exchange meetings"), Cell::count(m_r.meetings.size()), tr("meetings held"));
    int evaluated = 0;
    for (const PurchaserReport::GradeLine &g : m_r.evaluations)
        evaluated += g.total();
    add(tr("Evaluations"), Cell::count(evaluated), tr("of the period's workers"));
    add(tr("Funding received (yuan)"), Cell::money(m_r.fundingTotal.received), tr("up to the day counted"));
    add(tr("Overhead kept (yuan)"), Cell::money(m_r.fundingTotal.overhead), tr("up to the day counted"));
    add(tr("Paid to workers (yuan)"), Cell::money(m_r.fundingTotal.paid), tr("up to the day counted"));
    add(tr("Funding left (yuan)"), Cell::money(m_r.fundingTotal.left()), tr("received − overhead − paid"));
    add(tr("Average net monthly pay (yuan)"), Cell::money(m_r.payAverage()),
        tr("reference wage %1").arg(Cell::money(m_r.referenceWage).display()));
    s.tables << t;
    return s;
}

ReportSection Writer::posts() const
{
    ReportSection s = section("posts", tr("1. Posts and how well they were kept filled"), tr("Posts", "sheet"));
    s.notes << tr("Post-days are calendar days: each post's days inside the contract's term and the period, up to "
                  "%1; a day is filled when a placed worker holds the post.")
                   .arg(isoDate(m_r.countedTo));
    const bool contracts = severalContracts();
    ReportTable t;
    t.title = tr("Posts");
    t.headers = {tr("District"), tr("Street")};
    t.widths = {1.6, 2};
    if (contracts) {
        t.headers << tr("Contract");
        t.widths << 2;
    }
    t.headers << tr("Post-days") << tr("Filled") << tr("Kept filled") << tr("Workers placed");
    t.widths << 1.2 << 1.2 << 1.2 << 3;
    for (const PurchaserReport::PostLine &p : m_r.posts) {
        Row row{Cell::of(p.district), Cell::of(p.street)};
        if (contracts)
            row << Cell::of(p.contractCode);
        row << Cell::count(p.days) << Cell::count(p.filledDays)
            << Cell::percent(p.days > 0 ? std::optional<double>(double(p.filledDays) / double(p.days)) : std::nullopt)
            << Cell::of(p.holders.join(tr(", ", "between the names of a list")));
        t.rows << row;
    }
    Row total{Cell::of(tr("Total")), Cell::empty()};
    if (contracts)
        total << Cell::empty();
    total << Cell::count(m_r.postDaysTotal) << Cell::count(m_r.postDaysFilled) << Cell::percent(m_r.fillRate())
          << Cell::of(tr("%n post(s)", nullptr, int(m_r.posts.size())));
    t.rows << total;
    t.totalRows = 1;
    s.tables << t;

    ReportTable v;
    v.title = tr("Vacancies");
    v.headers = {tr("Street"), tr("Contract"), tr("From"), tr("To"), tr("Days"), tr("On the day counted")};
    v.widths = {2, 2, 1.5, 1.5, 1, 2};
    for (const PurchaserReport::Vacancy &x : m_r.vacancies)
        v.rows << Row{Cell::of(x.street),  Cell::of(x.contractCode),
                      Cell::day(x.from),   Cell::day(x.to),
                      Cell::count(x.days), Cell::of(x.open ? tr("still vacant") : tr("filled"))};
    v.empty = tr("No post stood empty.");
    s.tables << v;

    ReportTable c;
    c.title = tr("Placements started and ended");
    c.headers = {tr("Change"), tr("Worker"), tr("Street"), tr("Date"), tr("End reason"), tr("Handover note")};
    c.widths = {1.6, 1.4, 2, 1.5, 1.6, 1.4};
    for (const PurchaserReport::Change &x : m_r.started)
        c.rows << Row{Cell::of(x.contractBoundary ? tr("Started (first day of the contract)") : tr("Started")),
                      Cell::of(x.worker),
                      Cell::of(x.street),
                      Cell::day(x.day),
                      Cell::empty(),
                      Cell::empty()};
    for (const PurchaserReport::Change &x : m_r.ended)
        c.rows << Row{Cell::of(x.contractBoundary ? tr("Ended (last day of the contract)") : tr("Ended")),
                      Cell::of(x.worker),
                      Cell::of(x.street),
                      Cell::day(x.day),
                      Cell::of(x.reason ? label(*x.reason) : QString()),
                      Cell::of(x.hasNote ? tr("written") : tr("none"))};
    c.empty = tr("No placement started or ended.");
    c.note = tr("Handovers: %1 with a note, %2 without.").arg(m_r.handoversWithNote).arg(m_r.handoversWithoutNote);
    s.tables << c;
    return s;
}

ReportSection Writer::attendance() const
{
    ReportSection s = section("attendance", tr("2. Attendance"), tr("Attendance", "sheet"));
    s.notes << tr("Attendance rule: %1.").arg(m_r.attendanceRule)
            << tr("Required days are the working days of the calendar inside each placement; a required day "
                  "without a record counts against.");
    const QStringList days = {tr("Required"),
                              tr("Excused"),
                              tr("Attended"),
                              label(AttendanceStatus::SickLeave),
                              label(AttendanceStatus::PersonalLeave),
                              label(AttendanceStatus::Absent),
                              tr("Not recorded"),
                              tr("Rate")};
    ReportTable t;
    t.title = tr("Attendance per street");
    t.headers = QStringList{tr("District"), tr("Street")} + days;
    t.widths = {1.6, 2, 1, 1, 1, 1, 1, 1, 1, 1.1};
    for (const PurchaserReport::StreetFigures &x : m_r.streets)
        t.rows << (Row{Cell::of(x.district), Cell::of(x.street)} + attendanceCells(x.attendance));
    t.rows << (Row{Cell::of(tr("Total")), Cell::empty()} + attendanceCells(m_r.attendanceTotal));
    t.totalRows = 1;
    s.tables << t;

    ReportTable m;
    m.title = tr("Attendance per month");
    m.headers = QStringList{tr("Month"), tr("Counted to")} + days;
    m.widths = {1.3, 1.6, 1, 1, 1, 1, 1, 1, 1, 1.1};
    for (const AttendanceMonth &x : m_r.attendanceMonths)
        m.rows << (Row{Cell::of(x.month.toString(QStringLiteral("yyyy-MM"))), Cell::day(x.countedTo)} +
                   attendanceCells(x));
    m.note = tr("Days counted against (sick, personal leave, absence and days not recorded, as the rule says): %1.")
                 .arg(againstDays(m_r.attendanceTotal));
    s.tables << m;
    s.charts << QStringLiteral("attendance");
    return s;
}

ReportSection Writer::activities() const
{
    ReportSection s = section("activities", tr("3. Activities held"), tr("Activities", "sheet"));
    const ActivityMonth &a = m_r.activityTotal;
    ReportTable t;
    t.title = tr("By type");
    t.headers = {tr("Type"), tr("Activities"), tr("Participants")};
    t.widths = {3, 1.5, 1.5};
    for (ActivityType type : allValues<ActivityType>())
        t.rows << Row{Cell::of(label(type)), Cell::count(a.byType.value(type)),
                      Cell::count(a.participantsByType.value(type))};
    t.rows << Row{Cell::of(tr("Total")), Cell::count(a.total), Cell::count(a.participants)};
    t.totalRows = 1;
    s.tables << t;

    ReportTable g;
    g.title = tr("By target group");
    g.headers = {tr("Target group"), tr("Activities"), tr("Participants")};
    g.widths = {3, 1.5, 1.5};
    for (TargetGroup group : allValues<TargetGroup>())
        g.rows << Row{Cell::of(label(group)), Cell::count(a.byGroup.value(group)),
                      Cell::count(a.participantsByGroup.value(group))};
    g.note = tr("An activity for several target groups counts once in each of them.");
    s.tables << g;

    ReportTable p;
    p.title = tr("Applications");
    p.headers = {tr("Applications"), tr("Number")};
    p.widths = {4, 1.5};
    p.rows << Row{Cell::of(tr("Submitted in the period")), Cell::count(m_r.applicationsSubmitted)}
           << Row{Cell::of(tr("Approved in the period")), Cell::count(m_r.applicationsApproved)}
           << Row{Cell::of(tr("Rejected in the period")), Cell::count(m_r.applicationsRejected)}
           << Row{Cell::of(tr("Waiting for review on %1").arg(isoDate(m_r.countedTo))),
                  Cell::count(m_r.applicationsPending)};
    s.tables << p;

    ReportTable m;
    m.title = tr("Activities per month");
    m.headers = {tr("Month")};
    m.widths = {1.3};
    for (ActivityType type : allValues<ActivityType>()) {
        m.headers << label(type);
        m.widths << 1;
    }
    m.headers << tr("Total") << tr("Participants");
    m.widths << 1 << 1.2;
    for (const ActivityMonth &x : m_r.activityMonths) {
        Row row{Cell::of(x.month.toString(QStringLiteral("yyyy-MM")))};
        for (ActivityType type : allValues<ActivityType>())
            row << Cell::count(x.byType.value(type));
        row << Cell::count(x.total) << Cell::count(x.participants);
        m.rows << row;
    }
    s.tables << m;
    s.charts << QStringLiteral("activities") << QStringLiteral("activities-by-group");
    return s;
}

ReportSection Writer::workload() const
{
    ReportSection s = section("workload", tr("4. Professional and administrative work"), tr("Workload", "sheet"));
    s.notes << tr("Hours from the work log, for the days each worker was placed at the street.");
    ReportTable t;
    t.headers = {tr("District"), tr("Street"), tr("Professional (hours)"), tr("Administrative (hours)"),
                 tr("Administrative share")};
    t.widths = {1.6, 2, 1.6, 1.6, 1.4};
    for (const PurchaserReport::StreetFigures &x : m_r.streets)
        t.rows << (Row{Cell::of(x.district), Cell::of(x.street)} + workloadCells(x.workload));
    const WorkloadMonth outside = m_r.outsidePosts();
    if (outside.professionalMinutes + outside.adminMinutes > 0) {
        t.rows << (Row{Cell::of(tr("Outside any post")), Cell::empty()} + workloadCells(outside));
        t.note = tr("“Outside any post”: time logged on days the worker held no post; it counts in the total only.");
    }
    t.rows << (Row{Cell::of(tr("Total")), Cell::empty()} + workloadCells(m_r.workloadTotal));
    t.totalRows = 1;
    s.tables << t;
    return s;
}

ReportSection Writer::supervision() const
{
    ReportSection s = section("supervision", tr("5. Supervision and exchange"), tr("Supervision", "sheet"));
    ReportTable f;
    f.title = tr("Supervision sessions by form");
    f.headers = {tr("Form"), tr("Sessions")};
    f.widths = {3, 1.5};
    for (SupervisionForm form : allValues<SupervisionForm>())
        f.rows << Row{Cell::of(label(form)), Cell::count(m_r.supervisionTotal.byForm.value(form))};
    f.rows << Row{Cell::of(tr("Total")), Cell::count(m_r.supervisionTotal.sessions)};
    f.totalRows = 1;
    s.tables << f;

    ReportTable u;
    u.title = tr("Workers not supervised for %n day(s) or more on %1", nullptr, m_r.unsupervisedDays)
                  .arg(isoDate(m_r.countedTo));
    u.headers = {tr("Worker"), tr("Street"), tr("Last session"), tr("Days since")};
    u.widths = {1.6, 2, 1.6, 1.2};
    for (const SupervisionGap &g : m_r.unsupervised)
        u.rows << Row{Cell::of(g.workerName), Cell::of(g.streetName),
                      g.lastSession.isValid() ? Cell::day(g.lastSession) : Cell::of(tr("never")),
                      g.daysSince ? Cell::count(*g.daysSince) : Cell::empty()};
    u.empty = tr("Every placed worker was supervised within %n day(s).", nullptr, m_r.unsupervisedDays);
    u.note = tr("The threshold is the Settings' alert for unsupervised workers.");
    s.tables << u;

    ReportTable o;
    o.title = tr("Follow-ups");
    o.headers = {tr("Follow-ups"), tr("Number")};
    o.widths = {4, 1.5};
    o.rows << Row{Cell::of(tr("Due in the period")), Cell::count(m_r.followUpsDue)}
           << Row{Cell::of(tr("Done in the period")), Cell::count(m_r.followUpsDone)}
           << Row{Cell::of(tr("Overdue on %1").arg(isoDate(m_r.countedTo))), Cell::count(m_r.followUpsOverdue.size())};
    s.tables << o;

    ReportTable d;
    d.title = tr("Overdue follow-ups");
    d.headers = {tr("Worker"), tr("Action"), tr("Due"), tr("Days overdue")};
    d.widths = {1.4, 4, 1.5, 1.2};
    for (const PurchaserReport::OverdueFollowUp &x : m_r.followUpsOverdue)
        d.rows << Row{Cell::of(x.worker.isEmpty() ? tr("(the group)") : x.worker), Cell::of(x.action), Cell::day(x.due),
                      Cell::count(x.due.daysTo(m_r.countedTo))};
    d.empty = tr("No follow-up is overdue.");
    s.tables << d;

    ReportTable m;
    m.title = tr("Exchange meetings");
    m.headers = {tr("Date"), tr("Kind"), tr("Topic"), tr("Attendees"), tr("Of them, from these posts")};
    m.widths = {1.5, 1.6, 4, 1.2, 1.5};
    for (const PurchaserReport::Meeting &x : m_r.meetings)
        m.rows << Row{Cell::day(x.day), Cell::of(label(x.kind)), Cell::of(x.topic), Cell::count(x.attendees),
                      Cell::count(x.attendeesInScope)};
    m.empty = tr("No exchange meeting in the period.");
    s.tables << m;
    return s;
}

ReportSection Writer::evaluations() const
{
    ReportSection s = section("evaluations", tr("6. Evaluations"), tr("Evaluations", "sheet"));
    s.notes << tr("The evaluations of the periods inside %1, of the workers placed in these posts.")
                   .arg(m_r.request.periodLabel);
    const QList<Grade> grades = {Grade::Excellent, Grade::Good, Grade::Pass, Grade::Fail, Grade::None};
    ReportTable t;
    t.headers = {tr("Evaluation period")};
    t.widths = {2.2};
    for (Grade g : grades) {
        t.headers << label(g);
        t.widths << 1;
    }
    t.headers << tr("Total") << tr("Final") << tr("Draft") << tr("Interim");
    t.widths << 1 << 1 << 1 << 1;
    int finals = 0, drafts = 0, interim = 0;
    for (const PurchaserReport::GradeLine &x : m_r.evaluations) {
        Row row{Cell::of(x.period)};
        for (Grade g : grades)
            row << Cell::count(x.grades.value(g));
        row << Cell::count(x.total()) << Cell::count(x.finals) << Cell::count(x.drafts) << Cell::count(x.interim);
        finals += x.finals;
        drafts += x.drafts;
        interim += x.interim;
        t.rows << row;
    }
    if (!m_r.evaluations.isEmpty()) {
        Row total{Cell::of(tr("Total"))};
        for (Grade g : grades)
            total << Cell::count(m_r.gradeTotals.value(g));
        total << Cell::count(finals + drafts) << Cell::count(finals) << Cell::count(drafts) << Cell::count(interim);
        t.rows << total;
        t.totalRows = 1;
    }
    t.empty = tr("No evaluation of this period yet.");
    s.tables << t;
    return s;
}

ReportSection Writer::funding() const
{
    ReportSection s = section("funding", tr("7. Funding and pay"), tr("Funding", "sheet"));
    ReportTable t;
    t.title = tr("Funding up to %1").arg(isoDate(m_r.countedTo));
    t.headers = {tr("Contract"), tr("Budget"), tr("Received"), tr("Overhead kept"), tr("Paid to workers"), tr("Left")};
    t.widths = {2, 1.5, 1.5, 1.5, 1.5, 1.5};
    for (const PurchaserReport::FundingRow &f : m_r.funding)
        t.rows << (Row{Cell::of(f.contractCode)} + fundingCells(f.total, true));
    if (m_r.funding.size() > 1) {
        t.rows << (Row{Cell::of(tr("Total"))} + fundingCells(m_r.fundingTotal, true));
        t.totalRows = 1;
    }
    t.note = tr("Yuan. Left = received − overhead − paid.");
    s.tables << t;

    ReportTable p;
    p.title = tr("Funding in the period (%1)").arg(period(m_r.from, m_r.countedTo));
    p.headers = {tr("Contract"), tr("Received"), tr("Overhead kept"), tr("Paid to workers")};
    p.widths = {2, 1.5, 1.5, 1.5};
    for (const PurchaserReport::FundingRow &f : m_r.funding)
        p.rows << (Row{Cell::of(f.contractCode)} + fundingCells(f.period, false));
    if (m_r.funding.size() > 1) {
        p.rows << (Row{Cell::of(tr("Total"))} + fundingCells(m_r.fundingPeriod, false));
        p.totalRows = 1;
    }
    s.tables << p;

    ReportTable w;
    w.title = tr("Net monthly pay beside the reference wage (%1 yuan)").arg(Cell::money(m_r.referenceWage).display());
    w.headers = {tr("Worker"),          tr("Months paid"),  tr("Paid"),
                 tr("Monthly average"), tr("Lowest month"), tr("Months below the reference")};
    w.widths = {1.6, 1, 1.5, 1.5, 1.5, 1.5};
    Money lowest;
    for (const PurchaserReport::PayLine &x : m_r.pay) {
        w.rows << Row{Cell::of(x.worker),       Cell::count(x.months), Cell::money(x.total),
                      Cell::money(x.average()), Cell::money(x.lowest), Cell::count(x.monthsBelowReference)};
        lowest = lowest.fen() == 0 || x.lowest < lowest ? x.lowest : lowest;
    }
    if (!m_r.pay.isEmpty()) {
        w.rows << Row{Cell::of(tr("All workers")), Cell::count(m_r.payMonths()),
                      Cell::money(m_r.payTotal()), Cell::money(m_r.payAverage()),
                      Cell::money(lowest),         Cell::count(m_r.payMonthsBelowReference())};
        w.totalRows = 1;
    }
    w.empty = tr("No pay recorded for the months of the period.");
    s.tables << w;
    return s;
}

} // namespace

ReportDocument reportDocument(const PurchaserReport &report)
{
    return Writer(report).document();
}

} // namespace core
