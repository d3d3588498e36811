// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/database.h"
#include "core/io/backups.h"
#include "core/io/importer.h"
#include "page.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <optional>

class QListWidget;
class QMenu;
class QStackedWidget;

namespace ui {

class WelcomePage;

// The window: the navigation on the left, the pages (see pages.cpp) on the right, the File
// and Help menus. It holds the one open file; pages get it through Page::setDatabase().
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    // Waits for the work still running on other threads (the automatic backup): it uses its own
    // connection to the file, which must not outlive the window.
    ~MainWindow() override;

    // Opens (or creates) `path`. When core refuses the file (too new, corrupt, not ours,
    // read-only), shows core's message and keeps the current file open; false then.
    bool openDatabase(const QString &path);
    const std::optional<core::Database> &database() const { return m_db; }
    // The welcome page: no file yet at `path`; it offers to create it, a demo, or another file.
    void showWelcome(const QString &path);

    // Every page, each handed the open file (pages read it when first shown or asked for).
    QList<Page *> pages() const;
    Page *page(const QString &key) const;
    Page *currentPage() const;
    void showPage(const QString &key, const std::optional<core::ListFilter> &filter = std::nullopt);

    // Resizes to 1400×900, shows every page in turn and saves it as `folder`/<key>.png
    // (the welcome page too, as welcome.png). False when a file could not be written.
    bool saveScreenshots(const QString &folder);

    static QStringList recentFiles();
    static constexpr int kMaxRecent = 8;

    // Imports `file` (CSV or XLSX) into the open file: plan off the GUI thread, the preview,
    // the write off the GUI thread; every page reads the file again afterwards. False when
    // nothing was written (cancelled, refused, failed: shown to the user).
    bool importFile(core::io::ImportKind kind, const QString &file);
    // Asks for confirmation, closes every connection, puts `backupFile` in place of the open
    // file (core keeps a copy of the replaced one) and opens it again. Refuses, with core's
    // message, a file that is not OneStreet's or that is too new.
    bool restoreFrom(const QString &backupFile);
    // The automatic backup started when a file is opened; tests wait for backupWritten().
    bool backupRunning() const { return m_backup.isRunning(); }

signals:
    // The automatic backup finished: the copy's path, or empty with the error message.
    void backupWritten(const QString &path, const QString &error);

public slots:
    void importAttendance();
    void importWorkLog();
    void restoreBackup();
    void newDatabase();
    void openFile();
    // File → Connect to server…: host, port, database, user and a password prompt.
    void connectServer();
    void saveBackup();
    void openDemo();
    void about();

private:
    void buildMenus();
    void updateRecentMenu();
    void addRecent(const QString &path);
    void updateTitle();
    void pageChanged(int row);
    // Creates a demo file at `path` off the GUI thread (progress and cancel), then opens it.
    void createDemo(const QString &path);
    bool createDatabase(const QString &path);

    // Copies the file just opened into backups/ on a worker thread with its own connection.
    void startAutomaticBackup();
    void pickImport(core::io::ImportKind kind);
    // Drops every connection the window and its pages hold (before a restore).
    void closeConnections();

    std::optional<core::Database> m_db;
    QFutureWatcher<core::Result<core::io::AutomaticBackup>> m_backup;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<Page *> m_pages;
    mutable QList<Page *> m_stale; // pages to refresh when shown next (another page changed the file)
    // Pages not handed the open file yet: opening a file loads the page shown, the others load
    // when first shown (or asked for by page()/pages()).
    mutable QList<Page *> m_unopened;
    void ensureOpened(Page *page) const;
};

// The program with no subcommand: the window on `databasePath` (empty: the default file).
// `language` empty: the file's language setting, else the system's. `screenshotFolder`
// non-empty: save every page there and quit (see MainWindow::saveScreenshots).
int runWindow(int &argc, char **argv, const QString &databasePath, const QString &language,
              const QString &screenshotFolder = {});

} // namespace ui
