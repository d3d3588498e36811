// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// bench_reports: how long summarize() and each chart's report query take on demo files.
//   bench_reports BIG.db [SMALL.db]
// Make the files with `onestreet --db F demo --streets 350 --years 10 --seed 7` (and --years 1).
// Prints the median of 5 runs per query (ms) and, with two files, the ratio big / small.
// Aim: each ≤ 50 ms on the 10-year file and ≤ 1.5 × its time on the 1-year file.
// Both wall-clock and CPU time are printed: on a busy machine the wall clock mostly measures
// the other processes, while CPU time is the query's own work.
#include "core/contract.h"
#include "core/organisation.h"
#include "core/reports.h"
#include "core/summary.h"
#include "ui/charts/chartbuilders.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>

namespace {

constexpr int kRuns = 5;

struct Measure
{
    QString name;
    std::function<bool(const core::Database &, QDate asOf)> run; // false: the query failed
};

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

// The medians of kRuns runs, wall clock and CPU separately.
Timing median(const core::Database &db, QDate asOf, const Measure &m, bool &ok)
{
    QList<double> wall, cpu;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        ok = m.run(db, asOf) && ok;
        wall << double(timer.nsecsElapsed()) / 1e6;
        cpu << cpuMs() - cpuStart;
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall.at(kRuns / 2), cpu.at(kRuns / 2)};
}

// The months a chart shows by default: the twelve up to asOf's.
core::MonthRange lastYear(QDate asOf)
{
    const QDate month(asOf.year(), asOf.month(), 1);
    return {month.addMonths(-11), month};
}

qint64 firstStreet(const core::Database &db)
{
    auto streets = core::OrganisationRepository(db).streets();
    return streets && !streets->isEmpty() ? streets->first().id : 0;
}

QList<Measure> measures()
{
    using core::Database;
    QList<Measure> list{
        {QStringLiteral("summarize"),
         [](const Database &db, QDate asOf) {
             return core::summarize(db, asOf).ok();
         }},
        {QStringLiteral("attendance (agency)"),
         [](const Database &db, QDate asOf) {
             return core::Reports(db).attendance(lastYear(asOf)).ok();
         }},
        {QStringLiteral("attendance (street)"),
         [](const Database &db, QDate asOf) {
             return core::Reports(db).attendance(lastYear(asOf), core::Scope::street(firstStreet(db))).ok();
         }},
        {QStringLiteral("activities (agency)"),
         [](const Database &db, QDate asOf) {
             return core::Reports(db).activities(lastYear(asOf)).ok();
         }},
        {QStringLiteral("activities (street)"),
         [](const Database &db, QDate asOf) {
             core::ActivityFilter f;
             f.streetId = firstStreet(db);
             return core::Reports(db).activities(lastYear(asOf), f).ok();
         }},
        {QStringLiteral("workload (agency)"),
         [](const Database &db, QDate asOf) {
             return core::Reports(db).workload(lastYear(asOf)).ok();
         }},
        {QStringLiteral("workload (street)"),
         [](const Database &db, QDate asOf) {
             return core::Reports(db).workload(lastYear(asOf), core::Scope::street(firstStreet(db))).ok();
         }},
        {QStringLiteral("supervision sessions"),
         [](const Database &db, QDate asOf) {
             return core::Reports(db).supervisionSessions(lastYear(asOf)).ok();
         }},
        {QStringLiteral("supervision gaps"),
         [](const Database &db, QDate asOf) {
             return core::Reports(db).supervisionGaps(asOf).ok();
         }},
        {QStringLiteral("funding by contract"),
         [](const Database &db, QDate) {
             return core::Reports(db).fundingByContract().ok();
         }},
        {QStringLiteral("contract list (funding)"),
         [](const Database &db, QDate) {
             return core::ContractRepository(db).list().ok();
         }},
        {QStringLiteral("monthly pay (all)"),
         [](const Database &db, QDate asOf) {
             return core::Reports(db).monthlyPay(lastYear(asOf)).ok();
         }},
    };
    // The whole chart (query + series + axes), as the window and `onestreet chart` build it.
    for (const QString &key : ui::charts::chartKeys()) {
        list.append({QStringLiteral("chart ") + key, [key](const Database &db, QDate asOf) {
                         ui::charts::ChartRequest request;
                         request.range = lastYear(asOf);
                         request.asOf = asOf;
                         return ui::charts::chartFor(key)->build(db, request).ok();
                     }});
    }
    return list;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // charts are QGraphicsWidgets
    QTextStream out(stdout);
    const QStringList files = app.arguments().mid(1);
    if (files.isEmpty() || files.size() > 2) {
        out << "usage: bench_reports BIG.db [SMALL.db]\n";
        return 2;
    }
    QList<core::Database> dbs;
    for (const QString &file : files) {
        auto db = core::Database::open(file, core::Database::Mode::ReadOnly);
        if (!db) {
            out << file << ": " << db.error().message << '\n';
            return 1;
        }
        dbs << db.value();
    }
    const QDate asOf = QDate::currentDate();
    out << "as of " << core::isoDate(asOf) << ", median of " << kRuns << " runs, ms (wall / CPU)\n";
    out << QStringLiteral("query").leftJustified(28);
    for (const QString &file : files)
        out << file.section(QLatin1Char('/'), -1).rightJustified(20);
    if (files.size() == 2)
        out << QStringLiteral("ratio wall / CPU").rightJustified(20);
    out << '\n';
    bool allOk = true;
    for (const Measure &m : measures()) {
        out << m.name.leftJustified(28);
        QList<Timing> times;
        for (const core::Database &db : std::as_const(dbs)) {
            bool ok = true;
            (void)m.run(db, asOf); // warm the page cache once
            times << median(db, asOf, m, ok);
            out << QString(QString::number(times.last().wallMs, 'f', 1) + QStringLiteral(" / ") +
                           QString::number(times.last().cpuMs, 'f', 1) + (ok ? QString() : QStringLiteral("!")))
                       .rightJustified(20);
            allOk = allOk && ok;
        }
        if (times.size() == 2) {
            auto ratio = [](double a, double b) {
                return QString::number(b > 0 ? a / b : 0.0, 'f', 2);
            };
            out << QString(ratio(times.at(0).wallMs, times.at(1).wallMs) + QStringLiteral(" / ") +
                           ratio(times.at(0).cpuMs, times.at(1).cpuMs))
                       .rightJustified(20);
        }
        out << '\n';
        out.flush();
    }
    if (!allOk)
        out << "! a query failed\n";
    return allOk ? 0 : 1;
}
