// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "table.h"

#include "period.h"

#include <QSqlQuery>

#include <algorithm>

namespace core {

namespace {

QStringList names(std::initializer_list<QAnyStringView> columns)
{
    QStringList list;
    list.reserve(qsizetype(columns.size()));
    for (QAnyStringView column : columns)
        list << column.toString();
    return list;
}

// "?, ?, ?" for n values.
QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

} // namespace

Table::Table(QAnyStringView name, std::initializer_list<QAnyStringView> columns)
    : Table(name.toString(), names(columns))
{}

Table::Table(QString name, QStringList columns)
    : m_name(std::move(name))
    , m_columns(std::move(columns))
{}

QString Table::columnList(const QString &alias) const
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QString list = prefix + QStringLiteral("id");
    for (const QString &column : m_columns)
        list += QStringLiteral(", ") + prefix + column;
    return list;
}

QString Table::select(const QString &alias) const
{
    QString from = QStringLiteral(" FROM ") + m_name;
    if (!alias.isEmpty())
        from += QLatin1Char(' ') + alias;
    return QStringLiteral("SELECT ") + columnList(alias) + from;
}

QString Table::insert() const
{
    return QStringLiteral("INSERT INTO ") + m_name + QStringLiteral(" (") + m_columns.join(QStringLiteral(", ")) +
           QStringLiteral(") VALUES (") + placeholders(m_columns.size()) + QLatin1Char(')');
}

QString Table::update() const
{
    return QStringLiteral("UPDATE ") + m_name + QStringLiteral(" SET ") + m_columns.join(QStringLiteral(" = ?, ")) +
           QStringLiteral(" = ? WHERE id = ?");
}

Table Table::only(std::initializer_list<QAnyStringView> columns) const
{
    for (QAnyStringView column : columns)
        if (indexOf(column) < 1)
            qFatal("core::Table: %s has no column %s", qUtf8Printable(m_name), qUtf8Printable(column.toString()));
    return Table(m_name, names(columns));
}

Table Table::without(std::initializer_list<QAnyStringView> columns) const
{
    const Table left = only(columns); // checks the names
    QStringList kept = m_columns;
    for (const QString &column : left.columns())
        kept.removeAll(column);
    return Table(m_name, kept);
}

int Table::indexOf(QAnyStringView column) const
{
    if (column == QLatin1StringView("id"))
        return 0;
    // A linear look at a dozen short names: no allocation, cheaper than a hash of a new QString.
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        if (column == m_columns.at(i))
            return int(i) + 1;
    return -1;
}

RowValues &RowValues::set(QAnyStringView column, const QVariant &value)
{
    m_values.append({column.toString(), value});
    return *this;
}

QString RowValues::problem(const Table &table) const
{
    for (const auto &[column, value] : m_values)
        if (table.indexOf(column) < 1)
            return QStringLiteral("%1 has no column %2").arg(table.name(), column);
    for (const QString &column : table.columns()) {
        const auto n =
            std::count_if(m_values.cbegin(), m_values.cend(), [&](const auto &v) { return v.first == column; });
        if (n != 1)
            return QStringLiteral("column %1 of %2 is set %3 times").arg(column, table.name()).arg(n);
    }
    return {};
}

QVariantList RowValues::ordered(const Table &table) const
{
    if (const QString p = problem(table); !p.isEmpty())
        qFatal("core::RowValues: %s", qUtf8Printable(p));
    QVariantList list;
    list.reserve(table.columns().size() + 1);
    for (const QString &column : table.columns())
        for (const auto &[name, value] : m_values)
            if (name == column)
                list << value;
    return list;
}

QVariantList RowValues::ordered(const Table &table, qint64 id) const
{
    QVariantList list = ordered(table);
    list << id;
    return list;
}

Row::Row(const Table &table, const QSqlQuery &query, int first)
    : m_table(table)
    , m_query(query)
    , m_first(first)
{}

QVariant Row::value(QAnyStringView column) const
{
    const int i = m_table.indexOf(column);
    if (i < 0)
        qFatal("core::Row: %s has no column %s", qUtf8Printable(m_table.name()), qUtf8Printable(column.toString()));
    return m_query.value(m_first + i);
}

QVariant Row::extra(int k) const
{
    return m_query.value(m_first + m_table.size() + k);
}

std::optional<qint64> Row::optionalId(QAnyStringView column) const
{
    const QVariant v = value(column);
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QDate Row::date(QAnyStringView column) const
{
    return fromIsoDate(value(column).toString());
}

} // namespace core
