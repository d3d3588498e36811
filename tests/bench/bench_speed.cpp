// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The in-process figures of tests/bench/bench_all.sh, in CPU time of this process (every
// thread, getrusage), so that a loaded machine slows the figure less than wall time would:
//   bench_speed create FILE          an empty OneStreet file
//   bench_speed charts FILE [DAY]    attendance and workload chart data, 12 months to DAY (default today), ms
//   bench_speed summary FILE [DAY]   the key figures and alerts as of DAY, ms
//   bench_speed window FILE          the window on FILE: CPU ms until visible, until idle, then the
//                                    attendance page shown and idle: peak resident KB
// Each prints one line "name value" per figure; charts and summary print the median of 7 runs.
#include "core/database.h"
#include "core/period.h"
#include "core/summary.h"
#include "ui/charts/chartbuilders.h"
#include "ui/mainwindow.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThreadPool>
#include <QWindow>

#include <algorithm>
#include <functional>
#include <sys/resource.h>

namespace {

double cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

long peakKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

double medianMs(const std::function<bool()> &work, int runs = 7)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        const double start = cpuMs();
        if (!work())
            return -1;
        times << cpuMs() - start;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// Runs the event loop until nothing has happened for a while: no events, no pooled thread
// working, the automatic backup done.
void waitIdle(ui::MainWindow &window)
{
    QElapsedTimer quiet;
    quiet.start();
    while (quiet.elapsed() < 300) {
        const bool busy = QCoreApplication::instance()->eventDispatcher()->processEvents(QEventLoop::AllEvents) ||
                          window.backupRunning() || QThreadPool::globalInstance()->activeThreadCount() > 0;
        if (busy)
            quiet.restart();
        else
            QThread::msleep(5);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        out << "usage: bench_speed create|charts|summary|window FILE [DAY]\n";
        return 2;
    }
    const QString mode = args.at(1);
    const QString path = args.at(2);
    const QDate day = args.size() > 3 ? core::fromIsoDate(args.at(3)) : QDate::currentDate();

    if (mode == u"window") {
        const double start = cpuMs();
        ui::MainWindow window;
        if (!window.openDatabase(path))
            return 1;
        window.show();
        while (!window.windowHandle() || !window.windowHandle()->isExposed())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QCoreApplication::processEvents(); // the first paint
        const double visible = cpuMs() - start;
        waitIdle(window);
        const double idle = cpuMs() - start; // the quiet wait sleeps: next to no CPU
        window.showPage(QStringLiteral("attendance"));
        waitIdle(window);
        out << "visible_ms " << visible << "\nidle_ms " << idle << "\npeak_kb " << peakKb() << '\n';
        return 0;
    }

    auto opened = core::Database::open(path, mode == u"create" ? core::Database::Mode::ReadWrite
                                                               : core::Database::Mode::ReadOnly);
    if (!opened) {
        out << opened.error().message << '\n';
        return 1;
    }
    const core::Database db = opened.value();
    if (mode == u"create")
        return 0;
    if (mode == u"charts") {
        ui::charts::ChartRequest request;
        request.asOf = day;
        const QDate to(day.year(), day.month(), 1);
        request.range = core::MonthRange(to.addMonths(-11), to);
        for (const QString &kind : {QStringLiteral("attendance"), QStringLiteral("workload")}) {
            const auto builder = ui::charts::chartFor(kind);
            const double ms = medianMs([&] { return bool(builder->data(db, request)); });
            out << kind << "_ms " << ms << '\n';
        }
        return 0;
    }
    if (mode == u"summary") {
        out << "summary_ms " << medianMs([&] { return bool(core::summarize(db, day)); }) << '\n';
        return 0;
    }
    out << "unknown mode " << mode << '\n';
    return 2;
}
