// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The month-by-month charts: attendance, activities, workload; the chart registry.
#include "chartbuilders.h"

#include "chartseries.h"
#include "chartstyle.h"
#include "core/attendancerule.h"
#include "core/organisation.h"
#include "core/worker.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace ui::charts {

core::Scope ChartRequest::scope() const
{
    if (workerId)
        return core::Scope::worker(*workerId);
    if (streetId)
        return core::Scope::street(*streetId);
    if (districtId)
        return core::Scope::district(*districtId);
    return core::Scope::agency();
}

QDate ChartRequest::lastCounted() const
{
    return range.countedTo(asOf);
}

core::Result<std::unique_ptr<QChart>> ChartBuilder::build(const core::Database &db, const ChartRequest &request) const
{
    auto values = data(db, request);
    if (!values)
        return values.error();
    return draw(values.value());
}

ChartData ChartBuilder::start(const ChartRequest &request, const QString &title, const QString &subtitle) const
{
    ChartData d;
    d.key = key();
    d.title = title;
    d.subtitle = subtitle;
    d.asOf = request.asOf;
    return d;
}

QString ChartBuilder::asOfNote(const ChartRequest &request)
{
    const QDate first = request.range.firstDay();
    const QDate last = request.range.lastDay();
    if (!request.asOf.isValid() || !first.isValid() || request.asOf >= last)
        return {};
    if (request.asOf < first)
        return tr("nothing counted after %1").arg(core::isoDate(request.asOf));
    const QDate running(request.asOf.year(), request.asOf.month(), 1);
    if (request.asOf == running.addMonths(1).addDays(-1))
        return tr("counted up to %1").arg(core::isoDate(request.asOf));
    return tr("%1 %2").arg(monthLabel(running), core::asOfText(request.asOf));
}

QString ChartBuilder::describe(const core::Database &db, const ChartRequest &request, bool withScope, bool withPeriod)
{
    QStringList parts;
    if (withScope) {
        const core::OrganisationRepository organisation(db);
        if (request.districtId) {
            auto d = organisation.district(*request.districtId);
            parts << tr("District %1").arg(d ? d->name : QString::number(*request.districtId));
        }
        if (request.streetId) {
            auto s = organisation.street(*request.streetId);
            parts << tr("Street %1").arg(s ? s->name : QString::number(*request.streetId));
        }
        if (request.workerId) {
            auto w = core::WorkerRepository(db).get(*request.workerId);
            parts << tr("Worker %1").arg(w ? w->name : QString::number(*request.workerId));
        }
        if (parts.isEmpty())
            parts << tr("Whole agency");
    }
    if (withPeriod) {
        parts << tr("%1 to %2").arg(monthLabel(request.range.firstDay()), monthLabel(request.range.lastDay()));
        if (const QString note = asOfNote(request); !note.isEmpty())
            parts << note;
    }
    return parts.join(QStringLiteral(" · "));
}

namespace {

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QStringLiteral(" %");
}

QString hours(qint64 minutes)
{
    return QLocale().toString(double(minutes) / 60.0, 'f', 1);
}

} // namespace

core::Result<ChartData> AttendanceChart::data(const core::Database &db, const ChartRequest &request) const
{
    auto months = core::Reports(db).attendance(request.range, request.scope(), request.asOf);
    if (!months)
        return months.error();
    ChartData d = start(request, tr("Attendance rate per month"), describe(db, request));
    const core::AttendanceRule rule = core::AttendanceRule::load(db);
    d.note = rule.describe();
    const QString name = tr("Attendance rate");
    for (int i = 0; i < months->size(); ++i) {
        const core::AttendanceMonth &m = months->at(i);
        ChartPoint p;
        p.series = name;
        p.category = i;
        p.label = monthLabel(m.month);
        p.month = m.month;
        // A month without required days has no rate: the line skips it rather than dropping to 0.
        if (const auto rate = m.rate())
            p.value = *rate * 100.0;
        p.numerator = m.attendedDays;
        p.denominator = m.requiredDays - m.excusedDays;
        p.partial = m.running();
        QString counted;
        if (!m.countedTo.isValid())
            counted = tr("not begun on %1").arg(core::isoDate(request.asOf));
        else if (m.running())
            counted = core::asOfText(m.countedTo);
        p.detail = tr("%1: attendance %2\nRequired days: %3\nAttended days: %4\nExcused days: %5\n"
                      "%6: %7, %8: %9, %10: %11, %12: %13\nNot recorded: %14")
                       .arg(counted.isEmpty() ? p.label : p.label + QLatin1Char(' ') + counted,
                            m.rate() ? percent(*m.rate()) : tr("no required days"))
                       .arg(m.requiredDays)
                       .arg(m.attendedDays)
                       .arg(m.excusedDays)
                       .arg(core::label(core::AttendanceStatus::Absent))
                       .arg(m.absentDays)
                       .arg(core::label(core::AttendanceStatus::SickLeave))
                       .arg(m.sickDays)
                       .arg(core::label(core::AttendanceStatus::PersonalLeave))
                       .arg(m.personalDays)
                       .arg(core::label(core::AttendanceStatus::AnnualLeave))
                       .arg(m.annualDays)
                       .arg(m.unrecordedDays) +
                   QLatin1Char('\n') + d.note;
        d.points << p;
    }
    return d;
}

