// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "cli.h"
#include "command.h"
#include "core/backup.h"

#include <QDir>

namespace app {

int runBackup(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("app::Backup", "Write the copy to FILE (replaced if it exists)."),
        QCoreApplication::translate("app::Backup", "FILE"));
    parser.addOption(output);
    if (auto code = context.parse(parser))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(QCoreApplication::translate("app::Backup", "Unexpected argument “%1”.")
                                 .arg(parser.positionalArguments().first()));
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return context.usage(
            QCoreApplication::translate("app::Backup", "Say where to write the copy: backup -o FILE."));
    const QString target = parser.value(output);
    if (QDir::cleanPath(QFileInfo(target).absoluteFilePath()) ==
        QDir::cleanPath(QFileInfo(context.databasePath).absoluteFilePath()))
        return context.usage(QCoreApplication::translate(
            "app::Backup", "The copy cannot replace the file itself; choose another name."));
    auto db = context.open();
    if (!db)
        return UserError;
    if (core::Status s = core::backupTo(*db, target); !s)
        return context.fail(s.error());
    context.out
        << QCoreApplication::translate("app::Backup", "Backup written to %1.").arg(QDir::toNativeSeparators(target))
        << '\n';
    return Success;
}

} // namespace app
