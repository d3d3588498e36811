// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The command line on a PostgreSQL server (label `postgres`): every command with
// --db postgresql://..., the same figures as on a file, copies both ways, and several processes
// at once. Each case gets a fresh database from pgfixture.h.
#include "pgfixture.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

using pgfixture::FreshDatabase;

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

QProcess *start(const QStringList &arguments)
{
    auto *p = new QProcess;
    p->setProgram(QStringLiteral(ONESTREET_BINARY));
    p->setArguments(arguments);
    p->start();
    return p;
}

Run finish(QProcess *p)
{
    p->waitForFinished(300000);
    Run r;
    r.code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    r.out = QString::fromUtf8(p->readAllStandardOutput());
    r.err = QString::fromUtf8(p->readAllStandardError());
    delete p;
    return r;
}

Run onestreet(const QStringList &arguments)
{
    return finish(start(arguments));
}

// The address of a database on the test server (PGPASSWORD, when set, is read by libpq).
QString address(const QString &database)
{
    const QString host = qEnvironmentVariable("PGHOST");
    const QString user = qEnvironmentVariable("PGUSER");
    const QString port = qEnvironmentVariable("PGPORT");
    QString url = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        url += user + QLatin1Char('@');
    if (!host.startsWith(QLatin1Char('/')))
        url += host;
    if (!port.isEmpty() && !host.startsWith(QLatin1Char('/')))
        url += QLatin1Char(':') + port;
    url += QLatin1Char('/') + database;
    if (host.startsWith(QLatin1Char('/')))
        url += QStringLiteral("?host=") + host + (port.isEmpty() ? QString() : QStringLiteral("&port=") + port);
    return url;
}

Run demo(const QString &db)
{
    return onestreet({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--streets"),
                      QStringLiteral("3"), QStringLiteral("--years"), QStringLiteral("1"), QStringLiteral("--seed"),
                      QStringLiteral("11"), QStringLiteral("--end"), QStringLiteral("2026-06-30")});
}

