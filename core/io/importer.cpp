// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "importer.h"

#include "attendancegrid.h"
#include "core/bulkwriter.h"
#include "core/dayrules.h"
#include "core/period.h"
#include "tablereader.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <optional>

namespace core::io {

namespace {

// The columns an import understands. A worker is named by name or by code (工号).
enum Field { WorkerName, WorkerCode, Date, StatusColumn, SignIn, SignOut, Hours, Minutes, Category, Note, FieldCount };

struct Alias
{
    Field field;
    const char16_t *names; // '|'-separated, compared after normalising (lower case, no spaces)
};

const Alias kAliases[] = {
    {WorkerName, u"姓名|社工|社工姓名|name|worker|worker_name"},
    {WorkerCode, u"工号|编号|code|worker_code|id"},
    {Date, u"日期|考勤日期|date|day"},
    {StatusColumn, u"状态|考勤状态|出勤状态|status"},
    {SignIn, u"签到|签到时间|上班|上班时间|sign_in|signin|in"},
    {SignOut, u"签退|签退时间|下班|下班时间|sign_out|signout|out"},
    {Hours, u"工时|时长|小时|hours|hour"},
    {Minutes, u"分钟|minutes|minute|min"},
    {Category, u"类别|工作类别|category"},
    {Note, u"备注|说明|note|notes|remark"},
};

// "Sign in (签到)" → "sign_in": case, spaces, a BOM and a trailing explanation in brackets go.
QString normaliseHeader(QString h)
{
    h.remove(QChar(0xFEFF));
    for (const QChar open : {QChar(u'('), QChar(u'（'), QChar(u'[')}) {
        const qsizetype at = h.indexOf(open);
        if (at > 0)
            h.truncate(at);
    }
    h = h.trimmed().toLower();
    h.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    h.remove(QLatin1Char('*'));
    return h;
}

const QHash<QString, Field> &aliasTable()
{
    static const QHash<QString, Field> table = [] {
        QHash<QString, Field> t;
        for (const Alias &a : kAliases)
            for (const auto &name : QStringView(a.names).split(u'|'))
                t.insert(name.toString(), a.field);
        return t;
    }();
    return table;
}

const QHash<QString, AttendanceStatus> &statusWords()
{
    static const QHash<QString, AttendanceStatus> words = [] {
        using S = AttendanceStatus;
        QHash<QString, S> w{
            {QStringLiteral("出勤"), S::Present},     {QStringLiteral("正常"), S::Present},
            {QStringLiteral("在岗"), S::Present},     {QStringLiteral("迟到"), S::Late},
            {QStringLiteral("早退"), S::LeftEarly},   {QStringLiteral("旷工"), S::Absent},
            {QStringLiteral("病假"), S::SickLeave},   {QStringLiteral("事假"), S::PersonalLeave},
            {QStringLiteral("年假"), S::AnnualLeave}, {QStringLiteral("公出"), S::BusinessOut},
            {QStringLiteral("外出"), S::BusinessOut}, {QStringLiteral("√"), S::Present},
        };
        for (S s : allValues<S>())
            w.insert(code(s), s);
        return w;
    }();
    return words;
}

const QHash<QString, WorkCategory> &categoryWords()
{
    static const QHash<QString, WorkCategory> words = [] {
        using C = WorkCategory;
        QHash<QString, C> w{
            {QStringLiteral("个案"), C::Casework},      {QStringLiteral("个案工作"), C::Casework},
            {QStringLiteral("小组"), C::Group},         {QStringLiteral("小组工作"), C::Group},
            {QStringLiteral("社区活动"), C::Community}, {QStringLiteral("社区"), C::Community},
            {QStringLiteral("资源链接"), C::Resource},  {QStringLiteral("行政事务"), C::Admin},
            {QStringLiteral("行政"), C::Admin},         {QStringLiteral("会议"), C::Meeting},
            {QStringLiteral("统计报表"), C::Report},    {QStringLiteral("报表"), C::Report},
        };
        for (C c : allValues<C>())
            w.insert(code(c), c);
        return w;
    }();
    return words;
}

// Reads an unsigned number at text[i...], moving i; -1 when there is none.
int readNumber(QStringView text, qsizetype &i, int maxDigits)
{
    int value = 0, digits = 0;
    while (i < text.size() && text[i].isDigit() && digits < maxDigits) {
        value = value * 10 + text[i].digitValue();
        ++i;
        ++digits;
    }
    return digits ? value : -1;
}

QString timeText(int minutes)
{
    return minutes < 0 ? QString()
                       : QStringLiteral("%1:%2")
                             .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                             .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QList<QPair<QString, QStringList>> Importer::headerAliases()
{
    static const char *const names[] = {"worker (name)", "worker (code)", "date",    "status",   "sign in",
                                        "sign out",      "hours",         "minutes", "category", "note"};
    QList<QPair<QString, QStringList>> list;
    for (const Alias &a : kAliases)
        list.append({QString::fromLatin1(names[a.field]), QStringView(a.names).toString().split(QLatin1Char('|'))});
    return list;
}

QDate Importer::fromExcelSerial(double serial)
{
    // Excel's 1900 system counts 1900-01-01 as 1 and believes in 1900-02-29 (serial 60).
    const qint64 whole = qint64(std::floor(serial));
    if (whole < 1 || whole == 60 || whole > 2958465)
        return {};
    const QDate epoch(1899, 12, whole < 60 ? 31 : 30);
    return epoch.addDays(whole);
}

QDate Importer::parseDate(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return {};
    qsizetype i = 0;
    const int first = readNumber(text, i, 8);
    if (first < 0)
        return {};
    if (i == text.size() || text[i] == u'.' || text[i] == u',') {
        // A bare number: yyyyMMdd, or an Excel serial (with a time as its fraction).
        if (i - 0 == 8 && i == text.size())
            return QDate(first / 10000, first / 100 % 100, first % 100);
        bool ok = false;
        const double serial = text.toDouble(&ok);
        if (ok && i <= 5)
            return fromExcelSerial(serial);
        if (i != 4)
            return {};
    }
    if (i != 4)
        return {};
    const auto separator = [&](std::initializer_list<char16_t> allowed) {
        if (i >= text.size())
            return false;
        for (char16_t c : allowed)
            if (text[i] == QChar(c)) {
                ++i;
                return true;
            }
        return false;
    };
    if (!separator({u'-', u'/', u'.', u'年'}))
        return {};
    const int month = readNumber(text, i, 2);
    if (month < 0 || !separator({u'-', u'/', u'.', u'月'}))
        return {};
    const int day = readNumber(text, i, 2);
    if (day < 0)
        return {};
    separator({u'日', u'号'});
    // A time may follow ("2026/3/5 0:00" from Excel's CSV).
    if (i < text.size() && !text[i].isSpace() && text[i] != u'T')
        return {};
    return QDate(first, month, day);
}

int Importer::parseTime(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return -1;
    const qsizetype space = text.lastIndexOf(u' ');
    if (space >= 0)
        text = text.mid(space + 1);
    if (text.contains(u':') || text.contains(u'：')) {
        qsizetype i = 0;
        const int h = readNumber(text, i, 2);
        if (h < 0 || h > 23 || i >= text.size() || (text[i] != u':' && text[i] != u'：'))
            return -1;
        ++i;
        const int m = readNumber(text, i, 2);
        if (m < 0 || m > 59)
            return -1;
        if (i < text.size() && (text[i] == u':' || text[i] == u'：')) {
            ++i;
            const int s = readNumber(text, i, 2);
            if (s < 0 || s > 59)
                return -1;
        }
        return i == text.size() ? h * 60 + m : -1;
    }
    // An Excel time: a fraction of a day (a date-time keeps the fraction).
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0)
        return -1;
    const double fraction = value - std::floor(value);
    if (value >= 1 && fraction == 0)
        return -1;
    return int(std::lround(fraction * 1440)) % 1440;
}

std::optional<AttendanceStatus> Importer::parseStatus(QStringView text)
{
    const QString t = text.trimmed().toString();
    if (t.isEmpty())
        return std::nullopt;
    const auto &words = statusWords();
    if (const auto it = words.constFind(t); it != words.constEnd())
        return *it;
    if (const auto it = words.constFind(t.toLower()); it != words.constEnd())
        return *it;
    if (t.size() == 1)
        if (auto s = fromShortCode(t.at(0)))
            return s;
    for (AttendanceStatus s : allValues<AttendanceStatus>())
        if (label(s).compare(t, Qt::CaseInsensitive) == 0 || sourceLabel(s).compare(t, Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

std::optional<WorkCategory> Importer::parseCategory(QStringView text)
{
    const QString t = text.trimmed().toString();
    if (t.isEmpty())
        return std::nullopt;
    const auto &words = categoryWords();
    if (const auto it = words.constFind(t); it != words.constEnd())
        return *it;
    if (const auto it = words.constFind(t.toLower()); it != words.constEnd())
        return *it;
    for (WorkCategory c : allValues<WorkCategory>())
        if (label(c).compare(t, Qt::CaseInsensitive) == 0 || sourceLabel(c).compare(t, Qt::CaseInsensitive) == 0)
            return c;
    return std::nullopt;
}

int Importer::parseDuration(QStringView text, bool hours)
{
    QString t = text.trimmed().toString().toLower();
    for (const char16_t *suffix : {u"小时", u"分钟", u"hours", u"hour", u"minutes", u"min", u"分", u"h", u"m"}) {
        const QStringView s(suffix);
        if (t.endsWith(s)) {
            hours = s == u"小时" || s.startsWith(u'h');
            t.chop(s.size());
            t = t.trimmed();
            break;
        }
    }
    if (t.isEmpty())
        return -1;
    if (t.contains(QLatin1Char(':'))) {
        const int m = parseTime(t);
        return m > 0 ? m : -1;
    }
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0)
        return -1;
    const long minutes = std::lround(hours ? value * 60 : value);
    return minutes > 0 ? int(minutes) : -1;
}

// Checks rows one by one against what was loaded once: workers, placements, stored records.
class Importer::Planner
{
public:
    Planner(const Database &db, ImportKind kind)
        : m_db(db)
    {
        m_plan.kind = kind;
    }

    Status load()
    {
        auto q = m_db.run(QStringLiteral("SELECT id, code, name FROM social_worker"));
        if (!q)
            return q.error();
        while (q.value().next()) {
            const qint64 id = q.value().value(0).toLongLong();
            const QString workerCode = q.value().value(1).toString().trimmed();
            if (!workerCode.isEmpty())
                m_byCode.insert(workerCode, id);
            m_byName[q.value().value(2).toString().trimmed()].append(id);
        }
        q = m_db.run(QStringLiteral("SELECT pl.worker_id, pl.start_date, COALESCE(pl.end_date, c.end_date) "
                                    "FROM placement pl JOIN post p ON p.id = pl.post_id "
                                    "JOIN contract c ON c.id = p.contract_id"));
        if (!q)
            return q.error();
        while (q.value().next())
            m_placements[q.value().value(0).toLongLong()].append(
                {fromIsoDate(q.value().value(1).toString()).toJulianDay(),
                 fromIsoDate(q.value().value(2).toString()).toJulianDay()});
        // The calendar's days (a few hundred a year): DayRules says which days take attendance.
        q = m_db.run(QStringLiteral("SELECT day, workday FROM calendar_day"));
        if (!q)
            return q.error();
        while (q.value().next())
            m_workdays.insert(fromIsoDate(q.value().value(0).toString()).toJulianDay(),
                              q.value().value(1).toInt() == 1);
        m_workStart = Importer::parseTime(m_db.setting(QStringLiteral("work_start"), QStringLiteral("09:00")));
        m_workEnd = Importer::parseTime(m_db.setting(QStringLiteral("work_end"), QStringLiteral("17:30")));
        return {};
    }

    // The first non-blank row: which column is which.
    Status header(int row, const QStringList &cells)
    {
        m_headerRow = row;
        m_plan.headers = cells;
        m_column.fill(-1, FieldCount);
        for (int c = 0; c < cells.size(); ++c) {
            const auto it = aliasTable().constFind(normaliseHeader(cells.at(c)));
            if (it != aliasTable().constEnd() && m_column[*it] < 0)
                m_column[*it] = c;
        }
        QStringList missing;
        if (m_column[WorkerName] < 0 && m_column[WorkerCode] < 0)
            missing << tr("worker (姓名 or 工号)");
        if (m_column[Date] < 0)
            missing << tr("date (日期)");
        if (m_plan.kind == ImportKind::Attendance) {
            if (m_column[StatusColumn] < 0 && m_column[SignIn] < 0 && m_column[SignOut] < 0)
                missing << tr("status (状态) or sign-in/sign-out times (签到/签退)");
        } else {
            if (m_column[Hours] < 0 && m_column[Minutes] < 0)
                missing << tr("hours (工时) or minutes (分钟)");
            if (m_column[Category] < 0)
                missing << tr("category (类别)");
        }
        if (!missing.isEmpty())
            return Error::invalid(tr("The first row of the file must name its columns; these are missing: %1. "
                                     "The file's headings are: %2.")
                                      .arg(missing.join(QStringLiteral("; ")), cells.join(QStringLiteral(", "))));
        return {};
    }

    void row(int fileRow, const QStringList &cells)
    {
        ImportPlan::Row r;
        r.fileRow = fileRow;
        m_rowProblems = 0;
        m_rowShown = false;
        const auto cell = [&](Field f) -> QStringView {
            const int c = m_column[f];
            return c >= 0 && c < cells.size() ? QStringView(cells.at(c)).trimmed() : QStringView();
        };

        // The worker: a code is exact; a name must be unique.
        const QStringView codeText = cell(WorkerCode);
        const QStringView nameText = cell(WorkerName);
        if (!codeText.isEmpty()) {
            const auto it = m_byCode.constFind(codeText.toString());
            if (it != m_byCode.constEnd())
                r.workerId = *it;
            else
                problem(fileRow, WorkerCode, ProblemKind::Worker,
                        tr("No worker has the code “%1”. Check the code or add the worker first.").arg(codeText));
        } else if (!nameText.isEmpty()) {
            const QString name = nameText.toString();
            const auto it = m_byName.constFind(name);
            if (it != m_byName.constEnd() && it->size() == 1)
                r.workerId = it->first();
            else if (it != m_byName.constEnd())
                problem(fileRow, WorkerName, ProblemKind::Worker,
                        tr("%1 workers are called “%2”. Add a 工号 (code) column to say which one.")
                            .arg(it->size())
                            .arg(name));
            else if (const auto byCode = m_byCode.constFind(name); byCode != m_byCode.constEnd())
                r.workerId = *byCode; // a code typed into the name column
            else
                problem(fileRow, WorkerName, ProblemKind::Worker,
                        tr("No worker is called “%1”. Check the spelling or add the worker first.").arg(name));
        } else {
            problem(fileRow, m_column[WorkerCode] >= 0 ? WorkerCode : WorkerName, ProblemKind::Worker,
                    tr("The worker is missing."));
        }

        const QStringView dateText = cell(Date);
        r.day = Importer::parseDate(dateText);
        if (!r.day.isValid())
            problem(fileRow, Date, ProblemKind::Date,
                    dateText.isEmpty() ? tr("The date is missing.")
                                       : tr("“%1” is not a date. Write it as 2026-03-05.").arg(dateText));
        if (r.workerId && r.day.isValid() && !placedOn(r.workerId, r.day.toJulianDay()))
            problem(fileRow, Date, ProblemKind::NotPlaced,
                    tr("The worker was not placed in a post on %1. Check the date or the worker's "
                       "placements.")
                        .arg(isoDate(r.day)));

        r.note = cell(Note).toString();
        if (m_plan.kind == ImportKind::Attendance) {
            attendance(r, cell(StatusColumn), cell(SignIn), cell(SignOut));
            if (m_rowProblems == 0) {
                const auto workday = m_workdays.constFind(r.day.toJulianDay());
                const auto rule =
                    DayRules::attendanceOn(r.day, workday != m_workdays.constEnd() ? *workday : r.day.dayOfWeek() <= 5,
                                           AttendanceStatus(r.status));
                if (!rule)
                    problem(fileRow, Date, ProblemKind::DayOff, rule.error().message);
                else if (!rule.value().isEmpty())
                    warn(fileRow, Date, rule.value());
            }
        } else
            workLog(r, cell(Category), cell(Hours), cell(Minutes));

        // Duplicates within the file: the first row wins, later ones are errors.
        if (m_rowProblems == 0) {
            if (m_plan.kind == ImportKind::Attendance) {
                const quint64 key = attendanceKey(r.workerId, r.day);
                const auto [it, inserted] = tryEmplace(m_seenDays, key, fileRow);
                if (!inserted)
                    problem(fileRow, Date, ProblemKind::Duplicate,
                            tr("Row %1 already has this worker on this day.").arg(it));
            } else {
                const QString key = workLogKey(r.workerId, r.day, r.status, r.note);
                const auto [it, inserted] = tryEmplace(m_seenLogs, key, fileRow);
                if (!inserted)
                    problem(fileRow, Category, ProblemKind::Duplicate,
                            tr("Row %1 already has this worker, day, category and note.").arg(it));
            }
        }
        r.outcome = m_rowProblems ? RowOutcome::Error : RowOutcome::New;
        ++m_plan.readRows;
        m_batch.push_back(std::move(r));
        m_batchShown.push_back(m_rowShown);
        if (m_batch.size() >= kBatchRows)
            flush();
    }

    // The rows read since the last batch: compared with what is stored, counted, written (when
    // writing), a sample kept; then let go.
    void flush()
    {
        if (m_batch.empty() || !m_failure.ok())
            return;
        if (Status s = compareBatch(); !s)
            m_failure = s;
        for (size_t i = 0; i < m_batch.size(); ++i) {
            const ImportPlan::Row &r = m_batch[i];
            switch (r.outcome) {
            case RowOutcome::New:
                ++m_plan.newRows;
                if (m_insert && m_failure.ok() && !insert(r))
                    m_failure = m_writeError();
                break;
            case RowOutcome::Existing:
                ++m_plan.existingRows;
                break;
            case RowOutcome::Conflict:
                ++m_plan.conflictRows;
                break;
            case RowOutcome::Error:
                ++m_plan.errorRows;
                break;
            }
            if (m_plan.rows.size() < size_t(ImportPlan::kSampleRows) || m_batchShown[i])
                m_plan.rows.push_back(r);
        }
        m_batch.clear();
        m_batchShown.clear();
    }

    // Writing: the insert statement, and where its errors are told.
    void setWriter(BulkStatement *insert, std::function<Status()> error)
    {
        m_insert = insert;
        m_writeError = std::move(error);
    }
    // Nothing was stored when the pass began: only the file's own rows could match.
    void setNothingStored(bool nothing) { m_nothingStored = nothing; }
    const Status &failure() const { return m_failure; }

    // Compares the batch's good rows with what is stored: nothing to do when no stored row falls
    // in the batch's days; one query over those days when they hold few rows; else one indexed
    // look-up per row.
    Status compareBatch()
    {
        if (m_nothingStored)
            return {};
        QDate first, last;
        int candidates = 0;
        for (const ImportPlan::Row &r : m_batch) {
            if (r.outcome != RowOutcome::New)
                continue;
            ++candidates;
            if (!first.isValid() || r.day < first)
                first = r.day;
            if (!last.isValid() || r.day > last)
                last = r.day;
        }
        if (!candidates)
            return {};
        const bool attendance = m_plan.kind == ImportKind::Attendance;
        const QVariantList range{isoDate(first), isoDate(last)};
        auto count =
            m_db.scalar(attendance ? QStringLiteral("SELECT count(*) FROM attendance WHERE day BETWEEN ? AND ?")
                                   : QStringLiteral("SELECT count(*) FROM work_log WHERE day BETWEEN ? AND ?"),
                        range);
        if (!count)
            return count.error();
        const qint64 stored = count.value().toLongLong();
        if (stored == 0)
            return {};

        if (stored <= 4 * qint64(m_batch.size())) {
            auto q =
                m_db.run(attendance ? QStringLiteral("SELECT worker_id, day, status, COALESCE(sign_in, ''), "
                                                     "COALESCE(sign_out, ''), note FROM attendance "
                                                     "WHERE day BETWEEN ? AND ?")
                                    : QStringLiteral("SELECT worker_id, day, category, minutes, note FROM work_log "
                                                     "WHERE day BETWEEN ? AND ?"),
                         range);
            if (!q)
                return q.error();
            QHash<quint64, QStringList> storedDays;
            QHash<QString, int> storedLogs;
            while (q.value().next()) {
                const qint64 worker = q.value().value(0).toLongLong();
                const QDate day = fromIsoDate(q.value().value(1).toString());
                if (attendance) {
                    storedDays.insert(attendanceKey(worker, day),
                                      {q.value().value(2).toString(), q.value().value(3).toString(),
                                       q.value().value(4).toString(), q.value().value(5).toString()});
                } else if (const auto category = fromCode<WorkCategory>(q.value().value(2).toString())) {
                    storedLogs.insert(workLogKey(worker, day, int(*category), q.value().value(4).toString()),
                                      q.value().value(3).toInt());
                }
            }
            for (ImportPlan::Row &r : m_batch) {
                if (r.outcome != RowOutcome::New)
                    continue;
                if (attendance) {
                    if (const auto it = storedDays.constFind(attendanceKey(r.workerId, r.day));
                        it != storedDays.constEnd())
                        classifyAttendance(r, *it);
                } else if (const auto it = storedLogs.constFind(workLogKey(r.workerId, r.day, r.status, r.note));
                           it != storedLogs.constEnd()) {
                    classifyWorkLog(r, *it);
                }
            }
            return {};
        }

        QSqlQuery q = m_db.prepare(
            attendance ? QStringLiteral("SELECT status, COALESCE(sign_in, ''), COALESCE(sign_out, ''), note "
                                        "FROM attendance WHERE worker_id = ? AND day = ?")
                       : QStringLiteral("SELECT minutes FROM work_log WHERE worker_id = ? AND day = ? AND category = ? "
                                        "AND note = ?"));
        for (ImportPlan::Row &r : m_batch) {
            if (r.outcome != RowOutcome::New)
                continue;
            q.bindValue(0, r.workerId);
            q.bindValue(1, isoDate(r.day));
            if (!attendance) {
                q.bindValue(2, code(WorkCategory(r.status)));
                q.bindValue(3, r.note);
            }
            if (!q.exec())
                return toError(q.lastError());
            if (!q.next())
                continue;
            if (attendance)
                classifyAttendance(
                    r, {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
            else
                classifyWorkLog(r, q.value(0).toInt());
            q.finish();
        }
        return {};
    }

    // A good row that is stored already: the same (nothing to do) or a conflict.
    void classifyAttendance(ImportPlan::Row &r, const QStringList &stored)
    {
        QStringList differences;
        const auto status = AttendanceStatus(r.status);
        const auto storedStatus = fromCode<AttendanceStatus>(stored.at(0));
        if (stored.at(0) != code(status))
            differences << tr("status “%1” (the file says “%2”)")
                               .arg(storedStatus ? label(*storedStatus) : stored.at(0), label(status));
        if (m_column[SignIn] >= 0 && stored.at(1) != r.signIn)
            differences << tr("sign-in %1 (the file says %2)").arg(stored.at(1), r.signIn);
        if (m_column[SignOut] >= 0 && stored.at(2) != r.signOut)
            differences << tr("sign-out %1 (the file says %2)").arg(stored.at(2), r.signOut);
        if (m_column[Note] >= 0 && stored.at(3) != r.note)
            differences << tr("note “%1” (the file says “%2”)").arg(stored.at(3), r.note);
        classified(r, differences);
    }
    void classifyWorkLog(ImportPlan::Row &r, int storedMinutes)
    {
        QStringList differences;
        if (storedMinutes != r.minutes)
            differences << tr("%1 minutes (the file says %2)").arg(storedMinutes).arg(r.minutes);
        classified(r, differences);
    }
    void classified(ImportPlan::Row &r, const QStringList &differences)
    {
        if (differences.isEmpty()) {
            r.outcome = RowOutcome::Existing;
            return;
        }
        r.outcome = RowOutcome::Conflict;
        if (++m_plan.problemCounts[size_t(ProblemKind::Conflict)] > ImportPlan::kShownPerKind)
            return;
        m_plan.problems.append({r.fileRow, QString(),
                                tr("Already stored with %1. The stored value is kept; correct it in the "
                                   "program if the file is right.")
                                    .arg(differences.join(QStringLiteral(", "))),
                                ProblemKind::Conflict});
        const size_t i = size_t(&r - m_batch.data());
        if (i < m_batchShown.size())
            m_batchShown[i] = true;
    }

    bool insert(const ImportPlan::Row &r)
    {
        const bool attendance = m_plan.kind == ImportKind::Attendance;
        QByteArray &c = m_codes[r.status & 63];
        if (c.isEmpty())
            c = (attendance ? code(AttendanceStatus(r.status)) : code(WorkCategory(r.status))).toUtf8();
        m_insert->add(r.workerId).add(isoDate(r.day));
        if (attendance) {
            m_insert->addStatic(c);
            r.signIn.isEmpty() ? m_insert->addNull() : m_insert->add(r.signIn);
            r.signOut.isEmpty() ? m_insert->addNull() : m_insert->add(r.signOut);
            m_insert->add(r.note); // '' when empty: NOT NULL column
        } else {
            m_insert->add(r.minutes).addStatic(c).add(r.note);
        }
        if (!m_insert->endRow())
            return false;
        ++m_written;
        return true;
    }
    int written() const { return m_written; }

    ImportPlan finish()
    {
        flush();
        std::stable_sort(m_plan.problems.begin(), m_plan.problems.end(),
                         [](const ImportProblem &a, const ImportProblem &b) { return a.row < b.row; });
        std::stable_sort(m_plan.rows.begin(), m_plan.rows.end(),
                         [](const ImportPlan::Row &a, const ImportPlan::Row &b) { return a.fileRow < b.fileRow; });
        return std::move(m_plan);
    }

    int headerRow() const { return m_headerRow; }
    ImportPlan &plan() { return m_plan; }

private:
    template <typename K> static std::pair<int, bool> tryEmplace(QHash<K, int> &hash, const K &key, int value)
    {
        const auto size = hash.size();
        int &slot = hash[key];
        if (hash.size() == size)
            return {slot, false};
        slot = value;
        return {value, true};
    }

    static quint64 attendanceKey(qint64 worker, QDate day)
    {
        return (quint64(worker) << 32) ^ quint64(day.toJulianDay());
    }
    static QString workLogKey(qint64 worker, QDate day, int category, const QString &note)
    {
        return QString::number(worker) + QLatin1Char('|') + QString::number(day.toJulianDay()) + QLatin1Char('|') +
               QString::number(category) + QLatin1Char('|') + note;
    }

    bool placedOn(qint64 worker, qint64 julianDay) const
    {
        const auto it = m_placements.constFind(worker);
        if (it == m_placements.constEnd())
            return false;
        for (const auto &span : *it)
            if (julianDay >= span.first && julianDay <= span.second)
                return true;
        return false;
    }

    void problem(int row, Field field, ProblemKind kind, const QString &reason)
    {
        ++m_rowProblems;
        if (++m_plan.problemCounts[size_t(kind)] > ImportPlan::kShownPerKind)
            return; // counted, not kept
        const int c = m_column[field];
        m_plan.problems.append(
            {row, c >= 0 && c < m_plan.headers.size() ? m_plan.headers.at(c).trimmed() : QString(), reason, kind});
        m_rowShown = true;
    }

    // A row that is written but worth a second look (business out on a day off): listed with
    // the problems, the first kShownPerKind of them, without making the row an error.
    void warn(int row, Field field, const QString &reason)
    {
        if (++m_warnings > ImportPlan::kShownPerKind)
            return;
        const int c = m_column[field];
        m_plan.problems.append({row, c >= 0 && c < m_plan.headers.size() ? m_plan.headers.at(c).trimmed() : QString(),
                                reason, ProblemKind::DayOff});
        m_rowShown = true;
    }

    void attendance(ImportPlan::Row &r, QStringView statusText, QStringView inText, QStringView outText)
    {
        int in = -1, out = -1;
        if (!inText.isEmpty() && (in = Importer::parseTime(inText)) < 0)
            problem(r.fileRow, SignIn, ProblemKind::Time, tr("“%1” is not a time. Write it as 09:05.").arg(inText));
        if (!outText.isEmpty() && (out = Importer::parseTime(outText)) < 0)
            problem(r.fileRow, SignOut, ProblemKind::Time, tr("“%1” is not a time. Write it as 17:30.").arg(outText));
        r.signIn = timeText(in);
        r.signOut = timeText(out);
        if (!statusText.isEmpty()) {
            if (const auto s = Importer::parseStatus(statusText))
                r.status = int(*s);
            else
                problem(r.fileRow, StatusColumn, ProblemKind::Status,
                        tr("“%1” is not an attendance status. Use 出勤, 迟到, 早退, 旷工, 病假, 事假, 年假 or 公出.")
                            .arg(statusText));
            return;
        }
        // No status: the times and the office hours (Settings) tell late or left early.
        if (in < 0 && out < 0) {
            if (inText.isEmpty() && outText.isEmpty())
                problem(r.fileRow, m_column[StatusColumn] >= 0 ? StatusColumn : SignIn, ProblemKind::Status,
                        tr("The status is missing and there are no sign-in/sign-out times to tell it from."));
            return;
        }
        AttendanceStatus s = AttendanceStatus::Present;
        if (in >= 0 && m_workStart >= 0 && in > m_workStart)
            s = AttendanceStatus::Late;
        else if (out >= 0 && m_workEnd >= 0 && out < m_workEnd)
            s = AttendanceStatus::LeftEarly;
        r.status = int(s);
    }

    void workLog(ImportPlan::Row &r, QStringView categoryText, QStringView hoursText, QStringView minutesText)
    {
        if (const auto c = Importer::parseCategory(categoryText)) {
            r.status = int(*c);
        } else {
            problem(
                r.fileRow, Category, ProblemKind::Category,
                categoryText.isEmpty()
                    ? tr("The category is missing.")
                    : tr("“%1” is not a work category. Use 个案, 小组, 社区活动, 资源链接, 行政事务, 会议 or 统计报表.")
                          .arg(categoryText));
        }
        const bool byMinutes = !minutesText.isEmpty() || hoursText.isEmpty();
        const QStringView text = byMinutes ? minutesText : hoursText;
        const Field field = byMinutes && m_column[Minutes] >= 0 ? Minutes : Hours;
        r.minutes = text.isEmpty() ? -1 : Importer::parseDuration(text, !byMinutes);
        if (text.isEmpty())
            problem(r.fileRow, field, ProblemKind::Duration, tr("The time spent is missing."));
        else if (r.minutes < 0)
            problem(r.fileRow, field, ProblemKind::Duration,
                    tr("“%1” is not a length of time. Write hours as 1.5 or minutes as 90.").arg(text));
        else if (r.minutes > 1440)
            problem(r.fileRow, field, ProblemKind::Duration, tr("%1 is more than a day.").arg(text));
    }

    Database m_db;
    ImportPlan m_plan;
    QList<int> m_column;
    int m_headerRow = 0;
    int m_rowProblems = 0;
    int m_warnings = 0;
    bool m_rowShown = false; // the row has a problem that is kept
    int m_workStart = -1;
    int m_workEnd = -1;
    static constexpr size_t kBatchRows = 16384;
    std::vector<ImportPlan::Row> m_batch;
    std::vector<bool> m_batchShown;
    bool m_nothingStored = false;
    Status m_failure;
    BulkStatement *m_insert = nullptr;
    std::function<Status()> m_writeError;
    QList<QByteArray> m_codes = QList<QByteArray>(64); // status or category codes as UTF-8, made once
    int m_written = 0;
    QHash<QString, qint64> m_byCode;
    QHash<QString, QList<qint64>> m_byName;
    QHash<qint64, QList<QPair<qint64, qint64>>> m_placements;
    QHash<qint64, bool> m_workdays; // julian day → required working day, for the days the calendar has
    QHash<quint64, int> m_seenDays;
    QHash<QString, int> m_seenLogs;
};

namespace {

Status cancelled()
{
    return Error::invalid(
        QCoreApplication::translate("core::io::Importer", "The import was cancelled; nothing was written."));
}

} // namespace

QString ImportPlan::kindName(ProblemKind kind)
{
    switch (kind) {
    case ProblemKind::Worker:
        return Importer::tr("the worker");
    case ProblemKind::Date:
        return Importer::tr("the date");
    case ProblemKind::NotPlaced:
        return Importer::tr("no post on the day");
    case ProblemKind::Time:
        return Importer::tr("sign-in/sign-out times");
    case ProblemKind::Status:
        return Importer::tr("the status");
    case ProblemKind::Category:
        return Importer::tr("the category");
    case ProblemKind::Duration:
        return Importer::tr("the time spent");
    case ProblemKind::Duplicate:
        return Importer::tr("rows twice in the file");
    case ProblemKind::DayOff:
        return Importer::tr("days that are not working days");
    case ProblemKind::Conflict:
        return Importer::tr("conflicts with stored records");
    case ProblemKind::Count:
        break;
    }
    return {};
}

QStringList ImportPlan::problemSummary() const
{
    QStringList lines;
    for (size_t k = 0; k < problemCounts.size(); ++k)
        if (problemCounts[k] > kShownPerKind)
            lines << Importer::tr("Problems with %1: %2 in all; the first %3 are listed.")
                         .arg(kindName(ProblemKind(k)))
                         .arg(problemCounts[k])
                         .arg(kShownPerKind);
    return lines;
}

struct Importer::Source
{
    QString path;                             // a CSV or XLSX file
    const QList<QStringList> *rows = nullptr; // or rows already read, the first being the headings
};

// One pass over the file: read, check in batches against what is stored, and (write) insert the
// good rows in the same transaction, so that the check and the write see the same records.
Result<ImportPlan> Importer::pass(ImportKind kind, const Source &source, const ImportOptions &options, bool write,
                                  ImportResult *result) const
{
    const bool attendance = kind == ImportKind::Attendance;
    const char *table = attendance ? "attendance" : "work_log";
    // The writer before the transaction: foreign-key checking can only change outside one. The
    // planner checks every worker in memory, so the per-row foreign-key lookup is left out.
    std::optional<BulkWriter> bulk;
    std::optional<Transaction> transaction;
    if (write) {
        BulkWriter::Options bulkOptions;
        bulkOptions.foreignKeys = false;
        bulkOptions.cacheMiB = 16; // bounded memory: 1M rows peak 77 MiB (128 MiB of cache: 164)
        bulk.emplace(m_db, bulkOptions);
        if (!bulk->isValid())
            return bulk->error();
        transaction.emplace(m_db); // BEGIN IMMEDIATE: no other import writes until we are done
        if (!transaction->started())
            return transaction->error();
    }

    Planner planner(m_db, kind);
    if (Status s = planner.load(); !s)
        return s.error();
    planner.plan().path = source.path;
    auto stored = m_db.scalar(QStringLiteral("SELECT max(id) FROM ") + QLatin1String(table));
    if (!stored)
        return stored.error();
    const bool nothingStored = stored.value().isNull();
    planner.setNothingStored(nothingStored);
    if (write) {
        // Into an empty table: build its secondary indexes once at the end, not row by row.
        const qint64 estimate = source.rows ? source.rows->size() : QFileInfo(source.path).size() / 40;
        if (nothingStored && estimate >= 20000 && !bulk->deferIndexes({QLatin1String(table)}))
            return bulk->error();
        BulkStatement *q = attendance
                               ? bulk->insert(table, {"worker_id", "day", "status", "sign_in", "sign_out", "note"})
                               : bulk->insert(table, {"worker_id", "day", "minutes", "category", "note"});
        if (!q)
            return bulk->error();
        planner.setWriter(q, [&bulk]() -> Status { return bulk->error(); });
    }

    Status headerStatus;
    bool stopped = false;
    const auto sink = [&](int row, const QStringList &cells) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            stopped = true;
            return false;
        }
        if (!planner.headerRow()) {
            headerStatus = planner.header(row, cells);
            return headerStatus.ok();
        }
        planner.row(row, cells);
        return planner.failure().ok();
    };
    if (source.rows) {
        if (source.rows->isEmpty())
            return Error::invalid(tr("There is nothing to import."));
        for (int i = 0; i < source.rows->size() && sink(i + 1, source.rows->at(i)); ++i) {
        }
    } else {
        const Status read = TableReader::read(source.path, sink, options.progress);
        if (!read)
            return read.error();
    }
    if (!headerStatus)
        return headerStatus.error();
    if (stopped)
        return cancelled().error();
    if (!planner.headerRow())
        return Error::invalid(tr("“%1” is empty.").arg(nativePath(source.path)));
    ImportPlan plan = planner.finish();
    if (options.cancel && options.cancel->load(std::memory_order_relaxed))
        return cancelled().error(); // before the commit: nothing written
    if (!planner.failure())
        return planner.failure().error();
    if (write) {
        result->existing = plan.existingRows;
        result->skipped = plan.conflictRows + plan.errorRows;
        if (plan.blocked() && !options.skipBad)
            return plan; // the transaction rolls back: nothing written
        if (!bulk->flush() || !bulk->restoreIndexes())
            return bulk->error();
        if (Status s = transaction->commit(); !s)
            return s.error();
        result->written = planner.written();
        if (options.progress)
            options.progress(100);
    }
    return plan;
}

Result<ImportPlan> Importer::plan(ImportKind kind, const QString &path, const ImportOptions &options) const
{
    // A monthly sign-in grid has no "first row of headings": recognise it first.
    if (kind == ImportKind::Attendance) {
        auto grid = AttendanceGrid::read(path, options.month, AttendanceLegend::load(m_db));
        if (!grid)
            return grid.error();
        if (grid.value())
            return planGrid(path, *grid.value(), options);
    }
    return pass(kind, Source{path, nullptr}, options, false, nullptr);
}

Result<ImportPlan> Importer::planGrid(const QString &path, const QList<AttendanceGridSheet> &sheets,
                                      const ImportOptions &options) const
{
    // The grid's records as rows of the long layout (a month of a street: small), checked by the
    // same pass; each problem then names the grid's cell instead of a column.
    QList<QStringList> rows{
        {QStringLiteral("工号"), QStringLiteral("姓名"), QStringLiteral("日期"), QStringLiteral("状态")}};
    QHash<int, QString> places; // by the row number the pass gives
    QHash<int, int> gridRows;   // the same: the row in the grid
    QList<ImportProblem> unreadable, warnings;
    QStringList lines;
    for (const AttendanceGridSheet &sheet : sheets) {
        const QString legend = sheet.ownLegend ? tr("its own legend") : tr("the legend in Settings");
        const QString month = sheet.month.toString(u"yyyy-MM");
        lines << (sheet.name.isEmpty()
                      ? tr("Monthly grid, %1 (from %2): %n worker(s), %3.", nullptr, sheet.workers)
                            .arg(month, sheet.monthFrom, legend)
                      : tr("Sheet “%1”: monthly grid, %2 (from %3): %n worker(s), %4.", nullptr, sheet.workers)
                            .arg(sheet.name, month, sheet.monthFrom, legend));
        for (const AttendanceGridSheet::Record &rec : sheet.records) {
            if (!rec.status) {
                unreadable.append({rec.row, sheet.place(rec), rec.problem, ProblemKind::Status});
                continue;
            }
            rows.append({rec.workerCode, rec.workerName, isoDate(rec.day), code(*rec.status)});
            places.insert(int(rows.size()), sheet.place(rec));
            gridRows.insert(int(rows.size()), rec.row);
        }
        warnings << AttendanceGrid::unrecorded(m_db, sheet);
    }
    auto planned = pass(ImportKind::Attendance, Source{QString(), &rows}, options, false, nullptr);
    if (!planned)
        return planned.error();
    ImportPlan plan = planned.value();
    plan.path = path;
    plan.sheets = lines;
    plan.sourceRows = rows;
    for (ImportProblem &problem : plan.problems)
        problem.column = places.value(problem.row, problem.column);
    for (ImportProblem &problem : plan.problems)
        problem.row = gridRows.value(problem.row, problem.row);
    for (ImportPlan::Row &r : plan.rows)
        r.fileRow = gridRows.value(r.fileRow, r.fileRow);
    for (const ImportProblem &problem : std::as_const(unreadable)) {
        ++plan.errorRows;
        ++plan.readRows;
        if (++plan.problemCounts[size_t(ProblemKind::Status)] <= ImportPlan::kShownPerKind)
            plan.problems.append(problem);
    }
    plan.problems << warnings;
    return plan;
}

Result<ImportPlan> Importer::planRows(ImportKind kind, const QList<QStringList> &rows,
                                      const ImportOptions &options) const
{
    auto planned = pass(kind, Source{QString(), &rows}, options, false, nullptr);
    if (!planned)
        return planned.error();
    ImportPlan plan = planned.value();
    plan.sourceRows = rows;
    return plan;
}

Result<ImportResult> Importer::run(ImportKind kind, const QString &path, ImportPlan &plan,
                                   const ImportOptions &options) const
{
    if (kind == ImportKind::Attendance) { // a monthly grid: planned from its cells, then written
        auto grid = AttendanceGrid::read(path, options.month, AttendanceLegend::load(m_db));
        if (!grid)
            return grid.error();
        if (grid.value()) {
            auto planned = planGrid(path, *grid.value(), options);
            if (!planned)
                return planned.error();
            plan = planned.value();
            if (plan.blocked() && !options.skipBad) {
                ImportResult nothing;
                nothing.existing = plan.existingRows;
                nothing.skipped = plan.conflictRows + plan.errorRows;
                return nothing;
            }
            return write(plan, options);
        }
    }
    ImportResult result;
    auto done = pass(kind, Source{path, nullptr}, options, true, &result);
    if (!done)
        return done.error();
    plan = done.value();
    return result;
}

Result<ImportResult> Importer::write(const ImportPlan &plan, const ImportOptions &options) const
{
    if (plan.blocked() && !options.skipBad)
        return Error::invalid(tr("Nothing was imported: %n row(s) have problems. Correct the file, or skip the bad "
                                 "rows.",
                                 nullptr, plan.conflictRows + plan.errorRows));
    if (plan.newRows == 0) {
        ImportResult nothing;
        nothing.existing = plan.existingRows;
        nothing.skipped = plan.conflictRows + plan.errorRows;
        return nothing;
    }
    // Checked again inside the write transaction: another import may have written since the preview.
    ImportResult result;
    auto again = pass(plan.kind, Source{plan.path, plan.sourceRows.isEmpty() ? nullptr : &plan.sourceRows}, options,
                      true, &result);
    if (!again)
        return again.error();
    result.meanwhile = qMax(0, again->existingRows - plan.existingRows);
    if (again->blocked() && !options.skipBad)
        return Error::invalid(again->conflictRows > plan.conflictRows
                                  ? tr("Nothing was imported: another import wrote %n of these rows with other values "
                                       "since the preview. Preview the file again.",
                                       nullptr, again->conflictRows - plan.conflictRows)
                                  : tr("Nothing was imported: %n row(s) have problems. Correct the file, or skip the "
                                       "bad rows.",
                                       nullptr, again->conflictRows + again->errorRows));
    return result;
}

} // namespace core::io
