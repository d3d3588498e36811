// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "database.h"

#include <QList>
#include <QString>

namespace core {

// One thing wrong in a file: which rule (kind, a stable code), what is wrong in words (translated),
// and the ids of the rows concerned (in the table the kind names).
struct Problem
{
    QString kind;
    QString message;
    QList<qint64> ids;
};

// How deep checkDatabase() looks at the file's own structure.
enum class CheckDepth {
    Quick, // SQLite's quick_check: every page and row readable, NOT NULLs and CHECKs hold
    Full,  // integrity_check as well (indexes match their tables, UNIQUE keys hold), and the
           // rules that only damage could break (duplicate rows behind a UNIQUE key, the
           // monthly rollups against their rows)
};

// 检查: SQLite's own integrity and foreign-key checks, then every rule of the model re-checked
// with SQL over the whole file, so that rows written by any path (old versions, raw SQL,
// a repaired copy) are caught. Empty when all is well; an error when the file cannot be read.
Result<QList<Problem>> checkDatabase(const Database &db, CheckDepth depth = CheckDepth::Quick);

} // namespace core
