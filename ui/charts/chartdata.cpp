// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "chartdata.h"

#include <QJsonArray>

namespace ui::charts {

QStringList ChartData::categories() const
{
    QStringList names;
    for (const ChartPoint &p : points) {
        while (names.size() <= p.category)
            names << QString();
        names[p.category] = p.label;
    }
    return names;
}

QStringList ChartData::seriesNames() const
{
    QStringList names;
    for (const ChartPoint &p : points)
        if (!names.contains(p.series))
            names << p.series;
    return names;
}

QList<ChartPoint> ChartData::series(const QString &name) const
{
    QList<ChartPoint> result;
    for (const ChartPoint &p : points)
        if (p.series == name)
            result << p;
    return result;
}

QJsonObject toJson(const ChartData &data)
{
    auto number = [](const std::optional<double> &v) {
        return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray points;
    for (const ChartPoint &p : data.points)
        points.append(QJsonObject{
            {QStringLiteral("series"), p.series},
            {QStringLiteral("label"), p.label},
            {QStringLiteral("month"), p.month.isValid() ? QJsonValue(p.month.toString(QStringLiteral("yyyy-MM")))
                                                        : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("value"), number(p.value)},
            {QStringLiteral("numerator"), number(p.numerator)},
            {QStringLiteral("denominator"), number(p.denominator)},
        });
    QJsonArray markers;
    for (const ChartMarker &m : data.markers)
        markers.append(QJsonObject{{QStringLiteral("name"), m.name}, {QStringLiteral("value"), m.value}});
    return QJsonObject{
        {QStringLiteral("chart"), data.key},         {QStringLiteral("title"), data.title},
        {QStringLiteral("subtitle"), data.subtitle}, {QStringLiteral("as_of"), data.asOf.toString(Qt::ISODate)},
        {QStringLiteral("note"), data.note},         {QStringLiteral("points"), points},
        {QStringLiteral("markers"), markers},
    };
}

} // namespace ui::charts
