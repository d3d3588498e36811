// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "bulkwriter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QStringEncoder>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace core {

// ---- BulkStatement ----

BulkStatement::BulkStatement(BulkWriter &writer, int width, int batch)
    : m_writer(writer)
    , m_width(width)
    , m_batchRows(batch)
{
    m_cells.reserve(size_t(width) * size_t(batch));
    m_text.reserve(4096);
}

BulkStatement::~BulkStatement()
{
    if (m_writer.m_pg)
        return;
    sqlite3_finalize(m_batch);
    sqlite3_finalize(m_single);
}

BulkStatement::Cell &BulkStatement::cell()
{
    return m_cells.emplace_back();
}

BulkStatement &BulkStatement::add(qint64 value)
{
    Cell &c = cell();
    c.kind = Cell::Int;
    c.i = value;
    return *this;
}

BulkStatement &BulkStatement::add(double value)
{
    Cell &c = cell();
    c.kind = Cell::Real;
    c.d = value;
    return *this;
}

BulkStatement &BulkStatement::addNull()
{
    cell();
    return *this;
}

BulkStatement &BulkStatement::addStatic(const QByteArray &utf8)
{
    Cell &c = cell();
    c.kind = Cell::Static;
    c.p = utf8.constData();
    c.n = int(utf8.size());
    return *this;
}

BulkStatement &BulkStatement::addUtf8(const char *data, int size)
{
    // Kept as an offset: m_text may move while the batch fills.
    Cell &c = cell();
    c.kind = Cell::Text;
    c.i = qint64(m_text.size());
    c.n = size;
    m_text.append(data, size_t(size));
    return *this;
}

BulkStatement &BulkStatement::add(const QString &text)
{
    if (text.isEmpty()) {
        static const QByteArray empty("");
        return addStatic(empty);
    }
    // UTF-8 straight into the batch's buffer: no temporary QByteArray per cell.
    static thread_local QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    const size_t at = m_text.size();
    m_text.resize(at + size_t(encoder.requiredSpace(text.size())));
    const char *end = encoder.appendToBuffer(m_text.data() + at, text);
    const int size = int(end - (m_text.data() + at));
    m_text.resize(at + size_t(size));
    Cell &c = cell();
    c.kind = Cell::Text;
    c.i = qint64(at);
    c.n = size;
    return *this;
}

BulkStatement &BulkStatement::add(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return addNull();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return value.isNull() ? addNull() : add(value.toLongLong());
    case QMetaType::Double:
        return value.isNull() ? addNull() : add(value.toDouble());
    case QMetaType::QString:
        return add(*static_cast<const QString *>(value.constData()));
    default:
        return value.isNull() ? addNull() : add(value.toString());
    }
}

namespace {
// Rows per COPY on a server: big enough that the round trip does not count.
constexpr size_t kServerBatch = 20000;
} // namespace

bool BulkStatement::endRow()
{
    if (m_writer.m_pg) {
        if (!m_copy)
            return runServer(1);
        return m_cells.size() < size_t(m_width) * kServerBatch || runServer(int(m_cells.size() / size_t(m_width)));
    }
    if (m_batch && m_cells.size() >= size_t(m_width) * size_t(m_batchRows))
        return run(m_batch, m_batchRows);
    if (!m_batch)
        return run(m_single, 1);
    return true;
}

bool BulkStatement::flush()
{
    const int waiting = int(m_cells.size() / size_t(std::max(1, m_width)));
    if (m_writer.m_pg)
        return waiting == 0 || runServer(waiting);
    return waiting == 0 || run(m_single, waiting);
}

