// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "reportrenderer.h"

#include "reportlayout.h"
#include "ui/charts/chartstyle.h"
#include "ui/sheet/pdftextlayer.h"

#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

namespace ui::report {

namespace {

constexpr int kResolution = 300;       // dots per inch of the PDF, as the evaluation sheets
constexpr int kChartPixelsWide = 1000; // a chart is laid out as in a window this wide

} // namespace

QString ReportRenderer::layoutText(const PreparedReport &report)
{
    return ReportLayout::dump(ReportLayout().layout(report.document, report.charts.keys()));
}

core::Result<int> ReportRenderer::render(QPagedPaintDevice *device, const PreparedReport &report)
{
    return renderPages(device, report, nullptr);
}

core::Result<int> ReportRenderer::renderPages(QPagedPaintDevice *device, const PreparedReport &report,
                                              sheet::PdfTextLayer *textLayer)
{
    device->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                    QMarginsF(sheet::kMarginSide, sheet::kMarginTop, sheet::kMarginSide, sheet::kMarginBottom),
                    QPageLayout::Millimeter));
    const qreal scale = device->logicalDpiY() / sheet::kDpi;
    const ReportLayout layout;
    const QList<ReportPage> pages = layout.layout(report.document, report.charts.keys());

    QPainter painter;
    if (!painter.begin(device))
        return core::Error::storage(tr("Cannot start printing; check the printer or the file path."));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0 && !device->newPage()) {
            painter.end();
            return core::Error::storage(tr("Cannot add a page; the disk may be full."));
        }
        const ReportPage &page = pages.at(i);
        layout.paint(&painter, page, scale);
        if (textLayer)
            for (const sheet::Op &op : page.page.ops)
                if (op.kind == sheet::Op::Text)
                    textLayer->add(layout.fonts().font(op.role), op.text);
        for (const ChartBox &box : page.charts) {
            const auto builder = charts::chartFor(box.key);
            if (!builder)
                continue;
            // The window's own chart, drawn from the values computed with the report.
            auto chart = builder->draw(report.charts.value(box.key));
            const QSize size(kChartPixelsWide, qRound(kChartPixelsWide * box.rect.height() / box.rect.width()));
            const QRectF target(box.rect.topLeft() * scale, box.rect.size() * scale);
            if (textLayer) // the chart's labels are text in the PDF too
                textLayer->addPainted(QSize(device->width(), device->height()),
                                      [&](QPainter *p) { charts::paintChart(chart.get(), size, p, target); });
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            charts::paintChart(chart.get(), size, &painter, target);
            painter.restore();
        }
    }
    painter.end();
    return int(pages.size());
}

core::Result<int> ReportRenderer::print(QPrinter *printer, const PreparedReport &report)
{
    printer->setFullPage(false);
    // "Print to file" writes a PDF: it gets the same text layer as a saved one.
    const bool toPdf = printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty();
    sheet::PdfTextLayer text;
    const core::Result<int> pages = renderPages(printer, report, toPdf ? &text : nullptr);
    if (pages && toPdf)
        if (const core::Status finished = text.fix(printer->outputFileName()); !finished)
            return finished.error();
    return pages;
}

core::Result<int> ReportRenderer::writePdf(const PreparedReport &report, const QString &path)
{
    const QString part = path + QStringLiteral(".part");
    core::Result<int> pages = core::Error::invalid(QString());
    sheet::PdfTextLayer text;
    {
        QPdfWriter writer(part);
        writer.setResolution(kResolution);
        writer.setCreator(QStringLiteral("OneStreet"));
        writer.setTitle(report.document.title);
        pages = renderPages(&writer, report, &text);
    }
    const QString cannot = tr("Could not write %1; check that the folder exists and is writable.").arg(path);
    if (!pages) {
        QFile::remove(part);
        return pages;
    }
    if (QFileInfo(part).size() == 0) {
        QFile::remove(part);
        return core::Error::storage(cannot);
    }
    // Copying or searching the report gives the characters printed (see sheet::PdfTextLayer).
    if (const core::Status finished = text.fix(part); !finished) {
        QFile::remove(part);
        return finished.error();
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return core::Error::storage(cannot);
    }
    return pages;
}

} // namespace ui::report
