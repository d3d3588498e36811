// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/purchaserreport.h"
#include "ui/charts/chartbuilders.h"

#include <QMap>

namespace ui::report {

// Everything the PDF and the print preview of a report need, computed in one go from the
// file: the figures, their sections and tables, and the values of the charts it draws. Holds no
// widgets or fonts, so it can be made on a worker thread (with that thread's own connection) and
// printed on the GUI thread.
struct PreparedReport
{
    core::PurchaserReport report;
    core::ReportDocument document;
    QMap<QString, charts::ChartData> charts; // by chart key, as ui::charts computes them
};

// The chart request of the report's charts: its months, its scope, its as-of day.
charts::ChartRequest chartRequest(const core::PurchaserReport &report);

core::Result<PreparedReport> prepareReport(const core::Database &db, const core::ReportRequest &request);

} // namespace ui::report
