// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// Hostile use of the command line: formulas in exported cells, personal data left readable,
// read-only files, a million bad rows, two imports at once, and processes killed mid-write.
#include "cliprocess.h"
#include "core/io/importer.h"
#include "helpers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <unistd.h>

using namespace core;

namespace {

using testcli::onestreet;
using testcli::Run;

QString demo(const QTemporaryDir &dir, const QString &name = QStringLiteral("d.db"))
{
    const QString path = dir.filePath(name);
    const Run r = onestreet({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--streets"),
                             QStringLiteral("2"), QStringLiteral("--years"), QStringLiteral("1"),
                             QStringLiteral("--end"), QStringLiteral("2026-06-30")});
    REQUIRE(r.code == 0);
    return path;
}

void exportTable(const QString &dbPath, const char *table, const QString &file)
{
    REQUIRE(onestreet({QStringLiteral("--db"), dbPath, QStringLiteral("export"), QString::fromLatin1(table),
                       QStringLiteral("-o"), file})
                .code == 0);
}

qint64 count(const QString &dbPath, const char *sql)
{
    auto db = Database::open(dbPath); // a file cut short mid-upgrade finishes its upgrade here
    INFO(dbPath.toStdString() << ": " << (db ? std::string() : db.error().message.toStdString()));
    REQUIRE(db.ok());
    return db->scalar(QString::fromLatin1(sql)).value().toLongLong();
}

QFileDevice::Permissions ownerOnly()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

QFileDevice::Permissions permissionsOf(const QString &path)
{
    // ReadUser etc. mirror the owner bits for the owner: compare the owner and other bits only.
    return QFileInfo(path).permissions() & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

} // namespace

TEST_CASE("cells that a spreadsheet would run as formulas are exported as text and read back as written",
          "[hostile][export]")
{
    QTemporaryDir dir;
    const QString dbPath = demo(dir);
    const QStringList formulas{QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")"), QStringLiteral("+1+1"),
                               QStringLiteral("-1+1"), QStringLiteral("@SUM(A1)"), QStringLiteral("=1+1")};
    {
        auto db = Database::open(dbPath);
        REQUIRE(db.ok());
        auto ids = db->run(QStringLiteral("SELECT id FROM attendance ORDER BY id LIMIT 5"));
        REQUIRE(ids.ok());
        QList<qint64> list;
        while (ids.value().next())
            list << ids.value().value(0).toLongLong();
        for (int i = 0; i < formulas.size(); ++i)
            REQUIRE(db->run(QStringLiteral("UPDATE attendance SET note = ? WHERE id = ?"), {formulas.at(i), list.at(i)})
                        .ok());
    }
    const QString csv = dir.filePath(QStringLiteral("a.csv")), xlsx = dir.filePath(QStringLiteral("a.xlsx"));
    exportTable(dbPath, "attendance", csv);
    exportTable(dbPath, "attendance", xlsx);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\"")));
    CHECK(text.contains(QStringLiteral(",'+1+1\r\n")));
    CHECK(text.contains(QStringLiteral(",'-1+1\r\n")));
    CHECK(text.contains(QStringLiteral(",'@SUM(A1)\r\n")));
    CHECK(!text.contains(QStringLiteral(",=")));
    // XLSX: a quote-prefix style on those cells, the text itself unchanged.
    QuaZip zip(xlsx);
    REQUIRE(zip.open(QuaZip::mdUnzip));
    REQUIRE(zip.setCurrentFile(QStringLiteral("xl/worksheets/sheet1.xml")));
    QuaZipFile sheet(&zip);
    REQUIRE(sheet.open(QIODevice::ReadOnly));
    const QByteArray xml = sheet.readAll();
    CHECK(xml.contains("t=\"inlineStr\" s=\"2\"><is><t>+1+1</t>"));
    REQUIRE(zip.setCurrentFile(QStringLiteral("xl/styles.xml")));
    QuaZipFile styles(&zip);
    REQUIRE(styles.open(QIODevice::ReadOnly));
    CHECK(styles.readAll().contains("quotePrefix=\"1\""));

    // A re-import of either file reads the original text.
    for (const QString &exported : {csv, xlsx}) {
        REQUIRE(Database::open(dbPath)
                    ->run(QStringLiteral("DELETE FROM attendance WHERE note <> '' AND "
                                         "substr(note, 1, 1) IN ('=', '+', '-', '@', char(9))"))
                    .ok());
        REQUIRE(count(dbPath, "SELECT count(*) FROM attendance WHERE note IN ('+1+1', '-1+1')") == 0);
        const Run r = onestreet(
            {QStringLiteral("--db"), dbPath, QStringLiteral("import"), QStringLiteral("attendance"), exported});
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.code == 0);
        CHECK(r.out.contains(QStringLiteral("Written: 5 row(s)")));
        auto db = Database::open(dbPath, Database::Mode::ReadOnly);
        for (const QString &f : formulas)
            CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM attendance WHERE note = ?"), {f}).value().toInt() ==
                  1);
    }
}

