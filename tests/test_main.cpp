// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// One QApplication for every test case (widgets need one; offscreen in CI).
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QLocale>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
