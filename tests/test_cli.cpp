// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The command line, run as users run it: the built binary in a child process.
#include "cliprocess.h"
#include "helpers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

namespace {

using testcli::onestreet;
using testcli::Run;

Run demo(const QString &path, const QString &seed = QStringLiteral("1"))
{
    return onestreet({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--streets"),
                      QStringLiteral("3"), QStringLiteral("--years"), QStringLiteral("1"), QStringLiteral("--seed"),
                      seed, QStringLiteral("--end"), QStringLiteral("2026-06-30")});
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A raw connection (no migrations, no checks), for looking at and breaking files.
class Raw
{
public:
    explicit Raw(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~Raw()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql);
    }
    // A digest of every row of a table, in id order.
    QByteArray tableHash(const QString &table) const
    {
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
        QCryptographicHash h(QCryptographicHash::Sha256);
        while (q.next())
            for (int c = 0; c < q.record().count(); ++c)
                h.addData(QByteArray(q.value(c).toString().toUtf8().append('\x1f')));
        return h.result();
    }
    qint64 count(const QString &table) const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
    }

private:
    QString m_name;
    static inline int s_count = 0;
};

const QStringList kTables = {QStringLiteral("district"),
                             QStringLiteral("street"),
                             QStringLiteral("department"),
                             QStringLiteral("purchaser"),
                             QStringLiteral("contract"),
                             QStringLiteral("post"),
                             QStringLiteral("social_worker"),
                             QStringLiteral("placement"),
                             QStringLiteral("attendance"),
                             QStringLiteral("work_log"),
                             QStringLiteral("activity"),
                             QStringLiteral("activity_target"),
                             QStringLiteral("supervision_session"),
                             QStringLiteral("supervision_attendee"),
                             QStringLiteral("follow_up"),
                             QStringLiteral("exchange_meeting"),
                             QStringLiteral("exchange_attendee"),
                             QStringLiteral("funding_entry"),
                             QStringLiteral("evaluation"),
                             QStringLiteral("evaluation_item"),
                             QStringLiteral("supervisor")};

QList<qint64> counts(const QString &path)
{
    Raw raw(path);
    QList<qint64> result;
    for (const QString &t : kTables)
        result << raw.count(t);
    return result;
}

} // namespace

TEST_CASE("Help, unknown commands and bad options", "[cli]")
{
    const Run help = onestreet({QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("demo")));
    CHECK(help.out.contains(QStringLiteral("backup")));
    CHECK(onestreet({QStringLiteral("frobnicate")}).code == 2);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.db"));
    CHECK(onestreet({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--streets"),
                     QStringLiteral("abc")})
              .code == 2);
    CHECK(onestreet(
              {QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--streets"), QStringLiteral("0")})
              .code == 2);
    CHECK(onestreet(
              {QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("-1")})
              .code == 2);
    CHECK(onestreet({QStringLiteral("--db"), path, QStringLiteral("backup")}).code == 2);
}

TEST_CASE("demo writes a file that passes check and covers every state", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    const Run made = demo(path);
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    const Run checked = onestreet({QStringLiteral("--db"), path, QStringLiteral("check")});
    INFO(checked.out.toStdString());
    CHECK(checked.code == 0);
    CHECK(checked.out.contains(QStringLiteral("OK")));

    Raw raw(path);
    CHECK(raw.count(QStringLiteral("street")) == 3);
    CHECK(raw.count(QStringLiteral("attendance")) > 500);
    CHECK(raw.count(QStringLiteral("work_log")) > raw.count(QStringLiteral("attendance")));
    CHECK(raw.scalar(QStringLiteral("SELECT count(DISTINCT status) FROM activity")).toInt() == 6);
    CHECK(raw.scalar(QStringLiteral("SELECT count(DISTINCT target_group) FROM activity_target")).toInt() == 6);
    CHECK(raw.scalar(QStringLiteral("SELECT count(DISTINCT type) FROM activity")).toInt() == 3);
    CHECK(raw.scalar(QStringLiteral("SELECT count(DISTINCT form) FROM supervision_session")).toInt() == 5);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM placement WHERE handover_note LIKE '%个案%'")).toInt() > 0);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM contract WHERE renews_id IS NOT NULL")).toInt() > 0);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM follow_up WHERE done_on IS NULL AND due_on < '2026-06-30'"))
              .toInt() > 0);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM evaluation WHERE status = 'final'")).toInt() > 0);
    CHECK(raw.scalar(QStringLiteral("SELECT count(DISTINCT kind) FROM funding_entry")).toInt() == 3);
    // Attendance only on required working days, only inside a placement.
    CHECK(raw.scalar(QStringLiteral(
                         "SELECT count(*) FROM attendance a JOIN calendar_day d ON d.day = a.day WHERE d.workday = 0"))
              .toInt() == 0);
    // Valid national ID numbers (18 characters, Beijing area codes).
    CHECK(
        raw.scalar(QStringLiteral(
                       "SELECT count(*) FROM social_worker WHERE length(id_number) <> 18 OR id_number NOT LIKE '11%'"))
            .toInt() == 0);
}