TEST_CASE("data files, backups, exports and their folders are the owner's only", "[hostile][permissions]")
{
    QTemporaryDir dir;
    const QString dbPath = demo(dir);
    CHECK(permissionsOf(dbPath) == ownerOnly());
    const QString csv = dir.filePath(QStringLiteral("a.csv")), xlsx = dir.filePath(QStringLiteral("a.xlsx")),
                  backup = dir.filePath(QStringLiteral("copy.db"));
    exportTable(dbPath, "workers", csv);
    exportTable(dbPath, "workers", xlsx);
    REQUIRE(onestreet({QStringLiteral("--db"), dbPath, QStringLiteral("backup"), QStringLiteral("-o"), backup}).code ==
            0);
    for (const QString &path : {csv, xlsx, backup}) {
        INFO(path.toStdString());
        CHECK(permissionsOf(path) == ownerOnly());
    }

    // The library as well, whatever the process's umask (the window and other callers).
    const QString library = dir.filePath(QStringLiteral("library.db"));
    REQUIRE(Database::open(library).ok());
    CHECK(permissionsOf(library) == ownerOnly());
}

TEST_CASE("a read-only file opens for viewing; writes are refused with a message in the user's language",
          "[hostile][readonly]")
{
    QTemporaryDir dir;
    const QString dbPath = demo(dir);
    // As handed over: the file alone, without the -wal and -shm of the last session.
    QFile::remove(dbPath + QStringLiteral("-wal"));
    QFile::remove(dbPath + QStringLiteral("-shm"));
    QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777));
    QFile::setPermissions(dbPath, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                      QFileDevice::ReadUser);
    // As root, permissions do not stop writes: run as nobody, as a normal user would be.
    QStringList asUser;
    if (geteuid() == 0) {
        const QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
        REQUIRE(!runuser.isEmpty()); // util-linux: to act as a normal user
        asUser = {runuser, QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")};
    }
    const Run summary = onestreet({QStringLiteral("--db"), dbPath, QStringLiteral("summary")}, asUser);
    INFO(summary.err.toStdString());
    CHECK(summary.code == 0);
    CHECK(onestreet({QStringLiteral("--db"), dbPath, QStringLiteral("check")}, asUser).code == 0);

    const QString csv = dir.filePath(QStringLiteral("a.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("工号,日期,状态\nSG00001,2026-06-30,出勤\n");
    f.close();
    QFile::setPermissions(csv, QFileDevice::Permissions(0x4444));
    const Run import = onestreet({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--db"), dbPath,
                                  QStringLiteral("import"), QStringLiteral("attendance"), csv},
                                 asUser);
    CHECK(import.code == 1);
    CHECK(import.err.contains(QStringLiteral("只读")));
}

TEST_CASE("a file of many bad rows lists the first of each kind and counts every kind", "[hostile][import]")
{
    QTemporaryDir dir;
    const QString dbPath = demo(dir);
    QByteArray csv = "工号,日期,状态\n";
    for (int i = 0; i < 5000; ++i)
        csv += "NOBODY" + QByteArray::number(i) + ",2026-03-02,出勤\n";
    for (int i = 0; i < 300; ++i)
        csv += "SG00001,2026-13-" + QByteArray::number(i % 28 + 1) + ",出勤\n";
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(csv);
    f.close();
    const Run r = onestreet({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--db"), dbPath,
                             QStringLiteral("import"), QStringLiteral("attendance"), path});
    CHECK(r.code == 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.size() < 60);
    CHECK(r.out.count(QStringLiteral("没有工号为")) == core::io::ImportPlan::kShownPerKind);
    // The line in Chinese punctuation, row first.
    CHECK(r.out.contains(QStringLiteral("第 2 行，“工号”列：")));
    CHECK(r.out.contains(QStringLiteral("5000")));
    CHECK(r.out.contains(QStringLiteral("300")));
    CHECK(r.out.contains(QStringLiteral("错误：5300")));
}

TEST_CASE("a second import of the same file at once writes nothing twice and says so", "[hostile][import]")
{
    QTemporaryDir dir;
    const QString dbPath = demo(dir);
    const QString csv = dir.filePath(QStringLiteral("all.csv"));
    exportTable(dbPath, "attendance", csv);
    const qint64 rows = count(dbPath, "SELECT count(*) FROM attendance");
    REQUIRE(rows > 200);

    // The preview sees every row as new; another import writes them; the write finds them there.
    REQUIRE(Database::open(dbPath)->run(QStringLiteral("DELETE FROM attendance")).ok());
    auto db = Database::open(dbPath);
    REQUIRE(db.ok());
    core::io::Importer importer(db.value());
    auto plan = importer.plan(core::io::ImportKind::Attendance, csv);
    REQUIRE(plan.ok());
    CHECK(plan->newRows == rows);
    const Run other =
        onestreet({QStringLiteral("--db"), dbPath, QStringLiteral("import"), QStringLiteral("attendance"), csv});
    REQUIRE(other.code == 0);
    auto written = importer.write(plan.value());
    REQUIRE(written.ok());
    CHECK(written->written == 0);
    CHECK(written->meanwhile == rows);
    CHECK(count(dbPath, "SELECT count(*) FROM attendance") == rows);

    // Two processes at once: one writes every row, the other finds them there; neither fails.
    REQUIRE(Database::open(dbPath)->run(QStringLiteral("DELETE FROM attendance")).ok());
    QProcess a, b;
    for (QProcess *p : {&a, &b})
        p->start(QStringLiteral(ONESTREET_BINARY),
                 {QStringLiteral("--db"), dbPath, QStringLiteral("import"), QStringLiteral("attendance"), csv});
    REQUIRE(a.waitForFinished(120000));
    REQUIRE(b.waitForFinished(120000));
    const QString out = QString::fromUtf8(a.readAllStandardOutput() + b.readAllStandardOutput());
    INFO(out.toStdString());
    CHECK(a.exitCode() == 0);
    CHECK(b.exitCode() == 0);
    CHECK(out.count(QStringLiteral("Written: %1 row(s)").arg(rows)) == 1);
    CHECK(out.count(QStringLiteral("Written: 0 row(s)")) == 1);
    CHECK(count(dbPath, "SELECT count(*) FROM attendance") == rows);
}

TEST_CASE("an import and a demo killed at random points leave all or nothing", "[hostile][crash]")
{
    QTemporaryDir dir;
    const QString dbPath = demo(dir);
    const QString csv = dir.filePath(QStringLiteral("all.csv"));
    exportTable(dbPath, "attendance", csv);
    const qint64 rows = count(dbPath, "SELECT count(*) FROM attendance");
    QRandomGenerator random(20261202);
    const auto integrity = [](const QString &path) {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        return db->scalar(QStringLiteral("PRAGMA integrity_check")).value().toString();
    };
    // Runs the command once to its end to learn how long it takes, then kills it (SIGKILL: no
    // clean-up runs) at random points within that time.
    const auto timed = [](const QStringList &arguments) {
        QElapsedTimer timer;
        timer.start();
        QProcess p;
        p.start(QStringLiteral(ONESTREET_BINARY), arguments);
        REQUIRE(p.waitForFinished(120000));
        REQUIRE(p.exitCode() == 0);
        return qMax<qint64>(50, timer.elapsed());
    };
    int killed = 0;
    const auto killWithin = [&](const QStringList &arguments, qint64 ms) {
        QProcess p;
        p.start(QStringLiteral(ONESTREET_BINARY), arguments);
        REQUIRE(p.waitForStarted());
        if (!p.waitForFinished(int(ms / 10 + random.bounded(int(ms))))) {
            p.kill();
            p.waitForFinished();
            ++killed;
        }
    };

    const QStringList import{QStringLiteral("--db"), dbPath, QStringLiteral("import"), QStringLiteral("attendance"),
                             csv};
    const auto emptyAttendance = [&] {
        REQUIRE(Database::open(dbPath)->run(QStringLiteral("DELETE FROM attendance")).ok());
    };
    emptyAttendance();
    const qint64 importMs = timed(import);
    for (int trial = 0; trial < 8; ++trial) {
        emptyAttendance();
        killWithin(import, importMs);
        const qint64 after = count(dbPath, "SELECT count(*) FROM attendance");
        INFO("import trial " << trial << ": " << after << " of " << rows);
        CHECK((after == 0 || after == rows));
        CHECK(integrity(dbPath) == QStringLiteral("ok"));
    }

    const auto demoArguments = [&](const QString &path) {
        return QStringList{QStringLiteral("--db"),      path,
                           QStringLiteral("demo"),      QStringLiteral("--streets"),
                           QStringLiteral("2"),         QStringLiteral("--years"),
                           QStringLiteral("1"),         QStringLiteral("--end"),
                           QStringLiteral("2026-06-30")};
    };
    const qint64 demoMs = timed(demoArguments(dir.filePath(QStringLiteral("reference.db"))));
    for (int trial = 0; trial < 6; ++trial) {
        const QString fresh = dir.filePath(QStringLiteral("demo%1.db").arg(trial));
        killWithin(demoArguments(fresh), demoMs);
        if (!QFileInfo::exists(fresh))
            continue;
        const qint64 after = count(fresh, "SELECT count(*) FROM attendance");
        INFO("demo trial " << trial << ": " << after << " of " << rows);
        CHECK((after == 0 || after == rows));
        CHECK(integrity(fresh) == QStringLiteral("ok"));
    }
    CHECK(killed > 0); // some runs were really cut short
}
