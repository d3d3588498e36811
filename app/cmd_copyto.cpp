// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "cli.h"
#include "command.h"
#include "core/storagecopy.h"

#include <QDir>

namespace app {

// onestreet --db FILE copy-to postgresql://user@host:port/dbname
int runCopyTo(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("url"),
        QCoreApplication::translate("app::CopyTo", "The empty server database: postgresql://USER@HOST:PORT/DBNAME."));
    if (auto code = context.parse(parser))
        return *code;
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1 || !core::Database::isServerAddress(arguments.first()))
        return context.usage(QCoreApplication::translate(
            "app::CopyTo", "Say where to copy the file: copy-to postgresql://USER@HOST:PORT/DBNAME."));
    if (core::Database::isServerAddress(context.databasePath))
        return context.usage(
            QCoreApplication::translate("app::CopyTo", "copy-to copies a file: give the file with --db FILE."));
    if (!QFileInfo::exists(context.databasePath))
        return context.fail(
            core::Error::notFound(QCoreApplication::translate("app::CopyTo", "The file “%1” does not exist.")
                                      .arg(QDir::toNativeSeparators(context.databasePath))));
    auto file = context.open(core::Database::Mode::ReadOnly);
    if (!file)
        return UserError;
    auto server = core::Database::open(arguments.first());
    if (!server)
        return context.fail(server.error());
    auto holds = core::holdsRecords(server.value());
    if (!holds)
        return context.fail(holds.error());
    if (holds.value())
        return context.fail(core::Error::invalid(
            QCoreApplication::translate("app::CopyTo",
                                        "The database %1 already holds records: copy-to writes only into "
                                        "an empty database. Nothing was copied.")
                .arg(core::Database::displayAddress(arguments.first()))));
    auto copied = core::copyDatabase(*file, server.value());
    if (!copied)
        return context.fail(copied.error());
    qint64 total = 0;
    for (const core::TableRows &t : copied.value()) {
        context.out << t.table.leftJustified(22) << ' ' << t.rows << '\n';
        total += t.rows;
    }
    context.out << QCoreApplication::translate("app::CopyTo", "Copied %1 rows into %2; every table's count checked.")
                       .arg(total)
                       .arg(server.value().location())
                << '\n';
    return Success;
}

} // namespace app
