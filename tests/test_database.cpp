// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "core/calendar.h"
#include "core/database.h"
#include "helpers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using core::Database;

TEST_CASE("A new file gets the whole schema and the current version", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(db->schemaVersion() == Database::kSchemaVersion);
    CHECK(db->scalar(QStringLiteral("PRAGMA application_id")).value().toInt() == Database::kApplicationId);
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM rubric_item WHERE template_id = 1")).value().toInt() == 5);
    CHECK(db->setting(QStringLiteral("agency_name")).size() > 0);
}

TEST_CASE("Every migration applies from an empty file and from each earlier version", "[storage]")
{
    const QStringList files = Database::migrationFiles();
    REQUIRE(files.size() == Database::kSchemaVersion);
    // From each earlier version v: build a file at v by hand, then let open() finish the job.
    for (int from = 0; from < Database::kSchemaVersion; ++from) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            for (int v = 1; v <= from; ++v) {
                QFile f(files.at(v - 1));
                REQUIRE(f.open(QIODevice::ReadOnly));
                for (const QString &s : Database::splitStatements(QString::fromUtf8(f.readAll())))
                    REQUIRE(q.exec(s));
                q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v));
                q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId));
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK(db->schemaVersion() == Database::kSchemaVersion);
    }
}

TEST_CASE("A file newer than the program is refused and left untouched", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        QSqlQuery q(db->sql());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1)));
        q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray before = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    f.close();
    auto again = Database::open(path);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("newer")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) == before);
}

TEST_CASE("A file that is not a OneStreet database is refused", "[storage]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.db"));
    QFile f(text);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("this is not a database at all, just some words");
    f.close();
    auto db = Database::open(text);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == core::Error::Kind::Storage);

    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        raw.setDatabaseName(other);
        REQUIRE(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE t (x)"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    auto db2 = Database::open(other);
    REQUIRE_FALSE(db2.ok());
    CHECK(db2.error().message.contains(QStringLiteral("not a OneStreet database")));
}

TEST_CASE("A read-only file is refused with a message", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.db"));
    REQUIRE(Database::open(path).ok());
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    if (QFileInfo(path).isWritable())
        return; // running as root: permissions do not bind
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("read-only")));
}

TEST_CASE("Migration scripts split into statements, trigger bodies kept whole", "[storage]")
{
    const QStringList s =
        Database::splitStatements(QStringLiteral("-- comment\nCREATE TABLE a (x);\n\nCREATE TRIGGER t BEFORE INSERT ON "
                                                 "a\nBEGIN\n    SELECT 1;\n    SELECT 2;\nEND;\n"
                                                 "INSERT INTO a VALUES (1);\n"));
    REQUIRE(s.size() == 3);
    CHECK(s.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
    CHECK(s.at(1).endsWith(QStringLiteral("END;")));
}

TEST_CASE("The work calendar knows 2026's holidays and make-up days", "[calendar]")
{
    Database db = memoryDb();
    core::Calendar calendar(db);
    CHECK_FALSE(calendar.isWorkday(QDate(2026, 10, 1))); // National Day
    CHECK(calendar.isWorkday(QDate(2026, 1, 4)));        // Sunday, make-up working day
    CHECK_FALSE(calendar.isWorkday(QDate(2026, 3, 7)));  // an ordinary Saturday
    CHECK(calendar.isWorkday(QDate(2026, 3, 9)));        // an ordinary Monday
    // February 2026: 20 weekdays, minus 16-20 and 23 (Spring Festival, 6 weekdays), plus 14 and 28 (Saturdays).
    CHECK(calendar.workdays(QDate(2026, 2, 1), QDate(2026, 2, 28)) == 16);
    REQUIRE(calendar.setSpecialDay({QDate(2027, 1, 1), core::CalendarKind::Holiday, QStringLiteral("元旦")}).ok());
    CHECK_FALSE(calendar.isWorkday(QDate(2027, 1, 1)));
    REQUIRE(calendar.clearSpecialDay(QDate(2027, 1, 1)).ok());
    CHECK(calendar.isWorkday(QDate(2027, 1, 1)));
}
