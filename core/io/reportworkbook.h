// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/reportdocument.h"
#include "core/result.h"
#include "xlsxworkbook.h"

namespace core::io {

// A report as a workbook: a cover sheet, then one sheet per section with its tables one under
// the other, every figure the same value the PDF prints (numbers, shares, yuan, hours and dates
// as typed cells; see ReportCell::value()).
XlsxWorkbook reportWorkbook(const ReportDocument &document);
Status writeReportWorkbook(const ReportDocument &document, const QString &path);

} // namespace core::io
