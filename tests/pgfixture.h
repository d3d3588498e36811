// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// Tests against a PostgreSQL server (CTest label `postgres`, files tests/test_pg_*.cpp, main in
// pg_main.cpp). The server comes from the standard libpq variables PGHOST, PGPORT, PGUSER,
// PGPASSWORD, PGDATABASE (what `pg_virtualenv` sets); PGDATABASE names the database used to
// create and drop the test databases (default `postgres`), and the login needs CREATEDB.
// Without PGHOST every case exits with kSkipReturnCode and CTest reports it as skipped.
// Each test case gets a fresh database of its own, dropped when the case ends.
#pragma once

#include "core/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <catch2/catch.hpp>
#include <ostream>

#ifndef ONESTREET_PG_SKIP_RETURN_CODE
#define ONESTREET_PG_SKIP_RETURN_CODE 77
#endif

namespace pgfixture {

// The exit code of a test run without a server; tests/CMakeLists.txt gives it to CTest as
// SKIP_RETURN_CODE.
inline constexpr int kSkipReturnCode = ONESTREET_PG_SKIP_RETURN_CODE;

inline bool serverConfigured()
{
    return !qEnvironmentVariableIsEmpty("PGHOST");
}

// What the server answered to one statement: when refused, the SQLSTATE (QSqlError's native
// code on QPSQL) and the server's text.
struct Outcome
{
    bool ok = false;
    QString sqlState;
    QString message;

    explicit operator bool() const { return ok; }
};

inline std::ostream &operator<<(std::ostream &os, const Outcome &o)
{
    return os << (o.ok ? "ok" : "refused") << ' ' << o.sqlState.toStdString() << ' ' << o.message.toStdString();
}

inline Outcome outcomeOf(const QSqlQuery &q, bool ok)
{
    if (ok)
        return {true, {}, {}};
    return {false, q.lastError().nativeErrorCode(), q.lastError().databaseText()};
}

// Splits a PostgreSQL migration into statements: a statement ends with ';' at the end of a line,
// except inside a function body between `$$` marks; comment lines never end one. (QPSQL runs a
// multi-statement string but reports only its first result, so a later error would be lost.)
inline QStringList splitStatements(const QString &script)
{
    return core::Database::splitServerStatements(script);
}

// The server's migrations in order (read from the source tree until core carries them).
inline QStringList migrationFiles()
{
    const QDir dir(QStringLiteral(ONESTREET_SOURCE_DIR "/resources/migrations/postgresql"));
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f = dir.filePath(f);
    return files;
}

inline QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        FAIL("cannot read " << path.toStdString());
    return QString::fromUtf8(file.readAll());
}

// A fresh, empty database on the server for one test case; dropped (with any connection still
// open to it) when the fixture goes.
class FreshDatabase
{
public:
    FreshDatabase()
    {
        static int counter = 0;
        m_name = QStringLiteral("onestreet_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        const Outcome created =
            admin(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(m_name));
        if (!created)
            FAIL("cannot create the test database: " << created);
        m_connection = connectionName(0);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        db.setDatabaseName(m_name);
        if (!db.open()) {
            const QString error = db.lastError().text();
            drop();
            FAIL("cannot connect to the test database: " << error.toStdString());
        }
    }
    ~FreshDatabase() { drop(); }
    FreshDatabase(const FreshDatabase &) = delete;
    FreshDatabase &operator=(const FreshDatabase &) = delete;

    const QString &name() const { return m_name; }
    QSqlDatabase sql() const { return QSqlDatabase::database(m_connection, false); }

    // A second connection to the same database (another PC, say); closed with the fixture.
    QSqlDatabase another()
    {
        const QString name = connectionName(int(m_others.size()) + 1);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setDatabaseName(m_name);
        m_others << name;
        if (!db.open())
            FAIL("cannot open a second connection: " << db.lastError().text().toStdString());
        return db;
    }

    // One statement as psql would send it: plain text, nothing bound.
    Outcome exec(const QString &statement) const { return execOn(sql(), statement); }
    static Outcome execOn(const QSqlDatabase &db, const QString &statement)
    {
        QSqlQuery q(db);
        const bool ok = q.exec(statement);
        return outcomeOf(q, ok);
    }

    // The first column of the first row; a refused statement fails the test.
    QVariant scalar(const QString &statement) const
    {
        QSqlQuery q(sql());
        if (!q.exec(statement))
            FAIL(statement.toStdString() << ": " << q.lastError().databaseText().toStdString());
        return q.next() ? q.value(0) : QVariant();
    }
    qint64 count(const QString &statement) const { return scalar(statement).toLongLong(); }

    // An INSERT ... that gives the new row's id (RETURNING id); a refused insert fails the test.
    qint64 insert(const QString &statement) const
    {
        return scalar(statement + QStringLiteral(" RETURNING id")).toLongLong();
    }

    // A script applied as the migration runner will: statement by statement in one transaction,
    // all or nothing.
    Outcome applyScript(const QString &script) const
    {
        QSqlDatabase db = sql();
        if (!db.transaction())
            return {false, db.lastError().nativeErrorCode(), db.lastError().text()};
        for (const QString &statement : splitStatements(script)) {
            Outcome o = exec(statement);
            if (!o) {
                db.rollback();
                o.message = statement.left(200) + QStringLiteral("\n-> ") + o.message;
                return o;
            }
        }
        if (!db.commit())
            return {false, db.lastError().nativeErrorCode(), db.lastError().text()};
        return {true, {}, {}};
    }

    // Every migration in order, each in its own transaction.
    Outcome migrate() const
    {
        for (const QString &file : migrationFiles())
            if (Outcome o = applyScript(readFile(file)); !o)
                return o;
        return {true, {}, {}};
    }

private:
    QString connectionName(int n) const { return QStringLiteral("pg-%1-%2").arg(m_name).arg(n); }

    // A statement on the maintenance database (PGDATABASE, default postgres).
    Outcome admin(const QString &statement) const
    {
        const QString name = QStringLiteral("pg-admin-%1").arg(m_name);
        Outcome o;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            const QString maintenance = qEnvironmentVariable("PGDATABASE");
            db.setDatabaseName(maintenance.isEmpty() ? QStringLiteral("postgres") : maintenance);
            if (db.open())
                o = execOn(db, statement);
            else
                o = {false, db.lastError().nativeErrorCode(), db.lastError().text()};
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return o;
    }

    void drop()
    {
        if (m_dropped)
            return;
        m_dropped = true;
        QStringList names = m_others;
        if (!m_connection.isEmpty())
            names << m_connection;
        for (const QString &name : names) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                if (db.isOpen())
                    db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }

    QString m_name;
    QString m_connection;
    QStringList m_others;
    bool m_dropped = false;
};

} // namespace pgfixture
