// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The window's pages in navigation order: a new page is one include and one line here.
// The order: Overview, Contracts, Streets & posts, Social workers, Placements, Attendance,
// Work log, Activities, Supervision, Evaluations, Funding, Exchange meetings, Settings.
#include "charts/chartspage.h"
#include "page.h"
#include "pages/activitiespage.h"
#include "pages/attendancepage.h"
#include "pages/contractspage.h"
#include "pages/evaluationspage.h"
#include "pages/exchangepage.h"
#include "pages/fundingpage.h"
#include "pages/overviewpage.h"
#include "pages/placementspage.h"
#include "pages/settingspage.h"
#include "pages/streetspage.h"
#include "pages/supervisionpage.h"
#include "pages/workerspage.h"
#include "pages/worklogpage.h"

namespace ui {

std::vector<PageEntry> pageRegistry()
{
    return {
        {[] {
            return new OverviewPage;
        }},
        {[] {
            return new ChartsPage;
        }},
        {[] {
            return new ContractsPage;
        }},
        {[] {
            return new StreetsPage;
        }},
        {[] {
            return new WorkersPage;
        }},
        {[] {
            return new PlacementsPage;
        }},
        {[] {
            return new AttendancePage;
        }},
        {[] {
            return new WorkLogPage;
        }},
        {[] {
            return new ActivitiesPage;
        }},
        {[] {
            return new SupervisionPage;
        }},
        {[] {
            return new EvaluationsPage;
        }},
        {[] {
            return new FundingPage;
        }},
        {[] {
            return new ExchangePage;
        }},
        {[] {
            return new SettingsPage;
        }},
    };
}

} // namespace ui