// Binds the waiting cells `rows` at a time to the statement and steps it.
bool BulkStatement::run(sqlite3_stmt *statement, int rows)
{
    const int perStep = statement == m_batch ? m_batchRows : 1;
    const Cell *c = m_cells.data();
    for (int done = 0; done < rows; done += perStep) {
        for (int p = 1; p <= m_width * perStep; ++p, ++c) {
            int rc = SQLITE_OK;
            switch (c->kind) {
            case Cell::Null:
                rc = sqlite3_bind_null(statement, p);
                break;
            case Cell::Int:
                rc = sqlite3_bind_int64(statement, p, c->i);
                break;
            case Cell::Real:
                rc = sqlite3_bind_double(statement, p, c->d);
                break;
            case Cell::Text:
                rc = sqlite3_bind_text(statement, p, m_text.data() + c->i, c->n, SQLITE_STATIC);
                break;
            case Cell::Static:
                rc = sqlite3_bind_text(statement, p, c->p, c->n, SQLITE_STATIC);
                break;
            }
            if (rc != SQLITE_OK)
                return m_writer.fail(rc);
        }
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            return m_writer.fail(rc);
    }
    m_rows += rows;
    m_cells.clear();
    m_text.clear();
    return true;
}

bool BulkStatement::runServer(int rows)
{
    if (m_copy)
        return copyServer(rows);
    PGconn *pg = m_writer.m_pg;
    std::vector<std::string> texts(static_cast<size_t>(m_width));
    std::vector<const char *> values(static_cast<size_t>(m_width));
    const Cell *c = m_cells.data();
    for (int row = 0; row < rows; ++row) {
        for (int p = 0; p < m_width; ++p, ++c) {
            std::string &t = texts[size_t(p)];
            values[size_t(p)] = nullptr;
            switch (c->kind) {
            case Cell::Null:
                continue;
            case Cell::Int:
                t = std::to_string(c->i);
                break;
            case Cell::Real:
                t = QByteArray::number(c->d, 'g', 17).toStdString();
                break;
            case Cell::Text:
                t.assign(m_text.data() + c->i, size_t(c->n));
                break;
            case Cell::Static:
                t.assign(c->p, size_t(c->n));
                break;
            }
            values[size_t(p)] = t.c_str();
        }
        PGresult *r = PQexecPrepared(pg, m_serverStatement.constData(), m_width, values.data(), nullptr, nullptr, 0);
        if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK)
            return m_writer.failServer(r);
        PQclear(r);
    }
    m_rows += rows;
    m_cells.clear();
    m_text.clear();
    return true;
}

// The waiting rows as one COPY in text format: tab between values, \N for NULL, backslash
// escapes for the four characters that would end a value or a row.
bool BulkStatement::copyServer(int rows)
{
    std::string buffer;
    buffer.reserve(m_text.size() + size_t(rows) * size_t(m_width) * 8);
    const auto escaped = [&buffer](const char *p, int n) {
        for (int i = 0; i < n; ++i) {
            const char ch = p[i];
            switch (ch) {
            case '\\':
                buffer += "\\\\";
                break;
            case '\t':
                buffer += "\\t";
                break;
            case '\n':
                buffer += "\\n";
                break;
            case '\r':
                buffer += "\\r";
                break;
            default:
                buffer += ch;
            }
        }
    };
    const Cell *c = m_cells.data();
    for (int row = 0; row < rows; ++row) {
        for (int p = 0; p < m_width; ++p, ++c) {
            if (p)
                buffer += '\t';
            switch (c->kind) {
            case Cell::Null:
                buffer += "\\N";
                break;
            case Cell::Int:
                buffer += std::to_string(c->i);
                break;
            case Cell::Real:
                buffer += QByteArray::number(c->d, 'g', 17).constData();
                break;
            case Cell::Text:
                escaped(m_text.data() + c->i, c->n);
                break;
            case Cell::Static:
                escaped(c->p, c->n);
                break;
            }
        }
        buffer += '\n';
    }
    PGconn *pg = m_writer.m_pg;
    PGresult *r = PQexec(pg, m_serverStatement.constData());
    if (PQresultStatus(r) != PGRES_COPY_IN)
        return m_writer.failServer(r, m_serverStatement.constData());
    PQclear(r);
    if (PQputCopyData(pg, buffer.data(), int(buffer.size())) != 1 || PQputCopyEnd(pg, nullptr) != 1)
        return m_writer.failServer(PQgetResult(pg));
    bool ok = true;
    while ((r = PQgetResult(pg)) != nullptr) {
        if (ok && PQresultStatus(r) != PGRES_COMMAND_OK) {
            ok = false;
            m_writer.failServer(r);
            continue;
        }
        PQclear(r);
    }
    if (!ok)
        return false;
    m_rows += rows;
    m_cells.clear();
    m_text.clear();
    return true;
}

