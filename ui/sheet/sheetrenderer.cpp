// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "sheetrenderer.h"

#include "pdftextlayer.h"
#include "sheetlayout.h"

#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

namespace ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Multi-line text as paragraphs, so that a long summary flows (and breaks across pages) as text.
QString paragraphs(const QString &text, const QString &cssClass)
{
    QString html;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        html += QStringLiteral("<p class=\"%1\">%2</p>\n")
                    .arg(cssClass, line.trimmed().isEmpty() ? QStringLiteral("&nbsp;") : esc(line));
    return html;
}

QString score(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 1) : QString();
}

QString day(QDate date)
{
    return date.isValid() ? core::isoDate(date) : QString();
}

QString firstAvailable(const QStringList &wanted)
{
    const QStringList families = QFontDatabase::families();
    for (const QString &family : wanted)
        if (families.contains(family))
            return family;
    // Any family that can write Chinese.
    const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    return chinese.isEmpty() ? QString() : chinese.first();
}

constexpr int kResolution = 300; // dots per inch of the PDF's coordinate space

const char kStyle[] = R"(
body { font-size: 10pt; color: #000; }
p { margin: 0; }
p.agency { font-size: 12pt; text-align: center; margin-bottom: 2pt; }
p.title { font-size: 18pt; font-weight: bold; text-align: center; margin-bottom: 4pt; }
p.period { font-size: 10.5pt; text-align: center; margin-bottom: 8pt; }
p.section { font-size: 11pt; font-weight: bold; margin-top: 10pt; margin-bottom: 3pt; }
p.text { font-size: 10pt; line-height: 140%; margin-bottom: 2pt; }
table.grid { border-collapse: collapse; border-color: #000; border-style: solid; }
table.grid td, table.grid th { border-color: #000; border-style: solid; padding: 3pt; vertical-align: middle; }
th { font-weight: bold; background-color: #eeeeee; text-align: center; font-size: 9pt; }
td.label { background-color: #f5f5f5; font-weight: bold; white-space: nowrap; }
td.small { font-size: 8.5pt; }
td.num { text-align: center; }
td.total { font-weight: bold; font-size: 11pt; }
table.sign td { padding: 2pt; font-size: 10pt; }
)";

} // namespace

QString SheetRenderer::sansFamily()
{
    static const QString family = firstAvailable(
        {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
         QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei"), QStringLiteral("SimHei")});
    return family;
}

QString SheetRenderer::serifFamily()
{
    static const QString family = [] {
        const QString serif = firstAvailable(
            {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"), QStringLiteral("SimSun")});
        return serif.isEmpty() ? sansFamily() : serif;
    }();
    return family;
}

QString SheetRenderer::sheetHtml(const core::SheetData &s)
{
    QString h;
    h.reserve(8000);
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"/><style>") + QLatin1String(kStyle) +
         QStringLiteral("p.title { font-family: '%1'; }\n</style></head><body>\n").arg(serifFamily());
    h += QStringLiteral("<p class=\"agency\">%1</p>\n").arg(esc(s.agencyName));
    h += QStringLiteral("<p class=\"title\">%1</p>\n").arg(esc(tr("One Street, One Social Worker — Post Evaluation")));
    QString period = tr("Period: %1").arg(esc(s.periodLabel));
    if (!s.isFinal)
        period += QStringLiteral("&nbsp;&nbsp;") + esc(tr("(draft)"));
    h += QStringLiteral("<p class=\"period\">%1</p>\n").arg(period);

    // Who is evaluated: two rows of label / value pairs.
    const QString placement =
        s.placementFrom.isValid() ? esc(tr("%1 to %2").arg(day(s.placementFrom), day(s.placementTo))) : QString();
    auto cell = [](const QString &label, const QString &value, const char *width) {
        return QStringLiteral("<td class=\"label\" width=\"11%\">%1</td><td width=\"%3\">%2</td>")
            .arg(esc(label), value, QLatin1String(width));
    };
    const QString status = s.isFinal ? tr("Final (%1)").arg(day(s.finalisedOn)) : tr("Draft");
    h += QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<tr>");
    h += cell(tr("Worker"), esc(s.workerName), "19%") + cell(tr("Qualification"), esc(s.qualification), "27%") +
         cell(tr("Street"), esc(s.street), "21%");
    h += QStringLiteral("</tr>\n<tr>");
    h += cell(tr("Department"), esc(s.department), "19%") + cell(tr("Placement"), placement, "27%") +
         cell(tr("Contract"), esc(s.contractCode), "21%");
    h += QStringLiteral("</tr>\n<tr>");
    h += cell(tr("Supervisor"), esc(s.supervisorName), "19%") + cell(tr("Status"), esc(status), "27%") +
         cell(tr("Evaluation no."), QString::number(s.evaluationId), "21%");
    h += QStringLiteral("</tr>\n</table>\n");

    // The rubric: dimension, item, standard, weight, data, self score, supervisor's score, weighted points.
    h += QStringLiteral("<p class=\"section\">%1</p>\n").arg(esc(tr("Scores")));
    h += QStringLiteral(
        "<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<thead><tr>");
    const std::pair<QString, const char *> headers[] = {
        {tr("Dimension"), "7%"}, {tr("Item"), "13%"},      {tr("Scoring standard"), "29%"}, {tr("Weight"), "7%"},
        {tr("Record"), "20%"},   {tr("Self score"), "7%"}, {tr("Supervisor score"), "9%"},  {tr("Points"), "8%"}};
    for (const auto &[text, width] : headers)
        h += QStringLiteral("<th width=\"%2\">%1</th>").arg(esc(text), QLatin1String(width));
    h += QStringLiteral("</tr></thead>\n");
    int weights = 0;
    for (const core::SheetData::Item &item : s.items) {
        weights += item.weight;
        const QString points = item.score ? QLocale().toString(*item.score * item.weight / 100.0, 'f', 1) : QString();
        h += QStringLiteral(
                 "<tr><td class=\"num\">%1</td><td>%2</td><td class=\"small\">%3</td><td class=\"num\">%4</td>"
                 "<td class=\"small\">%5</td><td class=\"num\">%6</td><td class=\"num\">%7</td>"
                 "<td class=\"num\">%8</td></tr>\n")
                 .arg(esc(item.dimension), esc(item.name), esc(item.standard), QString::number(item.weight),
                      esc(item.dataText), score(item.selfScore), score(item.score), points);
    }
    h += QStringLiteral(
             "<tr><td class=\"label\" colspan=\"3\" align=\"right\">%1</td><td class=\"num\">%2</td>"
             "<td class=\"label\" colspan=\"3\" align=\"right\">%3</td><td class=\"num total\">%4</td></tr>\n")
             .arg(esc(tr("Total")), QString::number(weights), esc(tr("Total score")),
                  QLocale().toString(s.total, 'f', 1));
    h += QStringLiteral(
             "<tr><td class=\"label\" colspan=\"7\" align=\"right\">%1</td><td class=\"num total\">%2</td></tr>\n")
             .arg(esc(tr("Grade")), esc(s.gradeLabel));
    h += QStringLiteral("</table>\n");

    // The work summary, in full: it flows onto the next page when long.
    QString summaryHead = tr("Work summary");
    if (s.summaryOn.isValid())
        summaryHead += QStringLiteral("  ") + tr("(submitted on %1)").arg(day(s.summaryOn));
    h += QStringLiteral("<p class=\"section\">%1</p>\n").arg(esc(summaryHead));
    h += s.workSummary.trimmed().isEmpty() ? paragraphs(tr("(not submitted)"), QStringLiteral("text"))
                                           : paragraphs(s.workSummary.trimmed(), QStringLiteral("text"));

    h += QStringLiteral("<p class=\"section\">%1</p>\n").arg(esc(tr("Supervisor's comments")));
    // Room to write by hand when nothing was typed.
    h += paragraphs(s.comments.trimmed().isEmpty() ? QStringLiteral("\n\n") : s.comments.trimmed(),
                    QStringLiteral("text"));

    // Signature and date lines: supervisor, worker, agency seal.
    const QString line = QStringLiteral("________________");
    h += QStringLiteral(
        "<p class=\"section\">&nbsp;</p>\n<table class=\"sign\" width=\"100%\" cellspacing=\"0\">\n<tr>");
    h += QStringLiteral("<td width=\"34%\">%1 %2</td>").arg(esc(tr("Supervisor (signature):")), line);
    h += QStringLiteral("<td width=\"34%\">%1 %2</td>").arg(esc(tr("Worker (signature):")), line);
    h += QStringLiteral("<td width=\"32%\">%1</td>").arg(esc(tr("Agency (seal):")));
    h += QStringLiteral("</tr>\n<tr><td height=\"40\" colspan=\"3\"></td></tr>\n<tr>");
    for (int i = 0; i < 3; ++i)
        h += QStringLiteral("<td>%1 %2</td>").arg(esc(tr("Date:")), line);
    h += QStringLiteral("</tr>\n</table>\n</body></html>\n");
    return h;
}

QString SheetRenderer::layoutText(const core::SheetData &sheet)
{
    return sheet::SheetLayout::dump(sheet::SheetLayout().layout(sheet));
}

core::Result<int> SheetRenderer::render(QPagedPaintDevice *device, const QList<core::SheetData> &sheets,
                                        const Progress &progress, const std::atomic_bool *cancel)
{
    return renderSheets(device, sheets, progress, cancel, nullptr);
}

core::Result<int> SheetRenderer::renderSheets(QPagedPaintDevice *device, const QList<core::SheetData> &sheets,
                                              const Progress &progress, const std::atomic_bool *cancel,
                                              sheet::PdfTextLayer *textLayer)
{
    if (sheets.isEmpty())
        return core::Error::invalid(tr("There is no evaluation sheet to print."));
    device->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                    QMarginsF(sheet::kMarginSide, sheet::kMarginTop, sheet::kMarginSide, sheet::kMarginBottom),
                    QPageLayout::Millimeter));
    // The layout is measured in 1/300 inch; a printer of another resolution gets it scaled.
    const qreal scale = device->logicalDpiY() / sheet::kDpi;
    const sheet::SheetLayout layout; // the fonts and their metrics, once for the batch

    QPainter painter;
    if (!painter.begin(device))
        return core::Error::storage(tr("Cannot start printing; check the printer or the file path."));
    int pages = 0;
    for (int i = 0; i < sheets.size(); ++i) {
        if (cancel && cancel->load()) {
            painter.end();
            return core::Error::invalid(tr("Printing was cancelled."));
        }
        const QList<sheet::Page> sheetPages = layout.layout(sheets.at(i));
        for (const sheet::Page &page : sheetPages) {
            if (pages > 0 && !device->newPage()) {
                painter.end();
                return core::Error::storage(tr("Cannot add a page; the disk may be full."));
            }
            layout.paint(&painter, page, scale);
            if (textLayer)
                for (const sheet::Op &op : page.ops)
                    if (op.kind == sheet::Op::Text)
                        textLayer->add(layout.font(op.role), op.text);
            ++pages;
        }
        if (progress)
            progress(i + 1, int(sheets.size()));
    }
    painter.end();
    return pages;
}

core::Result<int> SheetRenderer::writePdf(const QList<core::SheetData> &sheets, const QString &path,
                                          const Progress &progress, const std::atomic_bool *cancel)
{
    if (sheets.isEmpty())
        return core::Error::invalid(tr("There is no evaluation sheet to print."));
    // Written beside the target and moved into place at the end: a cancelled or failed run
    // leaves any earlier file as it was.
    const QString part = path + QStringLiteral(".part");
    core::Result<int> pages = core::Error::invalid(QString());
    sheet::PdfTextLayer text;
    {
        QPdfWriter writer(part);
        writer.setResolution(kResolution);
        writer.setCreator(QStringLiteral("OneStreet"));
        writer.setTitle(tr("One Street, One Social Worker — Post Evaluation"));
        pages = renderSheets(&writer, sheets, progress, cancel, &text);
    }
    if (!pages) {
        QFile::remove(part);
        return pages;
    }
    if (QFileInfo(part).size() == 0) {
        QFile::remove(part);
        return core::Error::storage(tr("Could not write %1; check that the folder exists and is writable.").arg(path));
    }
    // Copying or searching the archived sheet gives the characters printed (see PdfTextLayer).
    if (const core::Status finished = text.fix(part); !finished) {
        QFile::remove(part);
        return finished.error();
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return core::Error::storage(tr("Could not write %1; check that the folder exists and is writable.").arg(path));
    }
    return pages;
}

core::Result<int> SheetRenderer::print(QPrinter *printer, const QList<core::SheetData> &sheets,
                                       const Progress &progress, const std::atomic_bool *cancel)
{
    printer->setFullPage(false);
    // "Print to file" writes a PDF: it gets the same text layer as an exported one.
    const bool toPdf = printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty();
    sheet::PdfTextLayer text;
    core::Result<int> pages = renderSheets(printer, sheets, progress, cancel, toPdf ? &text : nullptr);
    if (pages && toPdf)
        if (const core::Status finished = text.fix(printer->outputFileName()); !finished)
            return finished.error();
    return pages;
}

} // namespace ui
