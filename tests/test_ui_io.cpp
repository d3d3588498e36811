// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The window side of import, export and backups, and the Overview's cards: the preview of an
// import with a bad row, skipping it, exporting a list page, the automatic backup on opening a
// file, restoring it, and a card opening its page.
#include "core/io/backups.h"
#include "helpers.h"
#include "ui/importdialog.h"
#include "ui/listpage.h"
#include "ui/mainwindow.h"
#include "ui/pages/overviewpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A contract over 2026 with three posts, a worker placed in each (W001 张伟, W002 社工2, W003 社工3),
// and a fourth post nobody holds.
void seed(const QString &path)
{
    auto opened = core::Database::open(path);
    REQUIRE(opened.ok());
    const core::Database db = opened.value();
    REQUIRE(db.run(QStringLiteral("INSERT INTO district (id, name) VALUES (1, ?)"), {s("天河区")}).ok());
    REQUIRE(db.run(QStringLiteral("INSERT INTO purchaser (id, name) VALUES (1, ?)"), {s("民政局")}).ok());
    REQUIRE(db.run(QStringLiteral("INSERT INTO contract (id, code, purchaser_id, start_date, end_date, status) "
                                  "VALUES (1, 'HT-2026', 1, '2026-01-01', '2099-12-31', 'active')"))
                .ok());
    for (int i = 1; i <= 4; ++i) {
        REQUIRE(db.run(QStringLiteral("INSERT INTO street (id, district_id, name) VALUES (?, 1, ?)"),
                       {i, s("街道%1").arg(i)})
                    .ok());
        REQUIRE(db.run(QStringLiteral("INSERT INTO post (id, contract_id, street_id) VALUES (?, 1, ?)"), {i, i}).ok());
        if (i == 4)
            break; // the vacant post
        REQUIRE(
            db.run(QStringLiteral("INSERT INTO social_worker (id, code, name) VALUES (?, ?, ?)"),
                   {i, QStringLiteral("W%1").arg(i, 3, 10, QLatin1Char('0')), i == 1 ? s("张伟") : s("社工%1").arg(i)})
                .ok());
        REQUIRE(db.run(QStringLiteral("INSERT INTO placement (worker_id, post_id, start_date) VALUES (?, ?, "
                                      "'2026-01-01')"),
                       {i, i})
                    .ok());
    }
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

int count(const QString &path, const char *table)
{
    auto db = core::Database::open(path, core::Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    return db->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))->toInt();
}

// Answers every modal dialog that appears while `action` runs: `handle` gets it first and
// returns true when it dealt with it; message boxes are otherwise answered Yes / OK.
void whileAnswering(const std::function<void()> &action, const std::function<bool(QWidget *)> &handle)
{
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || qobject_cast<QProgressDialog *>(modal))
            return;
        if (handle(modal))
            return;
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            if (QAbstractButton *yes = box->button(QMessageBox::Yes))
                yes->click();
            else
                box->accept();
        }
    });
    timer.start();
    action();
}

} // namespace

TEST_CASE("The import preview blocks a file with a bad row; skipping it writes the others", "[ui-io]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("a.db"));
    seed(dbPath);
    const QString csv =
        writeFile(dir.filePath(QStringLiteral("a.csv")),
                  s("工号,日期,状态\nW002,2026-03-02,出勤\nW003,2026-03-02,出勤\nW001,2026-02-31,出勤\n").toUtf8());
    ui::MainWindow window;
    REQUIRE(window.openDatabase(dbPath));

    bool previewSeen = false, importEnabled = true, skipEnabled = false;
    QString problemRow, problemText, message;
    bool written = false;
    whileAnswering([&] { written = window.importFile(core::io::ImportKind::Attendance, csv); },
                   [&](QWidget *modal) {
                       if (auto *preview = qobject_cast<ui::ImportPreviewDialog *>(modal)) {
                           previewSeen = true;
                           importEnabled = preview->importButton()->isEnabled();
                           skipEnabled = preview->skipButton()->isEnabled();
                           QTableWidget *table = preview->table();
                           for (int r = 0; r < table->rowCount(); ++r)
                               if (!table->item(r, 3)->text().isEmpty()) {
                                   problemRow = table->item(r, 0)->text();
                                   problemText = table->item(r, 3)->text();
                               }
                           preview->skipButton()->click();
                           return true;
                       }
                       if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                           message = box->text();
                           box->accept();
                           return true;
                       }
                       return false;
                   });
    CHECK(previewSeen);
    CHECK_FALSE(importEnabled);
    CHECK(skipEnabled);
    CHECK(problemRow == QStringLiteral("4")); // the header is row 1
    CHECK_FALSE(problemText.isEmpty());
    CHECK(written);
    CHECK(message.contains(QStringLiteral("2 rows written")));
    CHECK(count(dbPath, "attendance") == 2);
}

TEST_CASE("A clean file imports with Import; cancelling the preview writes nothing", "[ui-io]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("a.db"));
    seed(dbPath);
    const QString csv = writeFile(dir.filePath(QStringLiteral("a.csv")),
                                  s("工号,日期,状态\nW002,2026-03-02,出勤\nW003,2026-03-02,病假\n").toUtf8());
    ui::MainWindow window;
    REQUIRE(window.openDatabase(dbPath));
    auto answer = [](bool import) {
        return [import](QWidget *modal) {
            auto *preview = qobject_cast<ui::ImportPreviewDialog *>(modal);
            if (!preview)
                return false;
            CHECK(preview->importButton()->isEnabled());
            CHECK_FALSE(preview->skipButton()->isEnabled());
            if (import)
                preview->importButton()->click();
            else
                preview->reject();
            return true;
        };
    };
    bool written = true;
    whileAnswering([&] { written = window.importFile(core::io::ImportKind::Attendance, csv); }, answer(false));
    CHECK_FALSE(written);
    CHECK(count(dbPath, "attendance") == 0);
    whileAnswering([&] { written = window.importFile(core::io::ImportKind::Attendance, csv); }, answer(true));
    CHECK(written);
    CHECK(count(dbPath, "attendance") == 2);
}

