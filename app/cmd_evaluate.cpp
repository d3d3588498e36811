// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// onestreet evaluate: draft the evaluations of a period for every worker placed in it.
#include "cli.h"
#include "command.h"
#include "core/evaluation.h"
#include "core/period.h"
#include "core/rubric.h"

#include <QCommandLineParser>

namespace app {

namespace {
// lupdate files the tr("...") calls of this namespace's free functions under "app": look them up there.
QString tr(const char *text)
{
    return QCoreApplication::translate("app", text);
}
} // namespace

int runEvaluate(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption periodOption(QStringLiteral("period"),
                                          tr("The period: 2026, 2026-H1, 2026-Q3 or 2026-03."), tr("PERIOD"));
    const QCommandLineOption templateOption(
        QStringLiteral("template"), tr("The rubric template's number (default: the default template)."), tr("ID"));
    const QCommandLineOption supervisorOption(QStringLiteral("supervisor"), tr("The supervisor's number."), tr("ID"));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"), tr("Count the records up to this day (yyyy-MM-dd)."),
                                        tr("DATE"));
    parser.addOptions({periodOption, templateOption, supervisorOption, asOfOption});
    if (auto code = context.parse(parser))
        return *code;

    const auto period = core::Period::parse(parser.value(periodOption));
    if (!period)
        return context.usage(tr("Give the period as 2026, 2026-H1, 2026-Q3 or 2026-03 (--period)."));
    auto number = [&](const QCommandLineOption &option) -> std::optional<std::optional<qint64>> {
        if (!parser.isSet(option))
            return std::optional<qint64>();
        bool ok = false;
        const qint64 v = parser.value(option).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        return std::optional<qint64>(v);
    };
    const auto templateId = number(templateOption);
    const auto supervisorId = number(supervisorOption);
    if (!templateId || !supervisorId)
        return context.usage(tr("--template and --supervisor take a number."));
    QDate asOf = period->last();
    if (parser.isSet(asOfOption)) {
        asOf = core::fromIsoDate(parser.value(asOfOption));
        if (!asOf.isValid())
            return context.usage(tr("--as-of takes a day as yyyy-MM-dd."));
    }

    auto db = context.open();
    if (!db)
        return UserError;
    qint64 rubric = 0;
    if (*templateId) {
        rubric = **templateId;
    } else {
        auto id = core::RubricRepository(*db).defaultTemplateId();
        if (!id)
            return context.fail(id.error());
        rubric = id.value();
    }
    auto result = core::EvaluationRepository(*db).generate(*period, rubric, *supervisorId, asOf);
    if (!result)
        return context.fail(result.error());
    context.out << tr("%1: %2 evaluations drafted, %3 workers skipped (they have one already).")
                       .arg(period->label())
                       .arg(result->created)
                       .arg(result->skipped)
                << '\n';
    return Success;
}

} // namespace app
