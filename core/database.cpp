// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "database.h"

#include "calendar.h"
#include "collation.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>

namespace core {

namespace {

QString tr(const char *text)
{
    // lupdate files the strings of Database's members under "core::Database" and those of the
    // free functions here (toError: locked, read-only, damaged file) under "core".
    const QString translated = QCoreApplication::translate("core::Database", text);
    return translated != QLatin1String(text) ? translated : QCoreApplication::translate("core", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("onestreet-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Is the file empty, a SQLite file, or something else?
enum class FileKind { Missing, Empty, Sqlite, Other };

FileKind inspect(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return FileKind::Missing;
    if (file.size() == 0)
        return FileKind::Empty;
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Other;
    return file.read(16) == QByteArrayLiteral("SQLite format 3\0") ? FileKind::Sqlite : FileKind::Other;
}

// Passwords typed in the window, for this process only (rememberPassword()).
QMutex passwordsMutex;
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> map;
    return map;
}

// What a server address names.
struct ServerAddress
{
    QString host, user, password, database, options;
    int port = -1;
};

ServerAddress parseAddress(const QString &address)
{
    const QUrl url(address);
    ServerAddress a;
    a.host = url.host();
    a.port = url.port(-1);
    a.user = url.userName();
    a.password = url.password();
    a.database = url.path().mid(1);
    // Query parameters are libpq connection settings (sslmode=require, connect_timeout=10, ...).
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        options << key + QLatin1Char('=') + value;
    if (!QUrlQuery(url).hasQueryItem(QStringLiteral("connect_timeout")))
        options << QStringLiteral("connect_timeout=10");
    a.options = options.join(QLatin1Char(';'));
    return a;
}

} // namespace

struct Database::Connection
{
    QString name;
    QString path;
    Engine engine = Engine::Sqlite;
    bool readOnly = false;
    int transactionDepth = 0; // Transactions open on this connection; inner ones are savepoints
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

Database::Database(std::shared_ptr<Connection> connection)
    : m_connection(std::move(connection))
{}

QString Database::path() const
{
    return m_connection->path;
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_connection->name, false);
}

bool Database::isReadOnly() const
{
    return m_connection->readOnly;
}

Engine Database::engine() const
{
    return m_connection->engine;
}

QString Database::location() const
{
    if (engine() == Engine::Postgres) {
        const ServerAddress a = parseAddress(path());
        QString where = a.host.isEmpty() ? QStringLiteral("localhost") : a.host;
        if (a.port > 0)
            where += QLatin1Char(':') + QString::number(a.port);
        where += QLatin1Char('/') + a.database;
        if (!a.user.isEmpty())
            where.prepend(a.user + QLatin1Char('@'));
        return tr("server %1").arg(where);
    }
    return QDir::toNativeSeparators(path());
}

bool Database::isServerAddress(const QString &path)
{
    return path.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           path.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString Database::displayAddress(const QString &path)
{
    if (!isServerAddress(path))
        return path;
    QUrl url(path);
    url.setPassword(QString());
    return url.toString();
}

void Database::rememberPassword(const QString &address, const QString &password)
{
    QMutexLocker lock(&passwordsMutex);
    passwords().insert(displayAddress(address), password);
}

int Database::schemaVersion() const
{
    QSqlQuery q(sql());
    if (engine() == Engine::Postgres) {
        if (q.exec(QStringLiteral("SELECT max(version) FROM schema_version")) && q.next())
            return q.value(0).toInt();
        return -1;
    }
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<Database> Database::open(const QString &path, Mode mode)
{
    if (isServerAddress(path))
        return openServer(path, mode);
    const QString native = QDir::toNativeSeparators(path);
    switch (inspect(path)) {
    case FileKind::Other:
        return Error::storage(tr("“%1” is not a OneStreet database (it is not an SQLite file, or it is damaged). "
                                 "Open another file, or restore a backup copy.")
                                  .arg(native));
    case FileKind::Missing:
        if (mode == Mode::ReadOnly)
            return Error::notFound(tr("The file “%1” does not exist.").arg(native));
        if (!QFileInfo(QFileInfo(path).absolutePath()).isWritable())
            return Error::storage(
                tr("Cannot create “%1”: the folder is not writable. Choose another folder.").arg(native));
        break;
    case FileKind::Empty:
    case FileKind::Sqlite:
        if (mode == Mode::ReadWrite && !QFileInfo(path).isWritable())
            return Error::storage(tr("The file “%1” is read-only. Make it writable (or copy it to a folder you can "
                                     "write to) and open it again.")
                                      .arg(native));
        break;
    }
    const bool created = !QFileInfo::exists(path);
    auto opened = openConnection(path, mode, false);
    // Personal data (ID numbers, attendance): a new file is the owner's only; SQLite gives its
    // -wal and -shm files the same permissions.
    if (opened && created)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return opened;
}

Result<Database> Database::openMemory()
{
    return openConnection(QStringLiteral(":memory:"), Mode::ReadWrite, true);
}

Result<Database> Database::openConnection(const QString &path, Mode mode, bool memory)
{
    auto connection = std::make_shared<Connection>();
    connection->name = nextConnectionName();
    connection->path = path;
    connection->readOnly = mode == Mode::ReadOnly;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection->name);
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (mode == Mode::ReadOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open())
            return toError(db.lastError());
    }
    Database database(connection);
    registerNameCollation(database.sql()); // names sort by pinyin in SQL (collation.h)
    QSqlQuery q(database.sql());
    // Pragmas: dialect-specific, and all here.
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return toError(q.lastError());
    const int applicationId = q.value(0).toInt();
    const int version = database.schemaVersion();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return toError(q.lastError());
    const bool hasTables = q.value(0).toInt() > 0;
    q.finish();

    const QString native = QDir::toNativeSeparators(path);
    if ((applicationId != 0 && applicationId != kApplicationId) || (applicationId == 0 && hasTables))
        return Error::storage(
            tr("“%1” is an SQLite file, but not a OneStreet database. Open another file.").arg(native));
    if (version > kSchemaVersion)
        return Error::storage(tr("“%1” was written by a newer version of OneStreet (file format %2; this program knows "
                                 "up to %3). Install the newer version to open it. The file was not changed.")
                                  .arg(native)
                                  .arg(version)
                                  .arg(kSchemaVersion));
    // Only now, with the file known to be ours, may anything be written to it.
    if (!memory && mode == Mode::ReadWrite) {
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    if (version < kSchemaVersion) {
        if (mode == Mode::ReadOnly)
            return Error::storage(tr("“%1” needs an upgrade to this program's file format, but it is opened read-only. "
                                     "Open it for writing.")
                                      .arg(native));
        if (Status s = database.migrate(); !s)
            return s.error();
    }
    return database;
}

Result<Database> Database::openServer(const QString &address, Mode mode)
{
    const QString shown = displayAddress(address);
    const ServerAddress a = parseAddress(address);
    if (a.database.isEmpty())
        return Error::invalid(
            tr("The server address “%1” names no database: write postgresql://user@host:port/dbname.").arg(shown));
    auto connection = std::make_shared<Connection>();
    connection->name = nextConnectionName();
    connection->path = shown;
    connection->engine = Engine::Postgres;
    connection->readOnly = mode == Mode::ReadOnly;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection->name);
        if (!db.isValid())
            return Error::storage(tr("This program cannot reach PostgreSQL servers: Qt's PostgreSQL driver is not "
                                     "installed (on Debian: the package libqt6sql6-psql)."));
        if (!a.host.isEmpty())
            db.setHostName(a.host);
        if (a.port > 0)
            db.setPort(a.port);
        if (!a.user.isEmpty())
            db.setUserName(a.user);
        QString password = a.password;
        if (password.isEmpty()) {
            QMutexLocker lock(&passwordsMutex);
            password = passwords().value(shown);
        }
        if (!password.isEmpty())
            db.setPassword(password); // else libpq reads PGPASSWORD or ~/.pgpass
        db.setDatabaseName(a.database);
        db.setConnectOptions(a.options);
        // sum() and avg() of integers are numeric on the server: read them as numbers.
        db.setNumericalPrecisionPolicy(QSql::LowPrecisionDouble);
        if (!db.open()) {
            const QSqlError e = db.lastError();
            const QString text = e.databaseText() + QLatin1Char(' ') + e.driverText();
            if (text.contains(QLatin1String("does not exist")) && text.contains(a.database))
                return Error::notFound(tr("The server has no database “%1”. Create it first (see the README: "
                                          "“OneStreet on a PostgreSQL server”).")
                                           .arg(a.database));
            if (text.contains(QLatin1String("password")) || text.contains(QLatin1String("authentication")))
                return Error::storage(
                    tr("The server %1 refused the login: check the user name and password.").arg(shown));
            return Error::storage(tr("Cannot connect to the server %1: %2").arg(shown, e.text().trimmed()));
        }
    }
    Database database(connection);
    QSqlQuery q(database.sql());
    // Our session settings: ISO dates both ways, UTF-8, messages in the server's language are
    // never matched (toError() reads SQLSTATEs and our own rule texts).
    q.exec(QStringLiteral("SET datestyle = 'ISO, YMD'"));
    q.exec(QStringLiteral("SET client_encoding = 'UTF8'"));
    if (mode == Mode::ReadOnly)
        q.exec(QStringLiteral("SET default_transaction_read_only = on"));
    const int version = database.serverVersionChecked(shown);
    if (version < 0)
        return database.m_openError;
    if (version > kSchemaVersion)
        return Error::storage(tr("The database %1 was written by a newer version of OneStreet (format %2; this "
                                 "program knows up to %3). Install the newer version to open it. Nothing was "
                                 "changed.")
                                  .arg(shown)
                                  .arg(version)
                                  .arg(kSchemaVersion));
    if (version < kSchemaVersion) {
        if (mode == Mode::ReadOnly)
            return Error::storage(
                tr("The database %1 needs an upgrade, but it is opened read-only. Open it for writing.").arg(shown));
        if (Status s = database.migrateServer(); !s)
            return s.error();
    }
    return database;
}

// The version of the OneStreet schema on the server: 0 for an empty database; -1 (with
// m_openError set) for a database holding something that is not OneStreet's.
int Database::serverVersionChecked(const QString &shown)
{
    QSqlQuery q(sql());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON "
                               "n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN "
                               "('r', 'v', 'm', 'S', 'f', 'p')")) ||
        !q.next()) {
        m_openError = toError(q.lastError());
        return -1;
    }
    if (q.value(0).toLongLong() == 0)
        return 0;
    if (q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) && q.next() && q.value(0).toBool() &&
        q.exec(
            QStringLiteral("SELECT max(version) FROM schema_version WHERE application_id = %1").arg(kApplicationId)) &&
        q.next() && !q.value(0).isNull())
        return q.value(0).toInt();
    m_openError = Error::storage(
        tr("The database %1 holds tables, but it is not a OneStreet database. Connect to another database, or ask "
           "for an empty one. Nothing was changed.")
            .arg(shown));
    return -1;
}

