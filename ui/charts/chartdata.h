// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ui::charts {

// One value a chart draws: a point of a line or a bar of a set. `value` is what is drawn (a
// percentage, hours, yuan, a count); `numerator` ÷ `denominator` is what it is made of, e.g.
// days attended ÷ days required for an attendance rate (see README, "chart --json").
struct ChartPoint
{
    QString series;                    // the line or bar set, as named in the legend
    int category = 0;                  // the place on the category axis, 0 ..
    QString label;                     // the category: a month ("2026-03"), a worker, a contract
    QDate month;                       // the month's first day; invalid when categories are not months
    std::optional<double> value;       // nullopt: nothing drawn (e.g. no required days)
    std::optional<double> numerator;   // nullopt when the figure is not a quotient
    std::optional<double> denominator; //
    QString detail;                    // the tooltip
    bool partial = false;              // a month still running on the as-of day: counted up to it
};

// A marker line across the chart (an alert threshold, a reference wage).
struct ChartMarker
{
    QString name;
    double value = 0;
};

// Everything a chart draws, computed once from core's reports: the window draws it, `onestreet
// chart -o` renders it to PNG and `onestreet chart --json` prints it.
struct ChartData
{
    QString key;      // "attendance"
    QString title;    // the chart's title
    QString subtitle; // scope, period and as-of line
    QDate asOf;       // nothing after this day is counted
    QString note;     // what the figures follow, e.g. the attendance rule; may be empty
    QList<ChartPoint> points;
    QList<ChartMarker> markers;
    // The categories' labels by place (months or names), and the series in legend order.
    QStringList categories() const;
    QStringList seriesNames() const;
    // The points of one series, in category order.
    QList<ChartPoint> series(const QString &name) const;
};

// {chart, title, subtitle, as_of, note, points: [{series, label, month, value, numerator,
// denominator}], markers: [{name, value}]}; month is "yyyy-MM" or null, missing numbers null.
QJsonObject toJson(const ChartData &data);

} // namespace ui::charts
