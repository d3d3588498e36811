// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "enums.h"
#include "money.h"

#include <QAnyStringView>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>
#include <optional>
#include <utility>

class QSqlQuery;

namespace core {

// One entity's columns, written once: a repository's SELECT, INSERT and UPDATE are made from this
// list, and its values are bound (RowValues) and read (Row) by column name, never by a position
// counted by hand (after qBittorrent's dbresumedatastorage.cpp). `id` is implicit: first in
// select(), bound last by update(), given back by Database::insert().
class Table
{
public:
    Table(QAnyStringView name, std::initializer_list<QAnyStringView> columns);

    const QString &name() const { return m_name; }
    // The columns after id, in the order of insert() and update().
    const QStringList &columns() const { return m_columns; }

    // "id, code, title" or, with an alias, "c.id, c.code, c.title": for a SELECT that joins.
    QString columnList(const QString &alias = {}) const;
    // "SELECT id, code, title FROM contract", or "SELECT c.id, c.code, c.title FROM contract c".
    QString select(const QString &alias = {}) const;
    // "INSERT INTO contract (code, title) VALUES (?, ?)".
    QString insert() const;
    // "UPDATE contract SET code = ?, title = ? WHERE id = ?".
    QString update() const;
    // How many columns select() has, id included.
    int size() const { return int(m_columns.size()) + 1; }
    // The same table with only some of its columns, for a statement that writes just those.
    Table only(std::initializer_list<QAnyStringView> columns) const;
    // The same table without some of its columns, e.g. one a row never changes after insert().
    Table without(std::initializer_list<QAnyStringView> columns) const;

    // A column's position in select() (id is 0), or -1 for a name the table does not have.
    int indexOf(QAnyStringView column) const;

private:
    Table(QString name, QStringList columns);

    QString m_name;
    QStringList m_columns;
};

// The values of one row, set by column name and bound in a Table's order. A column left out, set
// twice, or not in the table stops the program with its name: a typo fails at once, loudly.
class RowValues
{
public:
    RowValues &set(QAnyStringView column, const QVariant &value);

    // The values in table.columns() order, for table.insert().
    QVariantList ordered(const Table &table) const;
    // The same followed by the row's id, for table.update().
    QVariantList ordered(const Table &table, qint64 id) const;

    // What is wrong with these values for `table` ("column code is not set"), or empty.
    QString problem(const Table &table) const;

private:
    QList<std::pair<QString, QVariant>> m_values;
};

// One row of a query whose columns are table.select()'s (or table.columnList()'s, beginning at
// `first`), read by column name. An unknown name stops the program, as RowValues does. The row
// keeps references: the table and the query must outlive it (tables are constants at file scope).
class Row
{
public:
    Row(const Table &table, const QSqlQuery &query, int first = 0);

    QVariant value(QAnyStringView column) const;
    bool isNull(QAnyStringView column) const { return value(column).isNull(); }
    qint64 id(QAnyStringView column = u"id") const { return value(column).toLongLong(); }
    // A reference that may be NULL.
    std::optional<qint64> optionalId(QAnyStringView column) const;
    QString text(QAnyStringView column) const { return value(column).toString(); }
    int integer(QAnyStringView column) const { return value(column).toInt(); }
    bool flag(QAnyStringView column) const { return value(column).toBool(); }
    // A day stored as 'yyyy-MM-dd'; an invalid QDate for NULL.
    QDate date(QAnyStringView column) const;
    Money money(QAnyStringView column) const { return Money::fromFen(value(column).toLongLong()); }
    // An enumeration stored by its code(); nullopt for NULL or a code not known.
    template <Enumeration E> std::optional<E> code(QAnyStringView column) const { return fromCode<E>(text(column)); }
    // The k-th value after the table's columns (0 the first), for a SELECT that joins more.
    QVariant extra(int k) const;

private:
    const Table &m_table;
    const QSqlQuery &m_query;
    int m_first;
};

} // namespace core
