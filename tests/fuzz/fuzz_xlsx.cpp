// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// libFuzzer target: any bytes as an XLSX workbook (zip, workbook relationships, shared strings,
// sheet XML), read from memory under small limits so that a bomb is refused fast.
#include "core/io/tablereader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    core::io::TableReader::Limits limits;
    limits.entryBytes = 4 << 20;
    limits.totalBytes = 8 << 20;
    limits.cells = 100000;
    limits.sharedStrings = 10000;
    limits.sharedChars = 1 << 20;
    qint64 cells = 0;
    (void)core::io::TableReader::readXlsx(
        &buffer,
        [&](int, const QStringList &row) {
            cells += row.size();
            return true;
        },
        {}, limits);
    return 0;
}
