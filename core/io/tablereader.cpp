// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "tablereader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace core::io {

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Status TableReader::read(const QString &path, const RowSink &sink, const Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(tr("Cannot read “%1”: %2.").arg(nativePath(path), file.errorString()));
    const QByteArray head = file.peek(4);
    if (head.startsWith("PK\x03\x04")) {
        file.close();
        return readXlsx(path, sink, progress);
    }
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return Error::invalid(
            tr("“%1” is an old Excel file (.xls). Save it as .xlsx or CSV and import that.").arg(nativePath(path)));
    return readCsv(file.readAll(), sink, progress);
}

Result<QString> TableReader::decode(const QByteArray &bytes)
{
    // A BOM decides; QStringDecoder drops it.
    if (auto bom = QStringConverter::encodingForData(bytes)) {
        QStringDecoder decoder(*bom);
        return QString(decoder(bytes));
    }
    {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8(bytes);
        if (!utf8.hasError())
            return text;
    }
    // Not UTF-8: Excel on a Chinese Windows saves "CSV" in the ANSI code page, i.e. GBK/GB18030.
    QStringDecoder gb("GB18030");
    if (!gb.isValid())
        return Error::invalid(tr("The file is not UTF-8 and this program cannot read GB18030. Save the file as "
                                 "“CSV UTF-8” and import it again."));
    QString text = gb(bytes);
    if (gb.hasError())
        return Error::invalid(tr("The file's text is neither UTF-8 nor GB18030. Save it as “CSV UTF-8” and import "
                                 "it again."));
    return text;
}

