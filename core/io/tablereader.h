// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QIODevice;

namespace core::io {

// What an XLSX file may unpack to before it is refused (a 3 MB "zip bomb" unpacks to 3 GiB).
// Far above any real attendance sheet; README "Import limits" lists them.
struct TableLimits
{
    qint64 entryBytes = qint64(256) << 20; // one part of the zip, unpacked
    qint64 totalBytes = qint64(512) << 20; // all parts read, unpacked
    qint64 cells = 20'000'000;             // cells in the sheet
    int rowCells = 1024;                   // columns in one row (A..AMJ)
    int cellChars = 32767;                 // characters in one cell (Excel's own limit)
    qint64 sharedStrings = 2'000'000;      // entries of the shared-string table
    qint64 sharedChars = qint64(64) << 20; // characters in all shared strings together
};

// Reads the rows of a table that another program wrote: CSV (comma, tab or semicolon; UTF-8
// with or without BOM, UTF-16 with BOM, or GB18030 as older Chinese Excel writes it) or the
// first worksheet of an XLSX workbook. Each row goes to a sink with its row number as a
// spreadsheet shows it (the header is row 1), so that problems can name the row.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(core::io::TableReader)
public:
    // Return false from the sink to stop reading (e.g. cancelled).
    using RowSink = std::function<bool(int row, const QStringList &cells)>;

    // Picks the format from the content (an XLSX file is a zip: it starts with "PK").
    // `progress` (optional) hears 0..100 as the file is read.
    using Progress = std::function<void(int percent)>;
    using Limits = TableLimits;

    static Status read(const QString &path, const RowSink &sink, const Progress &progress = {});
    static Status readCsv(const QByteArray &bytes, const RowSink &sink, const Progress &progress = {});
    // Streams a CSV file: bounded memory whatever its size.
    static Status readCsvFile(QIODevice *file, const RowSink &sink, const Progress &progress = {});
    static Status readXlsx(const QString &path, const RowSink &sink, const Progress &progress = {},
                           const Limits &limits = Limits());
    static Status readXlsx(QIODevice *zipFile, const RowSink &sink, const Progress &progress = {},
                           const Limits &limits = Limits(), const QString &name = QString());

    // Would a spreadsheet take this text for a formula (= + - @, or a tab or CR first)? Exports
    // write such text as text (CSV: with a ' before it, as OWASP advises; XLSX: a quote-prefix
    // cell), and reading a CSV drops that ' again, so a re-import reads the original.
    static bool looksLikeFormula(QStringView text)
    {
        if (text.isEmpty())
            return false;
        const char16_t c = text.front().unicode();
        return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
    }

    // The text of CSV bytes: a BOM decides; else valid UTF-8 is UTF-8; else GB18030.
    static Result<QString> decode(const QByteArray &bytes);
    // Splits CSV text into records (RFC 4180 quoting; the delimiter is guessed from the first line).
    static void parseCsv(QStringView text, const RowSink &sink, const Progress &progress = {});
};

} // namespace core::io
