// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// onestreet --db FILE summary [--json] [--on yyyy-MM-dd]: the dashboard's key figures and
// alerts, as text for a person or JSON for a script. Opens the file read-only: it never writes.
#include "cli.h"
#include "command.h"
#include "core/period.h"
#include "core/summary.h"

#include <QJsonDocument>

namespace app {

namespace {

// The translation context of this command's texts (lupdate reads Summary::tr).
struct Summary
{
    Q_DECLARE_TR_FUNCTIONS(app::Summary)
};

QString percent(const std::optional<double> &value)
{
    return value ? QString::number(*value * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("—");
}

void printText(QTextStream &out, const core::KeyFigures &f)
{
    const QString lastMonth = core::Period::containing(core::Period::Kind::Month, f.asOf.addMonths(-1)).label();
    const QList<std::pair<QString, QString>> lines = {
        {Summary::tr("Contracts running"), QString::number(f.contractsActive)},
        {Summary::tr("Posts"), QString::number(f.posts)},
        {Summary::tr("Posts vacant"), QString::number(f.postsVacant)},
        {Summary::tr("Social workers placed"), QString::number(f.workersActive)},
        {Summary::tr("Attendance rate, %1").arg(lastMonth), percent(f.attendanceRateLastMonth)},
        {Summary::tr("Activities held, %1").arg(lastMonth), QString::number(f.activitiesHeldLastMonth)},
        {Summary::tr("Administrative share of work time, %1").arg(lastMonth), percent(f.adminShareLastMonth)},
    };
    qsizetype width = 0;
    for (const auto &line : lines)
        width = std::max(width, line.first.size());
    out << Summary::tr("Key figures as of %1").arg(core::isoDate(f.asOf)) << '\n';
    for (const auto &line : lines)
        out << "  " << line.first.leftJustified(width) << "  " << line.second << '\n';
    out << '\n';
    if (f.alerts.isEmpty()) {
        out << Summary::tr("No alerts.") << '\n';
        return;
    }
    out << Summary::tr("Alerts:") << '\n';
    for (const core::Alert &a : f.alerts)
        out << "  - " << a.message << '\n';
}

} // namespace

int runSummary(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Summary::tr("Print JSON instead of text."));
    const QCommandLineOption on(QStringLiteral("on"), Summary::tr("The day to report on (default: today)."),
                                QStringLiteral("yyyy-MM-dd"));
    parser.addOption(json);
    parser.addOption(on);
    if (auto code = context.parse(parser))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Summary::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));

    QDate asOf = QDate::currentDate();
    if (parser.isSet(on)) {
        asOf = core::fromIsoDate(parser.value(on));
        if (!asOf.isValid())
            return context.usage(
                Summary::tr("--on needs a date written yyyy-MM-dd, e.g. 2026-04-15, not “%1”.").arg(parser.value(on)));
    }

    auto db = context.open(core::Database::Mode::ReadOnly);
    if (!db)
        return UserError;
    auto figures = core::summarize(*db, asOf);
    if (!figures)
        return context.fail(figures.error());

    if (parser.isSet(json))
        context.out << QString::fromUtf8(QJsonDocument(core::toJson(figures.value())).toJson(QJsonDocument::Indented));
    else
        printText(context.out, figures.value());
    return Success;
}

} // namespace app