QString summary(const QString &db)
{
    const Run r = onestreet({QStringLiteral("--db"), db, QStringLiteral("summary"), QStringLiteral("--json"),
                             QStringLiteral("--on"), QStringLiteral("2026-06-30")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    // The database's name is the one line that may differ.
    static const QRegularExpression where(QStringLiteral("^.*\"database\".*$\\n?"),
                                          QRegularExpression::MultilineOption);
    return QString(r.out).remove(where);
}

#define REQUIRE_RUN(run)                                                                                               \
    do {                                                                                                               \
        const Run r_ = (run);                                                                                          \
        INFO(r_.out.toStdString() << r_.err.toStdString());                                                            \
        REQUIRE(r_.code == 0);                                                                                         \
    } while (false)

// Attendance rows for every active worker on the days from `first` to `last`, as a CSV to import.
QString attendanceCsv(const FreshDatabase &db, const QString &path, QDate first, QDate last, qint64 *rows = nullptr)
{
    QSqlQuery q(db.sql());
    // The workers placed on every one of those days.
    q.prepare(QStringLiteral("SELECT w.code FROM social_worker w WHERE EXISTS (SELECT 1 FROM placement pl JOIN post p "
                             "ON p.id = pl.post_id JOIN contract c ON c.id = p.contract_id WHERE pl.worker_id = w.id "
                             "AND pl.start_date <= ? AND COALESCE(pl.end_date, c.end_date) >= ?) ORDER BY w.id"));
    q.addBindValue(first.toString(Qt::ISODate));
    q.addBindValue(last.toString(Qt::ISODate));
    REQUIRE(q.exec());
    QStringList codes;
    while (q.next())
        codes << q.value(0).toString();
    REQUIRE_FALSE(codes.isEmpty());
    if (rows)
        *rows = codes.size() * (first.daysTo(last) + 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("code,date,status\n");
    // July 2026 has no public holiday: a weekend day takes business out only.
    for (QDate d = first; d <= last; d = d.addDays(1))
        for (const QString &c : codes)
            file.write(QStringLiteral("%1,%2,%3\n")
                           .arg(c, d.toString(Qt::ISODate),
                                d.dayOfWeek() > 5 ? QStringLiteral("business") : QStringLiteral("present"))
                           .toUtf8());
    return path;
}

} // namespace

TEST_CASE("demo, summary, check, export, import, evaluate, chart, report, sheets and backup work on a server",
          "[pg][cli]")
{
    FreshDatabase db;
    QTemporaryDir dir;
    const QString url = address(db.name());
    const QString file = dir.filePath(QStringLiteral("same.db"));
    REQUIRE_RUN(demo(url));
    REQUIRE_RUN(demo(file));
    // The same seed gives the same figures on both engines.
    CHECK(summary(url) == summary(file));

    REQUIRE_RUN(onestreet({QStringLiteral("--db"), url, QStringLiteral("check")}));
    const QString csv = dir.filePath(QStringLiteral("attendance.csv"));
    REQUIRE_RUN(onestreet({QStringLiteral("--db"), url, QStringLiteral("export"), QStringLiteral("attendance"),
                           QStringLiteral("-o"), csv}));
    CHECK(QFileInfo(csv).size() > 1000);
    REQUIRE_RUN(onestreet({QStringLiteral("--db"), url, QStringLiteral("export"), QStringLiteral("supervision"),
                           QStringLiteral("-o"), dir.filePath(QStringLiteral("s.xlsx"))}));
    // Re-importing what was exported finds every row already there.
    REQUIRE_RUN(onestreet({QStringLiteral("--db"), url, QStringLiteral("import"), QStringLiteral("attendance"), csv}));
    const qint64 before = db.count(QStringLiteral("SELECT count(*) FROM attendance"));
    const QString fresh =
        attendanceCsv(db, dir.filePath(QStringLiteral("july.csv")), QDate(2026, 7, 1), QDate(2026, 7, 3));
    REQUIRE_RUN(
        onestreet({QStringLiteral("--db"), url, QStringLiteral("import"), QStringLiteral("attendance"), fresh}));
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM attendance")) > before);

    REQUIRE_RUN(onestreet({QStringLiteral("--db"), url, QStringLiteral("evaluate"), QStringLiteral("--period"),
                           QStringLiteral("2026-Q2"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30")}));
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM evaluation WHERE period_start = '2026-04-01'")) > 0);
    for (const char *kind : {"attendance", "activities", "workload", "supervision", "funding"}) {
        const QString png = dir.filePath(QString::fromLatin1(kind) + QStringLiteral(".png"));
        REQUIRE_RUN(onestreet({QStringLiteral("--db"), url, QStringLiteral("chart"), QString::fromLatin1(kind),
                               QStringLiteral("--on"), QStringLiteral("2026-06-30"), QStringLiteral("-o"), png}));
        CHECK(QFileInfo(png).size() > 1000);
    }
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE_RUN(onestreet({QStringLiteral("--db"), url, QStringLiteral("report"), QStringLiteral("--period"),
                           QStringLiteral("2026-H1"), QStringLiteral("--on"), QStringLiteral("2026-06-30"),
                           QStringLiteral("-o"), pdf}));
    CHECK(QFileInfo(pdf).size() > 1000);
    const QString sheets = dir.filePath(QStringLiteral("sheets.pdf"));
    REQUIRE_RUN(onestreet({QStringLiteral("--db"), url, QStringLiteral("sheets"), QStringLiteral("--period"),
                           QStringLiteral("2026-Q2"), QStringLiteral("-o"), sheets}));
    CHECK(QFileInfo(sheets).size() > 1000);

    // The server's backup is a OneStreet file with the same figures.
    const QString backup = dir.filePath(QStringLiteral("backup.db"));
    REQUIRE_RUN(onestreet({QStringLiteral("--db"), url, QStringLiteral("backup"), QStringLiteral("-o"), backup}));
    CHECK(summary(backup) == summary(url));
    REQUIRE_RUN(onestreet({QStringLiteral("--db"), backup, QStringLiteral("check")}));
}

TEST_CASE("copy-to moves a file onto an empty server database, ids kept, and refuses a full one", "[pg][cli]")
{
    FreshDatabase db;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("agency.db"));
    REQUIRE_RUN(demo(file));
    const QString url = address(db.name());
    const Run copied = onestreet({QStringLiteral("--db"), file, QStringLiteral("copy-to"), url});
    INFO(copied.err.toStdString());
    REQUIRE(copied.code == 0);
    CHECK(copied.out.contains(QRegularExpression(QStringLiteral("attendance\\s+\\d+"))));
    CHECK(summary(url) == summary(file));
    // New records get new ids after the copied ones.
    const qint64 top = db.count(QStringLiteral("SELECT max(id) FROM district"));
    CHECK(db.insert(QStringLiteral("INSERT INTO district (name) VALUES ('新区')")) == top + 1);

    const Run again = onestreet({QStringLiteral("--db"), file, QStringLiteral("copy-to"), url});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("already holds records")));
    const Run missing = onestreet(
        {QStringLiteral("--db"), file, QStringLiteral("copy-to"), address(db.name() + QStringLiteral("_no"))});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("no database")));
}

TEST_CASE("a database of other tables or of a newer OneStreet is refused untouched", "[pg][cli]")
{
    FreshDatabase db;
    REQUIRE(db.exec(QStringLiteral("CREATE TABLE payroll (id integer)")));
    const Run other = onestreet({QStringLiteral("--db"), address(db.name()), QStringLiteral("summary")});
    CHECK(other.code == 1);
    CHECK(other.err.contains(QStringLiteral("not a OneStreet database")));
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) == 1);

    FreshDatabase newer;
    REQUIRE(newer.migrate());
    REQUIRE(newer.exec(QStringLiteral("INSERT INTO schema_version (version, application_id) VALUES (99, 1330869297)")));
    const Run r = onestreet({QStringLiteral("--db"), address(newer.name()), QStringLiteral("summary")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("newer version")));
}

