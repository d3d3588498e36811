// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// onestreet chart: draw one of the window's charts into a PNG file, with no display.
#include "cli.h"
#include "command.h"
#include "ui/charts/chartbuilders.h"
#include "ui/charts/chartstyle.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QSaveFile>

namespace app {

namespace {
// lupdate files the tr("...") calls of this namespace's free functions under "app": look them up there.
QString tr(const char *text)
{
    return QCoreApplication::translate("app", text);
}

// "2026-03" → 1 March 2026; invalid for anything else.
QDate parseMonth(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1);
}

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}
} // namespace

int runChart(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(tr("kind"),
                                 tr("The chart: %1.").arg(ui::charts::chartKeys().join(QStringLiteral(", "))));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("The first month (yyyy-MM), default 11 months before --to."), tr("MONTH"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("The last month (yyyy-MM), default this month."),
                                      tr("MONTH"));
    const QCommandLineOption districtOption(QStringLiteral("district"), tr("Only this district (its number)."),
                                            tr("ID"));
    const QCommandLineOption streetOption(QStringLiteral("street"), tr("Only this street (its number)."), tr("ID"));
    const QCommandLineOption workerOption(QStringLiteral("worker"), tr("Only this worker (the worker's number)."),
                                          tr("ID"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), tr("The picture's size in pixels, default 1200x700."),
                                        tr("WxH"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")}, tr("The PNG file to write."),
                                       tr("FILE"));
    parser.addOptions({fromOption, toOption, districtOption, streetOption, workerOption, sizeOption, outOption});
    if (auto code = context.parse(parser))
        return *code;

    const QStringList kinds = ui::charts::chartKeys();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usage(tr("Name one chart: %1.").arg(kinds.join(QStringLiteral(", "))));
    const auto builder = ui::charts::chartFor(positional.first());
    if (!builder)
        return context.usage(
            tr("There is no chart “%1”; choose one of %2.").arg(positional.first(), kinds.join(QStringLiteral(", "))));

    ui::charts::ChartRequest request;
    const QDate thisMonth(request.today.year(), request.today.month(), 1);
    const QDate to = parser.isSet(toOption) ? parseMonth(parser.value(toOption)) : thisMonth;
    if (!to.isValid())
        return context.usage(tr("Give --to as a month, e.g. 2026-03."));
    const QDate from = parser.isSet(fromOption) ? parseMonth(parser.value(fromOption)) : to.addMonths(-11);
    if (!from.isValid())
        return context.usage(tr("Give --from as a month, e.g. 2026-01."));
    if (from > to)
        return context.usage(tr("--from must not come after --to."));
    request.range = core::MonthRange(from, to);
    const std::pair<const QCommandLineOption *, std::optional<qint64> *> ids[] = {
        {&districtOption, &request.districtId}, {&streetOption, &request.streetId}, {&workerOption, &request.workerId}};
    for (const auto &[option, target] : ids) {
        if (!parser.isSet(*option))
            continue;
        *target = parseId(parser.value(*option));
        if (!*target)
            return context.usage(tr("--%1 takes a record number, e.g. --%1 12.").arg(option->names().first()));
    }

    QSize size(1200, 700);
    if (parser.isSet(sizeOption)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})[xX×](\\d{3,5})$"));
        const auto match = pattern.match(parser.value(sizeOption).trimmed());
        size = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
        if (size.width() < 300 || size.height() < 200 || size.width() > 10000 || size.height() > 10000)
            return context.usage(
                tr("Give --size as WIDTHxHEIGHT in pixels, from 300x200 to 10000x10000, e.g. 1200x700."));
    }
    const QString path = parser.value(outOption);
    if (path.isEmpty())
        return context.usage(tr("Name the PNG file to write (-o FILE.png)."));
    if (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        return context.usage(tr("The chart is written as PNG: give a file name ending in .png."));

    auto db = context.open(core::Database::Mode::ReadOnly);
    if (!db)
        return UserError;
    auto chart = builder->build(*db, request);
    if (!chart)
        return context.fail(chart.error());
    const QImage image = ui::charts::renderChart(chart.value().get(), size);

    // QSaveFile: a failed write leaves any earlier file as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return context.fail(core::Error::storage(
            tr("Could not write %1 (%2); check that the folder exists and that you may write there.")
                .arg(path, file.errorString())));
    context.out << tr("Wrote %1 (%2 × %3 pixels).").arg(path).arg(size.width()).arg(size.height()) << '\n';
    return Success;
}

} // namespace app
