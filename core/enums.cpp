// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "enums.h"

#include <QCoreApplication>

namespace core {

namespace enums {

QString translated(const char *label)
{
    return QCoreApplication::translate("core::Enums", label);
}

} // namespace enums

bool isAdministrative(WorkCategory category)
{
    return category == WorkCategory::Admin || category == WorkCategory::Meeting || category == WorkCategory::Report;
}

namespace {
const char kShortCodes[] = "PLEASCNB"; // in the order of AttendanceStatus
}

QChar shortCode(AttendanceStatus status)
{
    return QLatin1Char(kShortCodes[static_cast<int>(status)]);
}

std::optional<AttendanceStatus> fromShortCode(QChar letter)
{
    const QChar upper = letter.toUpper();
    for (int i = 0; kShortCodes[i]; ++i)
        if (upper == QLatin1Char(kShortCodes[i]))
            return static_cast<AttendanceStatus>(i);
    return std::nullopt;
}

bool canMove(ActivityStatus from, ActivityStatus to)
{
    using S = ActivityStatus;
    switch (from) {
    case S::Draft:
        return to == S::Submitted;
    case S::Submitted:
        return to == S::Approved || to == S::Rejected;
    case S::Approved:
        return to == S::Held || to == S::Cancelled;
    default:
        return false;
    }
}

} // namespace core
