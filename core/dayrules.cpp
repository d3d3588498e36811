// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "dayrules.h"

#include "calendar.h"
#include "period.h"
#include "placement.h"

namespace core {

Result<QString> DayRules::attendanceOn(QDate day, bool workday, AttendanceStatus status)
{
    if (workday)
        return QString();
    if (status == AttendanceStatus::BusinessOut)
        return tr("%1 is not a working day; %2 is recorded as business out (公出) on a day off.")
            .arg(isoDate(day), label(status));
    return Error::invalid(tr("%1 is not a working day (weekend or public holiday): only business out (公出) can "
                             "be recorded on it. Check the date, or mark the day as a working day in Settings.")
                              .arg(isoDate(day)));
}

Result<QString> DayRules::attendanceOn(const Database &db, QDate day, AttendanceStatus status)
{
    return attendanceOn(day, Calendar(db).isWorkday(day), status);
}

Status DayRules::activityHeld(const Database &db, qint64 workerId, QDate day)
{
    auto placed = PlacementRepository(db).current(workerId, day);
    if (!placed)
        return placed.error();
    if (placed.value())
        return {};
    auto name = db.scalar(QStringLiteral("SELECT name FROM social_worker WHERE id = ?"), {workerId});
    return Error::invalid(tr("%1 was not placed in a post on %2: an activity cannot have been held outside the "
                             "worker's placement. Check the date.")
                              .arg(name ? name.value().toString() : QString(), isoDate(day)));
}

} // namespace core
