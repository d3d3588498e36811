// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/listing.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>

namespace core::io {

enum class ExportFormat { Csv, Xlsx };

// Writes what a list shows to a file another program opens: CSV (UTF-8 with BOM, so that
// Excel reads Chinese; RFC 4180 quoting) or XLSX (bold header row, column widths). The file
// appears complete or not at all: it is written beside the target and renamed over it.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(core::io::Exporter)
public:
    using Progress = std::function<void(int percent)>;

    // Writes every row of `source` that `filter` keeps; the number of rows written.
    static Result<int> write(const ListSource &source, const ListFilter &filter, const QString &path,
                             ExportFormat format, const Progress &progress = {});

    // "csv" / "xlsx" (any case), or from a file name's suffix.
    static std::optional<ExportFormat> formatFromName(const QString &name);

    // The tables the command line exports, each with a fixed column list and a date column for
    // ListFilter::from/to: attendance, worklog, activities, placements, workers, contracts,
    // funding, supervision, evaluations.
    static QStringList tableNames();
    // The list for a table name, or nullptr when there is no such table.
    static std::unique_ptr<SqlListSource> table(const Database &db, const QString &name);

    // RFC 4180: quotes a field when it holds a delimiter, a quote or a line break.
    static QString csvField(const QString &text);
    // Text as a CSV export writes it: with a ' before text a spreadsheet would run as a formula.
    static QString csvText(const QString &text);
};

} // namespace core::io
