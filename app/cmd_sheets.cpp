// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// onestreet sheets: print the evaluation sheets of a period into one PDF (the window's renderer).
#include "cli.h"
#include "command.h"
#include "core/evaluation.h"
#include "core/period.h"
#include "ui/sheet/sheetrenderer.h"

#include <QCommandLineParser>

namespace app {

namespace {
// lupdate files the tr("...") calls of this namespace's free functions under "app": look them up there.
QString tr(const char *text)
{
    return QCoreApplication::translate("app", text);
}
} // namespace

int runSheets(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption periodOption(QStringLiteral("period"),
                                          tr("The period: 2026, 2026-H1, 2026-Q3 or 2026-03."), tr("PERIOD"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")}, tr("The PDF file to write."),
                                       tr("FILE"));
    const QCommandLineOption workerOption(QStringLiteral("worker"),
                                          tr("Only this worker's sheet (the worker's number)."), tr("ID"));
    const QCommandLineOption finalOption(QStringLiteral("final-only"), tr("Only final evaluations, no drafts."));
    parser.addOptions({periodOption, outOption, workerOption, finalOption});
    if (auto code = context.parse(parser))
        return *code;

    const auto period = core::Period::parse(parser.value(periodOption));
    if (!period)
        return context.usage(tr("Give the period as 2026, 2026-H1, 2026-Q3 or 2026-03 (--period)."));
    if (parser.value(outOption).isEmpty())
        return context.usage(tr("Name the PDF file to write (-o FILE)."));
    std::optional<qint64> workerId;
    if (parser.isSet(workerOption)) {
        bool ok = false;
        workerId = parser.value(workerOption).toLongLong(&ok);
        if (!ok)
            return context.usage(tr("--worker takes the worker's number, e.g. --worker 12."));
    }

    auto db = context.open(core::Database::Mode::ReadOnly);
    if (!db)
        return UserError;
    auto sheets = core::EvaluationRepository(*db).sheetDataFor(*period, workerId, parser.isSet(finalOption));
    if (!sheets)
        return context.fail(sheets.error());
    // Sheets print what exists: making evaluations is a separate, deliberate step (evaluate).
    if (sheets->isEmpty())
        return context.fail(core::Error::notFound(
            parser.isSet(finalOption)
                ? tr("There is no final evaluation for %1; finalise evaluations first, or leave out --final-only.")
                      .arg(period->label())
                : tr("There is no evaluation for %1; make them first with 'onestreet evaluate --period %2'.")
                      .arg(period->label(), period->code())));
    auto pages = ui::SheetRenderer::writePdf(sheets.value(), parser.value(outOption));
    if (!pages)
        return context.fail(pages.error());
    context.out
        << tr("Wrote %1 sheets (%2 pages) to %3.").arg(sheets->size()).arg(pages.value()).arg(parser.value(outOption))
        << '\n';
    return Success;
}

} // namespace app
