// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// Series helpers shared by the chart builders (internal to ui/charts).
#pragma once

#include "chartbuilders.h"
#include "chartstyle.h"
#include "core/enums.h"

#include <QBarSet>
#include <QLocale>
#include <QStackedBarSeries>

namespace ui::charts {

// One stacked bar set per value of E, from the per-month maps `pick` returns.
template <typename E, typename Month, typename Pick>
inline QStackedBarSeries *stackedByEnum(const QList<Month> &data, Pick pick)
{
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.75);
    for (E value : core::allValues<E>()) {
        auto *set = new QBarSet(core::label(value));
        for (const Month &m : data)
            *set << pick(m).value(value, 0);
        series->append(set);
    }
    return series;
}

// Tooltips on every set of a stacked series: "2026-03 · Group work: 12", then "All activities: 40".
template <typename Month, typename Total>
void addBarToolTips(QAbstractBarSeries *series, const QList<Month> &data, Total total, const QString &totalLabel)
{
    const QList<QBarSet *> sets = series->barSets();
    for (QBarSet *set : sets) {
        QObject::connect(set, &QBarSet::hovered, set, [set, data, total, totalLabel](bool state, int i) {
            if (!state || i < 0 || i >= data.size()) {
                showToolTip({});
                return;
            }
            showToolTip(ChartBuilder::tr("%1 · %2: %3\n%4: %5")
                            .arg(monthLabel(data.at(i).month), set->label(), QLocale().toString(set->at(i)), totalLabel,
                                 QLocale().toString(total(data.at(i)))));
        });
    }
}

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

} // namespace ui::charts
