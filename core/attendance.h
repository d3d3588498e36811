// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "attendancerule.h"
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
// month, one column per day. The totals count as of a day: in a month still running, the
// required days up to it only (the cells after it show what is recorded, uncounted).
struct AttendanceMonthGrid
{
    struct Row
    {
        qint64 workerId = 0;
        QString workerName;
        QString streets;                    // the street(s) of the worker's placements that month
        QMap<QDate, AttendanceStatus> days; // every record of the month
        // Totals count the required working days during the worker's placement(s), up to
        // countedTo, classed by the grid's attendance rule.
        int attended = 0;                     // days the rule counts as attended
        int excused = 0;                      // days the rule excuses (not required)
        QMap<AttendanceStatus, int> absences; // the statuses not attended (excused or against), by kind
        int late = 0;                         // of the attended days, late arrivals
        int leftEarly = 0;                    // ... and early leaves
        int required = 0;                     // required working days during the placement(s)
        int unrecorded() const;               // required days with no record
        int against() const;                  // required days counted against, unrecorded ones included
        std::optional<double> rate() const { return AttendanceRule::rate(attended, required, excused); }
    };
    QDate first;           // the month's first day
    QDate countedTo;       // the last day counted (monthCountedTo); invalid when the month lies after it
    AttendanceRule rule;   // the rule the totals follow (from the settings)
    QList<QDate> workdays; // the month's required working days (work calendar)
    QList<Row> rows;       // by worker name
    bool running() const { return countedTo.isValid() && countedTo < first.addMonths(1).addDays(-1); }
    bool counts(QDate day) const { return countedTo.isValid() && day <= countedTo; }
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
    // The grid for the month starting at `firstOfMonth`, for workers placed at `streetId` (or all),
    // its totals as of `asOf`.
    Result<AttendanceMonthGrid> month(QDate firstOfMonth, std::optional<qint64> streetId = std::nullopt,
                                      QDate asOf = QDate::currentDate()) const;

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
