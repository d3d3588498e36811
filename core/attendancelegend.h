// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "database.h"
#include "enums.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace core {

// 图例: the marks a monthly sign-in grid (考勤表) writes in its day cells (√ 出勤, 迟 迟到 …).
// Agencies use the same symbols for different things, so it is a setting (attendance_legend);
// a grid file's own legend row wins over it on import. The one-letter codes (P L E A S C N B)
// are always understood as well.
class AttendanceLegend
{
    Q_DECLARE_TR_FUNCTIONS(core::AttendanceLegend)
public:
    struct Entry
    {
        QString mark;
        QString word; // as written in the legend row, e.g. 出勤
        AttendanceStatus status = AttendanceStatus::Present;
        bool operator==(const Entry &) const = default;
    };
    QList<Entry> entries;

    // √ 出勤, 迟 迟到, 退 早退, 旷 旷工, 病 病假, 事 事假, 年 年假, 公 公出.
    static AttendanceLegend defaults();
    // The status of a mark: an entry's mark, else a one-letter code (unless lettersToo is false).
    std::optional<AttendanceStatus> statusOf(QStringView mark, bool lettersToo = true) const;
    // The mark shown for a status: the first entry's, else the status's letter.
    QString markOf(AttendanceStatus status) const;

    // A status word in Chinese or English whatever the language ("病假", "Sick leave", "sick").
    static std::optional<AttendanceStatus> statusWord(QStringView word);

    // Marks present, unique, not a status letter of another status.
    Status validate() const;
    // As stored: "mark|word|code" entries separated by ';'.
    QString toText() const;
    static std::optional<AttendanceLegend> parse(const QString &text);
    static AttendanceLegend load(const Database &db);
    static const QString &settingKey();

    bool operator==(const AttendanceLegend &other) const { return entries == other.entries; }
};

} // namespace core
