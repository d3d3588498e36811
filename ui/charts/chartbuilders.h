// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "chartdata.h"
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
// street and/or a worker (the narrowest one given is the scope of rate-like figures), as of a
// day: nothing after it is counted, and a month running on it counts up to it.
struct ChartRequest
{
    core::MonthRange range;
    std::optional<qint64> districtId;
    std::optional<qint64> streetId;
    std::optional<qint64> workerId;
    QDate asOf = QDate::currentDate();

    // Worker, else street, else district, else the agency.
    core::Scope scope() const;
    // The last day counted: the range's last day, or the as-of day if earlier (e.g. the day
    // "days since the last session" is counted to).
    QDate lastCounted() const;
};

// One chart: data() computes every value it draws from one of core's reports (never from rows
// read here); draw() draws exactly those. The window, `onestreet chart -o` (PNG) and `onestreet
// chart --json` all go through data(), so the numbers printed are the numbers drawn.
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
    // The values the chart draws.
    virtual core::Result<ChartData> data(const core::Database &db, const ChartRequest &request) const = 0;
    // A new chart of those values, owned by the caller.
    virtual std::unique_ptr<QChart> draw(const ChartData &data) const = 0;
    // data(), then draw().
    core::Result<std::unique_ptr<QChart>> build(const core::Database &db, const ChartRequest &request) const;

protected:
    // "Street S1 · 2026-01 – 2026-12": the scope and period line under the title.
    static QString describe(const core::Database &db, const ChartRequest &request, bool withScope = true,
                            bool withPeriod = true);
    // "2026-12 as of 1 Dec" when a month of the range runs on the as-of day (or "nothing after …"
    // when the range lies after it); empty otherwise.
    static QString asOfNote(const ChartRequest &request);
    // A ChartData with this chart's key, the title, the subtitle and the as-of day.
    ChartData start(const ChartRequest &request, const QString &title, const QString &subtitle) const;
};

// 出勤率 per month (line, 0–100 %) by the attendance rule, for the request's scope; tooltips give
// required, attended and excused days and absences by kind. Value: the rate in %; numerator:
// days attended; denominator: required days − excused days.
class AttendanceChart : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ui::charts::AttendanceChart)
public:
    QString key() const override { return QStringLiteral("attendance"); }
    QString title() const override { return tr("Attendance"); }
    core::Result<ChartData> data(const core::Database &db, const ChartRequest &request) const override;
    std::unique_ptr<QChart> draw(const ChartData &data) const override;
};

// Activities held per month, stacked by activity type or by target group. Value and numerator:
// the activities of the type (group); denominator: all activities held that month.
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
    core::Result<ChartData> data(const core::Database &db, const ChartRequest &request) const override;
    std::unique_ptr<QChart> draw(const ChartData &data) const override;

private:
    Split m_split;
};

// Professional vs administrative hours per month (stacked) with the administrative share (%).
// Numerator: the minutes of the series; denominator: all minutes logged that month.
class WorkloadChart : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ui::charts::WorkloadChart)
public:
    QString key() const override { return QStringLiteral("workload"); }
    QString title() const override { return tr("Workload"); }
    core::Result<ChartData> data(const core::Database &db, const ChartRequest &request) const override;
    std::unique_ptr<QChart> draw(const ChartData &data) const override;
};

// Supervision sessions (督导) per month, stacked by form. Agency-wide. Numerator: the sessions
// of the form; denominator: all sessions that month.
class SupervisionChart : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ui::charts::SupervisionChart)
public:
    QString key() const override { return QStringLiteral("supervision"); }
    QString title() const override { return tr("Supervision"); }
    int filters() const override { return 0; }
    core::Result<ChartData> data(const core::Database &db, const ChartRequest &request) const override;
    std::unique_ptr<QChart> draw(const ChartData &data) const override;
};

// Days since the last supervision session of each placed worker, the longest first (at most
// kMaxWorkers), with the alert threshold (settings: alert_unsupervised_days). Numerator: the
// days; denominator: the threshold. A worker never supervised has no value.
class SupervisionGapChart : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ui::charts::SupervisionGapChart)
public:
    static constexpr int kMaxWorkers = 20; // more would not fit at 1366×768
    QString key() const override { return QStringLiteral("supervision-gaps"); }
    QString title() const override { return tr("Unsupervised days"); }
    core::Result<ChartData> data(const core::Database &db, const ChartRequest &request) const override;
    std::unique_ptr<QChart> draw(const ChartData &data) const override;
};

// 经费 per contract: received, overhead, paid and left (yuan), for the contracts whose term
// overlaps the range (the latest kMaxContracts of them). Numerator: the yuan; denominator: the
// contract's budget (funding per post × posts).
class FundingChart : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ui::charts::FundingChart)
public:
    static constexpr int kMaxContracts = 10; // each code must fit under its bars
    QString key() const override { return QStringLiteral("funding"); }
    QString title() const override { return tr("Funding"); }
    int filters() const override { return 0; }
    core::Result<ChartData> data(const core::Database &db, const ChartRequest &request) const override;
    std::unique_ptr<QChart> draw(const ChartData &data) const override;
};

// Net pay beside the reference wage (settings: reference_wage). For one worker: per month.
// Otherwise: each worker's average monthly pay over the range, the lowest kMaxWorkers first.
// Numerator: yuan paid; denominator: the reference wage (one worker) or the months paid.
class PayChart : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ui::charts::PayChart)
public:
    static constexpr int kMaxWorkers = 20; // more would not fit at 1366×768
    QString key() const override { return QStringLiteral("pay"); }
    QString title() const override { return tr("Net pay"); }
    int filters() const override { return ByWorker; }
    core::Result<ChartData> data(const core::Database &db, const ChartRequest &request) const override;
    std::unique_ptr<QChart> draw(const ChartData &data) const override;
};

// Every chart, in the order of the window's tabs.
std::vector<std::unique_ptr<ChartBuilder>> allCharts();
// The chart called `key`, or nullptr.
std::unique_ptr<ChartBuilder> chartFor(const QString &key);
QStringList chartKeys();

} // namespace ui::charts
