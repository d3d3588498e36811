// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "dialect.h"
#include "result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

namespace core {

// One connection to a OneStreet database: a file (SQLite through QtSql), or a database on a
// PostgreSQL server named by a libpq URI `postgresql://user@host:port/dbname` (QPSQL). Copies
// share the connection; it closes when the last copy goes. A connection belongs to the thread
// that opened it: a worker thread opens its own with Database::open() on the same path().
// Everything that differs between the engines is here, in dialect.h and in bulkwriter.cpp.
class Database
{
public:
    static constexpr int kSchemaVersion = 4;
    // PRAGMA application_id: 'OSt1', marks a file as ours.
    static constexpr int kApplicationId = 0x4F537431;

    enum class Mode { ReadWrite, ReadOnly };

    // Opens the file, creating it when it does not exist, and brings its schema up to date
    // (each migration in one transaction with its version bump). Refuses, leaving the file
    // untouched: a file that is not SQLite or not OneStreet's, a file newer than this
    // program, a read-only file that needs an upgrade.
    // A server address instead of a path: the database is initialised when empty, refused untouched
    // when it holds other tables or a newer OneStreet's. The password comes from the address,
    // rememberPassword(), or libpq's own places (PGPASSWORD, ~/.pgpass).
    static Result<Database> open(const QString &path, Mode mode = Mode::ReadWrite);
    // Is `path` a server address (postgresql:// or postgres://)?
    static bool isServerAddress(const QString &path);
    // The address without any password in it (for titles, recent lists and messages).
    static QString displayAddress(const QString &path);
    // Keeps a password typed in the window for this process only (worker threads reconnect with
    // it); never written anywhere.
    static void rememberPassword(const QString &address, const QString &password);
    // A private in-memory database with the full schema, for tests.
    static Result<Database> openMemory();

    Database(const Database &) = default;
    Database &operator=(const Database &) = default;
    // Movable, so that the repositories' `Database db` parameters moved into m_db are moved, not
    // copied (the copy constructor above had suppressed the implicit move).
    Database(Database &&) noexcept = default;
    Database &operator=(Database &&) noexcept = default;

    // The file's path, or the server address without password (what open() takes again).
    QString path() const;
    QSqlDatabase sql() const;
    Engine engine() const;
    Dialect dialect() const { return Dialect(engine()); }
    // "server host:port/dbname" or the file's native path, for titles and the status bar.
    QString location() const;
    int schemaVersion() const;
    bool isReadOnly() const;

    // A prepared statement (forward-only). Bind with addBindValue/bindValue, then exec.
    QSqlQuery prepare(const QString &statement) const;
    // Runs a statement with positional values; the query (before its first row: call next()) or an
    // error. A null QString binds as NULL (isoDate() of an invalid date relies on this); bind
    // QStringLiteral("") for an empty text.
    Result<QSqlQuery> run(const QString &statement, const QVariantList &values = {}) const;
    // The first column of the first row, or a null QVariant.
    Result<QVariant> scalar(const QString &statement, const QVariantList &values = {}) const;
    // Runs an INSERT into a table with an `id` column and gives the new row's id (RETURNING id on
    // the server: lastval() would see a sequence moved by a trigger).
    Result<qint64> insert(const QString &statement, const QVariantList &values) const;

    // The new row's id after a prepared INSERT ... built with dialect().returningId().
    qint64 insertedId(QSqlQuery &query) const;

    // A setting from the settings table, or `fallback`.
    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value) const;

    // The number of migrations this program knows, and their file names (for tests).
    static QStringList migrationFiles();
    // Splits a migration script into statements (a trigger body ends at a line 'END;').
    static QStringList splitStatements(const QString &script);
    // Splits a PostgreSQL migration: ';' at a line's end ends a statement, except inside a function
    // body between `$$` marks; comment lines never end one.
    static QStringList splitServerStatements(const QString &script);

private:
    struct Connection;
    explicit Database(std::shared_ptr<Connection> connection);
    static Result<Database> openConnection(const QString &path, Mode mode, bool memory);
    static Result<Database> openServer(const QString &address, Mode mode);
    Status migrate();
    Status migrateServer();
    Status applyMigration(int version, const QStringList &files);
    int serverVersionChecked(const QString &shown);
    static QStringList serverMigrationFiles();

    friend class Transaction;
    std::shared_ptr<Connection> m_connection;
    Error m_openError; // why serverVersionChecked() refused
};

// Turns a storage error into a message for the user: rule violations raised by the file's
// triggers and constraints are named as the rule; locked, read-only, full and corrupt files
// say what to do.
Error toError(const QSqlError &error);
// The same for a PostgreSQL error by its SQLSTATE (toError() calls it for a server's errors).
Error fromSqlState(const QString &state, const QSqlError &error);

// One user action = one transaction. Rolls back on destruction unless commit() succeeded.
// Opened while another is open on the same connection, it is a savepoint inside it: a
// repository's rule check and its write stay one unit when a bigger action (a renewal, an
// import) calls it, and the outer transaction still decides.
// Write: takes the file's write lock at once (BEGIN IMMEDIATE) / a server transaction.
// Snapshot: reads one consistent state (a deferred read on the file; REPEATABLE READ, READ ONLY
// on the server), for backups and copies.
class Transaction
{
public:
    enum class Kind { Write, Snapshot };
    explicit Transaction(const Database &db, Kind kind = Kind::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Did BEGIN succeed? When not, error() says why (e.g. the file is locked).
    bool started() const { return m_started; }
    const Error &error() const { return m_error; }
    Status commit();
    void rollback();

private:
    Database m_db;
    bool m_started = false;
    bool m_done = false;
    int m_level = 0; // 1 for the outermost transaction, more for a savepoint inside it
    Error m_error;
};

// Runs `work` — a rule check and the write it allows — in one transaction, committed when
// `work` succeeds, so that nothing changes between the check and the write. `work` returns a
// Status or a Result<T>; inside another transaction it is a savepoint of that one.
template <typename Work> auto inTransaction(const Database &db, Work &&work) -> decltype(work())
{
    Transaction tx(db);
    if (!tx.started())
        return tx.error();
    auto done = work();
    if (!done)
        return done;
    if (Status s = tx.commit(); !s)
        return s.error();
    return done;
}

// QtSql binds a null QString as NULL, which the NOT NULL DEFAULT '' text columns refuse: free text
// is bound as nonNull(text). (A null QString for NULL is still right for optional dates.)
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// How many rows a counting query finds; a storage error passes through.
inline Result<qint64> countOf(const Database &db, const QString &sql, const QVariantList &values)
{
    auto v = db.scalar(sql, values);
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

// A statement's outcome without its rows.
inline Status fromQuery(const Result<QSqlQuery> &q)
{
    if (!q)
        return q.error();
    return {};
}

} // namespace core
