// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "database.h"

namespace core {

// Writes a consistent copy of the open database to `target` (replacing it atomically), also
// while other connections or processes are writing: the copy is one read transaction.
Status backupTo(const Database &db, const QString &target);

} // namespace core
