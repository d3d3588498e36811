// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/evaluation.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QRgb>
#include <QString>

#include <array>

class QPainter;

namespace ui::sheet {

// The sheet's own small layout engine: a sheet becomes pages of boxes, ruled lines and text runs
// measured once with cached fonts, then painted straight onto the printer or PDF. (QTextDocument
// spent ~35 ms a sheet parsing HTML, matching CSS and laying out tables; this takes well under 1 ms.)
// Coordinates are "dots" of 1/300 inch from the top-left corner of the page's paint area.
constexpr qreal kDpi = 300;
constexpr qreal dots(qreal mm)
{
    return mm * kDpi / 25.4;
}

// Millimetres of the page: generous margins so that the sheet can be punched and filed.
constexpr qreal kMarginTop = 16;
constexpr qreal kMarginSide = 18;
constexpr qreal kMarginBottom = 14;
constexpr qreal kPageWidth = 210;
constexpr qreal kPageHeight = 297;

enum Role : quint8 { Agency, Title, PeriodLine, Section, Body, Label, Head, Small, Cell, Strong, Footer, RoleCount };

struct Op
{
    enum Kind : quint8 { Fill, Line, Text };
    Kind kind = Text;
    Role role = Body; // the font of a text run
    QRgb color = 0xff000000;
    // Fill: the box; Line: from topLeft to bottomRight; Text: the baseline's start at topLeft.
    QRectF rect;
    QString text;
};

struct Page
{
    QList<Op> ops;
};

class SheetLayout
{
    Q_DECLARE_TR_FUNCTIONS(ui::SheetRenderer)
public:
    SheetLayout();

    // The pages of one sheet, footers ("page i of n") included.
    QList<Page> layout(const core::SheetData &sheet) const;
    // Paints one page; `scale` maps dots to the device's pixels (its dpi / 300).
    void paint(QPainter *painter, const Page &page, qreal scale) const;
    // A plain-text account of the pages (positions in mm on the A4 page) for the golden-file test.
    static QString dump(const QList<Page> &pages);

    const QFont &font(Role role) const { return m_fonts[role]; }
    qreal ascent(Role role) const { return m_ascent[role]; }
    qreal height(Role role) const { return m_height[role]; }
    qreal width(Role role, const QString &text) const;
    // Breaks `text` into lines no wider than `width` (at word boundaries, or anywhere in Chinese).
    struct Run
    {
        QString text;
        qreal width = 0;
    };
    QList<Run> wrap(const QString &text, Role role, qreal width) const;

private:
    QImage m_device; // a 300 dpi surface the fonts are measured on
    std::array<QFont, RoleCount> m_fonts;
    std::array<qreal, RoleCount> m_ascent{};
    std::array<qreal, RoleCount> m_height{};
};

} // namespace ui::sheet
