// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace core {

// A reporting period: a month, a quarter, a half-year or a year (月度 / 季度 / 半年 / 年度).
class Period
{
public:
    enum class Kind { Month, Quarter, Half, Year };

    Period() = default;
    static Period month(int year, int month) { return Period(Kind::Month, year, month); }
    static Period quarter(int year, int quarter) { return Period(Kind::Quarter, year, quarter); }
    static Period half(int year, int half) { return Period(Kind::Half, year, half); }
    static Period year(int year) { return Period(Kind::Year, year, 1); }
    static Period containing(Kind kind, QDate day);

    // "2026", "2026-H1", "2026-Q3", "2026-03"; nullopt for anything else.
    static std::optional<Period> parse(const QString &code);

    bool isValid() const { return m_year > 0; }
    Kind kind() const { return m_kind; }
    int yearNumber() const { return m_year; }
    int index() const { return m_index; }
    QDate first() const;
    QDate last() const;
    bool contains(QDate day) const { return day >= first() && day <= last(); }
    // How many calendar months the period spans (1, 3, 6 or 12).
    int months() const;

    QString code() const;     // the form parse() reads
    QString kindCode() const; // 'month' | 'quarter' | 'half' | 'year', as stored
    static std::optional<Kind> kindFromCode(const QString &code);
    QString label() const; // "2026年上半年" / "2026 H1", following the translation loaded

    Period next() const;
    bool operator==(const Period &) const = default;

private:
    Period(Kind kind, int year, int index)
        : m_kind(kind)
        , m_year(year)
        , m_index(index)
    {}
    Kind m_kind = Kind::Month;
    int m_year = 0;
    int m_index = 0;
};

// A span of days, both ends included.
struct DateRange
{
    QDate from;
    QDate to;
    bool contains(QDate day) const { return day >= from && day <= to; }
    bool overlaps(const DateRange &other) const { return from <= other.to && other.from <= to; }
};

// Dates as stored: 'yyyy-MM-dd'.
inline QString isoDate(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}
inline QDate fromIsoDate(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace core
