// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/io/attendancegrid.h"

#include <QCoreApplication>

class QPagedPaintDevice;
class QPrinter;

namespace ui {

namespace sheet {
class PdfTextLayer;
}

// The monthly sign-in grid (考勤表) on paper: A4 landscape, one street per page, the title, the
// day numbers and weekdays, non-working days shaded, the marks (none on a blank sign-in sheet),
// the totals, the legend and the signature line. The CJK font and the PDF text layer are the
// evaluation sheets' (ui/sheet).
class AttendanceGridPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ui::AttendanceGridPrinter)
public:
    using Tables = QList<core::io::AttendanceGrid::Table>;
    static core::Result<int> writePdf(const Tables &tables, const QString &path);
    static core::Result<int> print(QPrinter *printer, const Tables &tables);

private:
    static core::Result<int> render(QPagedPaintDevice *device, const Tables &tables, sheet::PdfTextLayer *text);
};

} // namespace ui
