// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "money.h"

#include <QLocale>
#include <QRegularExpression>

namespace core {

QString Money::toString(const QLocale &locale) const
{
    const std::int64_t magnitude = m_fen < 0 ? -m_fen : m_fen;
    const QString yuan = locale.toString(static_cast<qlonglong>(magnitude / 100));
    const QString fen = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return (m_fen < 0 ? QStringLiteral("-¥") : QStringLiteral("¥")) + yuan + locale.decimalPoint() + fen;
}

QString Money::toPlainString() const
{
    const std::int64_t magnitude = m_fen < 0 ? -m_fen : m_fen;
    return QStringLiteral("%1%2.%3")
        .arg(m_fen < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

std::optional<Money> Money::parse(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(',')).remove(QChar(0xFF0C)).remove(QLatin1Char(' '));
    t.remove(QStringLiteral("¥")).remove(QChar(0xFFE5)).remove(QStringLiteral("元"));
    static const QRegularExpression pattern(QStringLiteral("^(-?)(\\d{1,15})(?:\\.(\\d{1,2}))?$"));
    const auto match = pattern.match(t);
    if (!match.hasMatch())
        return std::nullopt;
    std::int64_t fen = match.captured(2).toLongLong() * 100;
    const QString decimals = match.captured(3);
    if (!decimals.isEmpty())
        fen += decimals.size() == 1 ? decimals.toLongLong() * 10 : decimals.toLongLong();
    return Money(match.captured(1).isEmpty() ? fen : -fen);
}

} // namespace core