// ---- BulkWriter ----

BulkWriter::BulkWriter(Database db, Options options)
    : m_db(std::move(db))
    , m_options(options)
{
    const QVariant handle = m_db.sql().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (handle.isValid() &&
        (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0)) {
        // The server checks every reference and keeps its own cache: the options do not apply.
        m_pg = *static_cast<PGconn *const *>(handle.constData());
        if (!m_pg)
            m_error =
                Error::storage(QCoreApplication::translate("core::BulkWriter", "Bulk writing needs an open database."));
        return;
    }
    if (!m_handle) {
        m_error =
            Error::storage(QCoreApplication::translate("core::BulkWriter", "Bulk writing needs an open SQLite file."));
        return;
    }
    sqlite3_stmt *q = prepare("PRAGMA cache_size");
    if (q && sqlite3_step(q) == SQLITE_ROW)
        m_cacheSize = sqlite3_column_int(q, 0);
    sqlite3_finalize(q);
    if (m_options.cacheMiB > 0 && (m_cacheSize >= 0 || -m_cacheSize < m_options.cacheMiB * 1024))
        exec("PRAGMA cache_size = -" + QByteArray::number(m_options.cacheMiB * 1024));
    // Only outside a transaction does the setting take effect; inside one the checks stay on.
    if (!m_options.foreignKeys && sqlite3_get_autocommit(m_handle)) {
        q = prepare("PRAGMA foreign_keys");
        const bool on = q && sqlite3_step(q) == SQLITE_ROW && sqlite3_column_int(q, 0) != 0;
        sqlite3_finalize(q);
        if (on && exec("PRAGMA foreign_keys = OFF"))
            m_restoreForeignKeys = true;
    }
}

BulkWriter::~BulkWriter()
{
    if (m_pg) {
        m_statements.clear();
        for (int i = 1; i <= m_serverStatements; ++i) {
            const QByteArray name =
                "onestreet_bulk_" + QByteArray::number(quintptr(this)) + '_' + QByteArray::number(i);
            PQclear(PQexec(m_pg, QByteArray("DEALLOCATE " + name).constData()));
        }
        return;
    }
    if (!m_deferred.isEmpty() && !sqlite3_get_autocommit(m_handle))
        restoreIndexes(); // the caller forgot: never leave the file without its indexes
    m_statements.clear();
    if (!m_handle)
        return;
    exec("PRAGMA cache_size = " + QByteArray::number(m_cacheSize));
    if (m_restoreForeignKeys)
        exec("PRAGMA foreign_keys = ON");
}

sqlite3_stmt *BulkWriter::prepare(const QByteArray &sql)
{
    sqlite3_stmt *statement = nullptr;
    const int rc =
        sqlite3_prepare_v3(m_handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        fail(rc, sql.constData());
        return nullptr;
    }
    return statement;
}

bool BulkWriter::exec(const QByteArray &sql)
{
    const int rc = sqlite3_exec(m_handle, sql.constData(), nullptr, nullptr, nullptr);
    return rc == SQLITE_OK || fail(rc, sql.constData());
}

