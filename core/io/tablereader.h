// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace core::io {

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
    static Status read(const QString &path, const RowSink &sink, const Progress &progress = {});
    static Status readCsv(const QByteArray &bytes, const RowSink &sink, const Progress &progress = {});
    static Status readXlsx(const QString &path, const RowSink &sink, const Progress &progress = {});

    // The text of CSV bytes: a BOM decides; else valid UTF-8 is UTF-8; else GB18030.
    static Result<QString> decode(const QByteArray &bytes);
    // Splits CSV text into records (RFC 4180 quoting; the delimiter is guessed from the first line).
    static void parseCsv(QStringView text, const RowSink &sink, const Progress &progress = {});
};

} // namespace core::io