QStringList Database::serverMigrationFiles()
{
    QStringList files =
        QDir(QStringLiteral(":/migrations/postgresql")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f.prepend(QStringLiteral(":/migrations/postgresql/"));
    return files;
}

Status Database::migrateServer()
{
    const QStringList files = serverMigrationFiles();
    for (;;) {
        Transaction transaction(*this);
        if (!transaction.started())
            return transaction.error();
        QSqlQuery q(sql());
        // Two PCs opening a fresh database at once: the second waits, then sees the first's work.
        q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kApplicationId));
        const int current = serverVersionChecked(displayAddress(path()));
        if (current < 0)
            return m_openError;
        const int version = current + 1;
        if (version > kSchemaVersion)
            return {};
        if (Status s = applyMigration(version, files); !s)
            return s;
        if (Status s = transaction.commit(); !s)
            return s;
    }
}

// One migration's statements (and, after the first, the calendar's rows), inside the caller's
// transaction; a failure says which format could not be reached.
Status Database::applyMigration(int version, const QStringList &files)
{
    if (version > files.size())
        return Error::storage(tr("Migration %1 is missing from this program.").arg(version));
    QFile file(files.at(version - 1));
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(tr("Migration %1 is missing from this program.").arg(version));
    const QString script = QString::fromUtf8(file.readAll());
    const bool server = engine() == Engine::Postgres;
    QSqlQuery q(sql());
    for (const QString &statement : server ? splitServerStatements(script) : splitStatements(script)) {
        if (!q.exec(statement)) {
            Error e = toError(q.lastError());
            e.message = (server ? tr("Upgrading the database to format %1 failed: %2. Nothing was changed.")
                                : tr("Upgrading the file to format %1 failed: %2. The file was not changed."))
                            .arg(version)
                            .arg(e.message);
            return e;
        }
    }
    if (version == 1)
        return Calendar(*this).ensureYears(2015, 2035);
    return {};
}