TEST_CASE("demo is deterministic for a seed", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.db")), b = dir.filePath(QStringLiteral("b.db")),
                  c = dir.filePath(QStringLiteral("c.db"));
    REQUIRE(demo(a).code == 0);
    REQUIRE(demo(b).code == 0);
    REQUIRE(demo(c, QStringLiteral("2")).code == 0);
    CHECK(counts(a) == counts(b));
    Raw ra(a), rb(b), rc(c);
    bool anyDiffers = false;
    for (const QString &t : kTables) {
        INFO(t.toStdString());
        CHECK(ra.tableHash(t) == rb.tableHash(t));
        anyDiffers = anyDiffers || ra.tableHash(t) != rc.tableHash(t);
    }
    CHECK(anyDiffers);
}

TEST_CASE("demo refuses a file that already has data and leaves it untouched", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(demo(path).code == 0);
    const QByteArray before = fileHash(path);
    const Run again = demo(path, QStringLiteral("5"));
    CHECK(again.code == 1);
    CHECK_FALSE(again.err.isEmpty());
    CHECK(fileHash(path) == before);
}

TEST_CASE("backup writes a copy with the same data, also during a read transaction", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(demo(path).code == 0);
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    {
        Raw reader(path);
        REQUIRE(reader.exec(QStringLiteral("BEGIN")));
        QSqlQuery hold(reader.db());
        REQUIRE(hold.exec(QStringLiteral("SELECT count(*) FROM attendance")));
        REQUIRE(hold.next());
        const Run r = onestreet({QStringLiteral("--db"), path, QStringLiteral("backup"), QStringLiteral("-o"), copy});
        INFO(r.err.toStdString());
        CHECK(r.code == 0);
        hold.finish();
        reader.exec(QStringLiteral("COMMIT"));
    }
    REQUIRE(QFile::exists(copy));
    CHECK(counts(copy) == counts(path));
    CHECK(onestreet({QStringLiteral("--db"), copy, QStringLiteral("check")}).code == 0);
}

TEST_CASE("check finds a rule broken behind the program's back", "[cli][check]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(demo(path).code == 0);
    {
        Raw raw(path);
        REQUIRE(raw.exec(QStringLiteral("DROP TRIGGER placement_rules_insert")));
        // A second placement of the same worker in the same post over the same days.
        REQUIRE(
            raw.exec(QStringLiteral("INSERT INTO placement (worker_id, post_id, department_id, start_date, end_date) "
                                    "SELECT worker_id, post_id, department_id, start_date, end_date FROM placement "
                                    "ORDER BY id LIMIT 1")));
    }
    const Run r = onestreet({QStringLiteral("--db"), path, QStringLiteral("check")});
    CHECK(r.code == 1);
    CHECK(r.out.contains(QStringLiteral("placement_worker_overlap")));
    CHECK(r.out.contains(QStringLiteral("placement_post_overlap")));
}

TEST_CASE("Commands refuse a file that is not theirs and leave it unchanged", "[cli]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("These are my notes, not a database.\n");
    }
    const QByteArray textHash = fileHash(text);
    CHECK(onestreet({QStringLiteral("--db"), text, QStringLiteral("check")}).code == 1);
    CHECK(demo(text).code == 1);
    CHECK(fileHash(text) == textHash);

    const QString newer = dir.filePath(QStringLiteral("newer.db"));
    {
        auto db = core::Database::open(newer);
        REQUIRE(db.ok());
    }
    {
        Raw raw(newer);
        REQUIRE(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
        raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    const QByteArray newerHash = fileHash(newer);
    CHECK(onestreet({QStringLiteral("--db"), newer, QStringLiteral("check")}).code == 1);
    CHECK(demo(newer).code == 1);
    CHECK(onestreet({QStringLiteral("--db"), newer, QStringLiteral("backup"), QStringLiteral("-o"),
                     dir.filePath(QStringLiteral("b.db"))})
              .code == 1);
    CHECK(fileHash(newer) == newerHash);
}

TEST_CASE("export attendance-grid writes the grid that import reads back, --month where the file is silent",
          "[cli][grid]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.db"));
    REQUIRE(demo(db).code == 0);
    for (const char *format : {"xlsx", "csv"}) {
        INFO(format);
        const QString grid = dir.filePath(QStringLiteral("grid.") + QString::fromLatin1(format));
        const Run out =
            onestreet({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("attendance-grid"),
                       QStringLiteral("--month"), QStringLiteral("2026-05"), QStringLiteral("--format"),
                       QString::fromLatin1(format), QStringLiteral("-o"), grid});
        REQUIRE(out.code == 0);
        const Run back = onestreet({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("attendance"),
                                    grid, QStringLiteral("--dry-run")});
        CHECK(back.code == 0);
        CHECK(back.out.contains(QStringLiteral("monthly grid, 2026-05"), Qt::CaseInsensitive));
        CHECK(back.out.contains(QStringLiteral("New: 0.")));
        CHECK(back.out.contains(QStringLiteral("Conflicts: 0. Errors: 0.")));
    }
    // A grid whose title and name say no month: refused until --month says it.
    QString text = QStringLiteral("Attendance\nName");
    for (int d = 1; d <= 31; ++d)
        text += QStringLiteral(",%1").arg(d);
    const QString silent = dir.filePath(QStringLiteral("silent.csv"));
    QFile f(silent);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write((text + QStringLiteral("\n")).toUtf8());
    f.close();
    const Run refused =
        onestreet({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("attendance"), silent});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("--month")));
    const Run told =
        onestreet({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("attendance"), silent,
                   QStringLiteral("--month"), QStringLiteral("2026-05"), QStringLiteral("--dry-run")});
    CHECK(told.code == 0);
    CHECK(told.out.contains(QStringLiteral("2026-05 (from --month)")));
}
