// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "preparedreport.h"

#include <QCoreApplication>

class QPagedPaintDevice;
class QPrinter;

namespace ui::sheet {
class PdfTextLayer;
}

namespace ui::report {

// The report for the purchaser on paper: A4 portrait, the evaluation sheet's fonts and text
// drawing (so the PDF's text is searchable), the charts of the window painted as vectors onto
// the same painter. One path for the print preview, the printer and the PDF. Paints text and
// charts, so it runs on the GUI thread.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ui::ReportRenderer)
public:
    // Lays out and paints every page on the device (A4 is set on it); the number of pages.
    static core::Result<int> render(QPagedPaintDevice *device, const PreparedReport &report);
    static core::Result<int> print(QPrinter *printer, const PreparedReport &report);
    // Writes the PDF beside `path` and moves it into place when complete.
    static core::Result<int> writePdf(const PreparedReport &report, const QString &path);
    // The pages as text (see ReportLayout::dump), for tests.
    static QString layoutText(const PreparedReport &report);

private:
    // render(), telling `textLayer` (may be null) every text run of the pages, for the PDF's text
    // layer (sheet::PdfTextLayer: pdftotext gives 工 and 一, not the radicals ⼯ ⼀).
    static core::Result<int> renderPages(QPagedPaintDevice *device, const PreparedReport &report,
                                         sheet::PdfTextLayer *textLayer);
};

} // namespace ui::report