TEST_CASE("Exporting the Social workers page gives a CSV with a BOM, the header and the rows", "[ui-io]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("a.db"));
    seed(dbPath);
    ui::MainWindow window;
    REQUIRE(window.openDatabase(dbPath));
    auto *page = qobject_cast<ui::ListPage *>(window.page(QStringLiteral("workers")));
    REQUIRE(page);
    window.showPage(QStringLiteral("workers"));
    const QString out = dir.filePath(QStringLiteral("workers.csv"));
    const auto written = page->exportTo(out);
    REQUIRE(written.ok());
    CHECK(written.value() == 3);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.first().startsWith(page->model()->source()->headers().first()));
    CHECK(lines.join(QLatin1Char('\n')).contains(s("社工2")));
    CHECK(lines.join(QLatin1Char('\n')).contains(QStringLiteral("W003")));

    // XLSX by the suffix.
    const QString xlsx = dir.filePath(QStringLiteral("workers.xlsx"));
    REQUIRE(page->exportTo(xlsx).ok());
    QFile book(xlsx);
    REQUIRE(book.open(QIODevice::ReadOnly));
    CHECK(book.read(2) == QByteArray("PK"));
}

TEST_CASE("Opening a file writes an automatic backup, and restoring it brings the old records back", "[ui-io]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("a.db"));
    seed(dbPath);
    ui::MainWindow window;
    QSignalSpy spy(&window, &ui::MainWindow::backupWritten);
    REQUIRE(window.openDatabase(dbPath));
    REQUIRE((spy.count() > 0 || spy.wait(20000)));
    const QString backup = spy.first().at(0).toString();
    CHECK(spy.first().at(1).toString().isEmpty());
    REQUIRE(QFileInfo::exists(backup));
    CHECK(QFileInfo(backup).absolutePath() == QFileInfo(core::io::backupFolder(dbPath)).absoluteFilePath());
    CHECK(core::io::listBackups(dbPath).contains(backup));

    // A record added after the backup goes away with the restore.
    REQUIRE(window.database()->run(QStringLiteral("INSERT INTO social_worker (code, name) VALUES ('W100', 'x')")).ok());
    CHECK(count(dbPath, "social_worker") == 4);
    bool restored = false;
    whileAnswering([&] { restored = window.restoreFrom(backup); }, [](QWidget *) { return false; });
    CHECK(restored);
    REQUIRE(window.database());
    CHECK(window.database()->scalar(QStringLiteral("SELECT count(*) FROM social_worker"))->toInt() == 3);

    // Not a OneStreet file: refused with core's message, the file stays open.
    const QString junk = writeFile(dir.filePath(QStringLiteral("junk.db")), "not a database");
    QString refusal;
    whileAnswering([&] { restored = window.restoreFrom(junk); },
                   [&](QWidget *modal) {
                       if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                           refusal = box->text();
                           box->accept();
                           return true;
                       }
                       return false;
                   });
    CHECK_FALSE(restored);
    CHECK_FALSE(refusal.isEmpty());
    CHECK(window.database());
    window.backupRunning() ? void(spy.wait(20000)) : void();
}

TEST_CASE("The Overview shows the figures as cards; the vacant-posts card opens Streets & posts", "[ui-io]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("a.db"));
    seed(dbPath);
    ui::MainWindow window;
    auto *overview = qobject_cast<ui::OverviewPage *>(window.page(QStringLiteral("overview")));
    REQUIRE(overview);
    QSignalSpy shown(overview, &ui::OverviewPage::figuresShown);
    QSignalSpy backedUp(&window, &ui::MainWindow::backupWritten);
    REQUIRE(window.openDatabase(dbPath));
    window.show();
    REQUIRE((shown.count() > 0 || shown.wait(20000)));
    REQUIRE(overview->figures());
    CHECK(overview->card(QStringLiteral("posts_vacant"))->value() == QStringLiteral("1"));
    CHECK(overview->card(QStringLiteral("workers_active"))->value() == QStringLiteral("3"));
    // The vacant-post alert has its own card with the count and core's message.
    ui::OverviewCard *alert = overview->card(QString::fromLatin1(core::Alert::PostVacant));
    REQUIRE(alert);
    CHECK(alert->isVisible());
    CHECK(alert->value() == QStringLiteral("1"));

    window.showPage(QStringLiteral("overview"));
    REQUIRE(window.currentPage() == overview);
    QTest::mouseClick(overview->card(QStringLiteral("posts_vacant")), Qt::LeftButton);
    REQUIRE(window.currentPage());
    CHECK(window.currentPage()->key() == QStringLiteral("streets"));

    window.showPage(QStringLiteral("overview"));
    QTest::mouseClick(alert, Qt::LeftButton);
    CHECK(window.currentPage()->key() == QStringLiteral("streets"));
    if (backedUp.isEmpty())
        backedUp.wait(20000); // the backup's worker finishes before the folder goes
}
