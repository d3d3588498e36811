// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// main() of the PostgreSQL tests: without a server (no PGHOST) a test case is not run but reported
// to CTest as skipped; listing the cases (catch_discover_tests at build time) needs no server.
#define CATCH_CONFIG_RUNNER
#include "pgfixture.h"

#include <QCoreApplication>
#include <QLocale>

#include <catch2/catch.hpp>
#include <cstdio>

int main(int argc, char *argv[])
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication app(argc, argv);
    Catch::Session session;
    if (const int rc = session.applyCommandLine(argc, argv); rc != 0)
        return rc;
    const Catch::ConfigData &config = session.configData();
    const bool listing =
        config.listTests || config.listTestNamesOnly || config.listTags || config.listReporters || config.showHelp;
    if (!listing && !pgfixture::serverConfigured()) {
        std::fputs("PGHOST is not set: no PostgreSQL server to test against, skipped "
                   "(run the tests inside pg_virtualenv).\n",
                   stdout);
        return pgfixture::kSkipReturnCode;
    }
    const int failures = session.run();
    // Exactly kSkipReturnCode failed assertions must not read as "skipped".
    return failures == pgfixture::kSkipReturnCode ? 1 : failures;
}
