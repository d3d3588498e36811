// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "tablereader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <optional>

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
    if (head.startsWith("PK\x03\x04"))
        return readXlsx(&file, sink, progress, Limits(), path);
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return Error::invalid(
            tr("“%1” is an old Excel file (.xls). Save it as .xlsx or CSV and import that.").arg(nativePath(path)));
    return readCsvFile(&file, sink, progress);
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

namespace {

// RFC 4180 records out of text that arrives in pieces: parse() takes what is buffered and
// returns how much of it made whole records; the rest waits for the next piece.
class CsvParser
{
public:
    CsvParser(const TableReader::RowSink &sink)
        : m_sink(sink)
    {}

    // The delimiter: whichever of tab, comma, semicolon the first line has most of (outside quotes).
    void guessDelimiter(QStringView text)
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
            m_delimiter = QLatin1Char('\t');
        else if (semicolons > commas)
            m_delimiter = QLatin1Char(';');
    }

    // Whole records of `text` go to the sink; returns the offset of the first one not whole
    // (with `final`, everything is whole).
    qsizetype parse(QStringView text, bool final)
    {
        const qsizetype n = text.size();
        const QChar *data = text.data();
        qsizetype i = 0;
        while (i < n && !m_stopped) {
            const qsizetype recordStart = i;
            m_cells.clear();
            bool whole = false;
            while (true) {
                // One field.
                m_cell.clear();
                if (data[i] == u'"') {
                    ++i;
                    bool closed = false;
                    while (i < n) {
                        if (data[i] == u'"') {
                            if (i + 1 < n && data[i + 1] == u'"') {
                                m_cell += QLatin1Char('"');
                                i += 2;
                                continue;
                            }
                            if (i + 1 == n && !final)
                                break; // "" may be split between pieces
                            ++i;
                            closed = true;
                            break;
                        }
                        m_cell += data[i++];
                    }
                    if (!closed && !final)
                        return recordStart;
                    // Anything after the closing quote up to the delimiter is kept (lenient, like Excel).
                    while (i < n && data[i] != m_delimiter && data[i] != u'\n' && data[i] != u'\r')
                        m_cell += data[i++];
                } else {
                    const qsizetype start = i;
                    while (i < n && data[i] != m_delimiter && data[i] != u'\n' && data[i] != u'\r')
                        ++i;
                    m_cell = text.mid(start, i - start).toString();
                }
                if (i == n && !final)
                    return recordStart;
                if (m_cell.size() > 1 && m_cell.front() == u'\'' &&
                    TableReader::looksLikeFormula(QStringView(m_cell).sliced(1)))
                    m_cell.remove(0, 1); // an export's guard against formulas (looksLikeFormula)
                m_cells << m_cell;
                if (i < n && data[i] == m_delimiter) {
                    ++i;
                    if (i == n) {
                        if (!final)
                            return recordStart;
                        m_cells << QString();
                        break;
                    }
                    continue;
                }
                // End of record: CR, LF or CRLF (a CR at the end of a piece waits for its LF).
                if (i < n && data[i] == u'\r') {
                    if (i + 1 == n && !final)
                        return recordStart;
                    ++i;
                }
                if (i < n && data[i] == u'\n')
                    ++i;
                whole = true;
                break;
            }
            const bool blank = m_cells.size() == 1 && m_cells.first().trimmed().isEmpty();
            if (!blank && !m_sink(m_row, m_cells))
                m_stopped = true;
            ++m_row;
            Q_UNUSED(whole);
        }
        return i;
    }

    bool stopped() const { return m_stopped; }

private:
    const TableReader::RowSink &m_sink;
    QChar m_delimiter = QLatin1Char(',');
    QStringList m_cells;
    QString m_cell;
    int m_row = 1;
    bool m_stopped = false;
};

} // namespace

void TableReader::parseCsv(QStringView text, const RowSink &sink, const Progress &progress)
{
    CsvParser parser(sink);
    parser.guessDelimiter(text);
    parser.parse(text, true);
    if (progress)
        progress(100);
}

Status TableReader::readCsv(const QByteArray &bytes, const RowSink &sink, const Progress &progress)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readCsvFile(&buffer, sink, progress);
}

