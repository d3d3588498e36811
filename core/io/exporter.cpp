// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "exporter.h"

#include "tablereader.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <cstdio>

namespace core::io {

namespace {

// Exports hold personal data: only the owner may read them (README "Files and permissions").
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

constexpr int kWindow = 2000; // rows fetched per query

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString cellText(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', 15);
    return v.toString();
}

// Roughly how many character cells a text takes in a spreadsheet (CJK are wide).
int displayWidth(const QString &text)
{
    int width = 0;
    for (QChar c : text)
        width += c.unicode() >= 0x1100 ? 2 : 1;
    return width;
}

// Moves `from` over `to`, replacing it in one step where the system can.
bool replaceFile(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    return QFile::remove(to) && QFile::rename(from, to);
}

// The fixed parts of a one-sheet workbook. Written with QuaZip rather than libxlsxwriter:
// libxlsxwriter calls minizip's zipOpen(), and QuaZip (needed to read XLSX) exports a
// different zipOpen() that wins in the same process and crashes it.
const QByteArray kContentTypes =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/xl/workbook.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
    "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    "<Override PartName=\"/xl/styles.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>";
const QByteArray kRootRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"xl/workbook.xml\"/></Relationships>";
const QByteArray kWorkbook = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                             "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                             "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
const QByteArray kWorkbookRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
    "Target=\"styles.xml\"/></Relationships>";
// Style 1 = bold, for the header row.
const QByteArray kStyles =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
    "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
    "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    // 2, 3: as 0, 1 with a quote prefix: text that looks like a formula stays text, even when edited.
    "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" quotePrefix=\"1\"/>"
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" "
    "quotePrefix=\"1\"/></cellXfs>"
    "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";

// 0 → "A", 26 → "AA".
QByteArray columnName(int column)
{
    QByteArray name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(char('A' + (c - 1) % 26));
    return name;
}

// One <c> element: numbers as numbers, everything else as an inline string.
QByteArray xlsxCell(const QVariant &v, const QByteArray &ref, bool bold)
{
    if (v.isNull())
        return {};
    const int type = v.typeId();
    if (type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::Double)
        return "<c r=\"" + ref + "\"" + (bold ? " s=\"1\"" : "") + "><v>" + QByteArray::number(v.toDouble(), 'g', 15) +
               "</v></c>";
    QString text = v.toString();
    const bool guarded = TableReader::looksLikeFormula(text);
    const QByteArray style = guarded ? (bold ? " s=\"3\"" : " s=\"2\"") : (bold ? " s=\"1\"" : "");
    // XML 1.0 has no place for most control characters.
    text.removeIf([](QChar c) { return c < QChar(0x20) && c != u'\t' && c != u'\n' && c != u'\r'; });
    const bool preserve =
        text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' ')) || text.contains(QLatin1Char('\n'));
    return "<c r=\"" + ref + "\" t=\"inlineStr\"" + style + "><is><t" + (preserve ? " xml:space=\"preserve\"" : "") +
           ">" + text.toHtmlEscaped().toUtf8() + "</t></is></c>";
}

QVariant yuan(const QVariant &fen)
{
    return fen.isNull() ? QVariant() : QVariant(fen.toLongLong() / 100.0);
}

} // namespace

QString Exporter::csvText(const QString &text)
{
    return TableReader::looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QString Exporter::csvField(const QString &text)
{
    static const QString special = QStringLiteral(",;\t\"\r\n");
    bool quote = text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '));
    for (QChar c : text)
        quote = quote || special.contains(c);
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

std::optional<ExportFormat> Exporter::formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"csv" || n.endsWith(u".csv"))
        return ExportFormat::Csv;
    if (n == u"xlsx" || n.endsWith(u".xlsx"))
        return ExportFormat::Xlsx;
    return std::nullopt;
}

