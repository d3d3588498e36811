// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "cli.h"

#include "ui/mainwindow.h"

#include <QApplication>

namespace app {

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    ui::MainWindow window;
    window.show();
    return application.exec();
}

} // namespace app
