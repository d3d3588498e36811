// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "xlsxworkbook.h"

#include "tablereader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <cmath>
#include <cstdio>

namespace core::io {

namespace {

const QDate kEpoch(1899, 12, 30); // serial 0 of the 1900 date system (after its 1900-02-29 bug)

// Style index: format × 2 + bold, in the order of XlsxWorkbook::Format.
const QByteArray kStyles =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"0.0\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"0.0%\"/><numFmt numFmtId=\"166\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
    "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
    "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font>"
    "<font><b/><sz val=\"13\"/><name val=\"Calibri\"/></font></fonts>"
    "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    "<cellXfs count=\"18\">"
    // General
    "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    // Heading
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    // Title
    "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    // Integer
    "<xf numFmtId=\"3\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    "<xf numFmtId=\"3\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\"/>"
    // Decimal
    "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    "<xf numFmtId=\"164\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" "
    "applyFont=\"1\"/>"
    // Money
    "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    "<xf numFmtId=\"4\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\"/>"
    // Percent
    "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    "<xf numFmtId=\"165\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" "
    "applyFont=\"1\"/>"
    // Date
    "<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    "<xf numFmtId=\"166\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" "
    "applyFont=\"1\"/>"
    // Text that looks like a formula (16, 17 bold): a quote prefix keeps it text, even when edited.
    "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" quotePrefix=\"1\"/>"
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" quotePrefix=\"1\"/>"
    "</cellXfs>"
    "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";

QByteArray columnName(int column)
{
    QByteArray name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(char('A' + (c - 1) % 26));
    return name;
}

QByteArray xmlText(QString text)
{
    // XML 1.0 has no place for most control characters.
    text.removeIf([](QChar c) { return c < QChar(0x20) && c != u'\t' && c != u'\n' && c != u'\r'; });
    return text.toHtmlEscaped().toUtf8();
}

// Roughly how many character cells a text takes in a spreadsheet (CJK are wide).
int displayWidth(const QString &text)
{
    int width = 0;
    for (QChar c : text)
        width += c.unicode() >= 0x1100 ? 2 : 1;
    return width;
}

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

QByteArray cellXml(const XlsxWorkbook::Cell &cell, const QByteArray &ref)
{
    const QVariant &v = cell.value;
    if (v.isNull() || !v.isValid())
        return {};
    const int style = int(cell.format) * 2 + (cell.bold ? 1 : 0);
    const QByteArray s = style ? " s=\"" + QByteArray::number(style) + "\"" : QByteArray();
    if (v.typeId() == QMetaType::QDate)
        return "<c r=\"" + ref + "\"" + s + "><v>" + QByteArray::number(XlsxWorkbook::serialDay(v.toDate())) +
               "</v></c>";
    if (isNumber(v)) {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return {};
        return "<c r=\"" + ref + "\"" + s + "><v>" + QByteArray::number(d, 'g', 15) + "</v></c>";
    }
    const QString text = v.toString();
    const bool preserve =
        text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' ')) || text.contains(QLatin1Char('\n'));
    const QByteArray guard = cell.bold ? " s=\"17\"" : " s=\"16\"";
    return "<c r=\"" + ref + "\" t=\"inlineStr\"" + (TableReader::looksLikeFormula(text) ? guard : s) + "><is><t" +
           (preserve ? " xml:space=\"preserve\"" : "") + ">" + xmlText(text) + "</t></is></c>";
}

QByteArray sheetXml(const XlsxWorkbook::Sheet &sheet)
{
    QList<int> widths;
    for (const auto &row : sheet.rows) {
        // A row of one cell is a title or a note running across: it does not widen its column.
        if (row.size() < 2)
            continue;
        for (int c = 0; c < row.size(); ++c) {
            const QVariant &v = row.at(c).value;
            // A title spans the row: it does not widen its column.
            int w = row.at(c).format == XlsxWorkbook::Format::Title ? 0
                    : v.typeId() == QMetaType::QDate                ? 10
                    : isNumber(v)                                   ? 12
                                                                    : displayWidth(v.toString());
            while (widths.size() <= c)
                widths << 6;
            widths[c] = qMax(widths[c], w);
        }
    }
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                     "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    if (sheet.frozenRows > 0) {
        const QByteArray below = QByteArray::number(sheet.frozenRows + 1);
        xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"" + QByteArray::number(sheet.frozenRows) +
               "\" topLeftCell=\"A" + below +
               "\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>";
    }
    if (!widths.isEmpty()) {
        xml += "<cols>";
        for (int c = 0; c < widths.size(); ++c)
            xml += "<col min=\"" + QByteArray::number(c + 1) + "\" max=\"" + QByteArray::number(c + 1) + "\" width=\"" +
                   QByteArray::number(qBound(6, widths.at(c) + 2, 60)) + "\" customWidth=\"1\"/>";
        xml += "</cols>";
    }
    xml += "<sheetData>";
    for (int r = 0; r < sheet.rows.size(); ++r) {
        const QByteArray number = QByteArray::number(r + 1);
        xml += "<row r=\"" + number + "\">";
        const auto &row = sheet.rows.at(r);
        for (int c = 0; c < row.size(); ++c)
            xml += cellXml(row.at(c), columnName(c) + number);
        xml += "</row>";
    }
    xml += "</sheetData></worksheet>";
    return xml;
}

