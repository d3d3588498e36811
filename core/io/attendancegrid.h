// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/attendancelegend.h"
#include "core/database.h"
#include "core/io/importer.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariantList>

#include <optional>

namespace core::io {

// The monthly sign-in grid (月度考勤表) as street offices keep it: title rows, a header naming
// the worker (姓名 and/or 工号) and one column per day, an optional weekday row, one row per
// worker with a mark per day, totals columns, a legend row (注：√出勤 ○事假 …) and signature
// rows. Read here into long-format records (worker, day, status) that the importer checks and
// writes like any other attendance file.
struct AttendanceGridSheet
{
    struct Record
    {
        int row = 0; // as the spreadsheet numbers it
        QDate day;
        QString dayHeading; // the column's heading as written
        QString workerName, workerCode;
        QString mark;                           // as written; empty = nothing recorded
        std::optional<AttendanceStatus> status; // none: a mark no legend explains (or no mark)
        QString problem;                        // why the cell cannot be read (translated), if so
    };
    QString name;      // the sheet's name; empty for CSV
    QDate month;       // the month's first day
    QString monthFrom; // where the month came from (translated)
    bool ownLegend = false;
    int headerRow = 0;
    int workers = 0;
    QList<Record> records; // marked cells
    QList<Record> empty;   // empty cells, for the "not recorded" warnings
    // "sheet “11月”, 5日" — where a message points.
    QString place(const Record &r) const;
};

class AttendanceGrid
{
    Q_DECLARE_TR_FUNCTIONS(core::io::AttendanceGrid)
public:
    // Is this table a grid? nullopt when not (the long layout); an error when it is a grid whose
    // month cannot be told (ask for --month). `month` (any day of it) wins when valid;
    // `fileName` may give the year.
    static Result<std::optional<AttendanceGridSheet>> parse(const QString &sheetName, const QList<QVariantList> &rows,
                                                            QDate month, const QString &fileName,
                                                            const AttendanceLegend &legend);
    // Every sheet of a file (CSV: its one table) that holds a grid; nullopt when the file's first
    // table is not a grid.
    static Result<std::optional<QList<AttendanceGridSheet>>> read(const QString &path, QDate month,
                                                                  const AttendanceLegend &legend);
    // Warnings for empty cells on required working days inside the worker's placement.
    static QList<ImportProblem> unrecorded(const Database &db, const AttendanceGridSheet &sheet);

    // 考勤表 out: one sheet per street (or the one street), title with agency and month, day
    // numbers, weekday row, marks, totals (attended, required, rate), legend, signature row.
    // CSV holds all streets in one table. The number of worker rows written.
    static Result<int> write(const Database &db, QDate month, std::optional<qint64> streetId, const QString &path,
                             bool xlsx, QDate asOf = QDate::currentDate());
    // The grid as rows of cells (for the CSV, the XLSX and the printed page).
    struct Table
    {
        QString title;
        QString streetName;
        QList<QVariantList> rows;
        int headerRow = 0; // index in rows
        int firstDayColumn = 0;
        int days = 0;
        QList<bool> workday; // per day of the month
    };
    static Result<QList<Table>> tables(const Database &db, QDate month, std::optional<qint64> streetId, bool blank,
                                       QDate asOf = QDate::currentDate(), bool oneTable = false);
};

} // namespace core::io