std::unique_ptr<QChart> AttendanceChart::draw(const ChartData &data) const
{
    auto chart = newChart(data.title, data.subtitle);
    auto *series = new QLineSeries;
    series->setName(data.points.isEmpty() ? tr("Attendance rate") : data.points.first().series);
    series->setPointsVisible(data.points.size() <= 36); // ten years of dots would hide the line
    // Set before the chart's theme would colour it, so the colour must be given here too.
    series->setPen(QPen(QColor(0x20, 0x9f, 0xdf), 2.5));
    // A month still running is drawn dashed from the month before: its rate rests on fewer days.
    auto *running = new QLineSeries;
    running->setName(series->name());
    running->setPointsVisible(true);
    running->setPen(QPen(QColor(0x20, 0x9f, 0xdf), 2.0, Qt::DashLine));
    const ChartPoint *previous = nullptr;
    for (const ChartPoint &p : data.points) {
        if (!p.value)
            continue;
        if (p.partial) {
            if (previous && previous->category == p.category - 1)
                running->append(previous->category, *previous->value);
            running->append(p.category, *p.value);
        } else {
            series->append(p.category, *p.value);
        }
        previous = &p;
    }
    chart->addSeries(series);
    chart->addSeries(running);
    if (running->count() == 0)
        running->setVisible(false);
    for (QLegendMarker *marker : chart->legend()->markers(running))
        marker->setVisible(false);

    auto *x = monthAxis(monthsOf(data));
    auto *y = percentAxis(tr("Attendance rate (%)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *line : {series, running}) {
        line->attachAxis(x);
        line->attachAxis(y);
    }

    const QList<ChartPoint> points = data.points;
    for (QLineSeries *line : {series, running})
        QObject::connect(line, &QLineSeries::hovered, line, [points](const QPointF &point, bool state) {
            const int i = qRound(point.x());
            showToolTip(state && i >= 0 && i < points.size() ? points.at(i).detail : QString());
        });
    return chart;
}

QString ActivityChart::key() const
{
    return m_split == Split::ByType ? QStringLiteral("activities") : QStringLiteral("activities-by-group");
}

QString ActivityChart::title() const
{
    return m_split == Split::ByType ? tr("Activities by type") : tr("Activities by target group");
}

core::Result<ChartData> ActivityChart::data(const core::Database &db, const ChartRequest &request) const
{
    core::ActivityFilter filter;
    filter.basis = core::ActivityFilter::Basis::Held;
    filter.districtId = request.districtId;
    filter.streetId = request.streetId;
    filter.workerId = request.workerId;
    auto months = core::Reports(db).activities(request.range, filter, request.asOf);
    if (!months)
        return months.error();
    const bool byType = m_split == Split::ByType;
    ChartData d = start(
        request, byType ? tr("Activities held per month, by type") : tr("Activities held per month, by target group"),
        describe(db, request));
    const auto total = [](const core::ActivityMonth &m) {
        return m.total;
    };
    if (byType)
        addSplitPoints<core::ActivityType>(
            d, months.value(), [](const core::ActivityMonth &m) { return m.byType; }, total, tr("All activities"));
    else
        addSplitPoints<core::TargetGroup>(
            d, months.value(), [](const core::ActivityMonth &m) { return m.byGroup; }, total, tr("All activities"));
    return d;
}

std::unique_ptr<QChart> ActivityChart::draw(const ChartData &data) const
{
    // An activity counts once in each of its target groups, so the group stacks may exceed the total.
    return stackedMonthChart(
        data, m_split == Split::ByType ? tr("Activities held") : tr("Activities held (once per target group)"), 5);
}

namespace {

QString professionalName()
{
    return WorkloadChart::tr("Professional services");
}
QString adminName()
{
    return WorkloadChart::tr("Administrative work");
}
QString shareName()
{
    return WorkloadChart::tr("Administrative share (%)");
}

} // namespace

core::Result<ChartData> WorkloadChart::data(const core::Database &db, const ChartRequest &request) const
{
    auto months = core::Reports(db).workload(request.range, request.scope(), request.asOf);
    if (!months)
        return months.error();
    ChartData d = start(request, tr("Professional and administrative hours per month"), describe(db, request));
    QList<ChartPoint> professional, admin, share;
    for (int i = 0; i < months->size(); ++i) {
        const core::WorkloadMonth &m = months->at(i);
        const qint64 all = m.professionalMinutes + m.adminMinutes;
        const QString tip = tr("%1\nProfessional services: %2 h\nAdministrative work: %3 h\nAdministrative share: %4")
                                .arg(monthLabel(m.month), hours(m.professionalMinutes), hours(m.adminMinutes),
                                     m.adminShare() ? percent(*m.adminShare()) : tr("no time logged"));
        ChartPoint p;
        p.category = i;
        p.label = monthLabel(m.month);
        p.month = m.month;
        p.denominator = double(all);
        p.detail = tip;
        p.series = professionalName();
        p.value = double(m.professionalMinutes) / 60.0;
        p.numerator = double(m.professionalMinutes);
        professional << p;
        p.series = adminName();
        p.value = double(m.adminMinutes) / 60.0;
        p.numerator = double(m.adminMinutes);
        admin << p;
        p.series = shareName();
        p.value = m.adminShare() ? std::optional<double>(*m.adminShare() * 100.0) : std::nullopt;
        share << p;
    }
    d.points << professional << admin << share;
    return d;
}

std::unique_ptr<QChart> WorkloadChart::draw(const ChartData &data) const
{
    auto chart = newChart(data.title, data.subtitle);
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.75);
    auto *professional = new QBarSet(professionalName());
    auto *admin = new QBarSet(adminName());
    auto *share = new QLineSeries;
    share->setName(shareName());
    const QList<ChartPoint> shares = data.series(shareName());
    share->setPointsVisible(shares.size() <= 36);
    share->setPen(QPen(QColor(0xc0, 0x39, 0x2b), 2.5));
    for (const ChartPoint &p : data.series(professionalName()))
        *professional << p.value.value_or(0);
    for (const ChartPoint &p : data.series(adminName()))
        *admin << p.value.value_or(0);
    for (const ChartPoint &p : shares)
        if (p.value)
            share->append(p.category, *p.value);
    series->append(professional);
    series->append(admin);
    chart->addSeries(series);
    chart->addSeries(share);

    auto *x = monthAxis(monthsOf(data));
    auto *y = valueAxis(tr("Hours"), largestStack(series), 10);
    auto *right = percentAxis(shareName());
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    series->attachAxis(x);
    series->attachAxis(y);
    share->attachAxis(x);
    share->attachAxis(right);

    QStringList tips;
    for (const ChartPoint &p : shares)
        tips << p.detail;
    auto tip = [tips](int i) {
        return i >= 0 && i < tips.size() ? tips.at(i) : QString();
    };
    for (QBarSet *set : {professional, admin})
        QObject::connect(set, &QBarSet::hovered, set,
                         [tip](bool state, int i) { showToolTip(state ? tip(i) : QString()); });
    QObject::connect(share, &QLineSeries::hovered, share,
                     [tip](const QPointF &p, bool state) { showToolTip(state ? tip(qRound(p.x())) : QString()); });
    return chart;
}

std::vector<std::unique_ptr<ChartBuilder>> allCharts()
{
    std::vector<std::unique_ptr<ChartBuilder>> charts;
    charts.push_back(std::make_unique<AttendanceChart>());
    charts.push_back(std::make_unique<ActivityChart>(ActivityChart::Split::ByType));
    charts.push_back(std::make_unique<ActivityChart>(ActivityChart::Split::ByGroup));
    charts.push_back(std::make_unique<WorkloadChart>());
    charts.push_back(std::make_unique<SupervisionChart>());
    charts.push_back(std::make_unique<SupervisionGapChart>());
    charts.push_back(std::make_unique<FundingChart>());
    charts.push_back(std::make_unique<PayChart>());
    return charts;
}

std::unique_ptr<ChartBuilder> chartFor(const QString &key)
{
    for (auto &chart : allCharts())
        if (chart->key() == key)
            return std::move(chart);
    return nullptr;
}

QStringList chartKeys()
{
    QStringList keys;
    for (const auto &chart : allCharts())
        keys << chart->key();
    return keys;
}

} // namespace ui::charts