Status TableReader::readCsvFile(QIODevice *file, const RowSink &sink, const Progress &progress)
{
    constexpr qint64 kPiece = 256 << 10;
    const qint64 size = file->size();
    const qint64 origin = file->pos();
    // The encoding: a BOM decides; else the whole file is tried as UTF-8 (cheap, nothing kept);
    // else GB18030, as Excel on a Chinese Windows saves "CSV".
    std::optional<QStringConverter::Encoding> encoding = QStringConverter::encodingForData(file->peek(4));
    std::optional<QStringDecoder> decoder; // constructed in place: ICU's state does not move
    if (encoding) {
        decoder.emplace(*encoding);
    } else {
        // Stateless: only it reports bad bytes; each piece is cut after its last whole character.
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QByteArray piece, carry;
        while (!utf8.hasError() && !(piece = file->read(kPiece)).isEmpty()) {
            piece.prepend(carry);
            qsizetype cut = piece.size();
            for (int back = 1; back <= 4 && back <= piece.size(); ++back) {
                const uchar c = uchar(piece.at(piece.size() - back));
                if ((c & 0xC0) == 0x80)
                    continue; // a continuation byte
                const int length = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                if (length > back)
                    cut = piece.size() - back;
                break;
            }
            carry = piece.mid(cut);
            (void)QString(utf8(QByteArrayView(piece).first(cut))); // decoding is lazy: only a QString runs it
        }
        if (!carry.isEmpty())
            (void)QString(utf8(carry)); // an incomplete character at the end
        const bool isUtf8 = !utf8.hasError();
        if (!file->seek(origin))
            return Error::invalid(tr("The file cannot be read again from its start."));
        if (isUtf8) {
            decoder.emplace(QStringDecoder::Utf8);
        } else {
            decoder.emplace("GB18030");
            if (!decoder->isValid())
                return Error::invalid(tr("The file is not UTF-8 and this program cannot read GB18030. Save the "
                                         "file as “CSV UTF-8” and import it again."));
        }
    }

    CsvParser parser(sink);
    QString buffer;
    bool first = true;
    qint64 done = 0;
    while (!parser.stopped()) {
        const QByteArray piece = file->read(kPiece);
        const bool final = piece.isEmpty();
        done += piece.size();
        buffer += (*decoder)(piece);
        if (decoder->hasError())
            return Error::invalid(tr("The file's text is neither UTF-8 nor GB18030. Save it as “CSV UTF-8” and "
                                     "import it again."));
        if (first && (!buffer.isEmpty() || final)) {
            parser.guessDelimiter(buffer);
            first = false;
        }
        const qsizetype used = parser.parse(buffer, final);
        buffer.remove(0, used);
        if (progress && size > 0)
            progress(int(done * 100 / size));
        if (final)
            break;
    }
    return {};
}

namespace {

// A zip member read through a byte budget: past it, reads fail and exceeded() says so. The
// sizes a zip declares can lie; this counts what really comes out.
class BudgetDevice : public QIODevice
{
public:
    BudgetDevice(QIODevice *source, qint64 budget)
        : m_source(source)
        , m_budget(budget)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool exceeded() const { return m_exceeded; }
    qint64 used() const { return m_used; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_exceeded)
            return -1;
        const qint64 n = m_source->read(data, qMin<qint64>(maxSize, 64 * 1024));
        if (n > 0) {
            m_used += n;
            if (m_used > m_budget) {
                m_exceeded = true;
                return -1;
            }
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_source;
    qint64 m_budget;
    qint64 m_used = 0;
    bool m_exceeded = false;
};

// "BC12" → 1 (zero-based column); -1 for no letters, a large number past XFD.
int columnOf(QStringView ref)
{
    int column = 0;
    for (QChar c : ref) {
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - 'A' + 1);
        if (column > 1 << 20)
            return 1 << 20;
    }
    return column - 1;
}

// Reads one workbook: the parts it needs, each as a stream, within the limits.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(core::io::TableReader)
public:
    XlsxReader(QuaZip &zip, const TableReader::Limits &limits, const QString &name)
        : m_zip(zip)
        , m_limits(limits)
        , m_name(name.isEmpty() ? tr("The workbook") : QStringLiteral("“%1”").arg(nativePath(name)))
    {}

