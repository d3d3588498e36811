// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include <QLayout>
#include <QList>

namespace ui {

// Widgets in a row that wraps onto further rows when the row is too narrow for them at their
// preferred widths, as words wrap in a paragraph: a filter bar keeps its combos readable on a
// 1280-pixel laptop in English instead of squeezing "All social workers" to "All social wor".
// In each row the room left over goes to widgets that may grow (a search box, up to its maximum
// width), then to stretches, which push what follows them to the row's right end.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    // The QBoxLayout calls a filter bar needs.
    void insertWidget(int index, QWidget *widget);
    void addStretch(int stretch = 0);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Lays the items out in `rect`, moving them when `apply`; gives the height used.
    int arrange(const QRect &rect, bool apply) const;
    int horizontalGap() const;
    int verticalGap() const;

    QList<QLayoutItem *> m_items;
};

} // namespace ui
