// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "mainwindow.h"

#include "core/backup.h"
#include "core/i18n.h"
#include "core/io/backups.h"
#include "demorunner.h"
#include "helpbrowser.h"
#include "importdialog.h"
#include "mnemonics.h"
#include "qtdialogs.h"
#include "recorddialog.h"
#include "screenfit.h"
#include "sheet/sheetrenderer.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace ui {

namespace {

const auto kRecentKey = QStringLiteral("recentFiles");

QString fileFilter()
{
    return QCoreApplication::translate("ui::MainWindow", "OneStreet files (*.db *.sqlite);;All files (*)");
}

// A small round badge with the first character of the page's title: readable in both
// languages and different for every page, unlike the style's generic icons.
QIcon badgeIcon(const QString &title, int index)
{
    static const QColor colours[] = {QColor(0x2E, 0x7D, 0x32), QColor(0x15, 0x65, 0xC0), QColor(0x6A, 0x1B, 0x9A),
                                     QColor(0xC6, 0x28, 0x28), QColor(0xEF, 0x6C, 0x00), QColor(0x00, 0x83, 0x8F),
                                     QColor(0x45, 0x5A, 0x64), QColor(0xAD, 0x14, 0x57)};
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colours[index % std::size(colours)]);
    p.drawRoundedRect(QRectF(2, 2, 60, 60), 14, 14);
    QFont font = p.font();
    font.setPixelSize(34);
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, 64, 64), Qt::AlignCenter, title.left(1));
    return QIcon(pixmap);
}

