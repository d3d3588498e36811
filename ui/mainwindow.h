// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include <QMainWindow>

namespace ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

// The program with no subcommand: the window on `databasePath` (empty: the default file).
int runWindow(int &argc, char **argv, const QString &databasePath, const QString &language);

} // namespace ui
