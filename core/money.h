// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include <QString>

#include <compare>
#include <cstdint>
#include <optional>

class QLocale;

namespace core {

// An exact amount of money in fen (分, 1/100 yuan). Never a floating-point number.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromFen(std::int64_t fen) { return Money(fen); }
    static constexpr Money fromYuan(std::int64_t yuan) { return Money(yuan * 100); }

    constexpr std::int64_t fen() const { return m_fen; }

    // "¥30,000.00" in the given locale's digit grouping.
    QString toString(const QLocale &locale) const;
    // "30000.00": plain, for files and editing.
    QString toPlainString() const;
    // Accepts "30000", "30,000.5", "¥30,000.00", "30000元"; nullopt when unreadable or over two decimals.
    static std::optional<Money> parse(const QString &text);

    constexpr Money operator+(Money other) const { return Money(m_fen + other.m_fen); }
    constexpr Money operator-(Money other) const { return Money(m_fen - other.m_fen); }
    constexpr Money &operator+=(Money other)
    {
        m_fen += other.m_fen;
        return *this;
    }
    constexpr Money &operator-=(Money other)
    {
        m_fen -= other.m_fen;
        return *this;
    }
    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 reads the defaulted <=> as a 0 pointer
    constexpr auto operator<=>(const Money &) const = default;

    // The part of this amount given by a rate in basis points (1/10000), rounded half up.
    constexpr Money percentBp(std::int64_t basisPoints) const { return Money((m_fen * basisPoints + 5000) / 10000); }

private:
    constexpr explicit Money(std::int64_t fen)
        : m_fen(fen)
    {}
    std::int64_t m_fen = 0;
};

} // namespace core