QStringList Database::migrationFiles()
{
    QStringList files =
        QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f.prepend(QStringLiteral(":/migrations/"));
    return files;
}

// Statements of a PostgreSQL migration: ';' at a line's end ends one, except inside a function
// body between `$$` marks; comment lines never end one (QPSQL reports only the first result of a
// multi-statement string, so each is sent alone).
QStringList Database::splitServerStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inBody = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        const bool comment = line.startsWith(QLatin1String("--"));
        if (current.isEmpty() && (line.isEmpty() || comment))
            continue;
        current += raw + QLatin1Char('\n');
        if (!comment && line.count(QLatin1String("$$")) % 2 == 1)
            inBody = !inBody;
        if (!inBody && !comment && line.endsWith(QLatin1Char(';'))) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

QStringList Database::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (current.isEmpty() && (line.isEmpty() || line.startsWith(QLatin1String("--"))))
            continue;
        current += raw + QLatin1Char('\n');
        if (current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        const bool ends =
            inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0 : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

Status Database::migrate()
{
    const QStringList files = migrationFiles();
    for (int version = schemaVersion() + 1; version <= kSchemaVersion; ++version) {
        // A migration may rebuild a table (create the new one, copy, drop the old, rename): SQLite
        // asks for foreign keys off meanwhile (they cannot change inside a transaction) and a
        // foreign_key_check before the commit; they are on again afterwards, whatever happened.
        QSqlQuery q(sql());
        q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        const auto keysOn = qScopeGuard([this] { QSqlQuery(sql()).exec(QStringLiteral("PRAGMA foreign_keys = ON")); });
        Transaction transaction(*this);
        if (!transaction.started())
            return transaction.error();
        if (Status s = applyMigration(version, files); !s)
            return s;
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return toError(q.lastError());
        if (q.next())
            return Error::storage(tr("Upgrading the file to format %1 failed: row %2 of table %3 refers to a record "
                                     "that does not exist. The file was not changed.")
                                      .arg(version)
                                      .arg(q.value(1).toString(), q.value(0).toString()));
        q.finish();
        // PRAGMA values cannot be bound; both are integers we own.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) ||
            !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)))
            return toError(q.lastError());
        if (Status s = transaction.commit(); !s)
            return s;
    }
    return {};
}

