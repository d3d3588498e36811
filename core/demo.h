// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>

#include <atomic>
#include <cstdint>
#include <functional>

namespace core {

// 演示数据: fills an empty file with a realistic, deterministic agency: Beijing districts and
// their sub-districts, contracts renewed year by year (and one that was not), placements with
// turnover and handover notes, attendance on every required working day, work logs,
// activities in every workflow state, supervision, exchange meetings, funding, evaluations.
struct DemoOptions
{
    int streets = 20;
    int years = 3;
    std::uint64_t seed = 1;
    QDate endDate; // the last day with records; invalid = today
};

struct DemoStats
{
    QList<QPair<QString, qint64>> rowsPerTable; // in the order written
    qint64 rows = 0;
    qint64 milliseconds = 0;
};

class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(core::DemoGenerator)
public:
    // fraction 0..1 and the phase being written (translated).
    using Progress = std::function<void(double fraction, const QString &phase)>;

    DemoGenerator(Database db, DemoOptions options);
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // When the flag becomes true, the generator stops and nothing is written.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    // The limits a caller should check before running (also checked by run()).
    static constexpr int kMaxStreets = 2000;
    static constexpr int kMaxYears = 30;
    static Status validate(const DemoOptions &options);
    // Does the file hold any records of its own (beyond the schema's defaults)?
    static Result<bool> hasData(const Database &db);

    // Writes everything in one transaction: all or nothing.
    Result<DemoStats> run();

private:
    Database m_db;
    DemoOptions m_options;
    Progress m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace core
