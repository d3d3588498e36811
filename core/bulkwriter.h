// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

// Bulk loading (demo data, imports of hundreds of thousands of rows) through SQLite's own C API.
//
// Why not QSqlQuery: binding through QtSql costs a QVariant and a UTF-16 round trip per cell,
// several times the cost of the insert itself. Why batches: the schema's CHECK (x IN (...))
// constraints are compiled by SQLite into a small temporary b-tree that is rebuilt on every
// execution of a statement; a multi-row INSERT ... VALUES (...),(...) builds it once per batch
// (measured: 1M attendance rows 4.4 s CPU one row per step, 1.6 s in batches of 32).
// This is the one place in core that drives the engines' own C APIs; core links SQLite::SQLite3,
// the same system library Qt's QSQLITE plugin uses, and takes the handle from QSqlDriver.
// On a PostgreSQL server (the PGconn* of Qt's QPSQL driver, through libpq) an insert() is sent as
// COPY table (columns) FROM STDIN, many thousand rows per COPY, each COPY complete before the
// call returns (so the connection is free for other statements between rows); a statement() is
// prepared once and run row by row.

#include "database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;
struct pg_conn;
struct pg_result;

namespace core {

class BulkWriter;

// One prepared statement. Values are added row by row in column order (no QVariant per cell);
// rows are run in batches, so a failure may show up a few rows later, at the step that runs
// the batch: callers keep everything in one transaction and roll back as a whole.
class BulkStatement
{
public:
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;
    ~BulkStatement();

    BulkStatement &add(qint64 value);
    BulkStatement &add(int value) { return add(qint64(value)); }
    BulkStatement &add(double value);
    BulkStatement &addNull();
    // UTF-8 text that stays alive and unchanged until finish() (word pools, code strings).
    BulkStatement &addStatic(const QByteArray &utf8);
    // Copied text; a null QString is stored as '' (the text columns are NOT NULL DEFAULT '').
    BulkStatement &add(const QString &text);
    BulkStatement &addUtf8(const char *data, int size);
    // QVariant for the occasional row (int, double, text, null), for callers that have one.
    BulkStatement &add(const QVariant &value);

    // Ends the row; runs the batch when it is full. False: see BulkWriter::error().
    bool endRow();
    // Runs the rows still waiting.
    bool flush();
    qint64 rows() const { return m_rows; }

private:
    friend class BulkWriter;
    BulkStatement(BulkWriter &writer, int width, int batch);
    struct Cell
    {
        enum Kind : quint8 { Null, Int, Real, Text, Static } kind = Null;
        qint64 i = 0; // Int; Text: offset into m_text; Static/Text: size in n
        double d = 0;
        const char *p = nullptr;
        int n = 0;
    };
    Cell &cell();
    bool run(sqlite3_stmt *statement, int rows);
    bool runServer(int rows);
    bool copyServer(int rows);

    BulkWriter &m_writer;
    sqlite3_stmt *m_batch = nullptr;  // m_batchRows rows
    sqlite3_stmt *m_single = nullptr; // one row
    int m_width = 0, m_batchRows = 1;
    std::vector<Cell> m_cells; // the rows waiting, m_width cells each
    std::string m_text;        // copied text of the rows waiting
    qint64 m_rows = 0;
    // On a server: COPY ... FROM STDIN (m_copy) or the prepared statement's name.
    bool m_copy = false;
    QByteArray m_serverStatement;
};

// The bulk session on one connection. Create it BEFORE the transaction (foreign-key checking
// can only change outside one) and let it outlive the transaction; it restores the connection's
// settings and any deferred indexes when destroyed.
class BulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(core::BulkWriter)
public:
    struct Options
    {
        // Switch off foreign-key checks for the session: only for callers that make or check
        // every reference themselves (the demo generator makes the ids; the importer checks
        // workers in memory). Saves a lookup per row.
        bool foreignKeys = true;
        int cacheMiB = 128; // page cache for the session: index pages stay in memory
    };
    explicit BulkWriter(Database db, Options options);
    explicit BulkWriter(Database db)
        : BulkWriter(std::move(db), Options())
    {}
    ~BulkWriter();
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    bool isValid() const { return m_handle != nullptr || m_pg != nullptr; }

    // INSERT INTO table (columns) VALUES (?, ...), run `batch` rows per step.
    BulkStatement *insert(const char *table, const QList<const char *> &columns, int batch = 32);
    // Any other statement with `?` parameters, run row by row.
    BulkStatement *statement(const char *sql);
    // Runs every statement's waiting rows.
    bool flush();

    // Drops the secondary indexes (not the UNIQUE ones, which back constraints) and the rollup
    // triggers of the tables,
    // to be built once by restoreIndexes() instead of row by row. Inside the transaction.
    bool deferIndexes(const QStringList &tables);
    bool restoreIndexes();

    // The first failure, as a message for the user.
    const Error &error() const { return m_error; }
    bool fail(int code, const char *context = nullptr);
    // A refused server statement (takes the result and frees it).
    bool failServer(pg_result *result, const char *context = nullptr);

private:
    friend class BulkStatement;
    bool exec(const QByteArray &sql);
    sqlite3_stmt *prepare(const QByteArray &sql);

    Database m_db;
    Options m_options;
    bool resetSequences();

    sqlite3 *m_handle = nullptr;
    pg_conn *m_pg = nullptr;
    QStringList m_idTables; // server tables given explicit ids: their sequences move on in flush()
    int m_serverStatements = 0;
    bool m_restoreForeignKeys = false;
    int m_cacheSize = 0; // the connection's before, to restore
    std::vector<std::unique_ptr<BulkStatement>> m_statements;
    QList<QByteArray> m_deferred;         // CREATE INDEX statements to run again
    QList<QByteArray> m_deferredTriggers; // CREATE TRIGGER statements of the rollups, likewise
    QList<QByteArray> m_rollups;          // the rollup tables to compute again from their rows
    Error m_error;
};

} // namespace core
