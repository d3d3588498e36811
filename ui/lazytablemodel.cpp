// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "lazytablemodel.h"

#include <QTimer>

namespace ui {

LazyTableModel::LazyTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LazyTableModel::setSource(std::shared_ptr<core::ListSource> source)
{
    m_source = std::move(source);
    resetAll();
}

void LazyTableModel::setFilter(const core::ListFilter &filter)
{
    m_filter = filter;
    resetAll();
}

void LazyTableModel::reload()
{
    resetAll();
}

void LazyTableModel::resetAll()
{
    beginResetModel();
    m_blocks.clear();
    m_recent.clear();
    m_fetchedRows = 0;
    m_lastError.clear();
    m_count = 0;
    m_headers = m_source ? m_source->headers() : QStringList();
    if (m_source) {
        const auto count = m_source->count(m_filter);
        if (count)
            m_count = count.value();
        else
            m_lastError = count.error().message;
    }
    endResetModel();
    emit countChanged(m_count);
    if (!m_lastError.isEmpty())
        emit errorOccurred(m_lastError);
}

const QList<core::ListRow> *LazyTableModel::block(int index) const
{
    auto it = m_blocks.constFind(index);
    if (it != m_blocks.constEnd()) {
        if (m_recent.last() != index) {
            m_recent.removeOne(index);
            m_recent << index;
        }
        return &it.value();
    }
    if (!m_source)
        return nullptr;
    auto rows = m_source->fetch(m_filter, index * kBlockSize, kBlockSize);
    if (!rows) {
        // Reported once per failing read; the view shows empty cells rather than stalling.
        if (m_lastError != rows.error().message) {
            m_lastError = rows.error().message;
            auto *self = const_cast<LazyTableModel *>(this);
            QTimer::singleShot(0, self, [self, message = m_lastError] { emit self->errorOccurred(message); });
        }
        return nullptr;
    }
    m_fetchedRows += int(rows.value().size());
    while (m_recent.size() >= kMaxBlocks)
        m_blocks.remove(m_recent.takeFirst());
    m_recent << index;
    return &*m_blocks.emplace(index, std::move(rows.value())); // QHash::insert() would copy
}

core::ListRow LazyTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return {};
    const auto *rows = block(row / kBlockSize);
    const int inBlock = row % kBlockSize;
    if (!rows || inBlock >= rows->size())
        return {};
    return rows->at(inBlock);
}

int LazyTableModel::cachedRowOf(qint64 id) const
{
    for (auto it = m_blocks.constBegin(); it != m_blocks.constEnd(); ++it)
        for (int i = 0; i < it.value().size(); ++i)
            if (it.value().at(i).id == id)
                return it.key() * kBlockSize + i;
    return -1;
}

int LazyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int LazyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant LazyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_count)
        return {};
    if (role == Qt::TextAlignmentRole)
        return m_source ? QVariant(int(m_source->alignment(index.column()))) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const auto *rows = block(index.row() / kBlockSize);
    const int inBlock = index.row() % kBlockSize;
    if (!rows || inBlock >= rows->size())
        return {};
    const auto &cells = rows->at(inBlock).cells;
    return index.column() < cells.size() ? cells.at(index.column()) : QVariant();
}

QVariant LazyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && m_source)
        return int(m_source->alignment(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}

void LazyTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_filter.sortColumn && order == m_filter.sortOrder)
        return;
    m_filter.sortColumn = column;
    m_filter.sortOrder = order;
    // Same count, new order: only the cached rows go (the rows behind any selection change).
    beginResetModel();
    m_blocks.clear();
    m_recent.clear();
    m_fetchedRows = 0;
    endResetModel();
}

} // namespace ui