QSqlQuery Database::prepare(const QString &statement) const
{
    QSqlQuery q(sql());
    // Forward-only on the server is libpq's single-row mode, whose rows are lost when another
    // statement runs on the connection before the last row is read: results come whole there.
    q.setForwardOnly(engine() == Engine::Sqlite);
    q.prepare(statement);
    return q;
}

Result<QSqlQuery> Database::run(const QString &statement, const QVariantList &values) const
{
    QSqlQuery q(sql());
    // Forward-only on the server is libpq's single-row mode, whose rows are lost when another
    // statement runs on the connection before the last row is read: results come whole there.
    q.setForwardOnly(engine() == Engine::Sqlite);
    if (!q.prepare(statement))
        return toError(q.lastError());
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return toError(q.lastError());
    return q;
}

Result<QVariant> Database::scalar(const QString &statement, const QVariantList &values) const
{
    auto q = run(statement, values);
    if (!q)
        return q.error();
    if (!q.value().next())
        return QVariant();
    return q.value().value(0);
}

Result<qint64> Database::insert(const QString &statement, const QVariantList &values) const
{
    if (engine() == Engine::Postgres) {
        auto q = run(statement + QStringLiteral(" RETURNING id"), values);
        if (!q)
            return q.error();
        if (!q.value().next())
            return Error::storage(tr("The server did not give the new record's number."));
        return q.value().value(0).toLongLong();
    }
    auto q = run(statement, values);
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

qint64 Database::insertedId(QSqlQuery &query) const
{
    if (engine() == Engine::Postgres)
        return query.next() ? query.value(0).toLongLong() : 0;
    return query.lastInsertId().toLongLong();
}

QString Database::setting(const QString &key, const QString &fallback) const
{
    auto v = scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!v || v.value().isNull())
        return fallback;
    return v.value().toString();
}

