// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/database.h"

#include <QStringList>

namespace core::io {

// Automatic backups (自动备份): a copy named `<file>-YYYYMMDD-HHMMSS.onestreet-backup.db` in a
// `backups` folder beside the file, keeping the newest few.

// The folder backups of `databasePath` go to by default: `backups` beside it.
QString backupFolder(const QString &databasePath);
// The backups of `databasePath` in `folder` (default backupFolder()), newest first.
QStringList listBackups(const QString &databasePath, const QString &folder = {});
// Writes a consistent copy of `db` into `folder` (empty: backupFolder(db.path())) and deletes
// the oldest copies beyond `keep` (negative: the setting backup_keep; 0 keeps all). The new
// copy's path.
Result<QString> rotatingBackup(const Database &db, const QString &folder = {}, int keep = -1);

// The backup made when the window opens a file: rotatingBackup(), unless nothing changed in
// the file since the last one made so (its size, modification time, change counter and those
// of its journal are kept beside the backups), which is then the answer, with `written` false.
struct AutomaticBackup
{
    QString file;
    bool written = false;
};
Result<AutomaticBackup> automaticBackup(const Database &db);
// Is `file` a OneStreet database this program can open? An error saying why not.
Status checkBackup(const QString &file);
// Puts `backupFile` in place of `currentPath`. Refuses a file that is not a OneStreet database
// or that is newer than the program; first backs up the current file (never deleted by the
// rotation of this call). Close every connection to `currentPath` before calling. Gives the
// path of the backup of the file that was replaced (empty when there was none).
Result<QString> restoreBackup(const QString &currentPath, const QString &backupFile);

} // namespace core::io
