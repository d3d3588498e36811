// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// Hostile and broken input files: zip bombs, huge rows, split CSV records.
#include "core/io/importer.h"
#include "core/io/tablereader.h"
#include "helpers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <zlib.h>

using namespace core;
using namespace core::io;

namespace {

// Raw deflate of `data` continuing `stream`, ended by a full flush (so that the next block
// does not refer back) or by the end of the stream.
QByteArray deflatePiece(z_stream &stream, const QByteArray &data, int flush)
{
    QByteArray out;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    char buffer[65536];
    do {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        deflate(&stream, flush);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    } while (stream.avail_out == 0);
    return out;
}

// An XLSX whose sheet unpacks to `repeats` MiB of rows from about a thousandth of that in the
// file: one compressed MiB is repeated, so making it costs nothing. `declared` is the size the
// zip states (a lying zip states less than it holds).
QString zipBomb(const QTemporaryDir &dir, int repeats, qint64 declared = -1)
{
    // A row, then white space between rows, which deflate packs best (about 1000:1).
    QByteArray chunk = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>";
    chunk += QByteArray((1 << 20) - chunk.size(), ' ');
    const QByteArray head = "<?xml version=\"1.0\"?><worksheet><sheetData>";
    const QByteArray tail = "</sheetData></worksheet>";
    z_stream stream{};
    REQUIRE(deflateInit2(&stream, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY) == Z_OK);
    const QByteArray zHead = deflatePiece(stream, head, Z_FULL_FLUSH);
    const QByteArray zChunk = deflatePiece(stream, chunk, Z_FULL_FLUSH);
    REQUIRE(deflatePiece(stream, chunk, Z_FULL_FLUSH) == zChunk);
    const QByteArray zTail = deflatePiece(stream, tail, Z_FINISH);
    deflateEnd(&stream);

    uLong crc = crc32(0, reinterpret_cast<const Bytef *>(head.constData()), uInt(head.size()));
    const uLong chunkCrc = crc32(0, reinterpret_cast<const Bytef *>(chunk.constData()), uInt(chunk.size()));
    for (int i = 0; i < repeats; ++i)
        crc = crc32_combine(crc, chunkCrc, chunk.size());
    crc =
        crc32_combine(crc, crc32(0, reinterpret_cast<const Bytef *>(tail.constData()), uInt(tail.size())), tail.size());
    const qint64 size = head.size() + qint64(chunk.size()) * repeats + tail.size();

    const QString path = dir.filePath(QStringLiteral("bomb-%1.xlsx").arg(declared));
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdCreate));
    QuaZipNewInfo info(QStringLiteral("xl/worksheets/sheet1.xml"));
    info.uncompressedSize = quint64(declared >= 0 ? declared : size);
    QuaZipFile member(&zip);
    REQUIRE(member.open(QIODevice::WriteOnly, info, nullptr, quint32(crc), Z_DEFLATED, 9, true));
    member.write(zHead);
    for (int i = 0; i < repeats; ++i)
        member.write(zChunk);
    member.write(zTail);
    member.close();
    zip.close();
    return path;
}

QString readError(const QString &path, qint64 *rows = nullptr, const TableLimits &limits = TableLimits())
{
    qint64 count = 0;
    const Status status = TableReader::readXlsx(
        path, [&](int, const QStringList &) { return ++count, true; }, {}, limits);
    if (rows)
        *rows = count;
    return status ? QString() : status.error().message;
}

} // namespace

