// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "alerts.h"
#include "database.h"

#include <QDate>
#include <QJsonObject>

#include <optional>

namespace core {

// 关键指标: the figures on the director's dashboard as of a day. "Last month" is the calendar
// month before the month of asOf.
struct KeyFigures
{
    QDate asOf;
    int contractsActive = 0;                       // running on asOf (see runningContractSql)
    int posts = 0;                                 // posts of those contracts
    int postsVacant = 0;                           // of those, without a placement on asOf
    int workersActive = 0;                         // placed on asOf
    std::optional<double> attendanceRateLastMonth; // 0..1 by the attendance rule; nullopt without required days
    int activitiesHeldLastMonth = 0;
    std::optional<double> adminShareLastMonth; // 0..1; nullopt without logged time
    QList<Alert> alerts;
};

Result<KeyFigures> summarize(const Database &db, QDate asOf);

// Exactly these keys: contracts_active, posts, posts_vacant, workers_active,
// attendance_rate_last_month, activities_held_last_month, admin_share_last_month (numbers, or
// null when there is nothing to divide by) and alerts: [{kind, message, ids}].
QJsonObject toJson(const KeyFigures &figures);

} // namespace core
