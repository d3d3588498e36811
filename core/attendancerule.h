// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "database.h"
#include "enums.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QVariantList>

#include <optional>

namespace core {

// How an attendance status counts in the attendance rate (出勤率).
enum class AttendanceClass {
    Attended, // 计为出勤: a day at work
    Excused,  // 不计入应出勤: taken out of the required days (e.g. annual leave)
    Against,  // 计为缺勤: a required day not worked (sick, personal leave, absent)
};

// 出勤规则: the one rule every attendance figure follows (reports, the monthly grid, the
// dashboard, the charts, evaluations). Agencies differ, so it is a setting (attendance_rule).
//   rate = attended days ÷ (required days − excused days), none when nothing is required.
// Required days are the working days of the calendar inside the worker's placement, up to the
// as-of day; a required day without a record counts against.
class AttendanceRule
{
    Q_DECLARE_TR_FUNCTIONS(core::AttendanceRule)
public:
    // The default: present, late, left early and business out attended; annual leave excused;
    // sick leave, personal leave and absence against.
    AttendanceRule();

    AttendanceClass classOf(AttendanceStatus status) const { return m_class.value(status, AttendanceClass::Against); }
    void set(AttendanceStatus status, AttendanceClass cls) { m_class.insert(status, cls); }
    bool isAttended(AttendanceStatus status) const { return classOf(status) == AttendanceClass::Attended; }
    bool isExcused(AttendanceStatus status) const { return classOf(status) == AttendanceClass::Excused; }
    // The statuses of one class, in display order.
    QList<AttendanceStatus> statuses(AttendanceClass cls) const;
    // Their stored codes, to bind into SQL (see inSql()).
    QVariantList codes(AttendanceClass cls) const;
    // "column IN (?, ?)" for the codes of a class (bind codes(cls)); a condition that is never
    // true when the class is empty.
    QString inSql(const QString &column, AttendanceClass cls) const;

    // The single rate function: attended ÷ (required − excused); nullopt when nothing is required.
    static std::optional<double> rate(int attended, int required, int excused);

    // One translated line for sheets, tooltips and the README, e.g. "出勤率 = 出勤天数 ÷（应出勤天数 −
    // 年假天数）；计为出勤：出勤、迟到、早退、公出；计为缺勤：病假、事假、旷工".
    QString describe() const;

    // Present must count as attended and absence without leave against; any other status may
    // go in any class.
    Status validate() const;

    // As stored: the codes of each class, comma-separated, the classes separated by '|'
    // ("present,late,left_early,business|annual|absent,sick,personal"). parse() gives nullopt
    // for text it cannot read (an unknown or repeated code); a status it does not name keeps
    // its default class.
    QString toText() const;
    static std::optional<AttendanceRule> parse(const QString &text);
    // The rule from the settings (key attendance_rule); the default when unset or unreadable.
    static AttendanceRule load(const Database &db);
    static const QString &settingKey();
    // The rule every figure used before the rule was a setting: annual leave counted against.
    static AttendanceRule legacy();

    bool operator==(const AttendanceRule &other) const { return m_class == other.m_class; }

private:
    QMap<AttendanceStatus, AttendanceClass> m_class;
};

QString label(AttendanceClass cls);

} // namespace core
