// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "attendanceprint.h"

#include "ui/sheet/pdftextlayer.h"
#include "ui/sheet/sheetrenderer.h"

#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

namespace ui {

namespace {

QString text(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble() * 100, 'f', 1) + QLatin1Char('%');
    return v.toString();
}

} // namespace

core::Result<int> AttendanceGridPrinter::render(QPagedPaintDevice *device, const Tables &tables,
                                                sheet::PdfTextLayer *layer)
{
    if (tables.isEmpty())
        return core::Error::invalid(tr("No worker is placed in this month: there is nothing to print."));
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                      QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(device))
        return core::Error::storage(tr("Cannot start printing; check the printer or the file path."));
    const qreal w = device->width(), h = device->height();
    const qreal mm = device->logicalDpiX() / 25.4;
    QFont base(SheetRenderer::sansFamily());
    base.setStyleStrategy(QFont::PreferNoShaping);
    const auto draw = [&](const QFont &font, const QRectF &box, int flags, const QString &s) {
        if (s.isEmpty())
            return;
        painter.setFont(font);
        painter.drawText(box, flags, s);
        if (layer)
            layer->add(font, s);
    };
    int pages = 0;
    for (const auto &t : tables) {
        if (pages > 0 && !device->newPage()) {
            painter.end();
            return core::Error::storage(tr("Cannot add a page; the disk may be full."));
        }
        ++pages;
        QFont title = base;
        title.setPixelSize(int(6 * mm));
        title.setBold(true);
        draw(title, QRectF(0, 0, w, 10 * mm), Qt::AlignCenter, t.title);

        const QVariantList &header = t.rows.at(t.headerRow);
        const int columns = int(header.size());
        const int dataRows = int(t.rows.size()) - t.headerRow - 5; // header, weekdays … blank, legend, signature
        const qreal nameWidth = 22 * mm, codeWidth = 18 * mm, streetWidth = 22 * mm;
        const int totals = columns - t.firstDayColumn - t.days;
        const qreal totalWidth = 17 * mm;
        const qreal dayWidth = (w - codeWidth - nameWidth - streetWidth - totals * totalWidth) / t.days;
        const qreal rowHeight = std::min(7 * mm, (h - 40 * mm) / std::max(1, dataRows + 2));
        QList<qreal> x{0, codeWidth, codeWidth + nameWidth, codeWidth + nameWidth + streetWidth};
        for (int c = 3; c < columns; ++c)
            x << x.last() + (c - t.firstDayColumn < t.days ? dayWidth : totalWidth);
        const qreal top = 13 * mm;
        QFont cell = base;
        cell.setPixelSize(int(std::min(3.2 * mm, rowHeight * 0.6)));
        QFont bold = cell;
        bold.setBold(true);
        // Non-working days shaded over the whole column.
        for (int d = 0; d < t.days; ++d)
            if (!t.workday.value(d))
                painter.fillRect(QRectF(x.at(t.firstDayColumn + d), top, dayWidth, rowHeight * (dataRows + 2)),
                                 QColor(0xdd, 0xdd, 0xdd));
        for (int r = 0; r < dataRows + 2; ++r) {
            const QVariantList &row = t.rows.at(t.headerRow + r);
            for (int c = 0; c < columns; ++c) {
                const QRectF box(x.at(c), top + r * rowHeight, x.at(c + 1) - x.at(c), rowHeight);
                painter.setPen(QPen(Qt::black, 0.2 * mm));
                painter.drawRect(box);
                const int flags = Qt::AlignCenter | Qt::TextSingleLine;
                draw(r < 2 ? bold : cell, box.adjusted(0.5 * mm, 0, -0.5 * mm, 0), flags, text(row.value(c)));
            }
        }
        qreal y = top + (dataRows + 2) * rowHeight + 4 * mm;
        QFont small = base;
        small.setPixelSize(int(3.2 * mm));
        draw(small, QRectF(0, y, w, 6 * mm), Qt::AlignLeft | Qt::AlignVCenter,
             text(t.rows.at(t.rows.size() - 2).value(0)));
        y += 10 * mm;
        const QVariantList &signature = t.rows.last();
        QStringList parts;
        for (const QVariant &v : signature)
            if (!v.isNull())
                parts << v.toString();
        for (int i = 0; i < parts.size(); ++i)
            draw(small, QRectF(i * w / parts.size(), y, w / parts.size(), 6 * mm), Qt::AlignLeft | Qt::AlignVCenter,
                 parts.at(i) + QStringLiteral(" ________________"));
    }
    painter.end();
    return pages;
}

core::Result<int> AttendanceGridPrinter::writePdf(const Tables &tables, const QString &path)
{
    const QString part = path + QStringLiteral(".part");
    core::Result<int> pages = core::Error::invalid(QString());
    sheet::PdfTextLayer layer;
    {
        QPdfWriter writer(part);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("OneStreet"));
        writer.setTitle(tables.isEmpty() ? QString() : tables.first().title);
        pages = render(&writer, tables, &layer);
    }
    if (!pages) {
        QFile::remove(part);
        return pages;
    }
    if (const core::Status fixed = layer.fix(part); !fixed) {
        QFile::remove(part);
        return fixed.error();
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return core::Error::storage(tr("Could not write %1; check that the folder exists and is writable.").arg(path));
    }
    return pages;
}

core::Result<int> AttendanceGridPrinter::print(QPrinter *printer, const Tables &tables)
{
    printer->setFullPage(false);
    const bool toPdf = printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty();
    sheet::PdfTextLayer layer;
    core::Result<int> pages = render(printer, tables, toPdf ? &layer : nullptr); // not const: returned (moved)
    if (pages && toPdf)
        if (const core::Status fixed = layer.fix(printer->outputFileName()); !fixed)
            return fixed.error();
    return pages;
}

} // namespace ui