bool replaceFile(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    return QFile::remove(to) && QFile::rename(from, to);
}

} // namespace

qint64 XlsxWorkbook::serialDay(QDate day)
{
    return kEpoch.daysTo(day);
}

QDate XlsxWorkbook::fromSerialDay(double serial)
{
    return kEpoch.addDays(qint64(std::floor(serial)));
}

XlsxWorkbook::Sheet &XlsxWorkbook::addSheet(const QString &wanted)
{
    QString name = wanted;
    for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(bad, QLatin1Char('_'));
    name = name.trimmed();
    if (name.startsWith(QLatin1Char('\'')))
        name[0] = QLatin1Char('_');
    if (name.isEmpty())
        name = tr("Sheet %1").arg(m_sheets.size() + 1);
    name.truncate(31);
    QSet<QString> taken;
    for (const Sheet &s : std::as_const(m_sheets))
        taken.insert(s.name.toLower());
    const QString base = name;
    for (int k = 2; taken.contains(name.toLower()); ++k) {
        const QString suffix = QStringLiteral(" (%1)").arg(k);
        name = base.left(31 - suffix.size()) + suffix;
    }
    m_sheets.append(Sheet{name, {}, 0});
    return m_sheets.last();
}

Status XlsxWorkbook::write(const QString &path) const
{
    const auto cannotWrite = [&](const QString &why) {
        return Error::storage(tr("Cannot write “%1”: %2. Check the folder exists and is writable, and that the file "
                                 "is not open in another program.")
                                  .arg(QDir::toNativeSeparators(path), why));
    };
    if (m_sheets.isEmpty())
        return Error::invalid(tr("A workbook needs at least one sheet."));

    QByteArray types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                       "<Default Extension=\"rels\" "
                       "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                       "<Override PartName=\"/xl/workbook.xml\" "
                       "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                       "<Override PartName=\"/xl/styles.xml\" "
                       "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
    QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (int i = 0; i < m_sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        types += "<Override PartName=\"/xl/worksheets/sheet" + n +
                 ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        workbook +=
            "<sheet name=\"" + xmlText(m_sheets.at(i).name) + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n +
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                "Target=\"worksheets/sheet" +
                n + ".xml\"/>";
    }
    types += "</Types>";
    workbook += "</sheets></workbook>";
    rels += "<Relationship Id=\"rId" + QByteArray::number(m_sheets.size() + 1) +
            "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
            "Target=\"styles.xml\"/></Relationships>";
    const QByteArray rootRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"xl/workbook.xml\"/></Relationships>";

    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    bool ok = true;
    {
        QuaZip zip(partial);
        if (!zip.open(QuaZip::mdCreate))
            return cannotWrite(tr("the file cannot be created"));
        const auto part = [&](const QString &name, const QByteArray &bytes) {
            QuaZipFile f(&zip);
            ok = ok && f.open(QIODevice::WriteOnly, QuaZipNewInfo(name));
            ok = ok && f.write(bytes) == bytes.size();
            f.close();
            ok = ok && f.getZipError() == UNZ_OK;
        };
        part(QStringLiteral("[Content_Types].xml"), types);
        part(QStringLiteral("_rels/.rels"), rootRels);
        part(QStringLiteral("xl/workbook.xml"), workbook);
        part(QStringLiteral("xl/_rels/workbook.xml.rels"), rels);
        part(QStringLiteral("xl/styles.xml"), kStyles);
        for (int i = 0; i < m_sheets.size(); ++i)
            part(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheetXml(m_sheets.at(i)));
        zip.close();
        ok = ok && zip.getZipError() == UNZ_OK;
    }
    if (!ok) {
        QFile::remove(partial);
        return cannotWrite(tr("the disk may be full"));
    }
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // personal data
    if (!replaceFile(partial, path)) {
        QFile::remove(partial);
        return cannotWrite(tr("the file cannot be replaced"));
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Reading back

namespace {

QByteArray member(QuaZip &zip, const QString &name)
{
    if (!zip.setCurrentFile(name))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// "BC12" → column 54 (0-based); -1 when unreadable.
int columnOf(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref[i].isLetter(); ++i)
        column = column * 26 + (ref[i].toUpper().unicode() - 'A' + 1);
    return i == 0 ? -1 : column - 1;
}

bool isDateFormat(int id, const QString &code)
{
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))
        return true;
    if (code.isEmpty())
        return false;
    QString plain = code;
    plain.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]")));
    return plain.contains(QLatin1Char('y'), Qt::CaseInsensitive) ||
           plain.contains(QLatin1Char('d'), Qt::CaseInsensitive);
}

} // namespace

