// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// libFuzzer target: any bytes as a CSV file (encoding guess, delimiter guess, quoting).
#include "core/io/tablereader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    qint64 cells = 0;
    (void)core::io::TableReader::readCsv(bytes, [&](int row, const QStringList &row_cells) {
        cells += row_cells.size() + (row > 0 ? 0 : 1);
        return true;
    });
    return 0;
}
