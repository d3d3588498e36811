// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "preparedreport.h"

namespace ui::report {

charts::ChartRequest chartRequest(const core::PurchaserReport &report)
{
    charts::ChartRequest r;
    r.range = core::MonthRange(report.from, report.to);
    r.asOf = report.request.asOf;
    if (report.request.contractId)
        r.contractId = report.request.contractId;
    else if (report.request.scope.kind == core::Scope::Kind::Street)
        r.streetId = report.request.scope.id;
    else if (report.request.scope.kind == core::Scope::Kind::District)
        r.districtId = report.request.scope.id;
    return r;
}

core::Result<PreparedReport> prepareReport(const core::Database &db, const core::ReportRequest &request)
{
    auto figures = core::makePurchaserReport(db, request);
    if (!figures)
        return figures.error();
    PreparedReport prepared;
    prepared.report = figures.value();
    prepared.document = core::reportDocument(prepared.report);
    const charts::ChartRequest chartAsked = chartRequest(prepared.report);
    for (const core::ReportSection &section : std::as_const(prepared.document.sections)) {
        for (const QString &key : section.charts) {
            const auto builder = charts::chartFor(key);
            if (!builder)
                continue;
            // The same values the window's chart and `chart --json` give for this request.
            auto data = builder->data(db, chartAsked);
            if (!data)
                return data.error();
            prepared.charts.insert(key, data.value());
        }
    }
    return prepared;
}

} // namespace ui::report
