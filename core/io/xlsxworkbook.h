// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

namespace core::io {

// An XLSX workbook of several sheets with typed cells: numbers are numbers and dates are dates
// (a serial day number with a date format), so that a spreadsheet sums and sorts them. Text is
// always an inline string, which a spreadsheet never runs as a formula. Written with QuaZip
// (see exporter.cpp for why not libxlsxwriter), beside the target and renamed over it, so the
// file appears complete or not at all.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(core::io::XlsxWorkbook)
public:
    // How a cell is shown; the value stays the exact number.
    enum class Format {
        General,
        Heading, // bold text
        Title,   // bold, larger: a table's title
        Integer, // #,##0
        Decimal, // 0.0 (hours)
        Money,   // #,##0.00 (yuan)
        Percent, // 0.0%
        Date,    // yyyy-mm-dd
    };
    struct Cell
    {
        QVariant value; // QString, a number (int, qint64, double) or a QDate; null = empty
        Format format = Format::General;
        bool bold = false; // a totals row
    };
    struct Sheet
    {
        QString name;
        QList<QList<Cell>> rows;
        int frozenRows = 0; // rows kept in view when scrolling
    };

    // A sheet named `name`, made legal (no []:*?/\, at most 31 characters, not empty) and unique
    // in the workbook; the returned sheet is the workbook's own (valid until the next addSheet()).
    Sheet &addSheet(const QString &name);
    const QList<Sheet> &sheets() const { return m_sheets; }

    Status write(const QString &path) const;

    // The spreadsheet's serial number of a day (1900 date system: 2026-01-01 is 46023).
    static qint64 serialDay(QDate day);
    static QDate fromSerialDay(double serial);

private:
    QList<Sheet> m_sheets;
};

// What a workbook holds, read back sheet by sheet: numbers as double, cells with a date format
// as QDate, text as QString, empty cells as a null QVariant. Reads inline and shared strings.
struct XlsxSheetContent
{
    QString name;
    QList<QVariantList> rows; // row i is spreadsheet row i + 1; each row as long as its last cell
};
Result<QList<XlsxSheetContent>> readXlsxWorkbook(const QString &path);

} // namespace core::io
