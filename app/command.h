// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace app {

// What a headless command gets: its own arguments, the chosen file, and where to write.
struct CommandContext
{
    QString name;          // the subcommand, e.g. "summary"
    QStringList arguments; // program name first, then the subcommand's own arguments
    QString databasePath;  // --db, or the default file in the user's data folder
    QTextStream &out;
    QTextStream &err;

    // Parses the subcommand's options (adding --help). nullopt: go on; otherwise the exit
    // code to return at once (0 after printing help, 2 after printing a usage error).
    std::optional<int> parse(QCommandLineParser &parser) const;
    // Opens the database; on failure prints the reason and returns nullopt.
    std::optional<core::Database> open(core::Database::Mode mode = core::Database::Mode::ReadWrite) const;
    // Prints an error (already translated) and gives the exit code for it.
    int fail(const core::Error &error) const;
    int usage(const QString &message) const;
};

using CommandFunction = int (*)(CommandContext &context);

struct Command
{
    const char *name;
    const char *summary; // translated via QCoreApplication::translate("app::Cli", ...)
    CommandFunction run;
    bool needsGui; // renders fonts or pixels (sheets, charts): runs on the offscreen platform
};

// The commands, one function each (cmd_*.cpp).
int runDemo(CommandContext &context);
int runSummary(CommandContext &context);
int runCheck(CommandContext &context);
int runBackup(CommandContext &context);
int runCopyTo(CommandContext &context);
int runImport(CommandContext &context);
int runExport(CommandContext &context);
int runEvaluate(CommandContext &context);
int runSheets(CommandContext &context);
int runChart(CommandContext &context);
int runReport(CommandContext &context);
int runRenew(CommandContext &context);

} // namespace app