Result<QList<XlsxSheetContent>> readXlsxWorkbook(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return Error::invalid(
            XlsxWorkbook::tr("“%1” is not a readable XLSX workbook.").arg(QDir::toNativeSeparators(path)));

    QHash<QString, QString> targets; // relationship id → sheet part
    {
        QXmlStreamReader xml(member(zip, QStringLiteral("xl/_rels/workbook.xml.rels")));
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
                QString target = xml.attributes().value(QLatin1String("Target")).toString();
                if (target.startsWith(QLatin1Char('/')))
                    target = target.mid(1);
                else
                    target = QStringLiteral("xl/") + target;
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(), target);
            }
    }
    QList<std::pair<QString, QString>> sheets; // name, part
    {
        QXmlStreamReader xml(member(zip, QStringLiteral("xl/workbook.xml")));
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"sheet") {
                QString id;
                for (const QXmlStreamAttribute &a : xml.attributes())
                    if (a.name() == u"id")
                        id = a.value().toString();
                sheets.append(
                    std::make_pair(xml.attributes().value(QLatin1String("name")).toString(), targets.value(id)));
            }
    }
    QSet<int> dateStyles;
    {
        QHash<int, QString> codes;
        QXmlStreamReader xml(member(zip, QStringLiteral("xl/styles.xml")));
        bool inXfs = false;
        int index = 0;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement && xml.name() == u"numFmt")
                codes.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                             xml.attributes().value(QLatin1String("formatCode")).toString());
            else if (token == QXmlStreamReader::StartElement && xml.name() == u"cellXfs")
                inXfs = true;
            else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
                inXfs = false;
            else if (token == QXmlStreamReader::StartElement && inXfs && xml.name() == u"xf") {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                if (isDateFormat(id, codes.value(id)))
                    dateStyles.insert(index);
                ++index;
            }
        }
    }
    QStringList shared;
    {
        const QByteArray bytes = member(zip, QStringLiteral("xl/sharedStrings.xml"));
        QXmlStreamReader xml(bytes.isEmpty() ? QByteArray("<sst/>") : bytes);
        QString current;
        bool inSi = false;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement && xml.name() == u"si") {
                inSi = true;
                current.clear();
            } else if (token == QXmlStreamReader::StartElement && inSi && xml.name() == u"t") {
                current += xml.readElementText();
            } else if (token == QXmlStreamReader::EndElement && xml.name() == u"si") {
                inSi = false;
                shared << current;
            }
        }
    }

    QList<XlsxSheetContent> result;
    for (const auto &[name, part] : sheets) {
        XlsxSheetContent content{name, {}};
        QXmlStreamReader xml(member(zip, part));
        int row = -1;
        int column = -1;
        QString type;
        int style = 0;
        QString text;
        bool inCell = false;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement && xml.name() == u"row") {
                row = xml.attributes().value(QLatin1String("r")).toInt() - 1;
                if (row < 0)
                    row = int(content.rows.size());
                while (content.rows.size() <= row)
                    content.rows.append(QVariantList());
                column = -1;
            } else if (token == QXmlStreamReader::StartElement && xml.name() == u"c") {
                const QStringView ref = xml.attributes().value(QLatin1String("r"));
                column = ref.isEmpty() ? column + 1 : columnOf(ref);
                type = xml.attributes().value(QLatin1String("t")).toString();
                style = xml.attributes().value(QLatin1String("s")).toInt();
                text.clear();
                inCell = true;
            } else if (token == QXmlStreamReader::StartElement && inCell &&
                       (xml.name() == u"v" || xml.name() == u"t")) {
                text += xml.readElementText();
            } else if (token == QXmlStreamReader::EndElement && xml.name() == u"c" && row >= 0 && column >= 0) {
                inCell = false;
                QVariant value;
                if (type == u"s")
                    value = shared.value(text.toInt());
                else if (type == u"inlineStr" || type == u"str")
                    value = text;
                else if (type == u"b")
                    value = text == u"1";
                else if (!text.isEmpty())
                    value = dateStyles.contains(style) ? QVariant(XlsxWorkbook::fromSerialDay(text.toDouble()))
                                                       : QVariant(text.toDouble());
                QVariantList &cells = content.rows[row];
                while (cells.size() <= column)
                    cells.append(QVariant());
                cells[column] = value;
            }
        }
        result.append(content);
    }
    return result;
}

} // namespace core::io
