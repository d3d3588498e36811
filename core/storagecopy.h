// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

// The storage seam, copying half: every row of one OneStreet database into another of the same
// format, between the engines (a server's backup into a file; a file moved onto a server).

#include "database.h"

#include <QList>
#include <QString>

namespace core {

struct TableRows
{
    QString table;
    qint64 rows = 0;
};

// Replaces everything in `to` (the defaults a fresh database starts with included) with the rows
// of `from`, read from one consistent snapshot; ids are kept (a server's id sequences move past
// them). All or nothing: one transaction on `to`, committed only when every table's row count
// matches. Gives the tables and their rows. One of the two must be a file.
Result<QList<TableRows>> copyDatabase(const Database &from, const Database &to);

// Does `db` hold anything beyond what a freshly initialised database starts with (settings, the
// calendar, the default rubric)?
Result<bool> holdsRecords(const Database &db);

} // namespace core
