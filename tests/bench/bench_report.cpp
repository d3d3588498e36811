// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// bench_report: how long the report for the purchaser takes for one contract and one quarter.
//   bench_report FILE.db [CONTRACT_ID] [PERIOD] [AS_OF]
// Make the file with `onestreet --db FILE demo --streets 350 --years 10 --seed 7 --end 2026-12-01`.
// Without a contract: the contract with the most posts running in the period (default 2026-Q3,
// as of 2026-12-01). Prints the median of 5 runs (wall clock and CPU, ms) of: the figures
// (core::makePurchaserReport), the figures with the charts' values (ui::report::prepareReport),
// the PDF (ui::report::ReportRenderer::writePdf), the XLSX, and the whole `report -o` path.
// Aim: the whole path ≤ 1 s.
#include "core/io/reportworkbook.h"
#include "core/purchaserreport.h"
#include "ui/report/reportrenderer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>

namespace {

constexpr int kRuns = 5;

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Timing
{
    double wall = 0;
    double cpu = 0;
};

Timing median(const std::function<bool()> &run, bool &ok)
{
    QList<double> wall, cpu;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        const double start = cpuMs();
        timer.start();
        ok = run() && ok;
        wall << double(timer.nsecsElapsed()) / 1e6;
        cpu << cpuMs() - start;
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall.at(kRuns / 2), cpu.at(kRuns / 2)};
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_report FILE.db [CONTRACT_ID] [PERIOD] [AS_OF]\n";
        return 2;
    }
    auto db = core::Database::open(args.at(1), core::Database::Mode::ReadOnly);
    if (!db) {
        out << db.error().message << '\n';
        return 1;
    }
    const auto period = core::Period::parse(args.size() > 3 ? args.at(3) : QStringLiteral("2026-Q3"));
    const QDate asOf = args.size() > 4 ? core::fromIsoDate(args.at(4)) : QDate(2026, 12, 1);
    if (!period || !asOf.isValid()) {
        out << "bad period or day\n";
        return 2;
    }
    qint64 contract = args.size() > 2 ? args.at(2).toLongLong() : 0;
    if (contract == 0) {
        auto q = db->run(QStringLiteral("SELECT c.id FROM contract c JOIN post p ON p.contract_id = c.id"
                                        " WHERE c.status <> 'draft' AND c.start_date <= ? AND c.end_date >= ?"
                                        " GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1"),
                         {core::isoDate(period->last()), core::isoDate(period->first())});
        if (q && q.value().next())
            contract = q.value().value(0).toLongLong();
    }
    const core::ReportRequest request = core::ReportRequest::forPeriod(*period, asOf, contract);
    auto first = core::makePurchaserReport(*db, request);
    if (!first) {
        out << first.error().message << '\n';
        return 1;
    }
    out << "contract " << contract << " (" << first->contracts.first().code << "), " << period->code() << " as of "
        << core::isoDate(asOf) << ": " << first->posts.size() << " posts, " << first->postDaysTotal << " post-days, "
        << first->attendanceTotal.requiredDays << " required days, " << first->activityTotal.total << " activities\n";

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const QString xlsx = dir.filePath(QStringLiteral("report.xlsx"));
    bool ok = true;
    auto prepared = ui::report::prepareReport(*db, request);
    if (!prepared) {
        out << prepared.error().message << '\n';
        return 1;
    }
    const QList<std::pair<const char *, std::function<bool()>>> steps = {
        {"figures (makePurchaserReport)",
         [&] {
             return core::makePurchaserReport(*db, request).ok();
         }},
        {"figures + chart values (prepareReport)",
         [&] {
             return ui::report::prepareReport(*db, request).ok();
         }},
        {"PDF from prepared (writePdf)",
         [&] {
             return ui::report::ReportRenderer::writePdf(*prepared, pdf).ok();
         }},
        {"XLSX from prepared",
         [&] {
             return core::io::writeReportWorkbook(prepared->document, xlsx).ok();
         }},
        {"whole: prepare + PDF",
         [&] {
             auto p = ui::report::prepareReport(*db, request);
             return p && ui::report::ReportRenderer::writePdf(*p, pdf).ok();
         }},
        {"whole: prepare + XLSX",
         [&] {
             auto p = ui::report::prepareReport(*db, request);
             return p && core::io::writeReportWorkbook(p->document, xlsx).ok();
         }},
    };
    out << QStringLiteral("%1 %2 %3\n")
               .arg(QStringLiteral("step"), -42)
               .arg(QStringLiteral("wall ms"), 9)
               .arg(QStringLiteral("cpu ms"), 9);
    for (const auto &[name, run] : steps) {
        const Timing t = median(run, ok);
        out << QStringLiteral("%1 %2 %3\n")
                   .arg(QString::fromLatin1(name), -42)
                   .arg(t.wall, 9, 'f', 1)
                   .arg(t.cpu, 9, 'f', 1);
        out.flush();
    }
    out << "PDF " << QFileInfo(pdf).size() / 1024 << " KiB, XLSX " << QFileInfo(xlsx).size() / 1024 << " KiB\n";
    return ok ? 0 : 1;
}
