// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "listing.h"

#include "collation.h"
#include "money.h"
#include "period.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace core {

QStringList SqlListSource::headers() const
{
    QStringList h;
    for (const auto &c : m_spec.columns)
        h << c.header;
    return h;
}

Qt::Alignment SqlListSource::alignment(int column) const
{
    return column >= 0 && column < m_spec.columns.size() ? m_spec.columns.at(column).alignment
                                                         : Qt::AlignLeft | Qt::AlignVCenter;
}

QString SqlListSource::whereClause(const ListFilter &filter, QVariantList &values) const
{
    QStringList conditions;
    if (!m_spec.where.isEmpty())
        conditions << QLatin1Char('(') + m_spec.where + QLatin1Char(')');
    const QString search = filter.search.trimmed();
    if (!search.isEmpty() && !m_spec.searchColumns.isEmpty()) {
        QStringList any;
        QString pattern = search;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        for (const QString &column : m_spec.searchColumns) {
            any << column + QLatin1Char(' ') + m_db.dialect().like() + QStringLiteral(" ? ESCAPE '\\'");
            values << QVariant(QLatin1Char('%') + pattern + QLatin1Char('%'));
        }
        conditions << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (!m_spec.dateColumn.isEmpty()) {
        const QString end = m_spec.dateEndColumn.isEmpty()
                                ? m_spec.dateColumn
                                : QStringLiteral("COALESCE(%1, '9999-12-31')").arg(m_spec.dateEndColumn);
        if (filter.from.isValid()) {
            conditions << end + QStringLiteral(" >= ?");
            values << isoDate(filter.from);
        }
        if (filter.to.isValid()) {
            conditions << m_spec.dateColumn + QStringLiteral(" <= ?");
            values << isoDate(filter.to);
        }
    }
    auto equals = [&](const QString &column, const std::optional<qint64> &value) {
        if (!column.isEmpty() && value) {
            conditions << column + QStringLiteral(" = ?");
            values << *value;
        }
    };
    auto holds = [&](const QString &condition, const std::optional<qint64> &value) {
        if (!condition.isEmpty() && value) {
            conditions << QLatin1Char('(') + condition + QLatin1Char(')');
            for (qsizetype n = condition.count(QLatin1Char('?')); n > 0; --n)
                values << *value;
        }
    };
    equals(m_spec.districtColumn, filter.districtId);
    equals(m_spec.streetColumn, filter.streetId);
    equals(m_spec.workerColumn, filter.workerId);
    holds(m_spec.districtCondition, filter.districtId);
    holds(m_spec.streetCondition, filter.streetId);
    holds(m_spec.workerCondition, filter.workerId);
    equals(m_spec.contractColumn, filter.contractId);
    equals(m_spec.postColumn, filter.postId);
    if (!filter.ids.isEmpty()) {
        QStringList marks;
        for (qint64 id : filter.ids) {
            marks << QStringLiteral("?");
            values << id;
        }
        conditions << m_spec.id + QStringLiteral(" IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (!m_spec.statusColumn.isEmpty() && !filter.status.isEmpty()) {
        conditions << m_spec.statusColumn + QStringLiteral(" = ?");
        values << filter.status;
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<int> SqlListSource::count(const ListFilter &filter) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT count(*) FROM ") + m_spec.from + whereClause(filter, values);
    auto v = m_db.scalar(sql, values);
    if (!v)
        return v.error();
    return v.value().toInt();
}

Result<QList<ListRow>> SqlListSource::fetch(const ListFilter &filter, int offset, int limit) const
{
    QStringList select{m_spec.id};
    for (const auto &c : m_spec.columns)
        select << c.expression;
    QVariantList values;
    QString sql = QStringLiteral("SELECT ") + select.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") +
                  m_spec.from + whereClause(filter, values);
    // Sort keys are our own column expressions, never user text.
    // Names of people and places sort by pinyin (collation.h).
    QString order = orderNamesIn(m_spec.defaultOrder);
    if (filter.sortColumn >= 0 && filter.sortColumn < m_spec.columns.size()) {
        order = orderNamesIn(m_spec.columns.at(filter.sortColumn).expression) +
                (filter.sortOrder == Qt::DescendingOrder ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
        if (!m_spec.defaultOrder.isEmpty())
            order += QStringLiteral(", ") + orderNamesIn(m_spec.defaultOrder);
    }
    if (!order.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + order;
    sql += QStringLiteral(" LIMIT ? OFFSET ?");
    values << limit << offset;

    auto q = m_db.run(sql, values);
    if (!q)
        return q.error();
    QList<ListRow> rows;
    while (q.value().next()) {
        ListRow row;
        row.id = q.value().value(0).toLongLong();
        for (int c = 0; c < m_spec.columns.size(); ++c) {
            const QVariant raw = q.value().value(c + 1);
            const auto &format = m_spec.columns.at(c).format;
            row.cells << (format ? format(raw) : raw);
        }
        rows << row;
    }
    return rows;
}

namespace format {

QVariant money(const QVariant &fen)
{
    if (fen.isNull())
        return {};
    return Money::fromFen(fen.toLongLong()).toString(QLocale());
}

QVariant date(const QVariant &iso)
{
    return iso;
}

QVariant maskedIdNumber(const QVariant &id)
{
    const QString s = id.toString();
    if (s.size() <= 10)
        return s.isEmpty() ? QString() : QString(s.size(), QLatin1Char('*'));
    return QString(s.left(6) + QString(s.size() - 10, QLatin1Char('*')) + s.right(4));
}

QVariant names(const QVariant &aggregated)
{
    QStringList list = aggregated.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QCollator collator = nameCollator();
    std::sort(list.begin(), list.end(), collator);
    return list.join(QCoreApplication::translate("core::ListSource", ", ", "between the names of a list"));
}

} // namespace format

} // namespace core
