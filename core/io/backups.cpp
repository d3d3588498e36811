// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "backups.h"

#include "core/backup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>

namespace core::io {

namespace {

const char *const kContext = "core::io::Backups";
const QLatin1String kSuffix(".onestreet-backup.db");

QString tr(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A fresh backup name in `folder`; a second backup in the same second gets "-2", "-3"...
QString newBackupName(const QString &databasePath, const QString &folder)
{
    const QString stem = QFileInfo(databasePath).completeBaseName() + QLatin1Char('-') +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = QDir(folder).filePath(stem + kSuffix);
    for (int n = 2; QFile::exists(name); ++n)
        name = QDir(folder).filePath(stem + QLatin1Char('-') + QString::number(n) + kSuffix);
    return name;
}

Status ensureFolder(const QString &folder)
{
    if (QDir().mkpath(folder)) {
        // Owner only, like the backups in it.
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return {};
    }
    return Error::storage(
        tr("Cannot create the backup folder “%1”. Check that the disk is writable.").arg(nativePath(folder)));
}

} // namespace

QString backupFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QStringList listBackups(const QString &databasePath, const QString &folder)
{
    const QDir dir(folder.isEmpty() ? backupFolder(databasePath) : folder);
    const QString pattern =
        QFileInfo(databasePath).completeBaseName() +
        QStringLiteral("-[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]*") + kSuffix;
    QStringList names = dir.entryList({pattern}, QDir::Files, QDir::Name);
    // Newest first by the time in the name, then by the "-2" counter of a second backup within a second.
    static const QRegularExpression stamp(QStringLiteral("-(\\d{8}-\\d{6})(?:-(\\d+))?\\.onestreet-backup\\.db$"));
    const auto key = [](const QString &n) {
        const auto m = stamp.match(n);
        return std::pair(m.captured(1), m.captured(2).toInt());
    };
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) { return key(a) > key(b); });
    QStringList paths;
    for (const QString &n : std::as_const(names))
        paths << dir.filePath(n);
    return paths;
}

Result<QString> rotatingBackup(const Database &db, const QString &folder, int keep)
{
    const QString path = db.path();
    const QString target = folder.isEmpty() ? backupFolder(path) : folder;
    if (folder.isEmpty() && (path.isEmpty() || path == u":memory:"))
        return Error::invalid(tr("This database is not a file; say where its backups go."));
    if (Status s = ensureFolder(target); !s)
        return s.error();
    const QString name = newBackupName(path.isEmpty() ? QStringLiteral("onestreet") : path, target);
    if (Status s = backupTo(db, name); !s)
        return s.error();
    if (keep < 0)
        keep = db.setting(QStringLiteral("backup_keep"), QStringLiteral("10")).toInt();
    if (keep > 0) {
        const QStringList all = listBackups(path.isEmpty() ? QStringLiteral("onestreet") : path, target);
        for (qsizetype i = keep; i < all.size(); ++i)
            if (all.at(i) != name)
                QFile::remove(all.at(i));
    }
    return name;
}

namespace {

// What changes whenever the file's contents do, read after moving the write-ahead log into the
// file (a TRUNCATE checkpoint): the file's size, modification time and header (change counter,
// page count). The log itself is left out: it is made anew, with new salts, at every open. Empty
// when the checkpoint could not finish (another connection reading): then a backup is made.
QString fileStamp(const Database &db, const QString &path)
{
    auto checkpoint = db.run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!checkpoint || !checkpoint.value().next() || checkpoint.value().value(0).toInt() != 0)
        return {};
    checkpoint.value().finish();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = file.read(100);
    const QFileInfo info(path);
    return QStringLiteral("%1 %2 %3")
        .arg(info.size())
        .arg(info.lastModified().toMSecsSinceEpoch())
        .arg(QString::fromLatin1(header.mid(24, 8).toHex()));
}

QString stampFile(const QString &folder, const QString &path)
{
    return QDir(folder).filePath(QFileInfo(path).fileName() + QStringLiteral(".backup-stamp"));
}

} // namespace

