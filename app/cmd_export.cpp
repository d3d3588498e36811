// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// onestreet --db FILE export TABLE --format csv|xlsx [--from yyyy-MM-dd] [--to yyyy-MM-dd] -o FILE:
// one table, with fixed columns, to a file a spreadsheet opens. Opens the file read-only.
#include "cli.h"
#include "command.h"
#include "core/io/attendancegrid.h"
#include "core/io/exporter.h"
#include "core/period.h"

#include <QDir>

namespace app {

namespace {

// lupdate files the tr("...") calls of this namespace's free functions under "app": look them up there.
QString tr(const char *text)
{
    return QCoreApplication::translate("app", text);
}

} // namespace

namespace {

// export attendance-grid --month yyyy-MM [--street ID] --format xlsx|csv -o FILE: the monthly
// sign-in grid (考勤表) as a street office keeps it; importing it back gives the same records.
int runExportGrid(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(tr("table"), QStringLiteral("attendance-grid"));
    const QCommandLineOption month(QStringLiteral("month"), tr("The month, yyyy-MM"), tr("yyyy-MM"));
    const QCommandLineOption street(QStringLiteral("street"), tr("Only this street (its id)"), tr("ID"));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv or xlsx (default: from the file name)"),
                                    tr("FORMAT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write"),
                                    tr("FILE"));
    parser.addOptions({month, street, format, output});
    if (auto code = context.parse(parser))
        return *code;
    const QDate first = QDate::fromString(parser.value(month), QStringLiteral("yyyy-MM"));
    if (!first.isValid())
        return context.usage(tr("Give the month with --month yyyy-MM, e.g. --month 2026-11."));
    if (!parser.isSet(output))
        return context.usage(tr("Say where to write with -o FILE."));
    const QString path = parser.value(output);
    const auto chosen = core::io::Exporter::formatFromName(parser.isSet(format) ? parser.value(format) : path);
    if (!chosen)
        return context.usage(tr("Unknown format: use --format csv or --format xlsx."));
    std::optional<qint64> streetId;
    if (parser.isSet(street)) {
        bool ok = false;
        streetId = parser.value(street).toLongLong(&ok);
        if (!ok)
            return context.usage(tr("“%1” is not a street id.").arg(parser.value(street)));
    }
    auto db = context.open(core::Database::Mode::ReadOnly);
    if (!db)
        return UserError;
    auto written = core::io::AttendanceGrid::write(*db, first, streetId, path, *chosen == core::io::ExportFormat::Xlsx);
    if (!written)
        return context.fail(written.error());
    context.out << tr("Wrote %1 rows to %2.").arg(written.value()).arg(QDir::toNativeSeparators(path)) << '\n';
    return Success;
}

} // namespace

int runExport(CommandContext &context)
{
    if (context.arguments.value(1) == u"attendance-grid")
        return runExportGrid(context);
    QCommandLineParser parser;
    const QString tables = core::io::Exporter::tableNames().join(QStringLiteral(", "));
    parser.addPositionalArgument(tr("table"), tr("One of: %1").arg(tables));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv or xlsx (default: from the file name)"),
                                    tr("FORMAT"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day, yyyy-MM-dd"), tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day, yyyy-MM-dd"), tr("DATE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write"),
                                    tr("FILE"));
    parser.addOptions({format, from, to, output});
    if (auto code = context.parse(parser))
        return *code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usage(tr("Give one table to export: %1.").arg(tables));
    if (!parser.isSet(output))
        return context.usage(tr("Say where to write with -o FILE."));
    const QString path = parser.value(output);
    const auto chosen = core::io::Exporter::formatFromName(parser.isSet(format) ? parser.value(format) : path);
    if (!chosen)
        return context.usage(tr("Unknown format: use --format csv or --format xlsx."));

    core::ListFilter filter;
    for (const auto &[option, target] : {std::pair{&from, &filter.from}, std::pair{&to, &filter.to}}) {
        if (!parser.isSet(*option))
            continue;
        *target = core::fromIsoDate(parser.value(*option));
        if (!target->isValid())
            return context.usage(tr("“%1” is not a date; write it as 2026-03-05.").arg(parser.value(*option)));
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return context.usage(tr("--from is after --to."));

    auto db = context.open(core::Database::Mode::ReadOnly);
    if (!db)
        return UserError;
    const auto source = core::io::Exporter::table(*db, args.first());
    if (!source)
        return context.usage(tr("Unknown table “%1”. Tables: %2.").arg(args.first(), tables));
    auto written = core::io::Exporter::write(*source, filter, path, *chosen);
    if (!written)
        return context.fail(written.error());
    context.out << tr("Wrote %1 rows to %2.").arg(written.value()).arg(QDir::toNativeSeparators(path)) << '\n';
    return Success;
}

} // namespace app