Status Database::setSetting(const QString &key, const QString &value) const
{
    auto q = run(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                 {key, value});
    if (!q)
        return q.error();
    return {};
}

Error toError(const QSqlError &error)
{
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    const QString native = error.nativeErrorCode();
    struct Rule
    {
        const char *raised;
        const char *message;
    };
    // Messages raised by the file's own triggers, named as the rule they guard.
    static const Rule rules[] = {
        {"placement outside its contract term",
         QT_TRANSLATE_NOOP("core::Database", "A placement must lie inside its contract's term.")},
        {"placement overlaps another placement of the same worker",
         QT_TRANSLATE_NOOP("core::Database", "This worker already has a placement in that period: a worker holds one "
                                             "placement at a time. End the other placement first.")},
        {"placement overlaps another placement in the same post",
         QT_TRANSLATE_NOOP("core::Database", "This post is already held by another worker in that period. End that "
                                             "placement first.")},
        {"a new activity starts as a draft", QT_TRANSLATE_NOOP("core::Database", "A new activity starts as a draft.")},
        {"activity workflow step not allowed",
         QT_TRANSLATE_NOOP("core::Database",
                           "An activity moves only draft → submitted → approved or rejected → held or "
                           "cancelled.")},
        {"a final evaluation cannot change",
         QT_TRANSLATE_NOOP("core::Database", "This evaluation is final and cannot change. Unlock it first, giving a "
                                             "reason.")},
        {"attendance on a day that is not a working day",
         QT_TRANSLATE_NOOP("core::Database", "Attendance can be recorded on a working day only (on a weekend or "
                                             "public holiday, only business out).")},
        {"activity held outside the worker's placement",
         QT_TRANSLATE_NOOP("core::Database",
                           "An activity can only have been held while its worker was placed in a post.")},
        {"rubric weights must sum to 100",
         QT_TRANSLATE_NOOP("core::Database", "The rubric's weights must sum to 100.")},
    };
    for (const Rule &rule : rules)
        if (text.contains(QLatin1String(rule.raised)))
            return Error::invalid(tr(rule.message));
    // A PostgreSQL server names its errors by SQLSTATE (five characters; SQLite's codes are
    // numbers below 10000): its own wording is translated, so only codes and constraint names count.
    if (native.size() == 5 && !(native.at(0) == u'0' && native.at(1) == u'0'))
        return fromSqlState(native, error);

    if (text.contains(QLatin1String("UNIQUE constraint failed: post.contract_id, post.street_id")))
        return Error::invalid(
            tr("This contract already has a post at this street: one street, one post per contract."));
    if (text.contains(QLatin1String("UNIQUE constraint failed: attendance.worker_id, attendance.day")))
        return Error::invalid(tr("This worker already has an attendance record for that day."));
    if (text.contains(QLatin1String("UNIQUE constraint failed")))
        return Error::invalid(tr("A record with the same key already exists (%1).").arg(error.databaseText()));
    if (text.contains(QLatin1String("FOREIGN KEY constraint failed")))
        return Error::invalid(tr("This record is still used by other records (or refers to one that does not exist). "
                                 "Remove or change those first."));
    if (text.contains(QLatin1String("CHECK constraint failed")))
        return Error::invalid(tr("A value is out of its allowed range (%1).").arg(error.databaseText()));
    if (text.contains(QLatin1String("NOT NULL constraint failed")))
        return Error::invalid(tr("A required value is missing (%1).").arg(error.databaseText()));
    if (native == u"5" || native == u"6" || text.contains(QLatin1String("locked")))
        return Error::storage(tr("The database file is in use by another program or another OneStreet window. "
                                 "Close it there, or wait a moment, and try again."));
    if (native == u"8" || text.contains(QLatin1String("readonly")))
        return Error::storage(tr("The database file is read-only. Make it writable and try again."));
    if (native == u"13" || text.contains(QLatin1String("full")))
        return Error::storage(tr("The disk is full. Free some space and try again; nothing was saved."));
    if (native == u"11" || native == u"26" || text.contains(QLatin1String("malformed")) ||
        text.contains(QLatin1String("not a database")))
        return Error::storage(tr("The database file is damaged or is not a database. Restore a backup copy "
                                 "(File → Restore backup)."));
    if (native == u"14")
        return Error::storage(tr("The database file cannot be opened. Check that the folder exists and that you may "
                                 "write to it."));
    return Error::storage(tr("The database reported an error: %1").arg(error.text()));
}

