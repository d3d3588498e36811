// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// Times the attendance import of a 1,000,000-row CSV (reading, checking every row against
// workers and placements, writing in one transaction) against the sqlite3 shell's `.import`
// of the same file into a plain table with the same unique key. Target: ratio ≤ 1.5.
// With a server address, the same into an empty database on a PostgreSQL server (COPY), against
// psql's `\copy` of the file into a plain table with the same unique key, in the same run.
//   bench_import [rows] [postgresql://user@host:port/empty-database]
#include "core/database.h"
#include "core/io/importer.h"
#include "core/period.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <sys/resource.h>

// CPU seconds of this process (self) or of its finished children (the sqlite3 shell): on a
// machine shared with other work, wall time measures the neighbours more than the import.
static double cpuSeconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

using namespace core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    constexpr int kDays = 250;
    const int workers = (rows + kDays - 1) / kDays;
    QTextStream out(stdout);
    QTemporaryDir dir;

    // A fresh file with the workers and placements the rows need.
    const QString server = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    const QString dbPath = server.isEmpty() ? dir.filePath(QStringLiteral("bench.db")) : server;
    auto opened = Database::open(dbPath);
    if (!opened) {
        out << opened.error().message << '\n';
        return 1;
    }
    Database db = opened.value();
    bool seeded = true;
    const auto must = [&](const Result<QSqlQuery> &r) {
        if (!r) {
            out << r.error().message << '\n';
            seeded = false;
        }
    };
    {
        Transaction t(db);
        must(db.run(QStringLiteral("INSERT INTO district (id, name) VALUES (1, 'D')")));
        must(db.run(QStringLiteral("INSERT INTO purchaser (id, name) VALUES (1, 'P')")));
        must(db.run(QStringLiteral("INSERT INTO contract (id, code, purchaser_id, start_date, end_date) "
                                   "VALUES (1, 'C', 1, '2026-01-01', '2026-12-31')")));
        for (int i = 1; i <= workers; ++i) {
            must(db.run(QStringLiteral("INSERT INTO street (id, district_id, name) VALUES (?, 1, ?)"),
                        {i, QString::number(i)}));
            must(db.run(QStringLiteral("INSERT INTO post (id, contract_id, street_id) VALUES (?, 1, ?)"), {i, i}));
            must(
                db.run(QStringLiteral("INSERT INTO social_worker (id, code, name) VALUES (?, ?, ?)"),
                       {i, QStringLiteral("W%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("Worker %1").arg(i)}));
            must(db.run(
                QStringLiteral("INSERT INTO placement (worker_id, post_id, start_date) VALUES (?, ?, '2026-01-01')"),
                {i, i}));
        }
        if (!seeded || !t.commit()) {
            out << "seeding failed\n";
            return 1;
        }
    }

    const QString csvPath = dir.filePath(QStringLiteral("attendance.csv"));
    {
        QFile f(csvPath);
        f.open(QIODevice::WriteOnly);
        QByteArray buffer = QStringLiteral("工号,日期,状态,签到,签退\n").toUtf8();
        const char *statuses[] = {"出勤", "出勤", "出勤", "迟到", "病假", "P"};
        int n = 0;
        for (int d = 0; d < kDays && n < rows; ++d) {
            const QByteArray day = isoDate(QDate(2026, 1, 1).addDays(d)).toLatin1();
            for (int w = 1; w <= workers && n < rows; ++w, ++n) {
                buffer += 'W' + QByteArray::number(w).rightJustified(5, '0') + ',' + day + ',' +
                          QByteArray(statuses[n % 6]) + ",08:5" + QByteArray::number(n % 10) + ",17:3" +
                          QByteArray::number(n % 10) + '\n';
            }
            f.write(buffer);
            buffer.clear();
        }
    }
    const double megabytes = QFileInfo(csvPath).size() / 1048576.0;

    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuSeconds(RUSAGE_SELF);
    io::Importer importer(db);
    auto plan = importer.plan(io::ImportKind::Attendance, csvPath);
    if (!plan) {
        out << plan.error().message << '\n';
        return 1;
    }
    const qint64 planned = timer.elapsed();
    auto written = importer.write(plan.value());
    if (!written) {
        out << written.error().message << '\n';
        return 1;
    }
    const qint64 ours = timer.elapsed();
    const double oursCpu = cpuSeconds(RUSAGE_SELF) - cpu0;
    if (plan->errorRows || written->written != rows) {
        out << "unexpected: " << plan->errorRows << " errors, " << written->written << " written\n";
        return 1;
    }

    // The sqlite3 shell: the same CSV into a plain table with the same unique key.
    const QString plainPath = dir.filePath(QStringLiteral("plain.db"));
    QProcess shell;
    const double children0 = cpuSeconds(RUSAGE_CHILDREN);
    timer.restart();
    if (!server.isEmpty()) {
        shell.start(QStringLiteral("psql"),
                    {server, QStringLiteral("-qAt"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1")});
        shell.write(QStringLiteral("CREATE TABLE plain_attendance (worker text NOT NULL, day date NOT NULL, status "
                                   "text NOT NULL, sign_in text, sign_out text, UNIQUE (worker, day));\n"
                                   "\\copy plain_attendance FROM '%1' WITH (FORMAT csv, HEADER)\n"
                                   "SELECT count(*) FROM plain_attendance;\n")
                        .arg(csvPath)
                        .toUtf8());
    } else {
        shell.start(QStringLiteral("sqlite3"), {plainPath});
    }
    if (server.isEmpty())
        shell.write(
            QStringLiteral("PRAGMA journal_mode=WAL;\n"
                           "CREATE TABLE attendance (worker TEXT NOT NULL, day TEXT NOT NULL, status TEXT NOT NULL, "
                           "sign_in TEXT, sign_out TEXT, UNIQUE (worker, day));\n"
                           ".mode csv\n.import --skip 1 '%1' attendance\n"
                           "SELECT count(*) FROM attendance;\n")
                .arg(csvPath)
                .toUtf8());
    shell.closeWriteChannel();
    if (!shell.waitForFinished(600000) || shell.exitCode() != 0) {
        out << "the shell failed: " << shell.readAllStandardError() << '\n';
        return 1;
    }
    const qint64 theirs = timer.elapsed();
    const double theirsCpu = cpuSeconds(RUSAGE_CHILDREN) - children0;
    const QString shellCount =
        QString::fromUtf8(shell.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')).last();

    const auto perSecond = [&](qint64 ms) {
        return QString::number(rows * 1000.0 / qMax<qint64>(1, ms), 'f', 0);
    };
    out << "rows: " << rows << " (" << QString::number(megabytes, 'f', 1) << " MB, " << workers << " workers)\n"
        << "onestreet import: " << ours << " ms (check " << planned << " ms, write " << ours - planned << " ms), "
        << perSecond(ours) << " rows/s\n"
        << (server.isEmpty() ? "sqlite3 .import:  " : "psql \\copy:      ") << theirs << " ms, " << perSecond(theirs)
        << " rows/s (" << shellCount << " rows)\n"
        << "ratio: " << QString::number(double(ours) / qMax<qint64>(1, theirs), 'f', 2) << "x (target <= 1.5x)\n"
        << "CPU time: onestreet " << QString::number(oursCpu, 'f', 2) << " s, sqlite3 "
        << QString::number(theirsCpu, 'f', 2) << " s, ratio "
        << QString::number(oursCpu / qMax(0.001, theirsCpu), 'f', 2) << "x\n";
    return 0;
}
