// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/database.h"
#include "core/enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <array>
#include <atomic>
#include <functional>
#include <vector>

namespace core::io {

struct AttendanceGridSheet;

// What a file holds: attendance (出勤) or work-log (工作日志) rows.
enum class ImportKind { Attendance, WorkLog };

// What is wrong, for counting problems by kind: a file of a million bad rows shows the first
// few of each kind and a count of each, not a million lines.
enum class ProblemKind : quint8 {
    Worker,    // missing, unknown or ambiguous worker
    Date,      // missing or unreadable date
    NotPlaced, // the worker had no post that day
    Time,      // unreadable sign-in/sign-out
    Status,    // missing or unknown attendance status
    Category,  // missing or unknown work category
    Duration,  // missing or unreadable time spent
    Duplicate, // the same record twice in the file
    DayOff,    // attendance on a weekend or holiday (business out there is only a warning)
    Conflict,  // stored with other values
    Count
};

// One thing wrong with one row (or, with row 0, with the whole file).
struct ImportProblem
{
    int row = 0;    // as a spreadsheet numbers it: the header is row 1
    QString column; // the column's heading in the file, empty when about the row
    QString reason; // translated
    ProblemKind kind = ProblemKind::Worker;
};

// What happens to each row of the file.
enum class RowOutcome : quint8 {
    New,      // will be added
    Existing, // already stored with the same values: nothing to do
    Conflict, // stored with other values: reported, never overwritten
    Error,    // unreadable or breaks a rule
};

struct ImportOptions
{
    bool skipBad = false;                      // write the good rows, skip conflicts and errors
    std::function<void(int percent)> progress; // called now and then, 0..100
    const std::atomic_bool *cancel = nullptr;  // set to stop; nothing is written
    QDate month;                               // a monthly grid's month (any day of it), when the file does not say
};

// The preview: how many rows of each outcome, the first problems of each kind, and a sample of
// the rows. The file is checked as a stream: the plan never holds every row.
struct ImportPlan
{
    static constexpr int kShownPerKind = 20; // problems kept per kind; the rest are counted
    static constexpr int kSampleRows = 1000; // rows kept for the preview (plus those with a problem shown)

    ImportKind kind = ImportKind::Attendance;
    QString path;
    QStringList headers;                                         // the file's headings as written
    QList<ImportProblem> problems;                               // in row order, the first kShownPerKind of each kind
    std::array<int, size_t(ProblemKind::Count)> problemCounts{}; // every problem, by kind
    int readRows = 0;
    QStringList sheets; // a monthly grid: one line per sheet read (month, workers, legend)
    int newRows = 0;
    int existingRows = 0;
    int conflictRows = 0;
    int errorRows = 0;

    struct Row
    {
        int fileRow = 0;
        RowOutcome outcome = RowOutcome::New;
        qint64 workerId = 0;
        QDate day;
        int status = 0;          // AttendanceStatus, or WorkCategory for the work log
        int minutes = 0;         // work log
        QString signIn, signOut; // 'HH:mm' or empty
        QString note;
    };
    std::vector<Row> rows;         // a sample: the first kSampleRows, and each row with a problem shown
    QList<QStringList> sourceRows; // planRows(): the rows themselves, for write()

    int rowCount() const { return readRows; }
    int problemCount() const
    {
        int n = 0;
        for (int c : problemCounts)
            n += c;
        return n;
    }
    // "Problems with the worker: 12345 in all; the first 20 are listed." for each kind with more
    // problems than are kept.
    QStringList problemSummary() const;
    static QString kindName(ProblemKind kind);
    // Conflicts and errors block writing unless the bad rows are skipped.
    bool blocked() const { return conflictRows + errorRows > 0; }
};

struct ImportResult
{
    int meanwhile = 0; // rows the preview found new that another import wrote meanwhile
    int written = 0;
    int skipped = 0;  // conflicts and errors left out with skipBad
    int existing = 0; // already there
};

// Reads attendance and work-log files (CSV or XLSX) with Chinese or English headings, checks
// every row against the stored workers, placements and records, and writes all good rows in
// one transaction. Workers and placements are loaded once, so checking runs in memory.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(core::io::Importer)
public:
    explicit Importer(Database db)
        : m_db(std::move(db))
    {}

    // Reads and checks the file; writes nothing. An error when the file cannot be read or
    // lacks a column it needs; otherwise per-row problems are in the plan.
    Result<ImportPlan> plan(ImportKind kind, const QString &path, const ImportOptions &options = {}) const;
    // The same for rows already read (first row = headings).
    Result<ImportPlan> planRows(ImportKind kind, const QList<QStringList> &rows,
                                const ImportOptions &options = {}) const;
    // Writes the plan's new rows in one transaction: all or nothing. Refused while the plan has
    // conflicts or errors, unless options.skipBad. The file is read and checked again inside
    // the write transaction, so rows another import wrote since the preview are not written twice
    // (result.meanwhile counts them) and conflicts it caused refuse the write.
    Result<ImportResult> write(const ImportPlan &plan, const ImportOptions &options = {}) const;
    // Check and write in one pass and one transaction (the command line): `plan` tells what was
    // found. With problems and no skipBad nothing is written (result.written == 0).
    Result<ImportResult> run(ImportKind kind, const QString &path, ImportPlan &plan,
                             const ImportOptions &options = {}) const;

    // Parsers for cells, public for tests and for other importers.
    static QDate parseDate(QStringView text);    // 2026-03-05, 2026/3/5, 2026年3月5日, 2026.3.5, Excel serial
    static QDate fromExcelSerial(double serial); // 1900 date system, with its 1900-02-29
    static int parseTime(QStringView text);      // 'H:mm[:ss]' or an Excel day fraction → minutes; -1
    static std::optional<AttendanceStatus> parseStatus(QStringView text);
    static std::optional<WorkCategory> parseCategory(QStringView text);
    static int parseDuration(QStringView text, bool hours); // minutes, or -1

    // The heading aliases for each column, for the documentation and the import dialog.
    static QList<QPair<QString, QStringList>> headerAliases();

private:
    class Planner;
    struct Source;
    Result<ImportPlan> pass(ImportKind kind, const Source &source, const ImportOptions &options, bool write,
                            ImportResult *result) const;
    // A monthly sign-in grid (attendancegrid.h), planned as the long layout's rows.
    Result<ImportPlan> planGrid(const QString &path, const QList<AttendanceGridSheet> &sheets,
                                const ImportOptions &options) const;
    Database m_db;
};

} // namespace core::io