Result<int> Exporter::write(const ListSource &source, const ListFilter &filter, const QString &path,
                            ExportFormat format, const Progress &progress)
{
    auto total = source.count(filter);
    if (!total)
        return total.error();
    const QStringList headers = source.headers();
    const auto cannotWrite = [&](const QString &why) {
        return Error::storage(tr("Cannot write “%1”: %2. Check the folder exists and is writable, and that the file "
                                 "is not open in another program.")
                                  .arg(nativePath(path), why));
    };
    // Reads the rows window by window and hands each to `emit`.
    const auto eachRow = [&](const std::function<bool(const QVariantList &)> &emitRow) -> Status {
        for (int offset = 0; offset < total.value(); offset += kWindow) {
            auto rows = source.fetch(filter, offset, kWindow);
            if (!rows)
                return rows.error();
            for (const ListRow &row : rows.value())
                if (!emitRow(row.cells))
                    return cannotWrite(tr("the disk may be full"));
            if (progress)
                progress(int(qint64(offset) * 100 / qMax(1, total.value())));
        }
        return {};
    };

    if (format == ExportFormat::Csv) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return cannotWrite(file.errorString());
        QString line;
        const auto writeLine = [&](const QStringList &cells) {
            line.clear();
            for (int i = 0; i < cells.size(); ++i) {
                if (i)
                    line += QLatin1Char(',');
                line += csvField(cells.at(i));
            }
            line += QStringLiteral("\r\n");
            return file.write(line.toUtf8()) >= 0;
        };
        file.write("\xEF\xBB\xBF"); // BOM: Excel then reads UTF-8
        QStringList headerCells;
        for (const QString &h : headers)
            headerCells << csvText(h);
        writeLine(headerCells);
        QStringList cells;
        const Status s = eachRow([&](const QVariantList &row) {
            cells.clear();
            for (const QVariant &v : row)
                cells << (v.typeId() == QMetaType::QString ? csvText(v.toString()) : cellText(v));
            return writeLine(cells);
        });
        if (!s) {
            file.cancelWriting();
            return s.error();
        }
        if (!file.commit())
            return cannotWrite(file.errorString());
        QFile::setPermissions(path, kOwnerOnly);
    } else {
        const QString partial = path + QStringLiteral(".partial");
        QFile::remove(partial);
        QuaZip zip(partial);
        if (!zip.open(QuaZip::mdCreate))
            return cannotWrite(tr("the file cannot be created"));
        bool ok = true;
        const auto part = [&](const char *name, const QByteArray &bytes) {
            QuaZipFile f(&zip);
            ok = ok && f.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromLatin1(name)));
            ok = ok && f.write(bytes) == bytes.size();
            f.close();
            ok = ok && f.getZipError() == UNZ_OK;
        };
        part("[Content_Types].xml", kContentTypes);
        part("_rels/.rels", kRootRels);
        part("xl/workbook.xml", kWorkbook);
        part("xl/_rels/workbook.xml.rels", kWorkbookRels);
        part("xl/styles.xml", kStyles);

        // Column widths come before the rows: hold back the first window of rows to measure them.
        QuaZipFile sheet(&zip);
        ok = ok && sheet.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml")));
        QByteArray buffer;
        int r = 0;
        const auto put = [&](const QVariantList &cells, bool header) {
            ++r;
            buffer += "<row r=\"" + QByteArray::number(r) + "\">";
            for (int c = 0; c < cells.size(); ++c)
                buffer += xlsxCell(cells.at(c), columnName(c) + QByteArray::number(r), header);
            buffer += "</row>";
            if (buffer.size() > (1 << 16)) {
                ok = ok && sheet.write(buffer) == buffer.size();
                buffer.clear();
            }
        };
        QList<int> widths;
        QVariantList headerCells;
        for (const QString &h : headers) {
            widths << displayWidth(h);
            headerCells << h;
        }
        QList<QVariantList> held;
        bool measured = false;
        const auto flushHeld = [&] {
            buffer += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                      "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
                      "activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><cols>";
            for (int c = 0; c < widths.size(); ++c)
                buffer += "<col min=\"" + QByteArray::number(c + 1) + "\" max=\"" + QByteArray::number(c + 1) +
                          "\" width=\"" + QByteArray::number(qBound(6, widths.at(c) + 2, 60)) +
                          "\" customWidth=\"1\"/>";
            buffer += "</cols><sheetData>";
            put(headerCells, true);
            for (const QVariantList &cells : std::as_const(held))
                put(cells, false);
            held.clear();
            measured = true;
        };
        const Status s = eachRow([&](const QVariantList &row) {
            if (!measured && held.size() < kWindow) {
                held << row;
                for (int c = 0; c < row.size() && c < widths.size(); ++c)
                    widths[c] = qMax(widths[c], displayWidth(cellText(row.at(c))));
                return true;
            }
            if (!measured)
                flushHeld();
            put(row, false);
            return ok;
        });
        if (!measured)
            flushHeld();
        buffer += "</sheetData></worksheet>";
        ok = ok && sheet.write(buffer) == buffer.size();
        sheet.close();
        ok = ok && sheet.getZipError() == UNZ_OK;
        zip.close();
        ok = ok && zip.getZipError() == UNZ_OK;
        if (!s || !ok) {
            QFile::remove(partial);
            return s ? cannotWrite(tr("the disk may be full")) : s.error();
        }
        QFile::setPermissions(partial, kOwnerOnly);
        if (!replaceFile(partial, path)) {
            QFile::remove(partial);
            return cannotWrite(tr("the file cannot be replaced"));
        }
    }
    if (progress)
        progress(100);
    return total.value();
}

