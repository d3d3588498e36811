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

core::Result<std::unique_ptr<QChart>> SupervisionChart::build(const core::Database &db,
                                                              const ChartRequest &request) const
{
    auto months = core::Reports(db).supervisionSessions(request.range);
    if (!months)
        return months.error();
    const QList<core::SupervisionMonth> data = months.value();

    auto chart = newChart(tr("Supervision sessions per month, by form"),
                          tr("Whole agency") + QStringLiteral(" · ") + describe(db, request, false));
    QStackedBarSeries *series =
        stackedByEnum<core::SupervisionForm>(data, [](const core::SupervisionMonth &m) { return m.byForm; });
    chart->addSeries(series);
    QList<QDate> axisMonths;
    for (const auto &m : data)
        axisMonths << m.month;
    auto *x = monthAxis(axisMonths);
    auto *y = valueAxis(tr("Sessions"), largestStack(series), 5);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    addBarToolTips(
        series, data, [](const core::SupervisionMonth &m) { return m.sessions; }, tr("All sessions"));
    return chart;
}

core::Result<std::unique_ptr<QChart>> SupervisionGapChart::build(const core::Database &db,
                                                                 const ChartRequest &request) const
{
    const QDate asOf = request.asOf();
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

    auto chart =
        newChart(tr("Days since the last supervision session"),
                 describe(db, request, true, false) + QStringLiteral(" · ") +
                     tr("placed workers on %1: the %n longest", nullptr, int(shown.size())).arg(core::isoDate(asOf)) +
                     (inScope > shown.size() ? tr(" of %1").arg(inScope) : QString()));
    QStringList names;
    int longest = threshold;
    for (const auto &g : std::as_const(shown)) {
        names << g.workerName;
        longest = std::max(longest, g.daysSince.value_or(0));
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    auto *days = new QBarSet(tr("Days since the last session"));
    auto *never = new QBarSet(tr("Never supervised"));
    never->setColor(QColor(0x7f, 0x8c, 0x8d));
    auto *valueAxisX = valueAxis(tr("Days"), longest, 10);
    const double full = valueAxisX->max();
    for (const auto &g : std::as_const(shown)) {
        *days << (g.daysSince ? *g.daysSince : 0);
        *never << (g.daysSince ? 0 : full);
    }
    series->append(days);
    // "Never supervised" only takes a place in the legend when someone never was.
    if (std::any_of(shown.cbegin(), shown.cend(), [](const core::SupervisionGap &g) { return !g.daysSince; }))
        series->append(never);
    else
        delete never;
    chart->addSeries(series);
    auto *line = markerLine(tr("Alert threshold (%n days)", nullptr, threshold), threshold, int(shown.size()), true);
    chart->addSeries(line);
    auto *y = itemAxis(names, tr("Social worker"));
    chart->addAxis(valueAxisX, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(series), static_cast<QAbstractSeries *>(line)}) {
        s->attachAxis(valueAxisX);
        s->attachAxis(y);
    }
    auto tip = [shown, asOf](bool state, int i) {
        if (!state || i < 0 || i >= shown.size()) {
            showToolTip({});
            return;
        }
        const core::SupervisionGap &g = shown.at(i);
        showToolTip(g.daysSince
                        ? tr("%1 (%2)\nLast session: %3\n%n days before %4", nullptr, *g.daysSince)
                              .arg(g.workerName, g.streetName, core::isoDate(g.lastSession), core::isoDate(asOf))
                        : tr("%1 (%2)\nNever supervised").arg(g.workerName, g.streetName));
    };
    for (QBarSet *set : series->barSets())
        QObject::connect(set, &QBarSet::hovered, set, tip);
    return chart;
}

