// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "reportworkbook.h"

#include <QCoreApplication>

namespace core::io {

namespace {

using Format = XlsxWorkbook::Format;

XlsxWorkbook::Cell cellOf(const ReportCell &c, bool bold)
{
    switch (c.kind) {
    case ReportCell::Kind::Empty:
        return {QVariant(), Format::General, bold};
    case ReportCell::Kind::Text:
        return {c.text, Format::General, bold};
    case ReportCell::Kind::Count:
        return {qint64(c.number), Format::Integer, bold};
    case ReportCell::Kind::Percent:
        return {c.value(), Format::Percent, bold};
    case ReportCell::Kind::Money:
        return {c.value(), Format::Money, bold};
    case ReportCell::Kind::Hours:
        return {c.value(), Format::Decimal, bold};
    case ReportCell::Kind::Date:
        return {c.date, Format::Date, bold};
    }
    return {};
}

XlsxWorkbook::Cell text(const QString &t, Format format = Format::General)
{
    return {t, format, false};
}

} // namespace

XlsxWorkbook reportWorkbook(const ReportDocument &d)
{
    XlsxWorkbook book;
    {
        XlsxWorkbook::Sheet &cover =
            book.addSheet(QCoreApplication::translate("core::io::ReportWorkbook", "Cover", "sheet"));
        cover.rows << QList<XlsxWorkbook::Cell>{text(d.title, Format::Title)};
        if (!d.subtitle.isEmpty())
            cover.rows << QList<XlsxWorkbook::Cell>{text(d.subtitle)};
        cover.rows << QList<XlsxWorkbook::Cell>{};
        for (const auto &[label, value] : d.cover)
            cover.rows << QList<XlsxWorkbook::Cell>{text(label, Format::Heading), text(value)};
        if (!d.coverNote.isEmpty())
            cover.rows << QList<XlsxWorkbook::Cell>{} << QList<XlsxWorkbook::Cell>{text(d.coverNote)};
    }
    for (const ReportSection &s : d.sections) {
        XlsxWorkbook::Sheet &sheet = book.addSheet(s.sheetName.isEmpty() ? s.title : s.sheetName);
        sheet.rows << QList<XlsxWorkbook::Cell>{text(s.title, Format::Title)};
        if (!s.asOf.isEmpty())
            sheet.rows << QList<XlsxWorkbook::Cell>{text(s.asOf)};
        for (const QString &note : s.notes)
            sheet.rows << QList<XlsxWorkbook::Cell>{text(note)};
        for (const ReportTable &t : s.tables) {
            sheet.rows << QList<XlsxWorkbook::Cell>{};
            if (!t.title.isEmpty())
                sheet.rows << QList<XlsxWorkbook::Cell>{text(t.title, Format::Title)};
            QList<XlsxWorkbook::Cell> header;
            for (const QString &h : t.headers)
                header << text(h, Format::Heading);
            sheet.rows << header;
            for (qsizetype r = 0; r < t.rows.size(); ++r) {
                const bool total = r >= t.rows.size() - t.totalRows;
                QList<XlsxWorkbook::Cell> cells;
                for (const ReportCell &c : t.rows.at(r))
                    cells << cellOf(c, total);
                sheet.rows << cells;
            }
            if (t.rows.isEmpty() && !t.empty.isEmpty())
                sheet.rows << QList<XlsxWorkbook::Cell>{text(t.empty)};
            if (!t.note.isEmpty())
                sheet.rows << QList<XlsxWorkbook::Cell>{text(t.note)};
        }
    }
    return book;
}

Status writeReportWorkbook(const ReportDocument &document, const QString &path)
{
    return reportWorkbook(document).write(path);
}

} // namespace core::io
