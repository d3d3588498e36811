// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The charts about people and money: supervision, unsupervised days, funding, net pay.
#include "chartbuilders.h"
#include "chartseries.h"
#include "chartstyle.h"
#include "core/contract.h"
#include "core/organisation.h"
#include "core/settings.h"

#include <QBarSeries>
#include <QCategoryAxis>
#include <QHash>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QSet>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ui::charts {

namespace {

QString yuan(double value)
{
    return QLocale().toCurrencyString(value, QStringLiteral("¥"), 2);
}

double toYuan(core::Money money)
{
    return double(money.fen()) / 100.0;
}

// A marker line across the whole category axis at `value` (a threshold, a reference wage).
QLineSeries *markerLine(const QString &name, double value, int categories, bool vertical)
{
    auto *line = new QLineSeries;
    line->setName(name);
    QPen pen(QColor(0xc0, 0x39, 0x2b), 2.0, Qt::DashLine);
    line->setPen(pen);
    const double low = -0.5, high = std::max(0, categories - 1) + 0.5;
    if (vertical) {
        line->append(value, low);
        line->append(value, high);
    } else {
        line->append(low, value);
        line->append(high, value);
    }
    return line;
}

} // namespace

core::Result<ChartData> SupervisionChart::data(const core::Database &db, const ChartRequest &request) const
{
    auto months = core::Reports(db).supervisionSessions(request.range, request.asOf);
    if (!months)
        return months.error();
    ChartData d = start(request, tr("Supervision sessions per month, by form"),
                        tr("Whole agency") + QStringLiteral(" · ") + describe(db, request, false));
    addSplitPoints<core::SupervisionForm>(
        d, months.value(), [](const core::SupervisionMonth &m) { return m.byForm; },
        [](const core::SupervisionMonth &m) { return m.sessions; }, tr("All sessions"));
    return d;
}

std::unique_ptr<QChart> SupervisionChart::draw(const ChartData &data) const
{
    return stackedMonthChart(data, tr("Sessions"), 5);
}

namespace {

QString daysName()
{
    return SupervisionGapChart::tr("Days since the last session");
}
QString neverName()
{
    return SupervisionGapChart::tr("Never supervised");
}

} // namespace

core::Result<ChartData> SupervisionGapChart::data(const core::Database &db, const ChartRequest &request) const
{
    const QDate asOf = request.lastCounted();
    auto gaps = core::Reports(db).supervisionGaps(asOf);
    if (!gaps)
        return gaps.error();
    auto settings = core::Settings::load(db);
    if (!settings)
        return settings.error();
    const int threshold = settings->alertUnsupervisedDays;

    std::optional<QSet<qint64>> streets; // of the district asked for
    if (request.districtId && !request.streetId) {
        auto list = core::OrganisationRepository(db).streets(*request.districtId);
        if (!list)
            return list.error();
        streets.emplace();
        for (const auto &s : list.value())
            streets->insert(s.id);
    }
    // The report lists the longest unsupervised first; keep those in scope.
    QList<core::SupervisionGap> shown;
    int inScope = 0;
    for (const core::SupervisionGap &g : gaps.value()) {
        if ((request.workerId && g.workerId != *request.workerId) ||
            (request.streetId && g.streetId != *request.streetId) || (streets && !streets->contains(g.streetId)))
            continue;
        ++inScope;
        if (shown.size() < kMaxWorkers)
            shown.append(g);
    }
    // Horizontal bars grow upwards from index 0: the longest goes last, so it is drawn on top.
    std::reverse(shown.begin(), shown.end());

    ChartData d =
        start(request, tr("Days since the last supervision session"),
              describe(db, request, true, false) + QStringLiteral(" · ") +
                  tr("placed workers on %1: the %n longest", nullptr, int(shown.size())).arg(core::isoDate(asOf)) +
                  (inScope > shown.size() ? tr(" of %1").arg(inScope) : QString()));
    d.asOf = asOf;
    d.markers << ChartMarker{tr("Alert threshold (%n days)", nullptr, threshold), double(threshold)};
    for (int i = 0; i < shown.size(); ++i) {
        const core::SupervisionGap &g = shown.at(i);
        ChartPoint p;
        p.category = i;
        p.label = g.workerName;
        p.denominator = threshold;
        if (g.daysSince) {
            p.series = daysName();
            p.value = *g.daysSince;
            p.numerator = *g.daysSince;
            p.detail = tr("%1 (%2)\nLast session: %3\n%n days before %4", nullptr, *g.daysSince)
                           .arg(g.workerName, g.streetName, core::isoDate(g.lastSession), core::isoDate(asOf));
        } else {
            p.series = neverName();
            p.detail = tr("%1 (%2)\nNever supervised").arg(g.workerName, g.streetName);
        }
        d.points << p;
    }
    return d;
}

