// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/database.h"
#include "core/reports.h"
#include "core/result.h"

#include <QChart>
#include <QCoreApplication>
#include <QDate>

#include <memory>
#include <optional>
#include <vector>

namespace ui::charts {

// What a chart shows: a run of months and, where the chart can narrow down, a district, a
// street and/or a worker (the narrowest one given is the scope of rate-like figures).
struct ChartRequest
{
    core::MonthRange range;
    std::optional<qint64> districtId;
    std::optional<qint64> streetId;
    std::optional<qint64> workerId;
    QDate today = QDate::currentDate();

    // Worker, else street, else district, else the agency.
    core::Scope scope() const;
    // The day "days since the last session" is counted to: the range's last day, or today if earlier.
    QDate asOf() const;
};

// One chart: its figures come from one of core's reports (never from rows read here), and it is
// drawn the same way in the window and by `onestreet chart`.
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ui::charts::ChartBuilder)
public:
    virtual ~ChartBuilder() = default;
    // The untranslated name used on the command line ("attendance").
    virtual QString key() const = 0;
    // The translated name of the tab.
    virtual QString title() const = 0;
    // Which of the request's filters the chart uses (the page disables the others).
    enum Filter { ByDistrict = 1, ByStreet = 2, ByWorker = 4, AllFilters = 7 };
    virtual int filters() const { return AllFilters; }
    // A new chart, owned by the caller.
    virtual core::Result<std::unique_ptr<QChart>> build(const core::Database &db,
                                                        const ChartRequest &request) const = 0;

protected:
    // "Street S1 · 2026-01 – 2026-12": the scope and period line under the title.
    static QString describe(const core::Database &db, const ChartRequest &request, bool withScope = true,
                            bool withPeriod = true);
};

// 出勤率 per month (line, 0–100 %), for the request's scope; tooltips give required and present
// days and absences by kind.
class AttendanceChart : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ui::charts::AttendanceChart)
public:
    QString key() const override { return QStringLiteral("attendance"); }
    QString title() const override { return tr("Attendance"); }
    core::Result<std::unique_ptr<QChart>> build(const core::Database &db, const ChartRequest &request) const override;
};

// Activities held per month, stacked by activity type or by target group.
class ActivityChart : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ui::charts::ActivityChart)
public:
    enum class Split { ByType, ByGroup };
    explicit ActivityChart(Split split)
        : m_split(split)
    {}
    QString key() const override;
    QString title() const override;
    core::Result<std::unique_ptr<QChart>> build(const core::Database &db, const ChartRequest &request) const override;

private:
    Split m_split;
};

// Professional vs administrative hours per month (stacked) with the administrative share (%).
class WorkloadChart : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ui::charts::WorkloadChart)
public:
    QString key() const override { return QStringLiteral("workload"); }
    QString title() const override { return tr("Workload"); }
    core::Result<std::unique_ptr<QChart>> build(const core::Database &db, const ChartRequest &request) const override;
};

// Supervision sessions (督导) per month, stacked by form. Agency-wide.
class SupervisionChart : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ui::charts::SupervisionChart)
public:
    QString key() const override { return QStringLiteral("supervision"); }
    QString title() const override { return tr("Supervision"); }
    int filters() const override { return 0; }
    core::Result<std::unique_ptr<QChart>> build(const core::Database &db, const ChartRequest &request) const override;
};

// Days since the last supervision session of each placed worker, the longest first (at most
// kMaxWorkers), with the alert threshold (settings: alert_unsupervised_days).
class SupervisionGapChart : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ui::charts::SupervisionGapChart)
public:
    static constexpr int kMaxWorkers = 20; // more would not fit at 1366×768
    QString key() const override { return QStringLiteral("supervision-gaps"); }
    QString title() const override { return tr("Unsupervised days"); }
    core::Result<std::unique_ptr<QChart>> build(const core::Database &db, const ChartRequest &request) const override;
};

// 经费 per contract: received, overhead, paid and left (yuan), for the contracts whose term
// overlaps the range (the latest kMaxContracts of them).
class FundingChart : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ui::charts::FundingChart)
public:
    static constexpr int kMaxContracts = 10; // each code must fit under its bars
    QString key() const override { return QStringLiteral("funding"); }
    QString title() const override { return tr("Funding"); }
    int filters() const override { return 0; }
    core::Result<std::unique_ptr<QChart>> build(const core::Database &db, const ChartRequest &request) const override;
};

// Net pay beside the reference wage (settings: reference_wage). For one worker: per month.
// Otherwise: each worker's average monthly pay over the range, the lowest kMaxWorkers first.
class PayChart : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ui::charts::PayChart)
public:
    static constexpr int kMaxWorkers = 20; // more would not fit at 1366×768
    QString key() const override { return QStringLiteral("pay"); }
    QString title() const override { return tr("Net pay"); }
    int filters() const override { return ByWorker; }
    core::Result<std::unique_ptr<QChart>> build(const core::Database &db, const ChartRequest &request) const override;
};

// Every chart, in the order of the window's tabs.
std::vector<std::unique_ptr<ChartBuilder>> allCharts();
// The chart called `key`, or nullptr.
std::unique_ptr<ChartBuilder> chartFor(const QString &key);
QStringList chartKeys();

} // namespace ui::charts
