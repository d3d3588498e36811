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
#include <QTime>

#include <optional>

namespace core {

// 出勤: one record per worker and day, with optional sign-in/out times (签到/签退).
struct AttendanceRecord
{
    qint64 id = 0;
    qint64 workerId = 0;
    QDate day;
    AttendanceStatus status = AttendanceStatus::Present;
    std::optional<QTime> signIn;
    std::optional<QTime> signOut;
    QString note;
};

// A month of attendance as a grid (月度考勤表): one row per worker placed at any time in the
// month, one column per day.
struct AttendanceMonthGrid
{
    struct Row
    {
        qint64 workerId = 0;
        QString workerName;
        QString streets;                    // the street(s) of the worker's placements that month
        QMap<QDate, AttendanceStatus> days; // every record of the month
        // Totals count the required working days during the worker's placement(s) only.
        int present = 0;                      // days at work (countsAsPresent)
        QMap<AttendanceStatus, int> absences; // the other statuses, by kind
        int late = 0;                         // of the present days, late arrivals
        int leftEarly = 0;                    // ... and early leaves
        int required = 0;                     // required working days during the placement(s)
        int unrecorded() const;               // required days with no record
        double rate() const { return required > 0 ? double(present) / required : 0.0; }
    };
    QDate first;           // the month's first day
    QList<QDate> workdays; // the month's required working days (work calendar)
    QList<Row> rows;       // by worker name
};

class AttendanceRepository
{
    Q_DECLARE_TR_FUNCTIONS(core::AttendanceRepository)
public:
    explicit AttendanceRepository(Database db)
        : m_db(std::move(db))
    {}

    // Inserts the worker's record for that day, or replaces it (one row per worker and day).
    Status set(const AttendanceRecord &record) const;
    Result<std::optional<AttendanceRecord>> get(qint64 workerId, QDate day) const;
    Status remove(qint64 workerId, QDate day) const;
    // Marks the required working days in [from, to] that fall inside the worker's placements
    // and have no record yet, in one transaction; days already recorded are kept. The count written.
    Result<int> fill(qint64 workerId, QDate from, QDate to, AttendanceStatus status) const;
    // The grid for the month starting at `firstOfMonth`, for workers placed at `streetId` (or all).
    Result<AttendanceMonthGrid> month(QDate firstOfMonth, std::optional<qint64> streetId = std::nullopt) const;

    // The status the times give against the work hours: late when signed in after `start`,
    // else left early when signed out before `end`, else present. A missing time counts as on time.
    static AttendanceStatus statusFromTimes(std::optional<QTime> signIn, std::optional<QTime> signOut, QTime start,
                                            QTime end);
    // The work hours from the settings (work_start / work_end), 09:00–17:30 when unset.
    QTime workStart() const;
    QTime workEnd() const;

    // The Attendance page: day, worker, street, status, sign in, sign out; filters: period,
    // street, district, worker, status. Newest first.
    static SqlListSource listing(Database db);
    SqlListSource listing() const { return listing(m_db); }

private:
    Database m_db;
};

} // namespace core
