// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "period.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace core {

Period Period::containing(Kind kind, QDate day)
{
    switch (kind) {
    case Kind::Month:
        return month(day.year(), day.month());
    case Kind::Quarter:
        return quarter(day.year(), (day.month() - 1) / 3 + 1);
    case Kind::Half:
        return half(day.year(), day.month() <= 6 ? 1 : 2);
    case Kind::Year:
        break;
    }
    return year(day.year());
}

std::optional<Period> Period::parse(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(?:(\\d{2})|[Qq]([1-4])|[Hh]([12])))?$"));
    const auto m = pattern.match(code.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int y = m.captured(1).toInt();
    if (y < 1900 || y > 2999)
        return std::nullopt;
    if (!m.captured(2).isEmpty()) {
        const int mo = m.captured(2).toInt();
        if (mo < 1 || mo > 12)
            return std::nullopt;
        return month(y, mo);
    }
    if (!m.captured(3).isEmpty())
        return quarter(y, m.captured(3).toInt());
    if (!m.captured(4).isEmpty())
        return half(y, m.captured(4).toInt());
    return year(y);
}

int Period::months() const
{
    switch (m_kind) {
    case Kind::Month:
        return 1;
    case Kind::Quarter:
        return 3;
    case Kind::Half:
        return 6;
    case Kind::Year:
        break;
    }
    return 12;
}

QDate Period::first() const
{
    const int firstMonth = m_kind == Kind::Year ? 1 : (m_index - 1) * months() + 1;
    return QDate(m_year, firstMonth, 1);
}

QDate Period::last() const
{
    return first().addMonths(months()).addDays(-1);
}

QString Period::code() const
{
    switch (m_kind) {
    case Kind::Month:
        return QStringLiteral("%1-%2").arg(m_year).arg(m_index, 2, 10, QLatin1Char('0'));
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(m_year).arg(m_index);
    case Kind::Half:
        return QStringLiteral("%1-H%2").arg(m_year).arg(m_index);
    case Kind::Year:
        break;
    }
    return QString::number(m_year);
}

QString Period::kindCode() const
{
    switch (m_kind) {
    case Kind::Month:
        return QStringLiteral("month");
    case Kind::Quarter:
        return QStringLiteral("quarter");
    case Kind::Half:
        return QStringLiteral("half");
    case Kind::Year:
        break;
    }
    return QStringLiteral("year");
}

std::optional<Period::Kind> Period::kindFromCode(const QString &code)
{
    if (code == u"month")
        return Kind::Month;
    if (code == u"quarter")
        return Kind::Quarter;
    if (code == u"half")
        return Kind::Half;
    if (code == u"year")
        return Kind::Year;
    return std::nullopt;
}

QString Period::label() const
{
    switch (m_kind) {
    case Kind::Month:
        return QCoreApplication::translate("core::Period", "%1-%2").arg(m_year).arg(m_index, 2, 10, QLatin1Char('0'));
    case Kind::Quarter:
        return QCoreApplication::translate("core::Period", "%1 Q%2").arg(m_year).arg(m_index);
    case Kind::Half:
        return m_index == 1 ? QCoreApplication::translate("core::Period", "%1 H1").arg(m_year)
                            : QCoreApplication::translate("core::Period", "%1 H2").arg(m_year);
    case Kind::Year:
        break;
    }
    return QCoreApplication::translate("core::Period", "Year %1").arg(m_year);
}

Period Period::next() const
{
    const QDate after = last().addDays(1);
    return containing(m_kind, after);
}

} // namespace core
