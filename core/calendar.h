// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "database.h"
#include "enums.h"
#include "period.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace core {

// 工作日历: which days are required working days. Monday–Friday, except public holidays,
// plus weekend make-up working days (调休上班). Kept as one row per day in calendar_day, so
// that reports count required days with SQL; the official arrangements for the years we
// know ship with the program, and users edit later years in Settings.
class Calendar
{
    Q_DECLARE_TR_FUNCTIONS(core::Calendar)
public:
    explicit Calendar(Database db)
        : m_db(std::move(db))
    {}

    struct SpecialDay
    {
        QDate day;
        CalendarKind kind = CalendarKind::Holiday;
        QString name;
    };

    // Makes sure every day of these years has a row (weekdays, then the official
    // arrangements we ship for those years). Existing rows are kept.
    Status ensureYears(int firstYear, int lastYear) const;
    bool isWorkday(QDate day) const;
    // Required working days in [from, to].
    int workdays(QDate from, QDate to) const;
    // The days of a year that differ from Monday–Friday.
    Result<QList<SpecialDay>> specialDays(int year) const;
    // Marks a day as a holiday or a make-up working day.
    Status setSpecialDay(const SpecialDay &day) const;
    // Back to the Monday–Friday default.
    Status clearSpecialDay(QDate day) const;

    // The official arrangements shipped with the program.
    static QList<SpecialDay> officialDays();

private:
    Database m_db;
};

} // namespace core
