// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "flowlayout.h"

#include <QSpacerItem>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace ui {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::insertWidget(int index, QWidget *widget)
{
    addChildWidget(widget);
    m_items.insert(std::clamp<qsizetype>(index, 0, m_items.size()), new QWidgetItem(widget));
    invalidate();
}

void FlowLayout::addStretch(int stretch)
{
    Q_UNUSED(stretch);
    addItem(new QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Minimum));
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest single item: everything else can wrap.
    QSize size;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything in one row.
    int width = 0, height = 0, shown = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
        ++shown;
    }
    const QMargins m = contentsMargins();
    return {width + std::max(0, shown - 1) * horizontalGap() + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::horizontalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *w = parentWidget();
    return w ? w->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, w) : 6;
}

int FlowLayout::verticalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *w = parentWidget();
    return w ? w->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, w) : 6;
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = horizontalGap();
    // Rows of items at their preferred widths; an item that does not fit starts a new row.
    QList<QList<QLayoutItem *>> rows(1);
    QList<bool> right{false}; // a row of what followed a stretch keeps to the right, as it would in one row
    bool pastStretch = false;
    int used = 0;
    for (QLayoutItem *item : m_items) {
        pastStretch = pastStretch || item->spacerItem();
        if (item->isEmpty() && !item->spacerItem())
            continue;
        const int w = item->spacerItem() ? 0 : std::min(item->sizeHint().width(), area.width());
        if (!rows.last().isEmpty() && used + gap + w > area.width()) {
            rows.append(QList<QLayoutItem *>());
            right.append(pastStretch);
            used = 0;
        }
        if (item->spacerItem() && rows.last().isEmpty())
            continue; // a stretch at the start of a row pushes nothing
        used += (rows.last().isEmpty() ? 0 : gap) + w;
        rows.last().append(item);
    }
    int y = area.top();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QList<QLayoutItem *> &row = rows[r];
        if (row.isEmpty())
            continue;
        QList<int> widths;
        int height = 0, total = 0, spacers = 0;
        for (QLayoutItem *item : row) {
            const bool spacer = item->spacerItem() != nullptr;
            widths << (spacer ? 0 : std::min(item->sizeHint().width(), area.width()));
            total += widths.last();
            spacers += spacer ? 1 : 0;
            if (!spacer)
                height = std::max(height, item->sizeHint().height());
        }
        int spare = area.width() - total - gap * int(row.size() - 1);
        // The room left: to widgets that may grow, up to their maximum, then to the stretches.
        for (int i = 0; i < row.size() && spare > 0; ++i) {
            QLayoutItem *item = row[i];
            if (item->spacerItem() || !(item->expandingDirections() & Qt::Horizontal))
                continue;
            const int grow = std::min(spare, item->maximumSize().width() - widths[i]);
            if (grow > 0) {
                widths[i] += grow;
                spare -= grow;
            }
        }
        for (int i = 0; i < row.size() && spare > 0 && spacers > 0; ++i)
            if (row[i]->spacerItem()) {
                const int share = spare / spacers--;
                widths[i] += share;
                spare -= share;
            }
        if (apply) {
            int x = area.left() + (right[r] && spacers == 0 ? std::max(0, spare) : 0);
            for (int i = 0; i < row.size(); ++i) {
                QLayoutItem *item = row[i];
                const int h = item->spacerItem() ? height : std::min(height, item->maximumSize().height());
                item->setGeometry(QRect(x, y + (height - h) / 2, widths[i], h));
                x += widths[i] + gap;
            }
        }
        y += height + verticalGap();
    }
    return y - verticalGap() - area.top() + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace ui
