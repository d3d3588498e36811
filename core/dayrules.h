// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "database.h"
#include "enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace core {

// Which days a worker's records may carry: an attendance row only on a required working day
// (the calendar), except 公出 (business out), accepted on a weekend or holiday with a warning;
// an activity held only while its worker was placed. The repositories, the window and the
// import all ask here.
class DayRules
{
    Q_DECLARE_TR_FUNCTIONS(core::DayRules)
public:
    // An attendance row of `status` on `day`, `workday` saying whether the calendar requires it.
    // An error when refused; else a warning to show (empty when none).
    static Result<QString> attendanceOn(QDate day, bool workday, AttendanceStatus status);
    // The same, the calendar read from the file.
    static Result<QString> attendanceOn(const Database &db, QDate day, AttendanceStatus status);
    // An activity of `workerId` held on `day`: refused unless a placement of the worker covers it.
    static Status activityHeld(const Database &db, qint64 workerId, QDate day);
};

} // namespace core
