// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

// The demo generator's working state, shared by demo.cpp (structure: streets, contracts,
// placements) and demo_records.cpp (the day-to-day records). Internal.

#include "bulkwriter.h"
#include "demo.h"
#include "demo_names.h"

#include <QHash>
#include <QSqlQuery>

#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace core::demo {

// A prepared INSERT/UPDATE (owned by the BulkWriter), bound and re-executed row after row.
struct Statement
{
    BulkStatement *query = nullptr;
    qint64 *rows = nullptr; // where inserted rows are counted (null for updates)
};

struct StreetInfo
{
    qint64 id = 0;
    int district = 0;
    QList<qint64> departments;
    QStringList departmentNames;
    double adminShare = 0.3; // share of logged time on administrative chores
};

struct ContractInfo
{
    qint64 id = 0;
    int district = 0;
    QDate start, end;
    qint64 fundingPerPost = 3000000;
    qint64 overheadPerPost = 0;
    QHash<int, qint64> postByStreet; // street index -> post id
};

struct WorkerInfo
{
    qint64 id = 0;
    bool female = true;
    int district = 0;
    QDate hired, left;
};

struct PlacementInfo
{
    qint64 id = 0;
    int worker = 0;   // index into workers
    int street = 0;   // index into streets
    int contract = 0; // index into contracts
    qint64 department = 0;
    QDate start, end; // end invalid = open (runs to the contract's end)
    QString endReason, handover;
    QDate lastDay; // the last day with records: min(end or contract end, data end)
};

// Per worker and quarter, what the evaluations read back.
struct QuarterStats
{
    // atWork and excused follow the attendance rule (AttendanceRule), as evaluations do.
    int required = 0, atWork = 0, excused = 0, late = 0, absent = 0, held = 0, supervised = 0;
};

class Writer
{
public:
    Writer(Database db, const DemoOptions &options, const DemoGenerator::Progress &progress,
           const std::atomic<bool> *cancel);

    Status run(DemoStats &stats);

    // demo.cpp
    bool prepareStatements();
    bool writeStructure();
    bool planPlacements();
    bool setSecondaryIndexes(bool present);
    // demo_records.cpp
    bool writeDailyRecords();
    bool writeSupervision();
    bool writeMeetings();
    bool writeFunding();
    bool writeEvaluations();

    // Binds the values in order and runs the statement; false (and m_error set) on failure.
    bool exec(Statement &s, std::initializer_list<QVariant> values);
    // Ends a row added to s.query directly (the hot tables: no QVariant per cell).
    bool endRow(Statement &s);
    bool report(double fraction, const QString &phase);
    bool fail(const QSqlError &error);
    bool fail();                                         // the BulkWriter's error
    QList<int> workdayRange(QDate from, QDate to) const; // [first, last+1) indexes into m_workdays
    static qint64 quarterKey(qint64 worker, QDate day)
    {
        return worker * 100000 + day.year() * 4 + (day.month() - 1) / 3;
    }

    Database m_db;
    std::unique_ptr<BulkWriter> m_bulk;
    DemoOptions m_options;
    const DemoGenerator::Progress &m_progress;
    const std::atomic<bool> *m_cancel;
    Rng m_rng;
    std::optional<Error> m_error;
    QDate m_first, m_last; // the span with records
    double m_lastReported = -1;
    QString m_lastPhase;

    QList<QPair<QString, qint64>> m_counts;
    std::map<std::string, Statement> m_statements;
    Statement &st(const char *name) { return m_statements[name]; }

    std::vector<QDate> m_workdays;
    QStringList m_workdayText;
    QList<QByteArray> m_workdayUtf8; // the same, bound as they are
    QList<StreetInfo> m_streets;
    QList<ContractInfo> m_contracts;
    QList<WorkerInfo> m_workers;
    QList<PlacementInfo> m_placements;
    QStringList m_districtNames;
    QList<qint64> m_supervisors;
    QStringList m_supervisorNames;
    QHash<qint64, QuarterStats> m_quarters;
};

} // namespace core::demo
