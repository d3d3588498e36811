// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// onestreet chart: draw one of the window's charts into a PNG file, with no display, or print
// the values it draws as JSON (--json).
#include "cli.h"
#include "command.h"
#include "ui/charts/chartbuilders.h"
#include "ui/charts/chartstyle.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace app {

namespace {
// The translation context of this command's texts (lupdate reads Chart::tr).
struct Chart
{
    Q_DECLARE_TR_FUNCTIONS(app::Chart)
};

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
    parser.addPositionalArgument(Chart::tr("kind"),
                                 Chart::tr("The chart: %1.").arg(ui::charts::chartKeys().join(QStringLiteral(", "))));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        Chart::tr("The first month (yyyy-MM), default 11 months before --to."),
                                        Chart::tr("MONTH"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), Chart::tr("The last month (yyyy-MM), default the month of --on."), Chart::tr("MONTH"));
    const QCommandLineOption districtOption(QStringLiteral("district"), Chart::tr("Only this district (its number)."),
                                            Chart::tr("ID"));
    const QCommandLineOption streetOption(QStringLiteral("street"), Chart::tr("Only this street (its number)."),
                                          Chart::tr("ID"));
    const QCommandLineOption workerOption(QStringLiteral("worker"),
                                          Chart::tr("Only this worker (the worker's number)."), Chart::tr("ID"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        Chart::tr("The picture's size in pixels, default 1200x700."), Chart::tr("WxH"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")},
                                       Chart::tr("The PNG file to write."), Chart::tr("FILE"));
    const QCommandLineOption onOption(QStringLiteral("on"),
                                      Chart::tr("The as-of day (yyyy-MM-dd), default today: nothing after it is "
                                                "counted, and a month running on it counts up to it."),
                                      QStringLiteral("yyyy-MM-dd"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), Chart::tr("Print the values the chart draws as JSON instead of writing a PNG."));
    parser.addOptions({fromOption, toOption, districtOption, streetOption, workerOption, sizeOption, outOption,
                       onOption, jsonOption});
    if (auto code = context.parse(parser))
        return *code;

    const QStringList kinds = ui::charts::chartKeys();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usage(Chart::tr("Name one chart: %1.").arg(kinds.join(QStringLiteral(", "))));
    const auto builder = ui::charts::chartFor(positional.first());
    if (!builder)
        return context.usage(Chart::tr("There is no chart “%1”; choose one of %2.")
                                 .arg(positional.first(), kinds.join(QStringLiteral(", "))));

    ui::charts::ChartRequest request;
    if (parser.isSet(onOption)) {
        request.asOf = core::fromIsoDate(parser.value(onOption));
        if (!request.asOf.isValid())
            return context.usage(Chart::tr("--on needs a date written yyyy-MM-dd, e.g. 2026-12-01, not “%1”.")
                                     .arg(parser.value(onOption)));
    }
    const QDate thisMonth(request.asOf.year(), request.asOf.month(), 1);
    const QDate to = parser.isSet(toOption) ? parseMonth(parser.value(toOption)) : thisMonth;
    if (!to.isValid())
        return context.usage(Chart::tr("Give --to as a month, e.g. 2026-03."));
    const QDate from = parser.isSet(fromOption) ? parseMonth(parser.value(fromOption)) : to.addMonths(-11);
    if (!from.isValid())
        return context.usage(Chart::tr("Give --from as a month, e.g. 2026-01."));
    if (from > to)
        return context.usage(Chart::tr("--from must not come after --to."));
    request.range = core::MonthRange(from, to);
    const std::pair<const QCommandLineOption *, std::optional<qint64> *> ids[] = {
        {&districtOption, &request.districtId}, {&streetOption, &request.streetId}, {&workerOption, &request.workerId}};
    for (const auto &[option, target] : ids) {
        if (!parser.isSet(*option))
            continue;
        *target = parseId(parser.value(*option));
        if (!*target)
            return context.usage(Chart::tr("--%1 takes a record number, e.g. --%1 12.").arg(option->names().first()));
    }

    QSize size(1200, 700);
    if (parser.isSet(sizeOption)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})[xX×](\\d{3,5})$"));
        const auto match = pattern.match(parser.value(sizeOption).trimmed());
        size = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
        if (size.width() < 300 || size.height() < 200 || size.width() > 10000 || size.height() > 10000)
            return context.usage(
                Chart::tr("Give --size as WIDTHxHEIGHT in pixels, from 300x200 to 10000x10000, e.g. 1200x700."));
    }
    const bool json = parser.isSet(jsonOption);
    const QString path = parser.value(outOption);
    if (json) {
        if (!path.isEmpty())
            return context.usage(Chart::tr("--json prints the values; leave out -o, or leave out --json for a PNG."));
        auto db = context.open(core::Database::Mode::ReadOnly);
        if (!db)
            return UserError;
        // The same values the chart is drawn from.
        auto values = builder->data(*db, request);
        if (!values)
            return context.fail(values.error());
        context.out << QString::fromUtf8(
            QJsonDocument(ui::charts::toJson(values.value())).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (path.isEmpty())
        return context.usage(Chart::tr("Name the PNG file to write (-o FILE.png), or print the values with --json."));
    if (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        return context.usage(Chart::tr("The chart is written as PNG: give a file name ending in .png."));

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
            Chart::tr("Could not write %1 (%2); check that the folder exists and that you may write there.")
                .arg(path, file.errorString())));
    context.out << Chart::tr("Wrote %1 (%2 × %3 pixels).").arg(path).arg(size.width()).arg(size.height()) << '\n';
    return Success;
}

} // namespace app
