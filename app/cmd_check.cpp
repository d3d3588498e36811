// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "cli.h"
#include "command.h"
#include "core/check.h"

namespace app {

int runCheck(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption fullOption(
        QStringLiteral("full"),
        QCoreApplication::translate("app::Check", "Also SQLite's full integrity check (every index against its table) "
                                                  "and the totals kept beside the records: slower."));
    parser.addOption(fullOption);
    if (auto code = context.parse(parser))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(QCoreApplication::translate("app::Check", "Unexpected argument “%1”.")
                                 .arg(parser.positionalArguments().first()));
    auto db = context.open(core::Database::Mode::ReadOnly);
    if (!db)
        return UserError;
    auto problems =
        core::checkDatabase(*db, parser.isSet(fullOption) ? core::CheckDepth::Full : core::CheckDepth::Quick);
    if (!problems)
        return context.fail(problems.error());
    if (problems->isEmpty()) {
        context.out << QCoreApplication::translate("app::Check", "OK: no problems found.") << '\n';
        return Success;
    }
    for (const core::Problem &p : *problems)
        context.out << '[' << p.kind << "] " << p.message << '\n';
    context.err << QCoreApplication::translate("app::Check", "%n problem(s) found.", nullptr, int(problems->size()))
                << '\n';
    return UserError;
}

} // namespace app
