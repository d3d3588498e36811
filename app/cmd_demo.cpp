// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "cli.h"
#include "command.h"
#include "core/demo.h"
#include "core/period.h"

#include <QElapsedTimer>

namespace app {

namespace {

// lupdate files the tr("...") calls of this namespace's free functions under "app": look them up there.
QString tr(const char *text)
{
    return QCoreApplication::translate("app", text);
}

// What the rows of each table are, in the user's language (the tables keep their SQL names).
QString tableLabel(const QString &table)
{
    static const std::pair<const char *, const char *> labels[] = {
        {"district", QT_TRANSLATE_NOOP("app", "Districts")},
        {"purchaser", QT_TRANSLATE_NOOP("app", "Purchasers")},
        {"street", QT_TRANSLATE_NOOP("app", "Streets")},
        {"department", QT_TRANSLATE_NOOP("app", "Departments")},
        {"supervisor", QT_TRANSLATE_NOOP("app", "Supervisors")},
        {"contract", QT_TRANSLATE_NOOP("app", "Contracts")},
        {"post", QT_TRANSLATE_NOOP("app", "Posts")},
        {"social_worker", QT_TRANSLATE_NOOP("app", "Social workers")},
        {"placement", QT_TRANSLATE_NOOP("app", "Placements")},
        {"attendance", QT_TRANSLATE_NOOP("app", "Attendance days")},
        {"work_log", QT_TRANSLATE_NOOP("app", "Work log entries")},
        {"activity", QT_TRANSLATE_NOOP("app", "Activities")},
        {"activity_target", QT_TRANSLATE_NOOP("app", "Activity target groups")},
        {"supervision_session", QT_TRANSLATE_NOOP("app", "Supervision sessions")},
        {"supervision_attendee", QT_TRANSLATE_NOOP("app", "Supervision attendees")},
        {"follow_up", QT_TRANSLATE_NOOP("app", "Follow-ups")},
        {"exchange_meeting", QT_TRANSLATE_NOOP("app", "Exchange meetings")},
        {"exchange_attendee", QT_TRANSLATE_NOOP("app", "Exchange attendees")},
        {"funding_entry", QT_TRANSLATE_NOOP("app", "Funding entries")},
        {"evaluation", QT_TRANSLATE_NOOP("app", "Evaluations")},
        {"evaluation_item", QT_TRANSLATE_NOOP("app", "Evaluation items")},
        {"evaluation_unlock", QT_TRANSLATE_NOOP("app", "Evaluation unlocks")},
    };
    for (const auto &[name, label] : labels)
        if (table == QLatin1String(name))
            return tr(label);
    return table;
}

} // namespace

int runDemo(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption streets(
        QStringLiteral("streets"),
        tr("Number of streets (sub-districts), 1 to %1.").arg(core::DemoGenerator::kMaxStreets), tr("N"),
        QStringLiteral("20"));
    const QCommandLineOption years(QStringLiteral("years"),
                                   tr("Number of years of records, 1 to %1.").arg(core::DemoGenerator::kMaxYears),
                                   tr("Y"), QStringLiteral("3"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed: the same seed gives the same data."),
                                  tr("S"), QStringLiteral("1"));
    const QCommandLineOption end(QStringLiteral("end"), tr("Last day with records (yyyy-MM-dd), default today."),
                                 tr("DATE"));
    parser.addOptions({streets, years, seed, end});
    if (auto code = context.parse(parser))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));

    core::DemoOptions options;
    bool ok = false;
    options.streets = parser.value(streets).toInt(&ok);
    if (!ok)
        return context.usage(tr("--streets needs a whole number, not “%1”.").arg(parser.value(streets)));
    options.years = parser.value(years).toInt(&ok);
    if (!ok)
        return context.usage(tr("--years needs a whole number, not “%1”.").arg(parser.value(years)));
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return context.usage(tr("--seed needs a whole number of 0 or more, not “%1”.").arg(parser.value(seed)));
    if (parser.isSet(end)) {
        options.endDate = core::fromIsoDate(parser.value(end));
        if (!options.endDate.isValid())
            return context.usage(tr("--end needs a date written yyyy-MM-dd, not “%1”.").arg(parser.value(end)));
    }
    if (core::Status s = core::DemoGenerator::validate(options); !s)
        return context.usage(s.error().message);

    auto db = context.open();
    if (!db)
        return UserError;
    core::DemoGenerator generator(*db, options);
    // One line on stderr, rewritten in place.
    generator.setProgress([&](double fraction, const QString &phase) {
        context.err << '\r' << QStringLiteral("%1% ").arg(int(fraction * 100), 3) << phase.leftJustified(40)
                    << Qt::flush;
    });
    auto stats = generator.run();
    context.err << '\n' << Qt::flush;
    if (!stats)
        return context.fail(stats.error());

    const qint64 ms = std::max<qint64>(1, stats->milliseconds);
    for (const auto &table : stats->rowsPerTable)
        context.out << tableLabel(table.first).leftJustified(22) << ' ' << table.second << '\n';
    context.out << tr("%1 rows written in %2 s (%3 rows/s).")
                       .arg(stats->rows)
                       .arg(double(ms) / 1000.0, 0, 'f', 1)
                       .arg(stats->rows * 1000 / ms)
                << '\n';
    return Success;
}

} // namespace app