core::Result<std::unique_ptr<QChart>> FundingChart::build(const core::Database &db, const ChartRequest &request) const
{
    auto lines = core::Reports(db).fundingByContract();
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

    auto chart = newChart(
        tr("Funding per contract (yuan)"),
        tr("Contracts running between %1 and %2")
                .arg(monthLabel(request.range.firstDay()), monthLabel(request.range.lastDay())) +
            (overlapping > shown.size() ? tr(" · the latest %1 of %2").arg(shown.size()).arg(overlapping) : QString()));
    auto *series = new QBarSeries;
    series->setBarWidth(0.8);
    auto *received = new QBarSet(core::label(core::FundingKind::Receipt));
    auto *overhead = new QBarSet(core::label(core::FundingKind::Overhead));
    auto *paid = new QBarSet(core::label(core::FundingKind::Pay));
    auto *left = new QBarSet(tr("Left"));
    QStringList codes;
    double largest = 0, lowest = 0;
    for (const auto &line : std::as_const(shown)) {
        codes << line.contractCode;
        *received << toYuan(line.received);
        *overhead << toYuan(line.overhead);
        *paid << toYuan(line.paid);
        *left << toYuan(line.left());
        largest =
            std::max({largest, toYuan(line.received), toYuan(line.overhead), toYuan(line.paid), toYuan(line.left())});
        lowest = std::min(lowest, toYuan(line.left()));
    }
    for (QBarSet *set : {received, overhead, paid, left})
        series->append(set);
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
    for (QBarSet *set : {received, overhead, paid, left}) {
        QObject::connect(set, &QBarSet::hovered, set, [set, shown](bool state, int i) {
            if (!state || i < 0 || i >= shown.size()) {
                showToolTip({});
                return;
            }
            const core::FundingLine &line = shown.at(i);
            showToolTip(tr("%1 · %2: %3\nBudget: %4")
                            .arg(line.contractCode, set->label(), yuan(set->at(i)), yuan(toYuan(line.budget))));
        });
    }
    return chart;
}

core::Result<std::unique_ptr<QChart>> PayChart::build(const core::Database &db, const ChartRequest &request) const
{
    const core::Reports reports(db);
    auto pay = reports.monthlyPay(request.range, request.workerId);
    if (!pay)
        return pay.error();
    const double reference = toYuan(reports.referenceWage());
    ChartRequest onlyWorker;
    onlyWorker.range = request.range;
    onlyWorker.workerId = request.workerId;

    if (request.workerId) {
        // One worker: the net pay of each month of the range.
        const QList<QDate> months = request.range.months();
        QHash<QDate, core::Money> byMonth;
        for (const auto &p : pay.value())
            byMonth[p.month] += p.paid;
        auto chart = newChart(tr("Net pay per month"), describe(db, onlyWorker));
        auto *series = new QBarSeries;
        series->setBarWidth(0.7);
        auto *set = new QBarSet(tr("Net pay"));
        double largest = reference;
        for (const QDate &m : months) {
            *set << toYuan(byMonth.value(m));
            largest = std::max(largest, toYuan(byMonth.value(m)));
        }
        series->append(set);
        chart->addSeries(series);
        auto *line = markerLine(tr("Reference wage (%1)").arg(yuan(reference)), reference, int(months.size()), false);
        chart->addSeries(line);
        auto *x = monthAxis(months);
        auto *y = valueAxis(tr("Yuan per month"), largest, 100);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(series), static_cast<QAbstractSeries *>(line)}) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
        QObject::connect(set, &QBarSet::hovered, set, [set, months, reference](bool state, int i) {
            showToolTip(
                state && i >= 0 && i < months.size()
                    ? tr("%1: %2\nReference wage: %3").arg(monthLabel(months.at(i)), yuan(set->at(i)), yuan(reference))
                    : QString());
        });
        return chart;
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

    auto chart = newChart(tr("Average net monthly pay per worker"),
                          describe(db, onlyWorker) + QStringLiteral(" · ") +
                              (all > averages.size() ? tr("the lowest %1 of %2 workers").arg(averages.size()).arg(all)
                                                     : tr("%n workers", nullptr, int(all))));
    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(0.7);
    auto *set = new QBarSet(tr("Average net pay per month"));
    QStringList names;
    double largest = reference;
    for (const auto &a : std::as_const(averages)) {
        names << a.name;
        *set << a.yuanPerMonth();
        largest = std::max(largest, a.yuanPerMonth());
    }
    series->append(set);
    chart->addSeries(series);
    auto *line = markerLine(tr("Reference wage (%1)").arg(yuan(reference)), reference, int(averages.size()), true);
    chart->addSeries(line);
    auto *x = valueAxis(tr("Yuan per month"), largest, 100);
    auto *y = itemAxis(names, tr("Social worker"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(series), static_cast<QAbstractSeries *>(line)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    QObject::connect(set, &QBarSet::hovered, set, [averages, reference](bool state, int i) {
        if (!state || i < 0 || i >= averages.size()) {
            showToolTip({});
            return;
        }
        const Average &a = averages.at(i);
        showToolTip(tr("%1: %2 per month on average (%n paid months)\nReference wage: %3", nullptr, a.months)
                        .arg(a.name, yuan(a.yuanPerMonth()), yuan(reference)));
    });
    return chart;
}

} // namespace ui::charts
