// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "database.h"
#include "enums.h"
#include "listing.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>

namespace core {

// 工作日志: time a worker spent on one kind of work on one day. Professional categories
// (个案, 小组, 社区活动, 资源链接) against administrative ones (行政事务, meetings, reports),
// to show where administrative chores eat professional time (行政化).
struct WorkLogEntry
{
    qint64 id = 0;
    qint64 workerId = 0;
    QDate day;
    int minutes = 0;
    WorkCategory category = WorkCategory::Casework;
    QString note;
};

// A worker's month of work log: per day minutes by category, and the month's split.
struct WorkerMonthLog
{
    struct Day
    {
        QDate day;
        QMap<WorkCategory, int> minutes;
        int professional = 0;
        int administrative = 0;
    };
    qint64 workerId = 0;
    QDate first;     // the month's first day
    QList<Day> days; // days with entries, in order
    int professionalMinutes = 0;
    int administrativeMinutes = 0;
    // Administrative minutes over all minutes, 0 when nothing is logged.
    double adminShare() const
    {
        const int total = professionalMinutes + administrativeMinutes;
        return total > 0 ? double(administrativeMinutes) / total : 0.0;
    }
};

class WorkLogRepository
{
    Q_DECLARE_TR_FUNCTIONS(core::WorkLogRepository)
public:
    static constexpr int kMinutesPerDay = 24 * 60;

    explicit WorkLogRepository(Database db)
        : m_db(std::move(db))
    {}

    Result<WorkLogEntry> get(qint64 id) const;
    Result<qint64> add(const WorkLogEntry &entry) const;
    Status update(const WorkLogEntry &entry) const;
    Status remove(qint64 id) const;
    // 0 < minutes ≤ 1440, and the worker's entries that day (this one included) total ≤ 24 h.
    Status validate(const WorkLogEntry &entry) const;

    Result<WorkerMonthLog> workerMonth(qint64 workerId, QDate month) const;

    // The Work log page: day, worker, street, category, kind, hours, note; filters: period,
    // worker, street, district, category (status filter = category code).
    static SqlListSource listing(Database db);
    SqlListSource listing() const { return listing(m_db); }

private:
    Database m_db;
};

} // namespace core
