// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/evaluation.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

class QPagedPaintDevice;
class QPrinter;

namespace ui::sheet {
class PdfTextLayer;
}

namespace ui {

// The evaluation sheet (岗位考核表), A4 portrait: one layout (sheet::SheetLayout, boxes, ruled lines
// and text runs painted straight onto the device) for the print preview, the printer and the PDF,
// so that what is previewed is what is filed. Each sheet starts on a new page; a long work summary
// continues on the next page. About 1 ms a sheet, where QTextDocument took 35 ms.
class SheetRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ui::SheetRenderer)
public:
    // Called after each sheet with (sheets done, sheets in all); safe to update a progress bar.
    using Progress = std::function<void(int done, int total)>;

    // The layout the pages are painted from, as text: one line per box, ruled line and text run with
    // its position in mm on the A4 page (what the golden-file test compares).
    static QString layoutText(const core::SheetData &sheet);
    // The same sheet as HTML, e.g. to paste into a document or an e-mail (not what is printed).
    static QString sheetHtml(const core::SheetData &sheet);

    // Writes the sheets into one PDF (replacing `path` only when all went well). Gives the
    // number of pages written. `cancel` (may be null) is read between sheets.
    static core::Result<int> writePdf(const QList<core::SheetData> &sheets, const QString &path,
                                      const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
    // The same pages on a printer (or a print preview's printer). Sets A4 portrait.
    static core::Result<int> print(QPrinter *printer, const QList<core::SheetData> &sheets,
                                   const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
    // The shared path: lays out and paints the sheets on any paged device (A4 is set on it).
    static core::Result<int> render(QPagedPaintDevice *device, const QList<core::SheetData> &sheets,
                                    const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

    // The font families the sheet asks for, CJK first (Noto Sans CJK SC when installed).
    static QString sansFamily();
    static QString serifFamily();

private:
    // render(), telling `textLayer` (may be null) every text run painted, for the PDF's text layer.
    static core::Result<int> renderSheets(QPagedPaintDevice *device, const QList<core::SheetData> &sheets,
                                          const Progress &progress, const std::atomic_bool *cancel,
                                          sheet::PdfTextLayer *textLayer);
};

} // namespace ui