std::unique_ptr<QChart> SupervisionGapChart::draw(const ChartData &data) const
{
    auto chart = newChart(data.title, data.subtitle);
    const QStringList names = data.categories();
    const double threshold = data.markers.isEmpty() ? 0 : data.markers.first().value;
    double longest = threshold;
    bool anyNever = false;
    for (const ChartPoint &p : data.points) {
        longest = std::max(longest, p.value.value_or(0));
        anyNever = anyNever || !p.value;
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    auto *days = new QBarSet(daysName());
    auto *never = new QBarSet(neverName());
    never->setColor(QColor(0x7f, 0x8c, 0x8d));
    auto *valueAxisX = valueAxis(tr("Days"), longest, 10);
    const double full = valueAxisX->max();
    QList<double> dayValues(names.size(), 0.0), neverValues(names.size(), 0.0);
    QStringList tips(names.size());
    for (const ChartPoint &p : data.points) {
        (p.value ? dayValues : neverValues)[p.category] = p.value ? *p.value : full;
        tips[p.category] = p.detail;
    }
    for (int i = 0; i < names.size(); ++i) {
        *days << dayValues.at(i);
        *never << neverValues.at(i);
    }
    series->append(days);
    // "Never supervised" only takes a place in the legend when someone never was.
    if (anyNever)
        series->append(never);
    else
        delete never;
    chart->addSeries(series);
    auto *line =
        markerLine(data.markers.isEmpty() ? QString() : data.markers.first().name, threshold, int(names.size()), true);
    chart->addSeries(line);
    auto *y = itemAxis(names, tr("Social worker"));
    chart->addAxis(valueAxisX, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(series), static_cast<QAbstractSeries *>(line)}) {
        s->attachAxis(valueAxisX);
        s->attachAxis(y);
    }
    for (QBarSet *set : series->barSets())
        QObject::connect(set, &QBarSet::hovered, set, [tips](bool state, int i) {
            showToolTip(state && i >= 0 && i < tips.size() ? tips.at(i) : QString());
        });
    return chart;
}

namespace {

// The bar sets of the funding chart, in legend order.
QStringList fundingNames()
{
    return {core::label(core::FundingKind::Receipt), core::label(core::FundingKind::Overhead),
            core::label(core::FundingKind::Pay), FundingChart::tr("Left")};
}

} // namespace

