// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// Series helpers shared by the chart builders (internal to ui/charts).
#pragma once

#include "chartbuilders.h"
#include "chartstyle.h"
#include "core/enums.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace ui::charts {

inline double largestStack(const QAbstractBarSeries *series)
{
    double largest = 0;
    const QList<QBarSet *> sets = series->barSets();
    if (sets.isEmpty())
        return 0;
    for (int i = 0; i < sets.first()->count(); ++i) {
        double sum = 0;
        for (const QBarSet *set : sets)
            sum += set->at(i);
        largest = std::max(largest, sum);
    }
    return largest;
}

// The months of the data, by category.
inline QList<QDate> monthsOf(const ChartData &data)
{
    QList<QDate> months(data.categories().size());
    for (const ChartPoint &p : data.points)
        if (p.category < months.size())
            months[p.category] = p.month;
    return months;
}

// One point per category of a month-by-month count split by E (activity type, target group,
// supervision form): the count, out of the month's total.
template <typename E, typename Month, typename Pick, typename Total>
void addSplitPoints(ChartData &d, const QList<Month> &months, Pick pick, Total total, const QString &totalLabel)
{
    for (E value : core::allValues<E>()) {
        for (int i = 0; i < months.size(); ++i) {
            const Month &m = months.at(i);
            const int n = pick(m).value(value, 0);
            ChartPoint p;
            p.series = core::label(value);
            p.category = i;
            p.label = monthLabel(m.month);
            p.month = m.month;
            p.value = n;
            p.numerator = n;
            p.denominator = total(m);
            p.detail = ChartBuilder::tr("%1 · %2: %3\n%4: %5")
                           .arg(p.label, p.series, QLocale().toString(n), totalLabel, QLocale().toString(total(m)));
            d.points << p;
        }
    }
}

// A stacked bar set per series, in legend order, each bar's tooltip its point's detail.
inline QStackedBarSeries *stackedBars(const ChartData &data)
{
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.75);
    const int n = int(data.categories().size());
    for (const QString &name : data.seriesNames()) {
        auto *set = new QBarSet(name);
        QStringList tips(n);
        QList<double> values(n, 0.0);
        for (const ChartPoint &p : data.series(name)) {
            values[p.category] = p.value.value_or(0);
            tips[p.category] = p.detail;
        }
        for (double v : values)
            *set << v;
        QObject::connect(set, &QBarSet::hovered, set, [tips](bool state, int i) {
            showToolTip(state && i >= 0 && i < tips.size() ? tips.at(i) : QString());
        });
        series->append(set);
    }
    return series;
}

// A chart of stacked bars per month with a count axis.
inline std::unique_ptr<QChart> stackedMonthChart(const ChartData &data, const QString &axisTitle, double floor)
{
    auto chart = newChart(data.title, data.subtitle);
    QStackedBarSeries *series = stackedBars(data);
    chart->addSeries(series);
    auto *x = monthAxis(monthsOf(data));
    auto *y = valueAxis(axisTitle, largestStack(series), floor);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

} // namespace ui::charts