    Error unreadable() const
    {
        return Error::invalid(tr("%1 is not a readable XLSX workbook. Open it in Excel or WPS, save it again as "
                                 ".xlsx (or CSV) and import that.")
                                  .arg(m_name));
    }
    Error tooLarge(const QString &what) const
    {
        return Error::invalid(tr("%1 was not imported: %2. A sheet of attendance or work-log rows is far smaller; "
                                 "the file may be damaged or made to exhaust the computer. Save the sheet alone as "
                                 "a new .xlsx or as CSV and import that.")
                                  .arg(m_name, what));
    }
    static QString megabytes(qint64 bytes) { return QString::number(bytes >> 20); }

    // Runs `read` over the XML of a member; false with m_error set when it is missing, too
    // large (declared or real) or not XML.
    template <typename Read> bool member(const QString &part, bool optional, Read read)
    {
        if (!m_zip.setCurrentFile(part, QuaZip::csInsensitive)) {
            if (!optional)
                m_error = unreadable();
            return optional;
        }
        QuaZipFileInfo64 info;
        if (!m_zip.getCurrentFileInfo(&info)) {
            m_error = unreadable();
            return false;
        }
        const qint64 budget = qMin(m_limits.entryBytes, m_limits.totalBytes - m_total);
        if (qint64(info.uncompressedSize) > m_limits.entryBytes) {
            m_error =
                tooLarge(tr("its part %1 unpacks to %2 MB, more than the %3 MB allowed")
                             .arg(part, megabytes(qint64(info.uncompressedSize)), megabytes(m_limits.entryBytes)));
            return false;
        }
        if (qint64(info.uncompressedSize) > budget) {
            m_error = tooLarge(
                tr("its parts unpack to more than the %1 MB allowed in all").arg(megabytes(m_limits.totalBytes)));
            return false;
        }
        QuaZipFile file(&m_zip);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = unreadable();
            return false;
        }
        BudgetDevice device(&file, budget);
        QXmlStreamReader xml(&device);
        const bool ok = read(xml);
        m_total += device.used();
        if (device.exceeded()) {
            m_error = tooLarge(tr("its part %1 unpacks to more than the %2 MB allowed").arg(part, megabytes(budget)));
            return false;
        }
        if (!ok)
            return false;
        if (xml.hasError()) {
            m_error = unreadable();
            return false;
        }
        return true;
    }

    // Text of the element the reader is on, within the cell limit; false when past it.
    bool text(QXmlStreamReader &xml, QString &out)
    {
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::Characters || token == QXmlStreamReader::EntityReference) {
                out += xml.text();
                if (out.size() > m_limits.cellChars)
                    return tooLongCell();
            } else if (token == QXmlStreamReader::EndElement) {
                return true;
            } else if (token == QXmlStreamReader::StartElement) {
                xml.skipCurrentElement();
            }
        }
        return true;
    }
    // Text of an <si> or <is> element: every <t>, except phonetic runs (<rPh>).
    bool richText(QXmlStreamReader &xml, QString &out)
    {
        const QString end = xml.name().toString();
        int phonetic = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == u"rPh")
                    ++phonetic;
                else if (xml.name() == u"t" && phonetic == 0 && !text(xml, out))
                    return false;
            } else if (xml.isEndElement()) {
                if (xml.name() == u"rPh")
                    --phonetic;
                else if (xml.name() == end)
                    break;
            }
        }
        return true;
    }
    bool tooLongCell()
    {
        m_error = tooLarge(tr("row %1 has a cell of more than %2 characters").arg(m_row).arg(m_limits.cellChars));
        return false;
    }

    Status read(const TableReader::RowSink &sink, const TableReader::Progress &progress)
    {
        // The first worksheet in workbook order, through the relationships.
        QString sheetId;
        if (!member(QStringLiteral("xl/workbook.xml"), true, [&](QXmlStreamReader &xml) {
                while (!xml.atEnd() && sheetId.isEmpty()) {
                    if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"sheet") {
                        for (const auto &a : xml.attributes())
                            if (a.name() == u"id" && a.prefix() != u"")
                                sheetId = a.value().toString();
                    }
                }
                return true;
            }))
            return m_error;
        QString sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
        if (!sheetId.isEmpty() &&
            !member(QStringLiteral("xl/_rels/workbook.xml.rels"), true, [&](QXmlStreamReader &xml) {
                while (!xml.atEnd()) {
                    if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship" &&
                        xml.attributes().value(QLatin1String("Id")) == sheetId) {
                        const QString target = xml.attributes().value(QLatin1String("Target")).toString();
                        sheetPath =
                            target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
                        break;
                    }
                }
                return true;
            }))
            return m_error;

        // Optional: a workbook with inline strings only has none.
        QStringList shared;
        qint64 sharedChars = 0;
        if (!member(QStringLiteral("xl/sharedStrings.xml"), true, [&](QXmlStreamReader &xml) {
                while (!xml.atEnd()) {
                    if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si") {
                        if (shared.size() >= m_limits.sharedStrings) {
                            m_error = tooLarge(tr("it has more than %1 shared strings").arg(m_limits.sharedStrings));
                            return false;
                        }
                        QString text;
                        if (!richText(xml, text))
                            return false;
                        sharedChars += text.size();
                        if (sharedChars > m_limits.sharedChars) {
                            m_error = tooLarge(tr("its shared strings hold more than %1 million characters")
                                                   .arg(m_limits.sharedChars / 1000000));
                            return false;
                        }
                        shared << text;
                    }
                }
                return true;
            }))
            return m_error;

        qint64 cellCount = 0;
        const qint64 sheetSize = [&] {
            QuaZipFileInfo64 info;
            return m_zip.setCurrentFile(sheetPath, QuaZip::csInsensitive) && m_zip.getCurrentFileInfo(&info)
                       ? qMax<qint64>(1, qint64(info.uncompressedSize))
                       : qint64(1);
        }();
        bool stopped = false;
        if (!member(sheetPath, false, [&](QXmlStreamReader &xml) {
                QStringList cells;
                bool inRow = false;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == u"row") {
                        const int r = xml.attributes().value(QLatin1String("r")).toInt();
                        m_row = r > 0 ? r : m_row + 1;
                        cells.clear();
                        inRow = true;
                    } else if (xml.isEndElement() && xml.name() == u"row") {
                        inRow = false;
                        bool blank = true;
                        for (const QString &c : std::as_const(cells))
                            blank = blank && c.trimmed().isEmpty();
                        if (!blank && !sink(m_row, cells)) {
                            stopped = true;
                            return true;
                        }
                        if (progress && (m_row & 0x3ff) == 0)
                            progress(int(qMin<qint64>(100, xml.characterOffset() * 100 / sheetSize)));
                    } else if (inRow && xml.isStartElement() && xml.name() == u"c") {
                        if (++cellCount > m_limits.cells) {
                            m_error = tooLarge(tr("its sheet has more than %1 cells").arg(m_limits.cells));
                            return false;
                        }
                        const QStringView ref = xml.attributes().value(QLatin1String("r"));
                        const QString type = xml.attributes().value(QLatin1String("t")).toString();
                        const int column = ref.isEmpty() ? int(cells.size()) : columnOf(ref);
                        QString value;
                        while (!xml.atEnd()) {
                            xml.readNext();
                            if (xml.isStartElement() && xml.name() == u"v") {
                                value.clear();
                                if (!text(xml, value))
                                    return false;
                            } else if (xml.isStartElement() && xml.name() == u"is") {
                                value.clear();
                                if (!richText(xml, value))
                                    return false;
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
                        if (column < 0)
                            continue;
                        if (column >= m_limits.rowCells) {
                            m_error =
                                tooLarge(tr("row %1 has a cell beyond column %2").arg(m_row).arg(m_limits.rowCells));
                            return false;
                        }
                        while (cells.size() <= column)
                            cells << QString();
                        cells[column] = value;
                    }
                }
                return true;
            }))
            return m_error;
        Q_UNUSED(stopped);
        return {};
    }

private:
    QuaZip &m_zip;
    const TableReader::Limits &m_limits;
    QString m_name;
    Error m_error;
    qint64 m_total = 0;
    int m_row = 0;
};

} // namespace

Status TableReader::readXlsx(const QString &path, const RowSink &sink, const Progress &progress, const Limits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(tr("Cannot read “%1”: %2.").arg(nativePath(path), file.errorString()));
    return readXlsx(&file, sink, progress, limits, path);
}

Status TableReader::readXlsx(QIODevice *zipFile, const RowSink &sink, const Progress &progress, const Limits &limits,
                             const QString &name)
{
    QuaZip zip(zipFile);
    XlsxReader reader(zip, limits, name);
    if (!zip.open(QuaZip::mdUnzip))
        return reader.unreadable();
    return reader.read(sink, progress);
}

} // namespace core::io
