// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "attendancegrid.h"

#include "core/attendance.h"
#include "core/calendar.h"
#include "core/organisation.h"
#include "core/period.h"
#include "core/settings.h"
#include "tablereader.h"
#include "xlsxworkbook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <cmath>

namespace core::io {

namespace {

QString cellText(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QDate)
        return isoDate(v.toDate());
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::abs(d) < 1e12)
            return QString::number(qint64(d));
        return QString::number(d);
    }
    return v.toString().trimmed();
}

QString squeezed(const QString &text)
{
    QString t = text.normalized(QString::NormalizationForm_KC).toLower();
    t.remove(QChar(0xFEFF));
    t.remove(QRegularExpression(QStringLiteral("\\s")));
    return t;
}

bool isWorkerHeading(const QString &text, bool *isCode = nullptr)
{
    static const QSet<QString> names{QStringLiteral("姓名"), QStringLiteral("社工"), QStringLiteral("社工姓名"),
                                     QStringLiteral("name"), QStringLiteral("worker")};
    static const QSet<QString> codes{QStringLiteral("工号"), QStringLiteral("编号"), QStringLiteral("code")};
    const QString t = squeezed(text);
    if (isCode)
        *isCode = codes.contains(t);
    return names.contains(t) || codes.contains(t);
}

struct DayHeading
{
    int year = 0, month = 0, day = 0;
};

std::optional<DayHeading> dayHeading(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDate && v.toDate().isValid())
        return DayHeading{v.toDate().year(), v.toDate().month(), v.toDate().day()};
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        if (d != std::floor(d))
            return std::nullopt;
        if (d >= 1 && d <= 31)
            return DayHeading{0, 0, int(d)};
        if (const QDate date = Importer::fromExcelSerial(d); date.isValid() && d > 30000)
            return DayHeading{date.year(), date.month(), date.day()};
        return std::nullopt;
    }
    const QString t = squeezed(cellText(v));
    if (t.isEmpty())
        return std::nullopt;
    static const QRegularExpression dayOnly(QStringLiteral("^(\\d{1,2})[日号]?$"));
    static const QRegularExpression monthDay(QStringLiteral("^(\\d{1,2})[-/.月](\\d{1,2})[日号]?$"));
    static const QRegularExpression full(QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})[日号]?$"));
    QRegularExpressionMatch m;
    DayHeading h;
    if ((m = dayOnly.match(t)).hasMatch()) {
        h.day = m.captured(1).toInt();
    } else if ((m = monthDay.match(t)).hasMatch()) {
        h.month = m.captured(1).toInt();
        h.day = m.captured(2).toInt();
    } else if ((m = full.match(t)).hasMatch()) {
        h.year = m.captured(1).toInt();
        h.month = m.captured(2).toInt();
        h.day = m.captured(3).toInt();
    } else if (const QDate serial = Importer::parseDate(t); serial.isValid() && t.size() == 5) {
        h = {serial.year(), serial.month(), serial.day()}; // an Excel serial written as text
    } else {
        return std::nullopt;
    }
    if (h.day < 1 || h.day > 31 || h.month > 12)
        return std::nullopt;
    return h;
}