TEST_CASE("a 3 MB XLSX that unpacks to 3 GiB is refused at once with a message, not an abort")
{
    QTemporaryDir dir;
    const QString path = zipBomb(dir, 3072);
    CHECK(QFileInfo(path).size() < 4 << 20);
    QElapsedTimer timer;
    timer.start();
    const QString error = readError(path);
    CHECK(error.contains(QStringLiteral("MB")));
    CHECK(error.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(timer.elapsed() < 2000);

    // Through the importer, as the command line and the dialog use it.
    Database db = memoryDb();
    auto plan = Importer(db).plan(ImportKind::Attendance, path);
    REQUIRE(!plan);
    CHECK(plan.error().message.contains(QStringLiteral("MB")));
}

TEST_CASE("a zip that unpacks to more than its stated size is stopped, by the budget or at the stated size")
{
    QTemporaryDir dir;
    // 64 MiB said to be 64 MiB, under an 8 MiB budget: refused before reading.
    TableLimits limits;
    limits.entryBytes = 8 << 20;
    CHECK(readError(zipBomb(dir, 64), nullptr, limits).contains(QStringLiteral("8 MB")));
    // Said to be 1000 bytes: reading stops there and the sheet is unreadable.
    qint64 rows = 0;
    const QString error = readError(zipBomb(dir, 64, 1000), &rows);
    CHECK(!error.isEmpty());
    CHECK(rows <= 1);
}

TEST_CASE("XLSX limits on cells, row length, cell length and shared strings each give their message")
{
    QTemporaryDir dir;
    const auto workbook = [&](const QString &name, const QByteArray &sheet, const QByteArray &shared = {}) {
        const QString path = dir.filePath(name);
        QuaZip zip(path);
        REQUIRE(zip.open(QuaZip::mdCreate));
        const auto add = [&](const char *part, const QByteArray &bytes) {
            QuaZipFile f(&zip);
            REQUIRE(f.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromLatin1(part))));
            f.write(bytes);
            f.close();
        };
        add("xl/worksheets/sheet1.xml", "<worksheet><sheetData>" + sheet + "</sheetData></worksheet>");
        if (!shared.isEmpty())
            add("xl/sharedStrings.xml", "<sst>" + shared + "</sst>");
        zip.close();
        return path;
    };
    TableLimits limits;
    limits.cells = 10;
    limits.rowCells = 5;
    limits.cellChars = 20;
    limits.sharedStrings = 3;
    QByteArray many;
    for (int i = 0; i < 11; ++i)
        many += "<row r=\"" + QByteArray::number(i + 1) + "\"><c><v>1</v></c></row>";
    CHECK(
        readError(workbook(QStringLiteral("cells.xlsx"), many), nullptr, limits).contains(QStringLiteral("10 cells")));
    CHECK(
        readError(workbook(QStringLiteral("wide.xlsx"), "<row r=\"2\"><c r=\"F2\"><v>1</v></c></row>"), nullptr, limits)
            .contains(QStringLiteral("row 2")));
    CHECK(readError(workbook(QStringLiteral("long.xlsx"),
                             "<row r=\"3\"><c t=\"inlineStr\"><is><t>" + QByteArray(21, 'x') + "</t></is></c></row>"),
                    nullptr, limits)
              .contains(QStringLiteral("20 characters")));
    CHECK(readError(workbook(QStringLiteral("shared.xlsx"), "<row><c t=\"s\"><v>0</v></c></row>",
                             "<si><t>a</t></si><si><t>b</t></si><si><t>c</t></si><si><t>d</t></si>"),
                    nullptr, limits)
              .contains(QStringLiteral("3 shared strings")));
    // Within the limits the same shapes read.
    qint64 rows = 0;
    CHECK(readError(workbook(QStringLiteral("fine.xlsx"), "<row><c t=\"s\"><v>2</v></c><c><v>7</v></c></row>",
                             "<si><t>a</t></si><si><t>b</t></si><si><t>c</t></si>"),
                    &rows, limits)
              .isEmpty());
    CHECK(rows == 1);
}

TEST_CASE("a CSV read in pieces gives the same records as read whole, records split anywhere")
{
    // Records of every shape, many times, so that piece boundaries fall inside quotes, "" pairs
    // and CR LF pairs.
    QString text = QStringLiteral("姓名,日期,备注\r\n");
    for (int i = 0; i < 60000; ++i)
        text += QStringLiteral("社工%1,2026-03-%2,\"说\"\"好\"\"\r\n第二行\",x\r\n\n").arg(i).arg(i % 28 + 1);
    text += QStringLiteral("last,\"no end");
    QList<QStringList> whole, pieces;
    TableReader::parseCsv(text, [&](int row, const QStringList &cells) {
        whole.append(QStringList{QString::number(row)} + cells);
        return true;
    });
    const Status read = TableReader::readCsv(text.toUtf8(), [&](int row, const QStringList &cells) {
        pieces.append(QStringList{QString::number(row)} + cells);
        return true;
    });
    REQUIRE(read.ok());
    REQUIRE(whole.size() == 60002);
    CHECK(pieces == whole);
    CHECK(whole.at(1) == QStringList{QStringLiteral("2"), QStringLiteral("社工0"), QStringLiteral("2026-03-1"),
                                     QStringLiteral("说\"好\"\r\n第二行"), QStringLiteral("x")});
}