Error fromSqlState(const QString &state, const QSqlError &error)
{
    const QString text = error.databaseText();
    const auto has = [&](const char *name) {
        return text.contains(QLatin1String(name));
    };
    if (state == u"23505") {
        if (has("post_contract_id_street_id_key"))
            return Error::invalid(QCoreApplication::translate(
                "core::Database",
                "This contract already has a post at this street: one street, one post per contract."));
        if (has("attendance_worker_id_day_key"))
            return Error::invalid(QCoreApplication::translate(
                "core::Database", "This worker already has an attendance record for that day."));
        return Error::invalid(
            QCoreApplication::translate("core::Database", "A record with the same key already exists (%1).").arg(text));
    }
    if (state == u"23503")
        return Error::invalid(QCoreApplication::translate(
            "core::Database", "This record is still used by other records (or refers to one that does not exist). "
                              "Remove or change those first."));
    if (state == u"23514")
        return Error::invalid(
            QCoreApplication::translate("core::Database", "A value is out of its allowed range (%1).").arg(text));
    if (state == u"23502")
        return Error::invalid(
            QCoreApplication::translate("core::Database", "A required value is missing (%1).").arg(text));
    if (state == u"40001" || state == u"40P01" || state == u"55P03" || state == u"55006")
        return Error::storage(QCoreApplication::translate(
            "core::Database", "Someone else changed the same records at the same moment. Nothing was saved; try "
                              "again."));
    if (state == u"25006" || state == u"42501")
        return Error::storage(QCoreApplication::translate(
            "core::Database", "The server does not let this login change the database (it is read-only or "
                              "lacks the rights). Ask the agency's IT person."));
    if (state == u"53100")
        return Error::storage(QCoreApplication::translate(
            "core::Database", "The server's disk is full. Nothing was saved; ask the agency's IT person."));
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return Error::storage(QCoreApplication::translate(
            "core::Database", "The connection to the server was lost (server restarted or network gone). "
                              "Nothing of the last change was saved; reconnect and try again."));
    if (state.startsWith(QLatin1String("28")))
        return Error::storage(QCoreApplication::translate(
            "core::Database", "The server refused the login: check the user name and password."));
    return Error::storage(
        QCoreApplication::translate("core::Database", "The database reported an error: %1").arg(error.text()));
}

Transaction::Transaction(const Database &db, Kind kind)
    : m_db(db)
{
    int &depth = m_db.m_connection->transactionDepth;
    QSqlQuery q(m_db.sql());
    QString begin;
    if (depth > 0) // inside another: a rule check and its write nest in the caller's transaction
        begin = QStringLiteral("SAVEPOINT onestreet_%1").arg(depth);
    else if (m_db.engine() == Engine::Postgres)
        begin = kind == Kind::Snapshot ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                       : QStringLiteral("BEGIN");
    else // IMMEDIATE takes the write lock now, so a busy file fails here, before any work.
        begin = kind == Kind::Snapshot ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    m_started = q.exec(begin);
    if (!m_started) {
        m_error = toError(q.lastError());
        m_done = true;
        return;
    }
    m_level = ++depth;
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (m_done)
        return m_started ? Error::storage(QCoreApplication::translate("core::Database", "The transaction has ended."))
                         : m_error;
    QSqlQuery q(m_db.sql());
    const QString end =
        m_level > 1 ? QStringLiteral("RELEASE SAVEPOINT onestreet_%1").arg(m_level - 1) : QStringLiteral("COMMIT");
    if (!q.exec(end)) {
        const Error e = toError(q.lastError());
        rollback();
        return e;
    }
    m_done = true;
    --m_db.m_connection->transactionDepth;
    return {};
}

void Transaction::rollback()
{
    if (m_done)
        return;
    m_done = true;
    QSqlQuery q(m_db.sql());
    if (m_level > 1) {
        const QString savepoint = QStringLiteral("onestreet_%1").arg(m_level - 1);
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint);
        q.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint);
    } else {
        q.exec(QStringLiteral("ROLLBACK"));
    }
    --m_db.m_connection->transactionDepth;
}

} // namespace core