core::Result<ChartData> FundingChart::data(const core::Database &db, const ChartRequest &request) const
{
    auto lines = core::Reports(db).fundingByContract(request.asOf);
    if (!lines)
        return lines.error();
    auto contracts = core::ContractRepository(db).list();
    if (!contracts)
        return contracts.error();
    QHash<qint64, core::Contract> terms;
    for (const auto &c : contracts.value())
        terms.insert(c.id, c);
    // The report is ordered by start date: keep the latest contracts whose term meets the range.
    QList<core::FundingLine> shown;
    int overlapping = 0;
    for (const auto &line : lines.value()) {
        const core::Contract c = terms.value(line.contractId);
        if (c.status == core::ContractStatus::Draft || c.start > request.range.lastDay() ||
            c.end < request.range.firstDay())
            continue;
        ++overlapping;
        shown.append(line);
        if (shown.size() > kMaxContracts)
            shown.removeFirst();
    }

    const QString note = asOfNote(request);
    ChartData d = start(
        request, tr("Funding per contract (yuan)"),
        tr("Contracts running between %1 and %2")
                .arg(monthLabel(request.range.firstDay()), monthLabel(request.range.lastDay())) +
            (overlapping > shown.size() ? tr(" · the latest %1 of %2").arg(shown.size()).arg(overlapping) : QString()) +
            (note.isEmpty() ? QString() : QStringLiteral(" · ") + tr("entries %1").arg(core::asOfText(request.asOf))));
    const QStringList names = fundingNames();
    for (int k = 0; k < 4; ++k) {
        for (int i = 0; i < shown.size(); ++i) {
            const core::FundingLine &line = shown.at(i);
            const core::Money amounts[4] = {line.received, line.overhead, line.paid, line.left()};
            ChartPoint p;
            p.series = names[k];
            p.category = i;
            p.label = line.contractCode;
            p.value = toYuan(amounts[k]);
            p.numerator = toYuan(amounts[k]);
            p.denominator = toYuan(line.budget);
            p.detail = tr("%1 · %2: %3\nBudget: %4")
                           .arg(line.contractCode, names[k], yuan(toYuan(amounts[k])), yuan(toYuan(line.budget)));
            d.points << p;
        }
    }
    return d;
}

