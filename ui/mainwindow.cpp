// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "mainwindow.h"

#include "core/i18n.h"

#include <QApplication>

namespace ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("OneStreet"));
}

int runWindow(int &argc, char **argv, const QString &databasePath, const QString &language)
{
    Q_UNUSED(databasePath);
    QApplication application(argc, argv);
    core::installTranslations(application, language);
    MainWindow window;
    window.show();
    return application.exec();
}

} // namespace ui
