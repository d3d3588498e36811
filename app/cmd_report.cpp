// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// onestreet report: the report for the purchaser (项目服务报告) of one contract, a district, a
// street or the whole agency, for one period, as PDF (the window's renderer), XLSX or JSON.
// Opens the file read-only; a refused report writes nothing.
#include "cli.h"
#include "command.h"
#include "core/io/reportworkbook.h"
#include "core/purchaserreport.h"
#include "ui/report/reportrenderer.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace app {

namespace {
// The translation context of this command's texts (lupdate reads Report::tr).
struct Report
{
    Q_DECLARE_TR_FUNCTIONS(app::Report)
};
} // namespace

int runReport(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption contractOption(QStringLiteral("contract"),
                                            Report::tr("The contract (its number): the report on its posts."),
                                            Report::tr("ID"));
    const QCommandLineOption districtOption(QStringLiteral("district"),
                                            Report::tr("Without --contract: only this district (its number)."),
                                            Report::tr("ID"));
    const QCommandLineOption streetOption(
        QStringLiteral("street"), Report::tr("Without --contract: only this street (its number)."), Report::tr("ID"));
    const QCommandLineOption periodOption(
        QStringLiteral("period"), Report::tr("The period: 2026, 2026-H1, 2026-Q3 or 2026-03."), QStringLiteral("P"));
    const QCommandLineOption onOption(QStringLiteral("on"),
                                      Report::tr("The as-of day (yyyy-MM-dd), default today: a period still "
                                                 "running is counted up to it."),
                                      QStringLiteral("yyyy-MM-dd"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")},
                                       Report::tr("The file to write: .pdf or .xlsx."), Report::tr("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Report::tr("Print the report's figures as JSON."));
    parser.addOptions({contractOption, districtOption, streetOption, periodOption, onOption, outOption, jsonOption});
    if (auto code = context.parse(parser))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Report::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));

    if (!parser.isSet(periodOption))
        return context.usage(Report::tr("Give the period with --period, e.g. --period 2026-Q3."));
    const auto period = core::Period::parse(parser.value(periodOption));
    if (!period)
        return context.fail(
            core::Error::invalid(Report::tr("“%1” is not a period; write 2026, 2026-H1, 2026-Q3 or 2026-03.")
                                     .arg(parser.value(periodOption))));
    QDate asOf = QDate::currentDate();
    if (parser.isSet(onOption)) {
        asOf = core::fromIsoDate(parser.value(onOption));
        if (!asOf.isValid())
            return context.usage(Report::tr("--on needs a date written yyyy-MM-dd, e.g. 2026-12-01, not “%1”.")
                                     .arg(parser.value(onOption)));
    }
    std::optional<qint64> ids[3];
    const QCommandLineOption *idOptions[3] = {&contractOption, &districtOption, &streetOption};
    for (int i = 0; i < 3; ++i) {
        if (!parser.isSet(*idOptions[i]))
            continue;
        bool ok = false;
        const qint64 id = parser.value(*idOptions[i]).toLongLong(&ok);
        if (!ok || id <= 0)
            return context.usage(
                Report::tr("--%1 takes a record number, e.g. --%1 3.").arg(idOptions[i]->names().first()));
        ids[i] = id;
    }
    if (int(ids[0].has_value()) + int(ids[1].has_value()) + int(ids[2].has_value()) > 1)
        return context.usage(
            Report::tr("Give one of --contract, --district and --street, or none for the whole agency."));

    const QString path = parser.value(outOption);
    const bool json = parser.isSet(jsonOption);
    const bool pdf = path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
    const bool xlsx = path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive);
    if (path.isEmpty() && !json)
        return context.usage(Report::tr("Name the file to write (-o REPORT.pdf or -o REPORT.xlsx), or print the "
                                        "figures with --json."));
    if (!path.isEmpty() && !pdf && !xlsx)
        return context.usage(Report::tr("The report is written as PDF or XLSX: give a file name ending in .pdf or "
                                        ".xlsx."));

    core::Scope scope;
    if (ids[1])
        scope = core::Scope::district(*ids[1]);
    else if (ids[2])
        scope = core::Scope::street(*ids[2]);
    const core::ReportRequest request = core::ReportRequest::forPeriod(*period, asOf, ids[0], scope);

    auto db = context.open(core::Database::Mode::ReadOnly);
    if (!db)
        return UserError;
    auto prepared = ui::report::prepareReport(*db, request);
    if (!prepared)
        return context.fail(prepared.error());

    if (pdf) {
        auto pages = ui::report::ReportRenderer::writePdf(prepared.value(), path);
        if (!pages)
            return context.fail(pages.error());
        if (!json)
            context.out << Report::tr("Wrote the report for %1, %2 (%n page(s)) to %3.", nullptr, pages.value())
                               .arg(prepared->report.scopeLabel, prepared->report.request.periodLabel, path)
                        << '\n';
    } else if (xlsx) {
        const core::io::XlsxWorkbook book = core::io::reportWorkbook(prepared->document);
        if (core::Status s = book.write(path); !s)
            return context.fail(s.error());
        if (!json)
            context.out << Report::tr("Wrote the report for %1, %2 (%n sheet(s)) to %3.", nullptr,
                                      int(book.sheets().size()))
                               .arg(prepared->report.scopeLabel, prepared->report.request.periodLabel, path)
                        << '\n';
    }
    if (json)
        context.out << QString::fromUtf8(QJsonDocument(core::toJson(prepared->report)).toJson(QJsonDocument::Indented));
    return Success;
}

} // namespace app
