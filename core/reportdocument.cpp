// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "reportdocument.h"

#include "period.h"

#include <QLocale>

namespace core {

double ReportCell::value() const
{
    switch (kind) {
    case Kind::Count:
        return double(number);
    case Kind::Percent:
        return share;
    case Kind::Money:
        return double(number) / 100.0;
    case Kind::Hours:
        return double(number) / 60.0;
    case Kind::Empty:
    case Kind::Text:
    case Kind::Date:
        break;
    }
    return 0;
}

QString ReportCell::display() const
{
    const QLocale locale;
    switch (kind) {
    case Kind::Empty:
        return {};
    case Kind::Text:
        return text;
    case Kind::Count:
        return locale.toString(number);
    case Kind::Percent:
        // As a spreadsheet shows 0.0%: a tenth of a per cent, no space.
        return locale.toString(share * 100.0, 'f', 1) + QLatin1Char('%');
    case Kind::Money: {
        // Yuan with two decimals from whole fen, never through a double.
        const qint64 magnitude = number < 0 ? -number : number;
        return (number < 0 ? QStringLiteral("-") : QString()) + locale.toString(magnitude / 100) +
               locale.decimalPoint() + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    }
    case Kind::Hours:
        return locale.toString(double(number) / 60.0, 'f', 1);
    case Kind::Date:
        return isoDate(date);
    }
    return {};
}

} // namespace core
