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
// The translation context of this command's texts (lupdate reads Evaluate::tr).
struct Evaluate
{
    Q_DECLARE_TR_FUNCTIONS(app::Evaluate)
};
} // namespace

int runEvaluate(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption periodOption(QStringLiteral("period"),
                                          Evaluate::tr("The period: 2026, 2026-H1, 2026-Q3 or 2026-03."),
                                          Evaluate::tr("PERIOD"));
    const QCommandLineOption templateOption(
        QStringLiteral("template"), Evaluate::tr("The rubric template's number (default: the default template)."),
        Evaluate::tr("ID"));
    const QCommandLineOption supervisorOption(QStringLiteral("supervisor"), Evaluate::tr("The supervisor's number."),
                                              Evaluate::tr("ID"));
    const QCommandLineOption asOfOption(
        QStringLiteral("as-of"),
        Evaluate::tr(
            "Count the records up to this day (yyyy-MM-dd), default today. A day before the period's end makes an "
            "interim evaluation, its targets pro-rated to the working days elapsed."),
        Evaluate::tr("DATE"));
    parser.addOptions({periodOption, templateOption, supervisorOption, asOfOption});
    if (auto code = context.parse(parser))
        return *code;

    const auto period = core::Period::parse(parser.value(periodOption));
    if (!period)
        return context.usage(Evaluate::tr("Give the period as 2026, 2026-H1, 2026-Q3 or 2026-03 (--period)."));
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
        return context.usage(Evaluate::tr("--template and --supervisor take a number."));
    QDate asOf = QDate::currentDate();
    const bool asOfGiven = parser.isSet(asOfOption);
    if (asOfGiven) {
        asOf = core::fromIsoDate(parser.value(asOfOption));
        if (!asOf.isValid())
            return context.usage(Evaluate::tr("--as-of takes a day as yyyy-MM-dd."));
    }
    // A period still running is evaluated only when asked for explicitly, as an interim evaluation.
    if (!asOfGiven && asOf < period->last())
        return context.fail(core::Error::invalid(
            Evaluate::tr(
                "%1 ends on %2, after today (%3): it cannot be evaluated as a whole yet. For an interim evaluation "
                "that counts the records up to a day and pro-rates the targets to the working days elapsed, give "
                "that day: --as-of %3.")
                .arg(period->label(), core::isoDate(period->last()), core::isoDate(asOf))));

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
    core::EvaluationRepository::GenerateRequest request;
    request.period = *period;
    request.templateId = rubric;
    request.supervisorId = *supervisorId;
    request.asOf = asOf;
    request.interim = asOfGiven;
    auto result = core::EvaluationRepository(*db).generate(request);
    if (!result)
        return context.fail(result.error());
    context.out << Evaluate::tr("%1: %2 evaluations drafted, %3 workers skipped (they have one already).")
                       .arg(period->label())
                       .arg(result->created)
                       .arg(result->skipped)
                << '\n';
    if (result->interimAsOf.isValid())
        context.out << Evaluate::tr("Interim evaluations as of %1: %2 of the period's %3 working days counted; targets "
                                    "pro-rated to the working days each worker was placed.")
                           .arg(core::isoDate(result->interimAsOf))
                           .arg(result->elapsedDays)
                           .arg(result->periodDays)
                    << '\n';
    if (!result->tooShort.isEmpty()) {
        context.out << Evaluate::tr("%1 workers not evaluated, placed fewer than %2 working days in the period:")
                           .arg(result->tooShort.size())
                           .arg(result->minimumDays)
                    << '\n';
        for (const auto &w : result->tooShort)
            context.out << "  " << Evaluate::tr("%1 (%2 working days)").arg(w.workerName).arg(w.days) << '\n';
    }
    return Success;
}

} // namespace app
