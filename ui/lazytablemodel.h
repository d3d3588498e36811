// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/listing.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace ui {

// A table over a core::ListSource that never loads the whole list: the row count comes from
// count(), rows are read in blocks of kBlockSize when the view first asks for them, and only
// the most recently used blocks are kept. Sorting and filtering re-query in SQL.
class LazyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kBlockSize = 200;
    static constexpr int kMaxBlocks = 40; // ~8,000 rows in memory at most

    explicit LazyTableModel(QObject *parent = nullptr);

    // Takes a new source (or none) and re-reads.
    void setSource(std::shared_ptr<core::ListSource> source);
    core::ListSource *source() const { return m_source.get(); }
    // Applies a filter (its sortColumn/sortOrder included) and re-reads.
    void setFilter(const core::ListFilter &filter);
    const core::ListFilter &filter() const { return m_filter; }
    // Counts again and drops every cached block (after an edit).
    void reload();

    // The record shown in `row` (fetching its block if needed); id 0 when there is none.
    core::ListRow rowAt(int row) const;
    qint64 idAt(int row) const { return rowAt(row).id; }
    // The first row showing record `id` among the cached blocks, or -1.
    int cachedRowOf(qint64 id) const;

    // The total of rows read from the source since the last reset (tests check laziness).
    int fetchedRows() const { return m_fetchedRows; }
    // The last error from the source, empty when the last read worked.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The number of records changed (after a filter, a reload or a new source).
    void countChanged(int count);
    // Reading failed; the message is core's, for the user.
    void errorOccurred(const QString &message);

private:
    const QList<core::ListRow> *block(int index) const;
    void resetAll();

    std::shared_ptr<core::ListSource> m_source;
    core::ListFilter m_filter;
    QStringList m_headers;
    int m_count = 0;
    mutable QHash<int, QList<core::ListRow>> m_blocks;
    mutable QList<int> m_recent; // block indexes, most recent last
    mutable int m_fetchedRows = 0;
    mutable QString m_lastError;
};

} // namespace ui
