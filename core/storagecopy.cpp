// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "storagecopy.h"

#include "bulkwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>

#include <functional>

namespace core {

namespace {

// What a fresh database starts with: not records of the agency.
const QSet<QString> &startingTables()
{
    static const QSet<QString> tables = {QStringLiteral("settings"), QStringLiteral("calendar_day"),
                                         QStringLiteral("rubric_template"), QStringLiteral("rubric_item"),
                                         QStringLiteral("schema_version")};
    return tables;
}

// The file's tables, each after the tables it refers to (its foreign keys).
Result<QStringList> tablesInOrder(const Database &file)
{
    auto names = file.run(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                         "'sqlite_%' ORDER BY rowid"));
    if (!names)
        return names.error();
    QStringList tables;
    while (names.value().next())
        tables << names.value().value(0).toString();
    QHash<QString, QStringList> refers;
    for (const QString &t : std::as_const(tables)) {
        // A table name cannot be bound in a PRAGMA; these come from sqlite_master.
        auto keys = file.run(QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list('%1')").arg(t));
        if (!keys)
            return keys.error();
        while (keys.value().next())
            if (keys.value().value(0).toString() != t)
                refers[t] << keys.value().value(0).toString();
    }
    QStringList ordered;
    QSet<QString> done;
    std::function<void(const QString &)> visit = [&](const QString &t) {
        if (done.contains(t))
            return;
        done.insert(t);
        for (const QString &parent : refers.value(t))
            visit(parent);
        ordered << t;
    };
    for (const QString &t : std::as_const(tables))
        visit(t);
    return ordered;
}

QStringList columnsOf(const Database &db, const QString &table)
{
    const QSqlRecord record = db.sql().record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

// A statement sent as it is (DDL cannot be prepared on the server).
Status execute(const Database &db, const QString &statement)
{
    QSqlQuery q(db.sql());
    if (!q.exec(statement))
        return toError(q.lastError());
    return {};
}

Result<qint64> rowsOf(const Database &db, const QString &table)
{
    return countOf(db, QStringLiteral("SELECT count(*) FROM %1").arg(table), {});
}

} // namespace

Result<bool> holdsRecords(const Database &db)
{
    QStringList tables = db.sql().tables(QSql::Tables);
    for (const QString &t : std::as_const(tables)) {
        if (startingTables().contains(t) || t.startsWith(QLatin1String("sqlite_")))
            continue;
        auto any = db.scalar(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(t));
        if (!any)
            return any.error();
        if (!any.value().isNull())
            return true;
    }
    return false;
}

Result<QList<TableRows>> copyDatabase(const Database &from, const Database &to)
{
    const Database &file = from.engine() == Engine::Sqlite ? from : to;
    if (file.engine() != Engine::Sqlite)
        return Error::invalid(
            QCoreApplication::translate("core::StorageCopy", "One side of a copy must be a OneStreet file."));
    if (from.schemaVersion() != to.schemaVersion())
        return Error::invalid(QCoreApplication::translate(
                                  "core::StorageCopy",
                                  "The two databases have different formats (%1 and %2): open both with this program "
                                  "first.")
                                  .arg(from.schemaVersion())
                                  .arg(to.schemaVersion()));
    auto order = tablesInOrder(file);
    if (!order)
        return order.error();
    const QSet<QString> present = [&] {
        const QStringList list = (&file == &from ? to : from).sql().tables(QSql::Tables);
        return QSet<QString>(list.begin(), list.end());
    }();
    QStringList tables;
    for (const QString &t : order.value())
        if (present.contains(t))
            tables << t;

    // Foreign keys stay checked on the server; on a file they may go (the rows come in order from
    // a database that checked them).
    BulkWriter::Options options;
    options.foreignKeys = to.engine() == Engine::Postgres;
    BulkWriter bulk(to, options);
    if (!bulk.isValid())
        return bulk.error();
    Transaction snapshot(from, Transaction::Kind::Snapshot);
    if (!snapshot.started())
        return snapshot.error();
    Transaction write(to);
    if (!write.started())
        return write.error();

    // The rules that refuse a row as NEW (an activity starts as a draft, a final evaluation's
    // items are locked) would refuse old rows: they are off during the copy. On the server the
    // placement trigger stays on, since it fills the span column its exclusion constraints read.
    QStringList fileTriggers;
    if (to.engine() == Engine::Postgres) {
        for (const QString &t : std::as_const(tables))
            if (t != u"placement")
                if (Status s = execute(to, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(t)); !s)
                    return s.error();
    } else {
        auto q = to.run(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid"));
        if (!q)
            return q.error();
        QStringList names;
        while (q.value().next()) {
            names << q.value().value(0).toString();
            fileTriggers << q.value().value(1).toString();
        }
        for (const QString &name : std::as_const(names))
            if (Status s = execute(to, QStringLiteral("DROP TRIGGER \"%1\"").arg(name)); !s)
                return s.error();
    }
    for (auto t = tables.crbegin(); t != tables.crend(); ++t)
        if (auto q = to.run(QStringLiteral("DELETE FROM %1").arg(*t)); !q)
            return q.error();

    QList<TableRows> counts;
    for (const QString &table : std::as_const(tables)) {
        const QStringList target = columnsOf(to, table);
        QStringList columns;
        for (const QString &c : columnsOf(from, table))
            if (target.contains(c))
                columns << c;
        QList<QByteArray> names;
        QList<const char *> pointers;
        for (const QString &c : std::as_const(columns))
            names << c.toUtf8();
        for (const QByteArray &n : std::as_const(names))
            pointers << n.constData();
        const QByteArray tableName = table.toUtf8();
        BulkStatement *insert = bulk.insert(tableName.constData(), pointers);
        if (!insert)
            return bulk.error();
        const QString orderBy = columns.contains(QLatin1String("id")) ? QStringLiteral(" ORDER BY id") : QString();
        auto rows =
            from.run(QStringLiteral("SELECT %1 FROM %2%3").arg(columns.join(QStringLiteral(", ")), table, orderBy));
        if (!rows)
            return rows.error();
        QSqlQuery &q = rows.value();
        const int width = int(columns.size());
        while (q.next()) {
            for (int i = 0; i < width; ++i) {
                if (q.isNull(i))
                    insert->addNull();
                else
                    insert->add(q.value(i)); // a server's date comes as QDate: its ISO text
            }
            if (!insert->endRow())
                return bulk.error();
        }
        if (!insert->flush())
            return bulk.error();
        counts.append({table, insert->rows()});
    }
    if (!bulk.flush())
        return bulk.error();

    if (to.engine() == Engine::Postgres) {
        for (const QString &t : std::as_const(tables))
            if (t != u"placement")
                if (Status s = execute(to, QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(t)); !s)
                    return s.error();
    } else {
        for (const QString &sql : std::as_const(fileTriggers))
            if (Status s = execute(to, sql); !s)
                return s.error();
    }
    // Verified: every table holds exactly the rows of its source.
    for (const TableRows &c : std::as_const(counts)) {
        auto source = rowsOf(from, c.table);
        auto copied = rowsOf(to, c.table);
        if (!source)
            return source.error();
        if (!copied)
            return copied.error();
        if (source.value() != c.rows || copied.value() != c.rows)
            return Error::storage(
                QCoreApplication::translate("core::StorageCopy",
                                            "The copy of table %1 holds %2 rows, the original %3. Nothing was copied.")
                    .arg(c.table)
                    .arg(copied.value())
                    .arg(source.value()));
    }
    if (Status s = write.commit(); !s)
        return s.error();
    snapshot.rollback();
    return counts;
}

} // namespace core