// The program's icon (resources/icons), at every size it ships.
QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/onestreet-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFixedWidth(190);
    m_navigation->setSpacing(1);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    int index = 0;
    for (const PageEntry &entry : pageRegistry()) {
        Page *page = entry.create();
        page->setParent(m_stack);
        m_pages << page;
        m_stack->addWidget(page);
        const QIcon icon = page->icon().isNull() ? badgeIcon(page->title(), index) : page->icon();
        auto *item = new QListWidgetItem(icon, page->title(), m_navigation);
        item->setSizeHint(QSize(0, 34));
        ++index;
        connect(page, &Page::navigateRequested, this,
                [this](const QString &key, const core::ListFilter &filter) { showPage(key, filter); });
        connect(page, &Page::dataChanged, this, [this, page] {
            for (Page *other : std::as_const(m_pages))
                if (other != page && !m_stale.contains(other))
                    m_stale << other;
        });
    }
    m_welcome = new WelcomePage(m_stack);
    m_stack->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::createRequested, this, [this](const QString &path) { createDatabase(path); });
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openFile);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::pageChanged);

    connect(&m_backup, &QFutureWatcher<core::Result<core::io::AutomaticBackup>>::finished, this, [this] {
        const core::Result<core::io::AutomaticBackup> made = m_backup.result();
        if (made) {
            const QString file = QDir::toNativeSeparators(made->file);
            statusBar()->showMessage(made->written ? tr("Automatic backup written to %1.").arg(file)
                                                   : tr("Nothing changed since the automatic backup %1.").arg(file),
                                     10000);
            emit backupWritten(made->file, QString());
        } else {
            statusBar()->showMessage(tr("The automatic backup failed: %1").arg(made.error().message));
            emit backupWritten(QString(), made.error().message);
        }
    });

    buildMenus();
    setWindowIcon(applicationIcon());
    fitToScreen(this, QSize(1280, 820)); // smaller on a small screen (a 1280×720 laptop)
    updateTitle();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New database…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                    &MainWindow::newDatabase);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openFile);
    QAction *server = file->addAction(tr("Connect to &server…"), this, &MainWindow::connectServer);
    server->setObjectName(QStringLiteral("connectServer"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    file->addAction(tr("Import &attendance…"), this, &MainWindow::importAttendance);
    file->addAction(tr("Import &work log…"), this, &MainWindow::importWorkLog);
    file->addSeparator();
    file->addAction(tr("Save a &backup copy…"), this, &MainWindow::saveBackup);
    file->addAction(tr("Restore a ba&ckup…"), this, &MainWindow::restoreBackup);
    file->addAction(tr("Open &demo…"), this, &MainWindow::openDemo);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    // F1 opens the guide at the section about the page on screen.
    QAction *guide = help->addAction(tr("&User guide"), QKeySequence::HelpContents, this, [this] {
        Page *p = m_db ? currentPage() : nullptr;
        HelpBrowser::showTopic(this, HelpBrowser::topicForPage(p ? p->key() : QString()));
    });
    guide->setObjectName(QStringLiteral("userGuide"));
    guide->setShortcutContext(Qt::ApplicationShortcut);
    help->addSeparator();
    help->addAction(tr("&About OneStreet"), this, &MainWindow::about);
    updateRecentMenu();
}

QStringList MainWindow::recentFiles()
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::addRecent(const QString &path)
{
    // A server is kept by its address, never with a password.
    const QString absolute = core::Database::isServerAddress(path) ? core::Database::displayAddress(path)
                                                                   : QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        const QString label = QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path));
        m_recentMenu->addAction(label, this, [this, path] { openDatabase(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::updateTitle()
{
    if (m_db && m_db->dialect().isServer())
        setWindowTitle(tr("%1 — OneStreet").arg(m_db->location()));
    else if (m_db && m_db->isReadOnly())
        setWindowTitle(tr("%1 (read-only) — OneStreet").arg(QFileInfo(m_db->path()).fileName()));
    else if (m_db)
        setWindowTitle(tr("%1 — OneStreet").arg(QFileInfo(m_db->path()).fileName()));
    else
        setWindowTitle(tr("OneStreet"));
}

bool MainWindow::openDatabase(const QString &path)
{
    // A file without write permission (a copy from a CD, a colleague's shared file) opens for
    // viewing: the title says so, and SQLite refuses every write with a message.
    const QFileInfo info(path);
    const bool readOnly = info.isFile() && (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner));
    auto opened =
        core::Database::open(path, readOnly ? core::Database::Mode::ReadOnly : core::Database::Mode::ReadWrite);
    if (!opened) {
        // The file stays as it was and so does the window: the current file remains open.
        showError(this, tr("Open %1").arg(QFileInfo(path).fileName()), opened.error());
        return false;
    }
    if (m_backup.isRunning())
        m_backup.waitForFinished(); // its copy is of the file open before; let it finish
    m_db = opened.value();
    startAutomaticBackup();
    m_unopened = m_pages; // each reads the file when first shown
    m_stale.clear();
    m_navigation->setEnabled(true);
    addRecent(path);
    updateTitle();
    if (m_db->dialect().isServer())
        statusBar()->showMessage(tr("Connected to %1.").arg(m_db->location()));
    if (m_navigation->currentRow() < 0 && !m_pages.isEmpty())
        m_navigation->setCurrentRow(0);
    else
        pageChanged(m_navigation->currentRow());
    return true;
}

void MainWindow::showWelcome(const QString &path)
{
    m_welcome->setPath(path);
    m_navigation->setEnabled(false);
    m_stack->setCurrentWidget(m_welcome);
}

bool MainWindow::createDatabase(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    return openDatabase(path);
}

void MainWindow::ensureOpened(Page *page) const
{
    if (m_db && m_unopened.removeAll(page) > 0) {
        page->setDatabase(*m_db);
        m_stale.removeAll(page);
    }
}

QList<Page *> MainWindow::pages() const
{
    for (Page *p : m_pages)
        ensureOpened(p);
    return m_pages;
}

Page *MainWindow::page(const QString &key) const
{
    for (Page *p : m_pages)
        if (p->key() == key) {
            ensureOpened(p);
            return p;
        }
    return nullptr;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

void MainWindow::pageChanged(int row)
{
    if (row < 0 || row >= m_pages.size() || !m_db)
        return;
    Page *p = m_pages.at(row);
    if (m_unopened.contains(p))
        ensureOpened(p);
    else if (m_stale.removeAll(p) > 0)
        p->refresh();
    m_stack->setCurrentWidget(p);
}

void MainWindow::showPage(const QString &key, const std::optional<core::ListFilter> &filter)
{
    Page *p = page(key);
    if (!p || !m_db)
        return;
    m_navigation->setCurrentRow(int(m_pages.indexOf(p)));
    if (filter)
        p->showFiltered(*filter);
}

void MainWindow::newDatabase()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New database"), folder + QStringLiteral("/onestreet.db"), fileFilter());
    if (path.isEmpty())
        return;
    if (m_db && QFileInfo(path) == QFileInfo(m_db->path())) {
        showError(this, tr("New database"),
                  core::Error::invalid(tr("%1 is the file that is open now. Choose another name.").arg(path)));
        return;
    }
    if (QFile::exists(path)) {
        // The save dialog has asked whether to replace it.
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        if (QFile::exists(path)) {
            showError(this, tr("New database"),
                      core::Error::storage(tr("%1 cannot be replaced. Close the program using it, or choose "
                                              "another name.")
                                               .arg(path)));
            return;
        }
    }
    createDatabase(path);
}

void MainWindow::openFile()
{
    const QString start = m_db ? QFileInfo(m_db->path()).absolutePath()
                               : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open"), start, fileFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::saveBackup()
{
    if (!m_db)
        return;
    const QFileInfo current(m_db->path());
    const QString suggestion = current.absolutePath() + QLatin1Char('/') + current.completeBaseName() +
                               QStringLiteral("-") + QDate::currentDate().toString(QStringLiteral("yyyyMMdd")) +
                               QStringLiteral(".db");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a backup copy"), suggestion, fileFilter());
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status saved = core::backupTo(*m_db, path);
    QApplication::restoreOverrideCursor();
    if (!saved)
        showError(this, tr("Save a backup copy"), saved.error());
    else
        QMessageBox::information(this, tr("Save a backup copy"),
                                 tr("The backup copy was written to %1.").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::connectServer()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Connect to a server"));
    auto *form = new QFormLayout(&dialog);
    QSettings settings;
    auto *host = new QLineEdit(settings.value(QStringLiteral("server/host"), QStringLiteral("localhost")).toString());
    auto *port = new QSpinBox;
    port->setRange(1, 65535);
    port->setValue(settings.value(QStringLiteral("server/port"), 5432).toInt());
    auto *database =
        new QLineEdit(settings.value(QStringLiteral("server/database"), QStringLiteral("onestreet")).toString());
    auto *user = new QLineEdit(settings.value(QStringLiteral("server/user"), QStringLiteral("onestreet")).toString());
    auto *password = new QLineEdit;
    password->setEchoMode(QLineEdit::Password);
    password->setPlaceholderText(tr("empty: from ~/.pgpass or PGPASSWORD"));
    form->addRow(tr("&Server:"), host);
    form->addRow(tr("&Port:"), port);
    form->addRow(tr("&Database:"), database);
    form->addRow(tr("&User:"), user);
    form->addRow(tr("Pass&word:"), password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(QStringLiteral("server/host"), host->text().trimmed());
    settings.setValue(QStringLiteral("server/port"), port->value());
    settings.setValue(QStringLiteral("server/database"), database->text().trimmed());
    settings.setValue(QStringLiteral("server/user"), user->text().trimmed());
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host->text().trimmed());
    url.setPort(port->value());
    url.setUserName(user->text().trimmed());
    url.setPath(QLatin1Char('/') + database->text().trimmed());
    const QString address = url.toString();
    if (!password->text().isEmpty())
        core::Database::rememberPassword(address, password->text()); // this process only
    openDatabase(address);
}

void MainWindow::openDemo()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the demo as"),
                                                      folder + QStringLiteral("/onestreet-demo.db"), fileFilter());
    if (path.isEmpty())
        return;
    if (m_db && QFileInfo(path) == QFileInfo(m_db->path())) {
        showError(
            this, tr("Open demo"),
            core::Error::invalid(tr("%1 is the file that is open now. Choose a new file for the demo.").arg(path)));
        return;
    }
    if (QFile::exists(path)) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }
    createDemo(path);
}

void MainWindow::createDemo(const QString &path)
{
    const auto result = generateDemo(this, path);
    if (!result) {
        showError(this, tr("Open demo"), result.error());
        return;
    }
    if (result.value())
        openDatabase(path);
}

void MainWindow::startAutomaticBackup()
{
    const QString path = m_db->path();
    // A server's backups are the IT person's (backup -o FILE, pg_dump), not files beside it.
    if (path.isEmpty() || path == QLatin1String(":memory:") || m_db->isReadOnly() || m_db->dialect().isServer())
        return;
    // VACUUM INTO of a big file takes seconds: never hold up opening it.
    statusBar()->showMessage(tr("Writing the automatic backup…"));
    m_backup.setFuture(QtConcurrent::run([path]() -> core::Result<core::io::AutomaticBackup> {
        auto db = core::Database::open(path);
        if (!db)
            return db.error();
        // Keeps as many as the setting backup_keep says; none new when nothing changed.
        return core::io::automaticBackup(db.value());
    }));
}

void MainWindow::importAttendance()
{
    pickImport(core::io::ImportKind::Attendance);
}

void MainWindow::importWorkLog()
{
    pickImport(core::io::ImportKind::WorkLog);
}

void MainWindow::pickImport(core::io::ImportKind kind)
{
    if (!m_db)
        return;
    const QString title = kind == core::io::ImportKind::Attendance ? tr("Import attendance") : tr("Import work log");
    const QString file = QFileDialog::getOpenFileName(
        this, title, QFileInfo(m_db->path()).absolutePath(),
        tr("Spreadsheets (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)"));
    if (!file.isEmpty())
        importFile(kind, file);
}

bool MainWindow::importFile(core::io::ImportKind kind, const QString &file)
{
    if (!m_db)
        return false;
    const auto result = ui::importFile(this, *m_db, kind, file);
    if (!result)
        return false;
    // Every page may show what was imported: the current one now, the others when shown.
    m_stale = m_pages;
    pageChanged(m_navigation->currentRow());
    return true;
}

void MainWindow::restoreBackup()
{
    if (!m_db)
        return;
    const QStringList backups = core::io::listBackups(m_db->path());
    QString chosen;
    if (!backups.isEmpty()) {
        // The automatic backups, newest first, with their dates and sizes; or another file.
        const QLocale locale;
        QStringList items;
        for (const QString &b : backups) {
            const QFileInfo info(b);
            items << tr("%1 — %2, %3")
                         .arg(locale.toString(info.lastModified(), QLocale::ShortFormat),
                              locale.formattedDataSize(info.size()), info.fileName());
        }
        const QString other = tr("Another file…");
        items << other;
        bool ok = false;
        const QString item =
            QInputDialog::getItem(this, tr("Restore a backup"), tr("Backups of this file:"), items, 0, false, &ok);
        if (!ok)
            return;
        if (item != other)
            chosen = backups.at(items.indexOf(item));
    }
    if (chosen.isEmpty())
        chosen = QFileDialog::getOpenFileName(this, tr("Restore a backup"), core::io::backupFolder(m_db->path()),
                                              tr("Backups (*.db);;All files (*)"));
    if (!chosen.isEmpty())
        restoreFrom(chosen);
}

bool MainWindow::restoreFrom(const QString &backupFile)
{
    if (!m_db)
        return false;
    const QString title = tr("Restore a backup");
    if (const core::Status usable = core::io::checkBackup(backupFile); !usable) {
        showError(this, title, usable.error());
        return false;
    }
    const QString current = m_db->path();
    const auto answer = QMessageBox::question(
        this, title,
        tr("Replace %1 with the backup %2?\n\nEverything entered since that backup is replaced. A copy of the "
           "current file is kept in the backups folder.")
            .arg(QDir::toNativeSeparators(current), QDir::toNativeSeparators(backupFile)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    closeConnections();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restored = core::io::restoreBackup(current, backupFile);
    QApplication::restoreOverrideCursor();
    // Open the file again either way: restored, or left as it was.
    openDatabase(current);
    if (!restored) {
        showError(this, title, restored.error());
        return false;
    }
    statusBar()->showMessage(tr("Restored %1. The replaced file was kept as %2.")
                                 .arg(QDir::toNativeSeparators(backupFile), QDir::toNativeSeparators(restored.value())),
                             15000);
    return true;
}

MainWindow::~MainWindow()
{
    m_backup.waitForFinished();
    QThreadPool::globalInstance()->waitForDone();
}

void MainWindow::closeConnections()
{
    // Workers with their own connections finish first.
    m_backup.waitForFinished();
    QThreadPool::globalInstance()->waitForDone();
    // Pages keep copies of the database: hand them an empty in-memory one so that the last copy
    // of the file's connection goes with m_db.
    if (auto placeholder = core::Database::openMemory()) {
        for (Page *page : std::as_const(m_pages))
            page->setDatabase(placeholder.value());
    }
    m_unopened.clear();
    m_db.reset();
}

void MainWindow::about()
{
    // Where the records are, so that a user can find the file (and its backups) to copy or restore.
    const QString where = m_db
                              ? tr("<p>Data file: %1<br>Automatic backups: %2</p>")
                                    .arg(QDir::toNativeSeparators(m_db->path()).toHtmlEscaped(),
                                         QDir::toNativeSeparators(core::io::backupFolder(m_db->path())).toHtmlEscaped())
                              : tr("<p>No data file is open.</p>");
    QMessageBox::about(this, tr("About OneStreet"),
                       tr("<h3>OneStreet %1</h3>"
                          "<p>Records for “One Street, One Social Worker” (一街一社工) projects: contracts, posts, "
                          "placements, attendance, activities, supervision, evaluations and funding.</p>"
                          "<p>Free software under the MIT licence: you may use, copy, change and pass it on. "
                          "© 2026 OneStreet developers.</p>"
                          "%2"
                          "<p>Built with Qt %3.</p>")
                           .arg(QStringLiteral(ONESTREET_VERSION), where, QString::fromLatin1(qVersion())));
}

bool MainWindow::saveScreenshots(const QString &folder)
{
    QDir().mkpath(folder);
    fitToScreen(this, QSize(1400, 900));
    show();
    bool ok = true;
    auto shoot = [&](const QString &name) {
        // Let pages that compute on worker threads (the Overview) finish and paint.
        QThreadPool::globalInstance()->waitForDone(10000);
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 200)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThreadPool::globalInstance()->waitForDone(10000);
        QApplication::processEvents();
        ok = grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))) && ok;
    };
    // A page wider than the window's 1400 pixels makes the window grow: name it for its author.
    for (Page *p : std::as_const(m_pages))
        if (p->minimumSizeHint().width() > 1400 - m_navigation->width())
            qWarning("Page %s needs %d pixels; the window is 1400 wide.", qPrintable(p->key()),
                     p->minimumSizeHint().width() + m_navigation->width());
    if (!m_db) {
        shoot(QStringLiteral("welcome"));
        return ok;
    }
    for (int i = 0; i < m_pages.size(); ++i) {
        m_navigation->setCurrentRow(i);
        shoot(m_pages.at(i)->key());
    }
    return ok;
}