Result<AutomaticBackup> automaticBackup(const Database &db)
{
    const QString path = db.path();
    if (path.isEmpty() || path == u":memory:")
        return Error::invalid(tr("This database is not a file; say where its backups go."));
    const QString folder = backupFolder(path);
    const QString stamp = fileStamp(db, path); // before the copy: a change meanwhile makes the next one
    QFile kept(stampFile(folder, path));
    if (!stamp.isEmpty() && kept.open(QIODevice::ReadOnly)) {
        const QStringList lines = QString::fromUtf8(kept.readAll()).split(QLatin1Char('\n'));
        kept.close();
        if (lines.size() >= 2 && lines.at(0) == stamp && listBackups(path, folder).contains(lines.at(1)))
            return AutomaticBackup{lines.at(1), false};
    }
    auto made = rotatingBackup(db, folder);
    if (!made)
        return made.error();
    if (kept.open(QIODevice::WriteOnly | QIODevice::Truncate))
        kept.write((stamp + QLatin1Char('\n') + made.value() + QLatin1Char('\n')).toUtf8());
    return AutomaticBackup{made.value(), true};
}

Status checkBackup(const QString &file)
{
    if (!QFileInfo(file).isFile())
        return Error::notFound(tr("The backup “%1” does not exist.").arg(nativePath(file)));
    int applicationId = 0, version = 0;
    bool intact = false;
    const QString connection = QStringLiteral("check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        raw.setDatabaseName(file);
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (raw.open()) {
            QSqlQuery q(raw);
            if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                applicationId = q.value(0).toInt();
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
            if (q.exec(QStringLiteral("PRAGMA quick_check")) && q.next())
                intact = q.value(0).toString() == u"ok";
            q.finish();
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (applicationId != Database::kApplicationId)
        return Error::invalid(
            tr("“%1” is not a OneStreet database. Pick a file from the backups folder.").arg(nativePath(file)));
    if (version > Database::kSchemaVersion)
        return Error::invalid(tr("“%1” was made by a newer version of OneStreet. Update the program, then restore it.")
                                  .arg(nativePath(file)));
    if (!intact)
        return Error::storage(tr("“%1” is damaged. Pick an older backup.").arg(nativePath(file)));
    return {};
}

Result<QString> restoreBackup(const QString &currentPath, const QString &backupFile)
{
    if (Status s = checkBackup(backupFile); !s)
        return s.error();
    if (QFileInfo(backupFile).canonicalFilePath() == QFileInfo(currentPath).canonicalFilePath())
        return Error::invalid(tr("That backup is the current file itself."));

    // First a copy of what is replaced. Copy the chosen backup aside before, so that no
    // rotation can take it away.
    const QString staged = currentPath + QStringLiteral(".restoring");
    QFile::remove(staged);
    if (!QFile::copy(backupFile, staged))
        return Error::storage(tr("Cannot copy “%1” next to “%2”. Is the disk full?")
                                  .arg(nativePath(backupFile), nativePath(currentPath)));
    QString safety;
    if (QFileInfo::exists(currentPath)) {
        const QString folder = backupFolder(currentPath);
        auto current = Database::open(currentPath);
        if (current) {
            auto made = rotatingBackup(current.value(), folder, 0);
            if (!made) {
                QFile::remove(staged);
                return made.error();
            }
            safety = made.value();
        } else {
            // A file we cannot open (damaged, too new) is kept as it is, with its journal.
            if (Status s = ensureFolder(folder); !s) {
                QFile::remove(staged);
                return s.error();
            }
            safety = newBackupName(currentPath, folder);
            bool copied = QFile::copy(currentPath, safety);
            if (copied && QFileInfo::exists(currentPath + QStringLiteral("-wal")))
                copied = QFile::copy(currentPath + QStringLiteral("-wal"), safety + QStringLiteral("-wal"));
            if (!copied) {
                QFile::remove(staged);
                return Error::storage(
                    tr("Cannot back up “%1” before restoring, so nothing was changed.").arg(nativePath(currentPath)));
            }
        }
    }
    // The old journal belongs to the old file: it must not be replayed into the restored one.
    QFile::remove(currentPath + QStringLiteral("-wal"));
    QFile::remove(currentPath + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(staged).constData(), QFile::encodeName(currentPath).constData()) != 0 &&
        !(QFile::remove(currentPath) && QFile::rename(staged, currentPath))) {
        QFile::remove(staged);
        return Error::storage(tr("Cannot replace “%1”. Close other programs using it; your data is safe in “%2”.")
                                  .arg(nativePath(currentPath), nativePath(safety)));
    }
    // Brings an older backup up to this program's schema.
    if (auto opened = Database::open(currentPath); !opened)
        return opened.error();
    return safety;
}

} // namespace core::io
