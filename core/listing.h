// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "database.h"
#include "enums.h"

#include <QDate>
#include <QVariant>

#include <functional>
#include <optional>

namespace core {

// What a page asks of a list: search text, filters, sort, all applied in SQL.
struct ListFilter
{
    QString search; // matched (LIKE) against the list's searchable columns
    QDate from;     // period, both ends included; invalid = open
    QDate to;
    std::optional<qint64> districtId;
    std::optional<qint64> streetId;
    std::optional<qint64> workerId;
    std::optional<qint64> contractId;
    std::optional<qint64> postId;
    QString status;      // a stored code, empty = any
    QList<qint64> ids;   // only these records (the list's id), empty = any; e.g. those an alert names
    int sortColumn = -1; // index into columns(); -1 = the list's default order
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
};

struct ListRow
{
    qint64 id = 0;
    QVariantList cells; // display values, one per column, already formatted
};

// A list of records that a view reads lazily: a count, then windows of rows.
class ListSource
{
public:
    virtual ~ListSource() = default;
    virtual QStringList headers() const = 0;
    virtual int columnCount() const { return int(headers().size()); }
    virtual Qt::Alignment alignment(int column) const = 0;
    virtual Result<int> count(const ListFilter &filter) const = 0;
    virtual Result<QList<ListRow>> fetch(const ListFilter &filter, int offset, int limit) const = 0;
};

// How to list one kind of record with SQL: the FROM clause, one expression per column, and
// which expressions the filters apply to (empty = that filter does not apply to this list).
struct ListSpec
{
    struct Column
    {
        QString header;     // translated
        QString expression; // SQL, e.g. "w.name"
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
        // Turns the stored value into what is shown (enum label, money, masked ID...).
        std::function<QVariant(const QVariant &)> format;
    };
    QString from; // e.g. "attendance a JOIN social_worker w ON w.id = a.worker_id"
    QString id;   // e.g. "a.id"
    QList<Column> columns;
    QStringList searchColumns;
    QString dateColumn;    // rows with this date in [from, to] ...
    QString dateEndColumn; // ... or, when set, rows whose span [date, end] overlaps it (NULL end = open)
    QString districtColumn;
    QString streetColumn;
    QString workerColumn;
    // Where "column = ?" cannot say it: a condition whose every '?' is bound to the filter's
    // value. For records with several workers (attendees), e.g.
    // "EXISTS (SELECT 1 FROM x WHERE x.id = s.id AND x.worker_id = ?)"; for day records whose
    // street comes from the placement covering the day, a condition that first narrows to the
    // workers ever placed there (an uncorrelated IN that can use the (worker_id, day) index).
    QString workerCondition;
    QString streetCondition;
    QString districtCondition;
    QString contractColumn;
    QString postColumn;
    QString statusColumn;
    QString where;        // always applied, e.g. "w.left_on IS NULL"
    QString defaultOrder; // e.g. "a.day DESC, w.name"
};

class SqlListSource : public ListSource
{
public:
    SqlListSource(Database db, ListSpec spec)
        : m_db(std::move(db))
        , m_spec(std::move(spec))
    {}

    QStringList headers() const override;
    Qt::Alignment alignment(int column) const override;
    Result<int> count(const ListFilter &filter) const override;
    Result<QList<ListRow>> fetch(const ListFilter &filter, int offset, int limit) const override;
    const ListSpec &spec() const { return m_spec; }

private:
    // The WHERE clause and its bound values for a filter.
    QString whereClause(const ListFilter &filter, QVariantList &values) const;

    Database m_db;
    ListSpec m_spec;
};

// Common formatters for ListSpec columns.
namespace format {
QVariant money(const QVariant &fen);         // integer fen → "¥30,000.00"
QVariant date(const QVariant &iso);          // kept as text 'yyyy-MM-dd'
QVariant maskedIdNumber(const QVariant &id); // 110105********1234
// Names a query aggregated (comma-separated, in no order) as a reader takes a list of them:
// sorted by name (pinyin for Chinese), joined with the language's separator (、).
QVariant names(const QVariant &aggregated);
template <typename E> std::function<QVariant(const QVariant &)> enumLabel()
{
    return [](const QVariant &v) -> QVariant {
        const auto e = fromCode<E>(v.toString());
        return e ? QVariant(label(*e)) : v;
    };
}
} // namespace format

} // namespace core
