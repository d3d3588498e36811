// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "attendancelegend.h"
#include "attendancerule.h"
#include "database.h"
#include "enums.h"
#include "money.h"

#include <QCoreApplication>
#include <QString>
#include <QTime>

namespace core {

// 设置: the agency's settings, typed. Stored as key/value text in the settings table (keys
// in 001_initial.sql and later migrations); a missing or unreadable value reads as the default below.
struct Settings
{
    Q_DECLARE_TR_FUNCTIONS(core::Settings)
public:
    QString agencyName; // 机构名称, printed on evaluation sheets
    // The default overhead rule (运行经费) for new contracts.
    OverheadKind overheadKind = OverheadKind::Rate;
    int overheadRateBp = 1500; // basis points of the funding per post
    Money overheadFixed;       // per post
    // Dashboard alerts.
    int alertContractDays = 60;     // a contract ends within N days without a successor
    int alertUnsupervisedDays = 45; // a worker has had no supervision for N days
    int alertPendingDays = 14;      // an activity application waits for review for N days
    QTime workStart = QTime(9, 0);
    QTime workEnd = QTime(17, 30);
    Money referenceWage = Money::fromYuan(2540); // monthly, shown beside net pay
    // Grade thresholds (优秀 / 良好 / 合格), total score out of 100.
    int gradeExcellent = 90;
    int gradeGood = 80;
    int gradePass = 60;
    // 出勤规则: which statuses count as attended, excused or against, for every attendance figure.
    AttendanceRule attendanceRule;
    // 图例: the marks of the monthly sign-in grid (window, export, import without a legend row).
    AttendanceLegend attendanceLegend = AttendanceLegend::defaults();
    // Evaluations skip workers placed for fewer working days of the period than this.
    int evaluationMinDays = 10;
    int backupKeep = 10; // how many automatic backup copies to keep
    QString language;    // '' = the system's, 'zh_CN' or 'en'

    static Result<Settings> load(const Database &db);
    // Checks, then writes every key in one transaction.
    static Status save(const Database &db, const Settings &settings);
    // Thresholds ordered excellent > good > pass within 0..100, work start before end,
    // amounts and counts ≥ 0, rate 0..10000 bp, a known language, a valid attendance rule.
    static Status validate(const Settings &settings);
};

} // namespace core
