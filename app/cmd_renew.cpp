// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// onestreet renew: 续签 a contract for its next term, with its posts and (unless asked not to)
// the workers placed at its end placed again from the new first day. All or nothing.
#include "cli.h"
#include "command.h"
#include "core/renewal.h"

#include <QCommandLineParser>

namespace app {

namespace {
// The translation context of this command's texts (lupdate reads Renew::tr).
struct Renew
{
    Q_DECLARE_TR_FUNCTIONS(app::Renew)
};
} // namespace

int runRenew(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("CONTRACT_ID"), Renew::tr("The contract to renew (its number)."));
    const QCommandLineOption startOption(
        QStringLiteral("start"), Renew::tr("The first day of the new term (default: the day after the old end)."),
        QStringLiteral("yyyy-MM-dd"));
    const QCommandLineOption noPlacementsOption(QStringLiteral("no-placements"),
                                                Renew::tr("Create the contract and its posts, but place nobody."));
    parser.addOptions({startOption, noPlacementsOption});
    if (auto code = context.parse(parser))
        return *code;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.usage(Renew::tr("Give the number of the contract to renew, e.g. renew 3."));
    if (args.size() > 1)
        return context.usage(Renew::tr("Unexpected argument “%1”.").arg(args.at(1)));
    bool ok = false;
    const qint64 id = args.first().toLongLong(&ok);
    if (!ok || id <= 0)
        return context.usage(Renew::tr("“%1” is not a contract number.").arg(args.first()));
    QDate start;
    if (parser.isSet(startOption)) {
        start = core::fromIsoDate(parser.value(startOption));
        if (!start.isValid())
            return context.usage(Renew::tr("--start needs a date written yyyy-MM-dd, e.g. 2027-01-01, not “%1”.")
                                     .arg(parser.value(startOption)));
    }
    auto db = context.open();
    if (!db)
        return UserError;
    auto proposed = core::Renewal::plan(*db, id, start);
    if (!proposed)
        return context.fail(proposed.error());
    core::RenewalPlan plan = proposed.value();
    if (parser.isSet(noPlacementsOption))
        for (core::RenewalPlacement &p : plan.placements)
            p.carryOn = false;
    auto done = core::Renewal::apply(*db, plan);
    if (!done)
        return context.fail(done.error());
    context.out << Renew::tr("Created contract %1 (number %2), %3 to %4: %n post(s)", nullptr, done->posts)
                       .arg(done->code)
                       .arg(done->contractId)
                       .arg(core::isoDate(plan.contract.start), core::isoDate(plan.contract.end))
                << Renew::tr(", %n placement(s).", nullptr, done->placements) << '\n';
    for (const core::RenewalPlacement &p : plan.placements)
        if (p.carryOn)
            context.out
                << "  "
                << Renew::tr("%1 at %2 from %3").arg(p.workerName, p.streetName, core::isoDate(plan.contract.start))
                << '\n';
    return Success;
}

} // namespace app