std::unique_ptr<QChart> FundingChart::draw(const ChartData &data) const
{
    auto chart = newChart(data.title, data.subtitle);
    auto *series = new QBarSeries;
    series->setBarWidth(0.8);
    const QStringList codes = data.categories();
    double largest = 0, lowest = 0;
    for (const QString &name : fundingNames()) {
        auto *set = new QBarSet(name);
        QStringList tips(codes.size());
        QList<double> values(codes.size(), 0.0);
        for (const ChartPoint &p : data.series(name)) {
            values[p.category] = p.value.value_or(0);
            tips[p.category] = p.detail;
            largest = std::max(largest, p.value.value_or(0));
            lowest = std::min(lowest, p.value.value_or(0));
        }
        for (double v : values)
            *set << v;
        QObject::connect(set, &QBarSet::hovered, set, [tips](bool state, int i) {
            showToolTip(state && i >= 0 && i < tips.size() ? tips.at(i) : QString());
        });
        series->append(set);
    }
    chart->addSeries(series);
    auto *x = itemAxis(codes, tr("Contract"));

    auto *y = valueAxis(tr("Yuan"), largest, 100);
    if (lowest < 0) {
        // Spent beyond what was received: extend the axis below zero by whole ticks only, so
        // the nice steps above zero stay as they are.
        const double step = y->max() / std::max(1, y->tickCount() - 1);
        const int below = int(std::ceil(-lowest / step));
        y->setRange(-below * step, y->max());
        y->setTickCount(y->tickCount() + below);
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

core::Result<ChartData> PayChart::data(const core::Database &db, const ChartRequest &request) const
{
    const core::Reports reports(db);
    auto pay = reports.monthlyPay(request.range, request.workerId);
    if (!pay)
        return pay.error();
    const double reference = toYuan(reports.referenceWage());
    ChartRequest onlyWorker;
    onlyWorker.range = request.range;
    onlyWorker.workerId = request.workerId;
    onlyWorker.asOf = request.asOf;
    const ChartMarker marker{tr("Reference wage (%1)").arg(yuan(reference)), reference};

    if (request.workerId) {
        // One worker: the net pay of each month of the range.
        const QList<QDate> months = request.range.months();
        QHash<QDate, core::Money> byMonth;
        for (const auto &p : pay.value())
            byMonth[p.month] += p.paid;
        ChartData d = start(request, tr("Net pay per month"), describe(db, onlyWorker));
        d.markers << marker;
        for (int i = 0; i < months.size(); ++i) {
            ChartPoint p;
            p.series = tr("Net pay");
            p.category = i;
            p.label = monthLabel(months.at(i));
            p.month = months.at(i);
            p.value = toYuan(byMonth.value(months.at(i)));
            p.numerator = p.value;
            p.denominator = reference;
            p.detail = tr("%1: %2\nReference wage: %3").arg(p.label, yuan(*p.value), yuan(reference));
            d.points << p;
        }
        return d;
    }

    // Every worker: the average of the months they were paid in, the lowest first.
    struct Average
    {
        qint64 workerId = 0;
        QString name;
        core::Money total;
        int months = 0;
        double yuanPerMonth() const { return months > 0 ? toYuan(total) / months : 0.0; }
    };
    QList<Average> averages;
    QHash<qint64, qsizetype> index;
    for (const auto &p : pay.value()) {
        auto it = index.find(p.workerId);
        if (it == index.end()) {
            it = index.insert(p.workerId, averages.size());
            averages.append({p.workerId, p.workerName, {}, 0});
        }
        averages[*it].total += p.paid;
        averages[*it].months += 1;
    }
    std::stable_sort(averages.begin(), averages.end(),
                     [](const Average &a, const Average &b) { return a.yuanPerMonth() < b.yuanPerMonth(); });
    const qsizetype all = averages.size();
    if (averages.size() > kMaxWorkers)
        averages.resize(kMaxWorkers);
    std::reverse(averages.begin(), averages.end()); // the lowest on top

    ChartData d = start(request, tr("Average net monthly pay per worker"),
                        describe(db, onlyWorker) + QStringLiteral(" · ") +
                            (all > averages.size() ? tr("the lowest %1 of %2 workers").arg(averages.size()).arg(all)
                                                   : tr("%n workers", nullptr, int(all))));
    d.markers << marker;
    for (int i = 0; i < averages.size(); ++i) {
        const Average &a = averages.at(i);
        ChartPoint p;
        p.series = tr("Average net pay per month");
        p.category = i;
        p.label = a.name;
        p.value = a.yuanPerMonth();
        p.numerator = toYuan(a.total);
        p.denominator = a.months;
        p.detail = tr("%1: %2 per month on average (%n paid months)\nReference wage: %3", nullptr, a.months)
                       .arg(a.name, yuan(a.yuanPerMonth()), yuan(reference));
        d.points << p;
    }
    return d;
}

std::unique_ptr<QChart> PayChart::draw(const ChartData &data) const
{
    auto chart = newChart(data.title, data.subtitle);
    const double reference = data.markers.isEmpty() ? 0 : data.markers.first().value;
    const QString markerName = data.markers.isEmpty() ? QString() : data.markers.first().name;
    const QStringList names = data.categories();
    // Months along the bottom for one worker; workers down the side otherwise.
    const bool perMonth = !data.points.isEmpty() && data.points.first().month.isValid();
    QAbstractBarSeries *series = perMonth ? static_cast<QAbstractBarSeries *>(new QBarSeries)
                                          : static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries);
    series->setBarWidth(0.7);
    auto *set = new QBarSet(data.points.isEmpty() ? tr("Net pay") : data.points.first().series);
    double largest = reference;
    QStringList tips;
    for (const ChartPoint &p : data.points) {
        *set << p.value.value_or(0);
        largest = std::max(largest, p.value.value_or(0));
        tips << p.detail;
    }
    series->append(set);
    chart->addSeries(series);
    auto *line = markerLine(markerName, reference, int(names.size()), !perMonth);
    chart->addSeries(line);
    auto *values = valueAxis(tr("Yuan per month"), largest, 100);
    QAbstractAxis *categories = perMonth ? static_cast<QAbstractAxis *>(monthAxis(monthsOf(data)))
                                         : static_cast<QAbstractAxis *>(itemAxis(names, tr("Social worker")));
    chart->addAxis(perMonth ? categories : values, Qt::AlignBottom);
    chart->addAxis(perMonth ? values : categories, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(series), static_cast<QAbstractSeries *>(line)}) {
        s->attachAxis(perMonth ? categories : values);
        s->attachAxis(perMonth ? values : categories);
    }
    QObject::connect(set, &QBarSet::hovered, set, [tips](bool state, int i) {
        showToolTip(state && i >= 0 && i < tips.size() ? tips.at(i) : QString());
    });
    return chart;
}

} // namespace ui::charts