void TableReader::parseCsv(QStringView text, const RowSink &sink, const Progress &progress)
{
    // The delimiter: whichever of tab, comma, semicolon the first line has most of (outside quotes).
    QChar delimiter = QLatin1Char(',');
    {
        int tabs = 0, commas = 0, semicolons = 0;
        bool quoted = false;
        for (QChar c : text) {
            if (c == u'"')
                quoted = !quoted;
            else if (!quoted && (c == u'\n' || c == u'\r'))
                break;
            else if (!quoted && c == u'\t')
                ++tabs;
            else if (!quoted && c == u',')
                ++commas;
            else if (!quoted && c == u';')
                ++semicolons;
        }
        if (tabs > commas && tabs >= semicolons)
            delimiter = QLatin1Char('\t');
        else if (semicolons > commas)
            delimiter = QLatin1Char(';');
    }

    QStringList cells;
    QString cell;
    int row = 1;
    const qsizetype n = text.size();
    const QChar *data = text.data();
    qsizetype i = 0;
    bool atRecordStart = true;
    while (i < n) {
        // One field.
        cell.clear();
        if (data[i] == u'"') {
            ++i;
            while (i < n) {
                if (data[i] == u'"') {
                    if (i + 1 < n && data[i + 1] == u'"') {
                        cell += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell += data[i++];
            }
            // Anything after the closing quote up to the delimiter is kept (lenient, like Excel).
            while (i < n && data[i] != delimiter && data[i] != u'\n' && data[i] != u'\r')
                cell += data[i++];
        } else {
            const qsizetype start = i;
            while (i < n && data[i] != delimiter && data[i] != u'\n' && data[i] != u'\r')
                ++i;
            cell = text.mid(start, i - start).toString();
        }
        cells << cell;
        atRecordStart = false;
        if (i < n && data[i] == delimiter) {
            ++i;
            if (i == n)
                cells << QString();
            continue;
        }
        // End of record.
        if (i < n && data[i] == u'\r')
            ++i;
        if (i < n && data[i] == u'\n')
            ++i;
        const bool blank = cells.size() == 1 && cells.first().trimmed().isEmpty();
        if (!blank && !sink(row, cells))
            return;
        if (progress && (row & 0x3fff) == 0)
            progress(int(i * 100 / n));
        ++row;
        cells.clear();
        atRecordStart = true;
    }
    if (!atRecordStart && !cells.isEmpty())
        sink(row, cells);
}

Status TableReader::readCsv(const QByteArray &bytes, const RowSink &sink, const Progress &progress)
{
    auto text = decode(bytes);
    if (!text)
        return text.error();
    parseCsv(text.value(), sink, progress);
    return {};
}

namespace {

// The text of one zip member, or a null array.
QByteArray zipMember(QuaZip &zip, const QString &name)
{
    if (!zip.setCurrentFile(name, QuaZip::csInsensitive))
        return {};
    QuaZipFile member(&zip);
    if (!member.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = member.readAll();
    member.close();
    return bytes.isNull() ? QByteArray("") : bytes;
}

// Text of an <si> or <is> element: every <t>, except phonetic runs (<rPh>).
QString richText(QXmlStreamReader &xml)
{
    const QString end = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

// "BC12" → 1 (zero-based column).
int columnOf(QStringView ref)
{
    int column = 0;
    for (QChar c : ref) {
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - 'A' + 1);
    }
    return column - 1;
}

} // namespace

Status TableReader::readXlsx(const QString &path, const RowSink &sink, const Progress &progress)
{
    const auto unreadable = [&] {
        return Error::invalid(tr("“%1” is not a readable XLSX workbook. Open it in Excel or WPS, save it again as "
                                 ".xlsx (or CSV) and import that.")
                                  .arg(nativePath(path)));
    };
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return unreadable();

    // The first worksheet in workbook order, through the relationships.
    QString sheetId;
    {
        QXmlStreamReader xml(zipMember(zip, QStringLiteral("xl/workbook.xml")));
        while (!xml.atEnd() && sheetId.isEmpty()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"sheet") {
                for (const auto &a : xml.attributes())
                    if (a.name() == u"id" && a.prefix() != u"")
                        sheetId = a.value().toString();
            }
        }
    }
    QString sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
    if (!sheetId.isEmpty()) {
        QXmlStreamReader xml(zipMember(zip, QStringLiteral("xl/_rels/workbook.xml.rels")));
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship" &&
                xml.attributes().value(QLatin1String("Id")) == sheetId) {
                QString target = xml.attributes().value(QLatin1String("Target")).toString();
                if (target.startsWith(QLatin1Char('/')))
                    sheetPath = target.mid(1);
                else
                    sheetPath = QStringLiteral("xl/") + target;
                break;
            }
        }
    }

    QStringList shared;
    {
        // Optional: a workbook with inline strings only has none.
        const QByteArray bytes = zipMember(zip, QStringLiteral("xl/sharedStrings.xml"));
        QXmlStreamReader xml(bytes.isEmpty() ? QByteArray("<sst/>") : bytes);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
                shared << richText(xml);
        }
        if (xml.hasError())
            return unreadable();
    }

    const QByteArray sheet = zipMember(zip, sheetPath);
    if (sheet.isNull())
        return unreadable();
    QXmlStreamReader xml(sheet);
    QStringList cells;
    int row = 0;
    bool inRow = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"row") {
            const int r = xml.attributes().value(QLatin1String("r")).toInt();
            row = r > 0 ? r : row + 1;
            cells.clear();
            inRow = true;
        } else if (xml.isEndElement() && xml.name() == u"row") {
            inRow = false;
            bool blank = true;
            for (const QString &c : std::as_const(cells))
                blank = blank && c.trimmed().isEmpty();
            if (!blank && !sink(row, cells))
                return {};
            if (progress && (row & 0x3ff) == 0)
                progress(int(xml.characterOffset() * 100 / qMax<qint64>(1, sheet.size())));
        } else if (inRow && xml.isStartElement() && xml.name() == u"c") {
            const QStringView ref = xml.attributes().value(QLatin1String("r"));
            const QString type = xml.attributes().value(QLatin1String("t")).toString();
            int column = ref.isEmpty() ? int(cells.size()) : columnOf(ref);
            QString value;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"v") {
                    value = xml.readElementText();
                } else if (xml.isStartElement() && xml.name() == u"is") {
                    value = richText(xml);
                } else if (xml.isEndElement() && xml.name() == u"c") {
                    break;
                }
            }
            if (type == u"s") {
                bool ok = false;
                const int index = value.toInt(&ok);
                value = ok && index >= 0 && index < shared.size() ? shared.at(index) : QString();
            } else if (type == u"b") {
                value = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            }
            if (column < 0 || column > 16383)
                continue;
            while (cells.size() <= column)
                cells << QString();
            cells[column] = value;
        }
    }
    if (xml.hasError())
        return unreadable();
    return {};
}

} // namespace core::io