bool isWeekdayCell(const QString &text)
{
    static const QSet<QString> words = [] {
        QSet<QString> w;
        const QStringList chinese{QStringLiteral("日"), QStringLiteral("一"), QStringLiteral("二"),
                                  QStringLiteral("三"), QStringLiteral("四"), QStringLiteral("五"),
                                  QStringLiteral("六"), QStringLiteral("天")};
        for (const QString &c : chinese) {
            w << c << QStringLiteral("周") + c << QStringLiteral("星期") + c;
        }
        for (const char *e :
             {"mon", "tue", "wed", "thu",    "fri",     "sat",       "sun",      "mo",     "tu",       "we",    "th",
              "fr",  "sa",  "su",  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
            w << QString::fromLatin1(e);
        return w;
    }();
    return words.contains(squeezed(text));
}

const QStringList &legendKeywords()
{
    static const QStringList words{QStringLiteral("注"),   QStringLiteral("说明"),   QStringLiteral("图例"),
                                   QStringLiteral("备注"), QStringLiteral("legend"), QStringLiteral("note"),
                                   QStringLiteral("key")};
    return words;
}

bool isSignatureCell(const QString &text)
{
    static const QStringList words{
        QStringLiteral("制表"),       QStringLiteral("审核"),     QStringLiteral("审批"), QStringLiteral("负责人"),
        QStringLiteral("签字"),       QStringLiteral("签名"),     QStringLiteral("填表"), QStringLiteral("prepared by"),
        QStringLiteral("checked by"), QStringLiteral("signature")};
    const QString t = text.trimmed().toLower();
    for (const QString &w : words)
        if (t.startsWith(w))
            return true;
    return false;
}

bool isTotalsName(const QString &text)
{
    static const QSet<QString> words{QStringLiteral("合计"), QStringLiteral("总计"), QStringLiteral("小计"),
                                     QStringLiteral("total"), QStringLiteral("totals")};
    return words.contains(squeezed(text));
}

// "注：√出勤 ○事假；P = Present" → the pairs; empty when the text lists none.
QList<AttendanceLegend::Entry> legendPairs(QString text)
{
    QList<AttendanceLegend::Entry> entries;
    static const QRegularExpression separators(QStringLiteral("[;；,，、]"));
    for (const QString &piece : text.split(separators, Qt::SkipEmptyParts)) {
        static const QRegularExpression equals(QStringLiteral("\\s*[=＝:：]\\s*"));
        const QStringList sides = piece.trimmed().split(equals);
        if (sides.size() == 2) {
            if (auto s = AttendanceLegend::statusWord(sides.at(1)))
                entries.append({sides.at(0).trimmed(), sides.at(1).trimmed(), *s});
            else if (auto r = AttendanceLegend::statusWord(sides.at(0)))
                entries.append({sides.at(1).trimmed(), sides.at(0).trimmed(), *r});
            continue;
        }
        QString pending;
        for (const QString &token : piece.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            if (auto s = AttendanceLegend::statusWord(token); s && !pending.isEmpty()) {
                entries.append({pending, token, *s});
                pending.clear();
                continue;
            }
            bool found = false;
            for (int split = 1; split < token.size() && !found; ++split) {
                const QString head = token.left(split), tail = token.mid(split);
                if (auto s = AttendanceLegend::statusWord(tail)) {
                    entries.append({head, tail, *s});
                    found = true;
                } else if (auto r = AttendanceLegend::statusWord(head)) {
                    entries.append({tail, head, *r});
                    found = true;
                }
            }
            if (!found)
                pending = token;
        }
    }
    return entries;
}

// The legend a row holds, when its first cell starts with 注/说明/图例/备注.
std::optional<QList<AttendanceLegend::Entry>> legendRow(const QVariantList &row)
{
    QStringList texts;
    for (const QVariant &v : row)
        if (const QString t = cellText(v); !t.isEmpty())
            texts << t;
    if (texts.isEmpty())
        return std::nullopt;
    const QString first = texts.first().toLower();
    for (const QString &k : legendKeywords()) {
        if (!first.startsWith(k))
            continue;
        QString rest = texts.join(QLatin1Char(' ')).mid(k.size()).trimmed();
        if (rest.startsWith(u':') || rest.startsWith(u'：'))
            rest = rest.mid(1);
        auto pairs = legendPairs(rest);
        if (!pairs.isEmpty())
            return pairs;
    }
    return std::nullopt;
}

struct MonthText
{
    int year = 0, month = 0;
};

std::optional<MonthText> monthIn(const QString &text, bool yearNeeded)
{
    static const QRegularExpression chinese(QStringLiteral("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月"));
    static const QRegularExpression iso(QStringLiteral("(?<!\\d)(\\d{4})[-/.](\\d{1,2})(?!\\d)"));
    static const QRegularExpression monthOnly(QStringLiteral("(?<!\\d)(\\d{1,2})\\s*月"));
    for (const auto *re : {&chinese, &iso}) {
        const auto m = re->match(text);
        if (m.hasMatch() && m.captured(2).toInt() >= 1 && m.captured(2).toInt() <= 12)
            return MonthText{m.captured(1).toInt(), m.captured(2).toInt()};
    }
    if (!yearNeeded)
        if (const auto m = monthOnly.match(text);
            m.hasMatch() && m.captured(1).toInt() >= 1 && m.captured(1).toInt() <= 12)
            return MonthText{0, m.captured(1).toInt()};
    return std::nullopt;
}

int yearIn(const QString &text)
{
    static const QRegularExpression year(QStringLiteral("(?<!\\d)(20\\d\\d)(?!\\d)"));
    const auto m = year.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// The rows of a table as TableReader gives them (row i is spreadsheet row i + 1), up to `limit`
// rows (-1: all).
Result<QList<QVariantList>> textRows(const QString &path, int limit)
{
    QList<QVariantList> rows;
    const Status read = TableReader::read(path, [&](int number, const QStringList &cells) {
        while (rows.size() < number - 1)
            rows << QVariantList();
        QVariantList row;
        for (const QString &c : cells)
            row << (c.isEmpty() ? QVariant() : QVariant(c));
        rows << row;
        return limit < 0 || rows.size() < limit;
    });
    if (!read)
        return read.error();
    return rows;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString AttendanceGridSheet::place(const Record &r) const
{
    const QString day = AttendanceGrid::tr("day %1").arg(r.day.isValid() ? r.day.day() : 0);
    return name.isEmpty() ? day : AttendanceGrid::tr("sheet “%1”, %2").arg(name, day);
}

Result<std::optional<AttendanceGridSheet>> AttendanceGrid::parse(const QString &sheetName,
                                                                 const QList<QVariantList> &rows, QDate month,
                                                                 const QString &fileName,
                                                                 const AttendanceLegend &settingsLegend)
{
    // The header: a worker heading and at least seven day columns, within the first rows.
    int header = -1, nameColumn = -1, codeColumn = -1;
    QList<std::pair<int, DayHeading>> dayColumns;
    for (int r = 0; r < rows.size() && r < 25 && header < 0; ++r) {
        int nameC = -1, codeC = -1;
        QList<std::pair<int, DayHeading>> days;
        QSet<int> seen;
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QVariant &v = rows.at(r).at(c);
            bool isCode = false;
            if (v.typeId() == QMetaType::QString && isWorkerHeading(v.toString(), &isCode)) {
                (isCode ? codeC : nameC) = (isCode ? codeC : nameC) < 0 ? c : (isCode ? codeC : nameC);
                continue;
            }
            if (const auto d = dayHeading(v); d && !seen.contains(d->day)) {
                seen.insert(d->day);
                days.append({c, *d});
            }
        }
        if ((nameC >= 0 || codeC >= 0) && days.size() >= 7) {
            header = r;
            nameColumn = nameC;
            codeColumn = codeC;
            dayColumns = days;
        }
    }
    if (header < 0)
        return std::optional<AttendanceGridSheet>();

    AttendanceGridSheet sheet;
    sheet.name = sheetName;
    sheet.headerRow = header + 1;
    const QString where = sheetName.isEmpty() ? QString() : tr("Sheet “%1”: ").arg(sheetName);

    // The month: --month, the title, the header's dates, the sheet's name (+ a year from the title
    // or the file name).
    QString title;
    for (int r = 0; r < header; ++r)
        for (const QVariant &v : rows.at(r))
            title += cellText(v) + QLatin1Char(' ');
    if (month.isValid()) {
        sheet.month = QDate(month.year(), month.month(), 1);
        sheet.monthFrom = tr("--month");
    } else if (const auto titleMonth = monthIn(title, true)) {
        sheet.month = QDate(titleMonth->year, titleMonth->month, 1);
        sheet.monthFrom = tr("the title");
    } else if (dayColumns.first().second.year > 0) {
        sheet.month = QDate(dayColumns.first().second.year, dayColumns.first().second.month, 1);
        sheet.monthFrom = tr("the dates in the header");
    } else {
        const int titleYear = yearIn(title);
        const int fileYear = yearIn(QFileInfo(fileName).completeBaseName());
        std::optional<MonthText> m = monthIn(sheetName, false);
        if (m)
            sheet.monthFrom = tr("the sheet's name");
        if (!m && dayColumns.first().second.month > 0) {
            m = MonthText{0, dayColumns.first().second.month};
            sheet.monthFrom = tr("the header");
        }
        if (m && m->year == 0)
            m->year = titleYear ? titleYear : fileYear;
        if (m && m->year > 0)
            sheet.month = QDate(m->year, m->month, 1);
    }
    if (!sheet.month.isValid())
        return Error::invalid(where + tr("This is a monthly attendance grid, but neither its title nor its sheet "
                                         "name says which month (write e.g. 2026年11月 in the title). Give the "
                                         "month with --month yyyy-MM."));

    // The legend: the sheet's own row wins over the one in Settings.
    AttendanceLegend legend = settingsLegend;
    for (int r = header + 1; r < rows.size(); ++r) {
        if (auto pairs = legendRow(rows.at(r))) {
            legend.entries = *pairs;
            sheet.ownLegend = true;
            break;
        }
    }

    int first = header + 1;
    if (first < rows.size()) {
        int weekdays = 0, other = 0;
        for (const auto &[c, d] : dayColumns) {
            const QString t = c < rows.at(first).size() ? cellText(rows.at(first).at(c)) : QString();
            if (t.isEmpty())
                continue;
            (isWeekdayCell(t) ? weekdays : other)++;
        }
        if (weekdays > 0 && other == 0)
            ++first;
    }

    const int daysInMonth = sheet.month.daysInMonth();
    for (int r = first; r < rows.size(); ++r) {
        const QVariantList &row = rows.at(r);
        if (legendRow(row))
            continue;
        bool signature = false;
        for (const QVariant &v : row)
            if (v.typeId() == QMetaType::QString && isSignatureCell(v.toString()))
                signature = true;
        if (signature)
            continue;
        const auto at = [&](int c) {
            return c >= 0 && c < row.size() ? cellText(row.at(c)) : QString();
        };
        const QString name = at(nameColumn), workerCode = at(codeColumn);
        if ((name.isEmpty() && workerCode.isEmpty()) || isTotalsName(name) || isTotalsName(workerCode))
            continue;
        ++sheet.workers;
        for (const auto &[c, d] : dayColumns) {
            AttendanceGridSheet::Record rec;
            rec.row = r + 1;
            rec.dayHeading = cellText(rows.at(header).at(c));
            rec.workerName = name;
            rec.workerCode = workerCode;
            rec.mark = at(c);
            if (d.day <= daysInMonth)
                rec.day = sheet.month.addDays(d.day - 1);
            if (rec.mark.isEmpty()) {
                if (rec.day.isValid())
                    sheet.empty.append(rec);
                continue;
            }
            if (!rec.day.isValid()) {
                rec.problem = tr("%1 has no day %2, but the cell holds “%3”.")
                                  .arg(QLocale().toString(sheet.month, QStringLiteral("yyyy-MM")))
                                  .arg(d.day)
                                  .arg(rec.mark);
            } else if ((rec.status = legend.statusOf(rec.mark, !sheet.ownLegend)) ||
                       (rec.status = AttendanceLegend::statusWord(rec.mark))) {
            } else {
                QStringList known;
                for (const auto &e : legend.entries)
                    known << e.mark + QLatin1Char(' ') + e.word;
                rec.problem = tr("Row %1, day %2: the mark “%3” is not in the legend (%4).")
                                  .arg(rec.row)
                                  .arg(d.day)
                                  .arg(rec.mark, known.join(QStringLiteral(", ")));
            }
            sheet.records.append(rec);
        }
    }
    return std::optional<AttendanceGridSheet>(std::move(sheet));
}

Result<std::optional<QList<AttendanceGridSheet>>> AttendanceGrid::read(const QString &path, QDate month,
                                                                       const AttendanceLegend &legend)
{
    // A first look at the first rows: most files are the long layout and are read by the importer.
    auto looked = textRows(path, 25);
    if (!looked)
        return looked.error();
    const QList<QVariantList> &head = looked.value();
    QFile file(path);
    const bool xlsx = file.open(QIODevice::ReadOnly) && file.peek(4).startsWith("PK\x03\x04");
    file.close();
    if (!xlsx) {
        auto first = parse(QString(), head, month, path, legend);
        if (!first)
            return first.error();
        if (!first.value())
            return std::optional<QList<AttendanceGridSheet>>();
        // The whole CSV.
        auto rows = textRows(path, -1);
        if (!rows)
            return rows.error();
        auto sheet = parse(QString(), rows.value(), month, path, legend);
        if (!sheet)
            return sheet.error();
        return std::optional<QList<AttendanceGridSheet>>(QList<AttendanceGridSheet>{std::move(*sheet.value())});
    }
    // An XLSX workbook: a grid when any of its first sheet's rows say so; then every sheet.
    bool looksLikeGrid = false;
    for (const QVariantList &row : head) {
        int days = 0;
        bool worker = false;
        for (const QVariant &v : row) {
            worker = worker || isWorkerHeading(v.toString());
            days += dayHeading(v).has_value();
        }
        looksLikeGrid = looksLikeGrid || (worker && days >= 7);
    }
    if (!looksLikeGrid)
        return std::optional<QList<AttendanceGridSheet>>();
    auto workbook = readXlsxWorkbook(path);
    if (!workbook)
        return workbook.error();
    QList<AttendanceGridSheet> sheets;
    for (const XlsxSheetContent &content : workbook.value()) {
        auto sheet = parse(content.name, content.rows, month, path, legend);
        if (!sheet)
            return sheet.error();
        if (sheet.value())
            sheets << std::move(*sheet.value());
    }
    if (sheets.isEmpty())
        return std::optional<QList<AttendanceGridSheet>>();
    return std::optional<QList<AttendanceGridSheet>>(std::move(sheets));
}

QList<ImportProblem> AttendanceGrid::unrecorded(const Database &db, const AttendanceGridSheet &sheet)
{
    QList<ImportProblem> problems;
    if (sheet.empty.isEmpty())
        return problems;
    QHash<QString, qint64> byCode;
    QHash<QString, QList<qint64>> byName;
    auto q = db.run(QStringLiteral("SELECT id, code, name FROM social_worker"));
    if (!q)
        return problems;
    while (q.value().next()) {
        const qint64 id = q.value().value(0).toLongLong();
        if (const QString c = q.value().value(1).toString().trimmed(); !c.isEmpty())
            byCode.insert(c, id);
        byName[q.value().value(2).toString().trimmed()] << id;
    }
    const QDate last = sheet.month.addMonths(1).addDays(-1);
    q = db.run(QStringLiteral("SELECT pl.worker_id, pl.start_date, COALESCE(pl.end_date, c.end_date) "
                              "FROM placement pl JOIN post p ON p.id = pl.post_id "
                              "JOIN contract c ON c.id = p.contract_id WHERE pl.start_date <= ? "
                              "AND COALESCE(pl.end_date, c.end_date) >= ?"),
               {isoDate(last), isoDate(sheet.month)});
    if (!q)
        return problems;
    QHash<qint64, QList<std::pair<QDate, QDate>>> placements;
    while (q.value().next())
        placements[q.value().value(0).toLongLong()].append(
            {fromIsoDate(q.value().value(1).toString()), fromIsoDate(q.value().value(2).toString())});
    QSet<QDate> workdays;
    q = db.run(QStringLiteral("SELECT day FROM calendar_day WHERE workday = 1 AND day BETWEEN ? AND ?"),
               {isoDate(sheet.month), isoDate(last)});
    if (!q)
        return problems;
    while (q.value().next())
        workdays.insert(fromIsoDate(q.value().value(0).toString()));

    QMap<int, QStringList> missingByRow;
    for (const AttendanceGridSheet::Record &r : sheet.empty) {
        qint64 worker = 0;
        if (!r.workerCode.isEmpty())
            worker = byCode.value(r.workerCode);
        else if (byName.value(r.workerName).size() == 1)
            worker = byName.value(r.workerName).first();
        if (!worker || !workdays.contains(r.day))
            continue;
        bool placed = false;
        for (const auto &[from, to] : placements.value(worker))
            placed = placed || (r.day >= from && r.day <= to);
        if (placed)
            missingByRow[r.row] << QString::number(r.day.day());
    }
    for (auto it = missingByRow.cbegin(); it != missingByRow.cend(); ++it)
        problems.append({it.key(), sheet.name.isEmpty() ? QString() : tr("sheet “%1”").arg(sheet.name),
                         tr("Warning: not recorded on working day(s) %1 of the placement; left without a record.")
                             .arg(it.value().join(QStringLiteral(", ")))});
    return problems;
}

Result<QList<AttendanceGrid::Table>> AttendanceGrid::tables(const Database &db, QDate month,
                                                            std::optional<qint64> streetId, bool blank, QDate asOf,
                                                            bool oneTable)
{
    const QDate first(month.year(), month.month(), 1);
    const auto settings = Settings::load(db);
    if (!settings)
        return settings.error();
    const AttendanceLegend legend = AttendanceLegend::load(db);
    const bool chinese = QLocale().language() == QLocale::Chinese;
    // Under English the cells show the letters, under Chinese the legend's marks.
    const auto markOf = [&](AttendanceStatus s) {
        return chinese ? legend.markOf(s) : QString(shortCode(s));
    };

    QList<std::pair<std::optional<qint64>, QString>> streets;
    if (streetId || oneTable) {
        QString name;
        if (streetId) {
            auto s = OrganisationRepository(db).street(*streetId);
            if (!s)
                return s.error();
            name = s->name;
        }
        streets.append({streetId, name});
    } else {
        auto all = OrganisationRepository(db).streets();
        if (!all)
            return all.error();
        for (const Street &s : all.value())
            streets.append({s.id, s.name});
    }
    QHash<qint64, QString> codes;
    auto q = db.run(QStringLiteral("SELECT id, code FROM social_worker"));
    if (!q)
        return q.error();
    while (q.value().next())
        codes.insert(q.value().value(0).toLongLong(), q.value().value(1).toString());

    const int days = first.daysInMonth();
    QList<Table> tables;
    for (const auto &[id, streetName] : streets) {
        auto grid = AttendanceRepository(db).month(first, id, asOf);
        if (!grid)
            return grid.error();
        if (grid->rows.isEmpty() && !streetId && !oneTable)
            continue;
        Table t;
        t.streetName = streetName;
        t.days = days;
        const QString monthText = chinese ? tr("%1年%2月").arg(first.year()).arg(first.month())
                                          : QLocale(QLocale::English).toString(first, QStringLiteral("MMMM yyyy"));
        t.title = tr("%1 %2 attendance sheet (%3)")
                      .arg(settings->agencyName, streetName.isEmpty() ? QString() : streetName + QLatin1Char(' '))
                      .arg(chinese ? monthText : monthText + QStringLiteral(", ") + first.toString(u"yyyy-MM"))
                      .simplified();
        t.rows.append(QVariantList{t.title});
        QVariantList header{tr("Code"), tr("Name"), tr("Street")};
        t.firstDayColumn = int(header.size());
        QVariantList weekdays{QVariant(), QVariant(), QVariant()};
        const QSet<QDate> workdays(grid->workdays.cbegin(), grid->workdays.cend());
        for (int d = 1; d <= days; ++d) {
            const QDate day = first.addDays(d - 1);
            header << d;
            weekdays << (chinese ? QStringList{QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"),
                                               QStringLiteral("四"), QStringLiteral("五"), QStringLiteral("六"),
                                               QStringLiteral("日")}
                                       .at(day.dayOfWeek() - 1)
                                 : QLocale(QLocale::English).dayName(day.dayOfWeek(), QLocale::ShortFormat).left(2));
            t.workday << workdays.contains(day);
        }
        if (!blank)
            header << tr("Attended") << tr("Required") << tr("Rate");
        t.headerRow = int(t.rows.size());
        t.rows.append(header);
        t.rows.append(weekdays);
        for (const AttendanceMonthGrid::Row &r : grid->rows) {
            QVariantList row{codes.value(r.workerId), r.workerName, r.streets};
            for (int d = 1; d <= days; ++d) {
                const auto it = r.days.constFind(first.addDays(d - 1));
                row << (blank || it == r.days.constEnd() ? QVariant() : QVariant(markOf(*it)));
            }
            if (!blank) {
                row << r.attended << r.required;
                const auto rate = r.rate();
                row << (rate ? QVariant(*rate) : QVariant());
            }
            t.rows.append(row);
        }
        QStringList pairs;
        for (AttendanceStatus s : allValues<AttendanceStatus>())
            pairs << markOf(s) + (chinese ? QStringLiteral("=") : QStringLiteral(" = ")) + label(s);
        t.rows.append(QVariantList());
        const QString legendText = chinese ? QStringLiteral("注：") + pairs.join(QStringLiteral("；"))
                                           : QStringLiteral("Note: ") + pairs.join(QStringLiteral("; "));
        t.rows.append(QVariantList{legendText});
        t.rows.append(QVariantList{tr("Prepared by:"), QVariant(), QVariant(), QVariant(), QVariant(),
                                   tr("Checked by:"), QVariant(), QVariant(), QVariant(), QVariant(), tr("Date:")});
        tables.append(t);
    }
    return tables;
}

Result<int> AttendanceGrid::write(const Database &db, QDate month, std::optional<qint64> streetId, const QString &path,
                                  bool xlsx, QDate asOf)
{
    auto all = tables(db, month, streetId, false, asOf, !xlsx);
    if (!all)
        return all.error();
    int workers = 0;
    if (xlsx) {
        XlsxWorkbook book;
        for (const Table &t : all.value()) {
            XlsxWorkbook::Sheet &sheet = book.addSheet(
                t.streetName.isEmpty() ? QDate(month.year(), month.month(), 1).toString(u"yyyy-MM") : t.streetName);
            sheet.frozenRows = t.headerRow + 2;
            for (int r = 0; r < t.rows.size(); ++r) {
                QList<XlsxWorkbook::Cell> cells;
                for (int c = 0; c < t.rows.at(r).size(); ++c) {
                    const QVariant &v = t.rows.at(r).at(c);
                    XlsxWorkbook::Format f = XlsxWorkbook::Format::General;
                    if (r == 0)
                        f = XlsxWorkbook::Format::Title;
                    else if (r == t.headerRow)
                        f = XlsxWorkbook::Format::Heading;
                    else if (v.typeId() == QMetaType::Double)
                        f = XlsxWorkbook::Format::Percent;
                    else if (v.typeId() == QMetaType::Int)
                        f = XlsxWorkbook::Format::Integer;
                    cells.append({v, f});
                }
                sheet.rows.append(cells);
            }
            workers += int(t.rows.size()) - t.headerRow - 5;
        }
        if (book.sheets().isEmpty())
            book.addSheet(QDate(month.year(), month.month(), 1).toString(u"yyyy-MM"));
        if (Status s = book.write(path); !s)
            return s.error();
        return workers;
    }
    // CSV: UTF-8 with a BOM, as Excel opens it.
    QString text;
    const auto quoted = [](QString s) {
        if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
            s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return s;
    };
    for (const Table &t : all.value()) {
        for (const QVariantList &row : t.rows) {
            QStringList cells;
            for (const QVariant &v : row)
                cells << quoted(v.typeId() == QMetaType::Double
                                    ? QString::number(v.toDouble() * 100, 'f', 1) + QLatin1Char('%')
                                    : cellText(v));
            text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
        workers += int(t.rows.size()) - t.headerRow - 5;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::invalid(tr("Cannot write “%1”: %2.").arg(nativePath(path), file.errorString()));
    file.write("\xEF\xBB\xBF");
    file.write(text.toUtf8());
    if (!file.commit())
        return Error::invalid(tr("Cannot write “%1”: %2.").arg(nativePath(path), file.errorString()));
    return workers;
}

} // namespace core::io
