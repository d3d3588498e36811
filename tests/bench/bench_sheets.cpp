// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// Times a period's evaluation sheets: drafting 350 evaluations, gathering the sheet data and
// writing all sheets into one PDF (target: under a second for 350 sheets).
// Usage: bench_sheets [DEMO.db [PERIOD]]  — without a file, makes 350 workers in a temp file.
// BENCH_PARTS=1 also times the layout alone; with BENCH_QTEXTDOCUMENT=1 also the former QTextDocument
// path (HTML laid out and painted by QTextDocument) on the same sheets, for comparison.
// Times are wall and process CPU (clock()); on a shared machine compare the CPU figures.
#include "../sheetfixture.h"
#include "core/database.h"
#include "core/evaluation.h"
#include "core/rubric.h"
#include "ui/sheet/sheetlayout.h"
#include "ui/sheet/sheetrenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>

#include <ctime>

namespace {

qint64 cpuMs(std::clock_t since)
{
    return qint64(double(std::clock() - since) * 1000 / CLOCKS_PER_SEC);
}

// The renderer's former path (HTML laid out and painted by QTextDocument), kept to measure against.
void textDocumentPdf(const QList<core::SheetData> &sheets, const QString &path, QTextStream &out)
{
    const std::clock_t cpu = std::clock();
    QElapsedTimer timer;
    timer.start();
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 14),
                                     QPageLayout::Millimeter));
    const QRect paintRect = writer.pageLayout().paintRectPixels(writer.logicalDpiX());
    const qreal footer = 7.0 / 25.4 * writer.logicalDpiY();
    const QSizeF page(paintRect.width(), paintRect.height() - footer);
    QPainter painter(&writer);
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    QFont base(ui::SheetRenderer::sansFamily());
    base.setPointSizeF(10);
    doc.setDefaultFont(base);
    doc.setDocumentMargin(0);
    doc.setUndoRedoEnabled(false);
    doc.setPageSize(page);
    int pages = 0;
    for (const auto &sheet : sheets) {
        doc.setHtml(ui::SheetRenderer::sheetHtml(sheet));
        for (int p = 0; p < doc.pageCount(); ++p) {
            if (pages++ > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -p * page.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, p * page.height(), page.width(), page.height());
            painter.setClipRect(context.clip);
            doc.documentLayout()->draw(&painter, context);
            painter.restore();
        }
    }
    painter.end();
    out << "QTextDocument path (before): " << sheets.size() << " sheets, " << pages << " pages in " << timer.elapsed()
        << " ms wall, " << cpuMs(cpu) << " ms cpu\n";
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.db"));
    auto period = core::Period::month(2026, 3);
    if (argc > 1) {
        // Work on a copy: drafting evaluations writes to the file.
        if (!QFile::copy(QString::fromLocal8Bit(argv[1]), file)) {
            out << "cannot copy " << argv[1] << '\n';
            return 1;
        }
        if (argc > 2)
            period = core::Period::parse(QString::fromLocal8Bit(argv[2])).value_or(period);
    }
    auto db = core::Database::open(file);
    if (!db) {
        out << db.error().message << '\n';
        return 1;
    }
    QElapsedTimer timer;
    if (argc <= 1) {
        timer.start();
        sheetfixture::make(db.value(), 350);
        out << "fixture: 350 workers, a month of records: " << timer.elapsed() << " ms\n";
    }
    core::EvaluationRepository repo(db.value());
    timer.start();
    auto made =
        repo.generate(period, core::RubricRepository(db.value()).defaultTemplateId().value(), {}, period.last());
    if (!made) {
        out << made.error().message << '\n';
        return 1;
    }
    out << "generate " << period.code() << ": " << made->created << " created, " << made->skipped << " skipped in "
        << timer.elapsed() << " ms\n";

    timer.start();
    auto sheets = repo.sheetDataFor(period);
    if (!sheets) {
        out << sheets.error().message << '\n';
        return 1;
    }
    out << "sheet data: " << sheets->size() << " sheets in " << timer.elapsed() << " ms\n";

    timer.start();
    const QString first = ui::SheetRenderer::layoutText(sheets->first());
    out << "layoutText (first, cold fonts): " << timer.nsecsElapsed() / 1000 << " us\n";

    if (qEnvironmentVariableIsSet("BENCH_PARTS")) {
        // The layout alone (fonts measured, lines broken), then the old QTextDocument path for comparison.
        const std::clock_t cpu = std::clock();
        timer.start();
        const ui::sheet::SheetLayout layout;
        qsizetype ops = 0;
        for (const auto &s : sheets.value())
            for (const auto &page : layout.layout(s))
                ops += page.ops.size();
        out << "layout x" << sheets->size() << ": " << ops << " ops in " << timer.elapsed() << " ms wall, "
            << cpuMs(cpu) << " ms cpu\n";
        if (qEnvironmentVariableIsSet("BENCH_QTEXTDOCUMENT"))
            textDocumentPdf(sheets.value(), dir.filePath(QStringLiteral("old.pdf")), out);
    }
    // BENCH_PDF=file keeps the PDF for a look.
    const QString pdf = qEnvironmentVariableIsSet("BENCH_PDF") ? qEnvironmentVariable("BENCH_PDF")
                                                               : dir.filePath(QStringLiteral("sheets.pdf"));
    const std::clock_t cpu = std::clock();
    timer.start();
    auto pages = ui::SheetRenderer::writePdf(sheets.value(), pdf);
    const qint64 ms = timer.elapsed();
    const qint64 cpuTaken = cpuMs(cpu);
    if (!pages) {
        out << pages.error().message << '\n';
        return 1;
    }
    out << "writePdf: " << sheets->size() << " sheets, " << pages.value() << " pages, " << QFile(pdf).size() / 1024
        << " KiB in " << ms << " ms wall, " << cpuTaken << " ms cpu\n";
    return 0;
}