QStringList Exporter::tableNames()
{
    return {QStringLiteral("attendance"), QStringLiteral("worklog"),     QStringLiteral("activities"),
            QStringLiteral("placements"), QStringLiteral("workers"),     QStringLiteral("contracts"),
            QStringLiteral("funding"),    QStringLiteral("supervision"), QStringLiteral("evaluations")};
}

std::unique_ptr<SqlListSource> Exporter::table(const Database &db, const QString &name)
{
    using Format = std::function<QVariant(const QVariant &)>;
    const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    const auto col = [&](const QString &header, const char *expression, Format format = {}) {
        return ListSpec::Column{header, QString::fromLatin1(expression), left, std::move(format)};
    };
    const auto num = [&](const QString &header, const char *expression, Format format = {}) {
        return ListSpec::Column{header, QString::fromLatin1(expression), right, std::move(format)};
    };
    ListSpec spec;
    // The headings of attendance and worklog are ones the importer reads back.
    if (name == u"attendance") {
        spec.from = QStringLiteral("attendance a JOIN social_worker w ON w.id = a.worker_id");
        spec.id = QStringLiteral("a.id");
        spec.columns = {
            col(tr("Code"), "w.code"),       col(tr("Name"), "w.name"),
            col(tr("Date"), "a.day"),        col(tr("Status"), "a.status", format::enumLabel<AttendanceStatus>()),
            col(tr("Sign in"), "a.sign_in"), col(tr("Sign out"), "a.sign_out"),
            col(tr("Note"), "a.note")};
        spec.dateColumn = QStringLiteral("a.day");
        spec.workerColumn = QStringLiteral("a.worker_id");
        spec.defaultOrder = QStringLiteral("a.day, w.name, a.id");
    } else if (name == u"worklog") {
        spec.from = QStringLiteral("work_log l JOIN social_worker w ON w.id = l.worker_id");
        spec.id = QStringLiteral("l.id");
        spec.columns = {
            col(tr("Code"), "w.code"),       col(tr("Name"), "w.name"),
            col(tr("Date"), "l.day"),        col(tr("Category"), "l.category", format::enumLabel<WorkCategory>()),
            num(tr("Minutes"), "l.minutes"), col(tr("Note"), "l.note")};
        spec.dateColumn = QStringLiteral("l.day");
        spec.workerColumn = QStringLiteral("l.worker_id");
        spec.defaultOrder = QStringLiteral("l.day, w.name, l.id");
    } else if (name == u"activities") {
        spec.from = QStringLiteral("activity a JOIN social_worker w ON w.id = a.worker_id "
                                   "JOIN street s ON s.id = a.street_id");
        spec.id = QStringLiteral("a.id");
        spec.columns = {col(tr("Title"), "a.title"),
                        col(tr("Worker"), "w.name"),
                        col(tr("Street"), "s.name"),
                        col(tr("Type"), "a.type", format::enumLabel<ActivityType>()),
                        col(tr("Planned on"), "a.planned_on"),
                        col(tr("Status"), "a.status", format::enumLabel<ActivityStatus>()),
                        col(tr("Held on"), "a.held_on"),
                        num(tr("Participants"), "a.actual_participants"),
                        num(tr("Budget (yuan)"), "a.budget", yuan),
                        col(tr("Place"), "a.place")};
        spec.dateColumn = QStringLiteral("a.planned_on");
        spec.defaultOrder = QStringLiteral("a.planned_on, a.id");
    } else if (name == u"placements") {
        spec.from = QStringLiteral("placement pl JOIN social_worker w ON w.id = pl.worker_id "
                                   "JOIN post p ON p.id = pl.post_id JOIN street s ON s.id = p.street_id "
                                   "JOIN contract c ON c.id = p.contract_id");
        spec.id = QStringLiteral("pl.id");
        spec.columns = {col(tr("Code"), "w.code"),
                        col(tr("Name"), "w.name"),
                        col(tr("Street"), "s.name"),
                        col(tr("Contract"), "c.code"),
                        col(tr("Start"), "pl.start_date"),
                        col(tr("End"), "pl.end_date"),
                        col(tr("End reason"), "pl.end_reason", format::enumLabel<PlacementEndReason>())};
        spec.dateColumn = QStringLiteral("pl.start_date");
        spec.dateEndColumn = QStringLiteral("COALESCE(pl.end_date, c.end_date)");
        spec.defaultOrder = QStringLiteral("pl.start_date, w.name");
    } else if (name == u"workers") {
        // No ID numbers: an export leaves the program, personal data stays in it.
        spec.from = QStringLiteral("social_worker w");
        spec.id = QStringLiteral("w.id");
        spec.columns = {col(tr("Code"), "w.code"),
                        col(tr("Name"), "w.name"),
                        col(tr("Gender"), "w.gender", format::enumLabel<Gender>()),
                        col(tr("Phone"), "w.phone"),
                        col(tr("Qualification"), "w.qualification", format::enumLabel<Qualification>()),
                        col(tr("Education"), "w.education"),
                        col(tr("Hired on"), "w.hired_on"),
                        col(tr("Left on"), "w.left_on")};
        spec.dateColumn = QStringLiteral("COALESCE(w.hired_on, %1)").arg(db.dialect().earliestDay());
        spec.dateEndColumn = QStringLiteral("w.left_on");
        spec.defaultOrder = QStringLiteral("w.code, w.name");
    } else if (name == u"contracts") {
        spec.from = QStringLiteral("contract c JOIN purchaser pu ON pu.id = c.purchaser_id");
        spec.id = QStringLiteral("c.id");
        spec.columns = {col(tr("Code"), "c.code"),
                        col(tr("Title"), "c.title"),
                        col(tr("Purchaser"), "pu.name"),
                        col(tr("Signed on"), "c.signed_on"),
                        col(tr("Start"), "c.start_date"),
                        col(tr("End"), "c.end_date"),
                        num(tr("Posts"), "c.post_count"),
                        num(tr("Funding per post (yuan)"), "c.funding_per_post", yuan),
                        col(tr("Status"), "c.status", format::enumLabel<ContractStatus>())};
        spec.dateColumn = QStringLiteral("c.start_date");
        spec.dateEndColumn = QStringLiteral("c.end_date");
        spec.defaultOrder = QStringLiteral("c.start_date, c.code");
    } else if (name == u"funding") {
        spec.from = QStringLiteral("funding_entry f JOIN contract c ON c.id = f.contract_id "
                                   "LEFT JOIN post p ON p.id = f.post_id LEFT JOIN street s ON s.id = p.street_id "
                                   "LEFT JOIN social_worker w ON w.id = f.worker_id");
        spec.id = QStringLiteral("f.id");
        spec.columns = {col(tr("Date"), "f.entry_date"),
                        col(tr("Contract"), "c.code"),
                        col(tr("Kind"), "f.kind", format::enumLabel<FundingKind>()),
                        col(tr("Street"), "s.name"),
                        col(tr("Worker"), "w.name"),
                        col(tr("Month"), "f.month"),
                        num(tr("Amount (yuan)"), "f.amount", yuan),
                        col(tr("Note"), "f.note")};
        spec.dateColumn = QStringLiteral("f.entry_date");
        spec.defaultOrder = QStringLiteral("f.entry_date, f.id");
    } else if (name == u"supervision") {
        spec.from = QStringLiteral("supervision_session ss JOIN supervisor sp ON sp.id = ss.supervisor_id");
        spec.id = QStringLiteral("ss.id");
        spec.columns = {col(tr("Held on"), "ss.held_on"),
                        col(tr("Supervisor"), "sp.name"),
                        col(tr("Form"), "ss.form", format::enumLabel<SupervisionForm>()),
                        num(tr("Minutes"), "ss.minutes"),
                        ListSpec::Column{tr("Attendees"),
                                         QStringLiteral("(SELECT %1 FROM supervision_attendee sa JOIN social_worker w "
                                                        "ON w.id = sa.worker_id WHERE sa.session_id = ss.id)")
                                             .arg(db.dialect().joined(QStringLiteral("w.name"), QStringLiteral("、"))),
                                         left,
                                         {}},
                        col(tr("Topics"), "ss.topics"),
                        col(tr("Issues"), "ss.issues"),
                        col(tr("Advice"), "ss.advice")};
        spec.dateColumn = QStringLiteral("ss.held_on");
        spec.defaultOrder = QStringLiteral("ss.held_on, ss.id");
    } else if (name == u"evaluations") {
        spec.from = QStringLiteral("evaluation e JOIN social_worker w ON w.id = e.worker_id "
                                   "LEFT JOIN supervisor sp ON sp.id = e.supervisor_id");
        spec.id = QStringLiteral("e.id");
        spec.columns = {col(tr("Code"), "w.code"),
                        col(tr("Name"), "w.name"),
                        col(tr("Period start"), "e.period_start"),
                        col(tr("Period end"), "e.period_end"),
                        col(tr("Supervisor"), "sp.name"),
                        num(tr("Total"), "e.total"),
                        col(tr("Grade"), "e.grade", format::enumLabel<Grade>()),
                        col(tr("Status"), "e.status", format::enumLabel<EvaluationStatus>())};
        spec.dateColumn = QStringLiteral("e.period_start");
        spec.dateEndColumn = QStringLiteral("e.period_end");
        spec.defaultOrder = QStringLiteral("e.period_start, w.name");
    } else {
        return nullptr;
    }
    return std::make_unique<SqlListSource>(db, std::move(spec));
}

} // namespace core::io
