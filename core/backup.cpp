// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "backup.h"

#include "storagecopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace core {

Status backupTo(const Database &db, const QString &target)
{
    const QFileInfo info(target);
    if (!QFileInfo(info.absolutePath()).isDir() || !QFileInfo(info.absolutePath()).isWritable())
        return Error::storage(QCoreApplication::translate("core::Backup", "Cannot write the backup to “%1”: the folder "
                                                                          "does not exist or is not writable.")
                                  .arg(QDir::toNativeSeparators(target)));
    // VACUUM INTO writes a compact copy inside one read transaction; it must not exist yet,
    // so write beside the target and rename over it only when complete.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    if (db.engine() == Engine::Postgres) {
        // A server's backup is a OneStreet file, written from one snapshot (REPEATABLE READ).
        Status copied = [&]() -> Status {
            auto file = Database::open(partial);
            if (!file)
                return file.error();
            auto rows = copyDatabase(db, file.value());
            if (!rows)
                return rows.error();
            return {};
        }();
        if (!copied) {
            QFile::remove(partial);
            QFile::remove(partial + QStringLiteral("-wal"));
            QFile::remove(partial + QStringLiteral("-shm"));
            return copied;
        }
    } else if (auto q = db.run(QStringLiteral("VACUUM INTO ?"), {partial}); !q) {
        QFile::remove(partial);
        return q.error();
    }
    // Personal data: only the owner may read a backup (README "Files and permissions").
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (QFile::exists(target) && !QFile::remove(target)) {
        QFile::remove(partial);
        return Error::storage(QCoreApplication::translate("core::Backup", "Cannot replace “%1”. Is it open elsewhere?")
                                  .arg(QDir::toNativeSeparators(target)));
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error::storage(QCoreApplication::translate("core::Backup", "Cannot write the backup to “%1”.")
                                  .arg(QDir::toNativeSeparators(target)));
    }
    return {};
}

} // namespace core