int runWindow(int &argc, char **argv, const QString &databasePath, const QString &language,
              const QString &screenshotFolder)
{
    QApplication application(argc, argv);
    application.setWindowIcon(applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral(ONESTREET_APP_ID)); // the desktop entry: icon, name
    const QString path = databasePath.isEmpty()
                             ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                   .filePath(QStringLiteral("onestreet.db"))
                             : databasePath;
    const bool exists = QFile::exists(path);
    // The language: --lang, else the file's setting (Settings page), else the system's.
    QString lang = language;
    std::optional<core::Database> db;
    if (exists) {
        auto opened = core::Database::open(path);
        if (opened) {
            db = opened.value();
            if (lang.isEmpty())
                lang = db->setting(QStringLiteral("language"));
        }
    }
    core::installTranslations(application, lang);
    // Han characters in Simplified Chinese shapes whatever the system's locale: without this,
    // fontconfig's fallback for a non-Chinese locale may pick the Japanese face.
    QFont font = QApplication::font();
    font.setFamilies({font.family(), SheetRenderer::sansFamily()});
    QApplication::setFont(font);
    localiseQtDialogs(application);
    mnemonics::install(application);
    installScreenFit(application);

    MainWindow window;
    if (exists) {
        db.reset(); // the window opens its own; a refusal is shown there, in the right language
        if (!window.openDatabase(path))
            window.showWelcome(path);
    } else {
        window.showWelcome(path);
    }
    if (!screenshotFolder.isEmpty())
        return window.saveScreenshots(screenshotFolder) ? 0 : 1;
    window.show();
    return application.exec();
}

} // namespace ui