bool BulkWriter::failServer(PGresult *result, const char *context)
{
    if (!m_error.message.isEmpty()) {
        PQclear(result);
        return false;
    }
    QString text = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(m_pg)).trimmed();
    QString state = result ? QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QString();
    if (const char *constraint = result ? PQresultErrorField(result, PG_DIAG_CONSTRAINT_NAME) : nullptr)
        text += QLatin1String(" (") + QString::fromUtf8(constraint) + QLatin1Char(')');
    if (context)
        text += QLatin1String(" [") + QString::fromUtf8(context) + QLatin1Char(']');
    if (state.isEmpty() && PQstatus(m_pg) != CONNECTION_OK)
        state = QStringLiteral("08006"); // connection_failure
    PQclear(result);
    m_error = toError(QSqlError(QString(), text, QSqlError::StatementError, state));
    return false;
}

bool BulkWriter::fail(int code, const char *context)
{
    if (!m_error.message.isEmpty())
        return false; // keep the first
    QString text = QString::fromUtf8(sqlite3_errmsg(m_handle));
    if (context)
        text += QLatin1String(" (") + QString::fromUtf8(context) + QLatin1Char(')');
    // The same wording as every other storage error: toError() maps constraint names and codes.
    m_error = toError(QSqlError(QString(), text, QSqlError::StatementError, QString::number(code & 0xff)));
    return false;
}

BulkStatement *BulkWriter::insert(const char *table, const QList<const char *> &columns, int batch)
{
    if (m_pg) {
        QByteArray copy = QByteArray("COPY ") + table + " (";
        for (int i = 0; i < columns.size(); ++i) {
            copy += (i ? ", " : "") + QByteArray(columns[i]);
            if (qstrcmp(columns[i], "id") == 0 && !m_idTables.contains(QLatin1String(table)))
                m_idTables << QLatin1String(table);
        }
        copy += ") FROM STDIN";
        auto statement = std::unique_ptr<BulkStatement>(new BulkStatement(*this, int(columns.size()), 1));
        statement->m_copy = true;
        statement->m_serverStatement = copy;
        m_statements.push_back(std::move(statement));
        return m_statements.back().get();
    }
    if (!m_handle)
        return nullptr;
    QByteArray head = QByteArray("INSERT INTO ") + table + " (";
    QByteArray tuple("(");
    for (int i = 0; i < columns.size(); ++i) {
        head += (i ? ", " : "") + QByteArray(columns[i]);
        tuple += i ? ",?" : "?";
    }
    head += ") VALUES ";
    tuple += ')';
    // SQLite's limit on parameters per statement (32766 by default) bounds the batch.
    batch = std::clamp(batch, 1, std::max(1, 32000 / int(std::max<qsizetype>(1, columns.size()))));
    auto statement = std::unique_ptr<BulkStatement>(new BulkStatement(*this, int(columns.size()), batch));
    statement->m_single = prepare(head + tuple);
    if (batch > 1) {
        QByteArray many = head + tuple;
        for (int i = 1; i < batch; ++i)
            many += ',' + tuple;
        statement->m_batch = prepare(many);
    }
    if (!statement->m_single || (batch > 1 && !statement->m_batch))
        return nullptr;
    m_statements.push_back(std::move(statement));
    return m_statements.back().get();
}

BulkStatement *BulkWriter::statement(const char *sql)
{
    if (m_pg) {
        // `?` becomes $1, $2, ... (the statements here hold no quoted '?').
        QByteArray text;
        int parameters = 0;
        for (const char *p = sql; *p; ++p) {
            if (*p == '?')
                text += '$' + QByteArray::number(++parameters);
            else
                text += *p;
        }
        static const QRegularExpression insertWithId(QStringLiteral("^INSERT INTO (\\w+) \\(id,"));
        if (const auto m = insertWithId.match(QString::fromLatin1(sql));
            m.hasMatch() && !m_idTables.contains(m.captured(1)))
            m_idTables << m.captured(1);
        const QByteArray name =
            "onestreet_bulk_" + QByteArray::number(quintptr(this)) + '_' + QByteArray::number(++m_serverStatements);
        PGresult *r = PQprepare(m_pg, name.constData(), text.constData(), parameters, nullptr);
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            failServer(r, sql);
            return nullptr;
        }
        PQclear(r);
        auto statement = std::unique_ptr<BulkStatement>(new BulkStatement(*this, parameters, 1));
        statement->m_serverStatement = name;
        m_statements.push_back(std::move(statement));
        return m_statements.back().get();
    }
    if (!m_handle)
        return nullptr;
    sqlite3_stmt *single = prepare(sql);
    if (!single)
        return nullptr;
    auto statement = std::unique_ptr<BulkStatement>(new BulkStatement(*this, sqlite3_bind_parameter_count(single), 1));
    statement->m_single = single;
    m_statements.push_back(std::move(statement));
    return m_statements.back().get();
}

