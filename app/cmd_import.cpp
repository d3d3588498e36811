// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// onestreet --db FILE import attendance|worklog FILE [--month yyyy-MM] [--dry-run] [--skip-bad]: reads a
// CSV or XLSX file (or a monthly sign-in grid), prints the first problems of each kind (row,
// column, reason), a count per kind and a summary, and writes the new rows in the same pass and
// transaction as the check. With problems and no --skip-bad nothing is written and the exit code is 1.
#include "cli.h"
#include "command.h"
#include "core/io/importer.h"

namespace app {

namespace {

// lupdate files the tr("...") calls of this namespace's free functions under "app": look them up there.
QString tr(const char *text)
{
    return QCoreApplication::translate("app", text);
}

} // namespace

int runImport(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(tr("kind"), tr("attendance or worklog"));
    parser.addPositionalArgument(tr("file"), tr("The CSV or XLSX file to read"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Check the file and report; write nothing."));
    const QCommandLineOption skipBad(QStringLiteral("skip-bad"),
                                     tr("Write the good rows and skip rows with conflicts or errors."));
    const QCommandLineOption month(QStringLiteral("month"),
                                   tr("A monthly grid's month, when neither its title nor its sheet names say it"),
                                   tr("yyyy-MM"));
    parser.addOption(month);
    parser.addOption(dryRun);
    parser.addOption(skipBad);
    if (auto code = context.parse(parser))
        return *code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.usage(tr("Give what to import (attendance or worklog) and the file."));
    core::io::ImportKind kind;
    if (args.at(0) == u"attendance")
        kind = core::io::ImportKind::Attendance;
    else if (args.at(0) == u"worklog")
        kind = core::io::ImportKind::WorkLog;
    else
        return context.usage(tr("Unknown kind “%1”: use attendance or worklog.").arg(args.at(0)));

    auto db = context.open();
    if (!db)
        return UserError;
    core::io::Importer importer(*db);
    core::io::ImportOptions options;
    options.skipBad = parser.isSet(skipBad);
    if (parser.isSet(month)) {
        options.month = QDate::fromString(parser.value(month), QStringLiteral("yyyy-MM"));
        if (!options.month.isValid())
            return context.usage(tr("“%1” is not a month; write it as 2026-11.").arg(parser.value(month)));
    }
    // One pass: checked and written in one transaction (a dry run only checks).
    core::io::ImportPlan plan;
    core::io::ImportResult written;
    if (parser.isSet(dryRun)) {
        auto planned = importer.plan(kind, args.at(1), options);
        if (!planned)
            return context.fail(planned.error());
        plan = planned.value();
    } else {
        auto done = importer.run(kind, args.at(1), plan, options);
        if (!done)
            return context.fail(done.error());
        written = done.value();
    }

    for (const QString &sheet : plan.sheets)
        context.out << sheet << '\n';
    // The first problems of each kind, then how many of each kind there are in all.
    for (const core::io::ImportProblem &p : plan.problems) {
        if (p.column.isEmpty())
            context.out << tr("Row %1: %2").arg(p.row).arg(p.reason) << '\n';
        else
            context.out << tr("Row %1, column “%2”: %3").arg(p.row).arg(p.column, p.reason) << '\n';
    }
    for (const QString &line : plan.problemSummary())
        context.out << line << '\n';
    context.out << tr("Rows read: %1. New: %2. Already there: %3. Conflicts: %4. Errors: %5.")
                       .arg(plan.rowCount())
                       .arg(plan.newRows)
                       .arg(plan.existingRows)
                       .arg(plan.conflictRows)
                       .arg(plan.errorRows)
                << '\n';

    if (parser.isSet(dryRun)) {
        context.out << tr("Dry run: nothing was written.") << '\n';
        return plan.blocked() ? UserError : Success;
    }
    if (plan.blocked() && !options.skipBad) {
        context.err << tr("Nothing was written. Correct the rows above, or run again with --skip-bad to write only "
                          "the good rows.")
                    << '\n';
        return UserError;
    }
    context.out << tr("Written: %1 row(s). Skipped: %2.").arg(written.written).arg(written.skipped) << '\n';
    return Success;
}

} // namespace app
