// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/reportdocument.h"
#include "ui/sheet/sheetlayout.h"

#include <QList>
#include <QRectF>
#include <QStringList>

namespace ui::report {

// A chart to draw on a page: where (dots, as sheet::Op) and which (a ui::charts key).
struct ChartBox
{
    QRectF rect;
    QString key;
};

struct ReportPage
{
    sheet::Page page; // boxes, ruled lines and text runs, painted by sheet::SheetLayout::paint
    QList<ChartBox> charts;
};

// Lays a report out on A4 portrait pages with the evaluation sheet's fonts, margins and text
// drawing (sheet::SheetLayout): a cover, the sections with their tables (a table that goes on
// over a page break repeats its header row), the charts, the signature block, and on every
// page a footer with "page i of n".
class ReportLayout
{
public:
    // `charts`: the keys of the charts that can be drawn; others are left out.
    QList<ReportPage> layout(const core::ReportDocument &document, const QStringList &charts) const;
    // Paints the page's text and lines; the caller draws the charts into their boxes.
    void paint(QPainter *painter, const ReportPage &page, qreal scale) const
    {
        m_sheet.paint(painter, page.page, scale);
    }
    // The pages as text (positions in mm), as sheet::SheetLayout::dump, with a line per chart.
    static QString dump(const QList<ReportPage> &pages);

    const sheet::SheetLayout &fonts() const { return m_sheet; }

private:
    sheet::SheetLayout m_sheet;
};

} // namespace ui::report