bool BulkWriter::flush()
{
    for (const auto &s : m_statements)
        if (!s->flush())
            return false;
    return !m_pg || resetSequences();
}

// Rows written with their own ids leave the identity sequence behind: move it past the largest.
bool BulkWriter::resetSequences()
{
    for (const QString &table : std::as_const(m_idTables)) {
        const QByteArray sql =
            QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(max(id), 0) + "
                           "1, false) FROM %1")
                .arg(table)
                .toUtf8();
        PGresult *r = PQexec(m_pg, sql.constData());
        if (PQresultStatus(r) != PGRES_TUPLES_OK)
            return failServer(r, sql.constData());
        PQclear(r);
    }
    return true;
}

bool BulkWriter::deferIndexes(const QStringList &tables)
{
    if (m_pg)
        return true; // the server keeps its indexes up to date in bulk well enough
    if (!m_handle)
        return false;
    // Indexes with SQL of their own: the automatic ones behind UNIQUE constraints have none.
    sqlite3_stmt *q = prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                              "AND tbl_name = ? ORDER BY name");
    if (!q)
        return false;
    QList<QByteArray> names;
    for (const QString &table : tables) {
        const QByteArray name = table.toUtf8();
        sqlite3_bind_text(q, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(q) == SQLITE_ROW) {
            names << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
            m_deferred << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q, 1)));
        }
        sqlite3_reset(q);
    }
    sqlite3_finalize(q);
    for (const QByteArray &name : std::as_const(names))
        if (!exec("DROP INDEX \"" + name + '"'))
            return false;

    // The triggers that keep a table's monthly rollup (migration 003) likewise: the rollup is
    // computed again from all the rows by restoreIndexes(), in the same transaction.
    q = prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                "AND name LIKE 'rollup\\_%' ESCAPE '\\' ORDER BY name");
    if (!q)
        return false;
    names.clear();
    for (const QString &table : tables) {
        const QByteArray name = table.toUtf8();
        sqlite3_bind_text(q, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        bool any = false;
        while (sqlite3_step(q) == SQLITE_ROW) {
            names << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
            m_deferredTriggers << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q, 1)));
            any = true;
        }
        if (any)
            m_rollups << name + "_month";
        sqlite3_reset(q);
    }
    sqlite3_finalize(q);
    for (const QByteArray &name : std::as_const(names))
        if (!exec("DROP TRIGGER \"" + name + '"'))
            return false;
    return true;
}

bool BulkWriter::restoreIndexes()
{
    if (!flush())
        return false;
    if (m_pg)
        return true;
    while (!m_deferred.isEmpty())
        if (!exec(m_deferred.takeFirst()))
            return false;
    while (!m_rollups.isEmpty()) {
        const QByteArray rollup = m_rollups.takeFirst();
        if (!exec("DELETE FROM " + rollup) || !exec("INSERT INTO " + rollup + " SELECT * FROM " + rollup + "_rows"))
            return false;
    }
    while (!m_deferredTriggers.isEmpty())
        if (!exec(m_deferredTriggers.takeFirst()))
            return false;
    return true;
}

} // namespace core