TEST_CASE("two processes importing disjoint rows at once lose none", "[pg][cli]")
{
    FreshDatabase db;
    QTemporaryDir dir;
    const QString url = address(db.name());
    REQUIRE_RUN(demo(url));
    const qint64 before = db.count(QStringLiteral("SELECT count(*) FROM attendance"));
    qint64 rowsA = 0, rowsB = 0;
    const QString a =
        attendanceCsv(db, dir.filePath(QStringLiteral("a.csv")), QDate(2026, 7, 1), QDate(2026, 7, 10), &rowsA);
    const QString b =
        attendanceCsv(db, dir.filePath(QStringLiteral("b.csv")), QDate(2026, 7, 11), QDate(2026, 7, 20), &rowsB);
    const qint64 rows = rowsA + rowsB;
    QProcess *first = start({QStringLiteral("--db"), url, QStringLiteral("import"), QStringLiteral("attendance"), a});
    QProcess *second = start({QStringLiteral("--db"), url, QStringLiteral("import"), QStringLiteral("attendance"), b});
    REQUIRE_RUN(finish(first));
    REQUIRE_RUN(finish(second));
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM attendance")) == before + rows);
}

TEST_CASE("an import whose connection is killed midway writes nothing", "[pg][cli]")
{
    FreshDatabase db;
    QTemporaryDir dir;
    const QString url = address(db.name());
    REQUIRE_RUN(demo(url));
    const qint64 before = db.count(QStringLiteral("SELECT count(*) FROM attendance"));
    const QString csv = attendanceCsv(db, dir.filePath(QStringLiteral("k.csv")), QDate(2026, 7, 1), QDate(2026, 7, 20));
    // Another session holds the table in SHARE mode: the import reads, begins, and waits at its
    // first write, inside its transaction; there it is killed.
    QSqlDatabase other = db.another();
    REQUIRE(FreshDatabase::execOn(other, QStringLiteral("BEGIN")));
    REQUIRE(FreshDatabase::execOn(other, QStringLiteral("LOCK TABLE attendance IN SHARE MODE")));
    QProcess *import =
        start({QStringLiteral("--db"), url, QStringLiteral("import"), QStringLiteral("attendance"), csv});
    qint64 killed = 0;
    QElapsedTimer waited;
    waited.start();
    while (killed == 0 && waited.elapsed() < 60000) {
        QThread::msleep(50);
        killed =
            db.count(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = "
                                    "current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'"));
    }
    REQUIRE(killed == 1);
    REQUIRE(FreshDatabase::execOn(other, QStringLiteral("ROLLBACK")));
    const Run r = finish(import);
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("connection to the server was lost")));
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM attendance")) == before);
}
