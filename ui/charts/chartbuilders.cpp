// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The month-by-month charts: attendance, activities, workload; the chart registry.
#include "chartbuilders.h"

#include "chartseries.h"
#include "chartstyle.h"
#include "core/organisation.h"
#include "core/worker.h"

#include <QBarSet>
#include <QCategoryAxis>
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

QDate ChartRequest::asOf() const
{
    const QDate last = range.lastDay();
    return last.isValid() && last < today ? last : today;
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
    if (withPeriod)
        parts << tr("%1 to %2").arg(monthLabel(request.range.firstDay()), monthLabel(request.range.lastDay()));
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

core::Result<std::unique_ptr<QChart>> AttendanceChart::build(const core::Database &db,
                                                             const ChartRequest &request) const
{
    auto months = core::Reports(db).attendance(request.range, request.scope());
    if (!months)
        return months.error();
    const QList<core::AttendanceMonth> data = months.value();

    auto chart = newChart(tr("Attendance rate per month"), describe(db, request));
    auto *series = new QLineSeries;
    series->setName(tr("Attendance rate"));
    series->setPointsVisible(data.size() <= 36); // ten years of dots would hide the line
    // Set before the chart's theme would colour it, so the colour must be given here too.
    series->setPen(QPen(QColor(0x20, 0x9f, 0xdf), 2.5));
    // A month without required days has no rate: the line skips it rather than dropping to 0.
    for (int i = 0; i < data.size(); ++i)
        if (auto rate = data.at(i).rate())
            series->append(i, *rate * 100.0);
    chart->addSeries(series);

    QList<QDate> axisMonths;
    for (const auto &m : data)
        axisMonths << m.month;
    auto *x = monthAxis(axisMonths);
    auto *y = percentAxis(tr("Attendance rate (%)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    QObject::connect(series, &QLineSeries::hovered, series, [data](const QPointF &point, bool state) {
        const int i = qRound(point.x());
        if (!state || i < 0 || i >= data.size()) {
            showToolTip({});
            return;
        }
        const core::AttendanceMonth &m = data.at(i);
        showToolTip(tr("%1: attendance %2\nRequired days: %3\nPresent days: %4\n%5: %6, %7: %8, %9: %10, %11: %12\n"
                       "Not recorded: %13")
                        .arg(monthLabel(m.month), m.rate() ? percent(*m.rate()) : tr("no required days"))
                        .arg(m.requiredDays)
                        .arg(m.presentDays)
                        .arg(core::label(core::AttendanceStatus::Absent))
                        .arg(m.absentDays)
                        .arg(core::label(core::AttendanceStatus::SickLeave))
                        .arg(m.sickDays)
                        .arg(core::label(core::AttendanceStatus::PersonalLeave))
                        .arg(m.personalDays)
                        .arg(core::label(core::AttendanceStatus::AnnualLeave))
                        .arg(m.annualDays)
                        .arg(m.unrecordedDays));
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

core::Result<std::unique_ptr<QChart>> ActivityChart::build(const core::Database &db, const ChartRequest &request) const
{
    core::ActivityFilter filter;
    filter.basis = core::ActivityFilter::Basis::Held;
    filter.districtId = request.districtId;
    filter.streetId = request.streetId;
    filter.workerId = request.workerId;
    auto months = core::Reports(db).activities(request.range, filter);
    if (!months)
        return months.error();
    const QList<core::ActivityMonth> data = months.value();

    const bool byType = m_split == Split::ByType;
    auto chart =
        newChart(byType ? tr("Activities held per month, by type") : tr("Activities held per month, by target group"),
                 describe(db, request));
    QStackedBarSeries *series =
        byType ? stackedByEnum<core::ActivityType>(data, [](const core::ActivityMonth &m) { return m.byType; })
               : stackedByEnum<core::TargetGroup>(data, [](const core::ActivityMonth &m) { return m.byGroup; });
    chart->addSeries(series);
    QList<QDate> axisMonths;
    for (const auto &m : data)
        axisMonths << m.month;
    auto *x = monthAxis(axisMonths);
    // An activity counts once in each of its target groups, so the group stacks may exceed the total.
    auto *y = valueAxis(byType ? tr("Activities held") : tr("Activities held (once per target group)"),
                        largestStack(series), 5);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    addBarToolTips(
        series, data, [](const core::ActivityMonth &m) { return m.total; }, tr("All activities"));
    return chart;
}

core::Result<std::unique_ptr<QChart>> WorkloadChart::build(const core::Database &db, const ChartRequest &request) const
{
    auto months = core::Reports(db).workload(request.range, request.scope());
    if (!months)
        return months.error();
    const QList<core::WorkloadMonth> data = months.value();

    auto chart = newChart(tr("Professional and administrative hours per month"), describe(db, request));
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.75);
    auto *professional = new QBarSet(tr("Professional services"));
    auto *admin = new QBarSet(tr("Administrative work"));
    auto *share = new QLineSeries;
    share->setName(tr("Administrative share (%)"));
    share->setPointsVisible(data.size() <= 36);
    share->setPen(QPen(QColor(0xc0, 0x39, 0x2b), 2.5));
    for (int i = 0; i < data.size(); ++i) {
        *professional << double(data.at(i).professionalMinutes) / 60.0;
        *admin << double(data.at(i).adminMinutes) / 60.0;
        if (auto s = data.at(i).adminShare())
            share->append(i, *s * 100.0);
    }
    series->append(professional);
    series->append(admin);
    chart->addSeries(series);
    chart->addSeries(share);

    QList<QDate> axisMonths;
    for (const auto &m : data)
        axisMonths << m.month;
    auto *x = monthAxis(axisMonths);
    auto *y = valueAxis(tr("Hours"), largestStack(series), 10);
    auto *right = percentAxis(tr("Administrative share (%)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    series->attachAxis(x);
    series->attachAxis(y);
    share->attachAxis(x);
    share->attachAxis(right);

    auto tip = [data](int i) {
        if (i < 0 || i >= data.size())
            return QString();
        const core::WorkloadMonth &m = data.at(i);
        return tr("%1\nProfessional services: %2 h\nAdministrative work: %3 h\nAdministrative share: %4")
            .arg(monthLabel(m.month), hours(m.professionalMinutes), hours(m.adminMinutes),
                 m.adminShare() ? percent(*m.adminShare()) : tr("no time logged"));
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
