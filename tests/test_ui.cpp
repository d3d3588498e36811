// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The window's frame: the lazy list model, the list page's search, sort and delete, opening
// files the window must refuse, the settings page, and the screenshot option.
#include "helpers.h"
#include "ui/lazytablemodel.h"
#include "ui/listpage.h"
#include "ui/mainwindow.h"
#include "ui/pages/settingspage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {

constexpr int kRows = 100000;

core::Database openFile(const QString &path)
{
    auto db = core::Database::open(path);
    if (!db)
        FAIL(db.error().message.toStdString());
    return db.value();
}

// 100,000 workers named "Worker 000001" ... "Worker 100000", written with one SQL statement.
void fillWorkers(const core::Database &db)
{
    const auto done =
        db.run(QStringLiteral(
                   "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                   "INSERT INTO social_worker (code, name) SELECT printf('W%06d', i), printf('Worker %06d', i) FROM n")
                   .arg(kRows));
    REQUIRE(done.ok());
}

core::SqlListSource workerSource(const core::Database &db)
{
    core::ListSpec spec;
    spec.from = QStringLiteral("social_worker w");
    spec.id = QStringLiteral("w.id");
    spec.columns = {{QStringLiteral("Code"), QStringLiteral("w.code"), Qt::AlignLeft, {}},
                    {QStringLiteral("Name"), QStringLiteral("w.name"), Qt::AlignLeft, {}}};
    spec.searchColumns = {QStringLiteral("w.name")};
    spec.defaultOrder = QStringLiteral("w.id");
    return core::SqlListSource(db, spec);
}

// A list page whose delete hook records what it was asked to delete.
class TestPage : public ui::ListPage
{
public:
    QString key() const override { return QStringLiteral("test"); }
    QString title() const override { return QStringLiteral("Test"); }
    QList<qint64> removed;
    QList<qint64> edited;

protected:
    SourceFactory sourceFactory() const override
    {
        return [](const core::Database &db) {
            return std::make_shared<core::SqlListSource>(workerSource(db));
        };
    }
    bool editRecord(qint64 id) override
    {
        edited << id;
        return false;
    }
    core::Status removeRecord(qint64 id) override
    {
        removed << id;
        const auto done = database()->run(QStringLiteral("DELETE FROM social_worker WHERE id = ?"), {id});
        return done ? core::Status() : core::Status(done.error());
    }
};

// Answers the next modal message box with `button`; the text it showed arrives in the result
// (empty if none appeared within five seconds).
std::shared_ptr<QString> answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto text = std::make_shared<QString>();
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text, button, tries] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (++*tries > 250)
                timer->deleteLater();
            return;
        }
        *text = box->text();
        if (QAbstractButton *b = box->button(button))
            b->click();
        else
            box->accept();
        timer->stop();
        timer->deleteLater();
    });
    timer->start();
    return text;
}

// Keyboard focus on the list, as after a click into it.
void focusList(TestPage &page)
{
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.view()->setFocus();
}

QString cell(const ui::LazyTableModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

TEST_CASE("the lazy model counts everything but reads only a screenful", "[ui][model]")
{
    QTemporaryDir dir;
    const core::Database db = openFile(dir.filePath(QStringLiteral("big.db")));
    fillWorkers(db);

    TestPage page;
    page.resize(900, 600);
    page.setDatabase(db);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QTest::qWait(50);
    ui::LazyTableModel &model = *page.model();
    CHECK(model.rowCount() == kRows);
    CHECK(model.fetchedRows() > 0);
    CHECK(model.fetchedRows() <= 2 * ui::LazyTableModel::kBlockSize);
    CHECK(page.statusLine()->text().contains(QStringLiteral("100000")));

    SECTION("scrolling to the end reads the last block only")
    {
        page.view()->scrollToBottom();
        QTest::qWait(50);
        CHECK(cell(model, kRows - 1, 1) == QStringLiteral("Worker 100000"));
        CHECK(model.fetchedRows() <= 4 * ui::LazyTableModel::kBlockSize);
    }

    SECTION("sorting by a column re-queries in SQL")
    {
        CHECK(cell(model, 0, 1) == QStringLiteral("Worker 000001"));
        page.view()->sortByColumn(1, Qt::DescendingOrder);
        QTest::qWait(20);
        CHECK(model.filter().sortColumn == 1);
        CHECK(cell(model, 0, 1) == QStringLiteral("Worker 100000"));
        CHECK(model.fetchedRows() <= 2 * ui::LazyTableModel::kBlockSize);
        page.view()->sortByColumn(0, Qt::AscendingOrder);
        QTest::qWait(20);
        CHECK(cell(model, 0, 0) == QStringLiteral("W000001"));
        CHECK(model.rowCount() == kRows);
    }

    SECTION("typing in the search box filters after a pause")
    {
        QSignalSpy counted(&model, &ui::LazyTableModel::countChanged);
        QLineEdit *search = page.filters()->searchBox();
        QTest::keyClicks(search, QStringLiteral("Worker 00004"));
        CHECK(model.rowCount() == kRows); // not yet: the debounce waits for a pause
        REQUIRE(counted.wait(2000));
        CHECK(model.rowCount() == 10); // Worker 000040 ... Worker 000049
        CHECK(cell(model, 0, 1) == QStringLiteral("Worker 000040"));
        CHECK(page.statusLine()->text().contains(QStringLiteral("10")));
        search->clear();
        REQUIRE(counted.wait(2000));
        CHECK(model.rowCount() == kRows);
    }

    SECTION("Del asks, naming the record, then deletes through the page's hook")
    {
        focusList(page);
        page.view()->setCurrentIndex(model.index(2, 0));
        const qint64 id = model.idAt(2);

        auto question = answerNextMessageBox(QMessageBox::No);
        QTest::keyClick(page.view(), Qt::Key_Delete);
        CHECK(question->contains(QStringLiteral("Worker 000003")));
        CHECK(page.removed.isEmpty());
        CHECK(model.rowCount() == kRows);

        focusList(page);
        question = answerNextMessageBox(QMessageBox::Yes);
        QTest::keyClick(page.view(), Qt::Key_Delete);
        CHECK(question->contains(QStringLiteral("Worker 000003")));
        REQUIRE(page.removed == QList<qint64>{id});
        CHECK(model.rowCount() == kRows - 1);
        CHECK(cell(model, 2, 1) == QStringLiteral("Worker 000004"));
    }

    SECTION("Enter on the list edits the current record through the page's hook")
    {
        focusList(page);
        page.view()->setCurrentIndex(model.index(5, 0));
        QTest::keyClick(page.view(), Qt::Key_Return);
        CHECK(page.edited == QList<qint64>{model.idAt(5)});
    }

    SECTION("Del in the search box deletes a letter, not a record")
    {
        QLineEdit *search = page.filters()->searchBox();
        search->setFocus();
        search->setText(QStringLiteral("ab"));
        search->setCursorPosition(0);
        QTest::keyClick(search, Qt::Key_Delete);
        CHECK(search->text() == QStringLiteral("b"));
        CHECK(page.removed.isEmpty());
    }
}

TEST_CASE("the window keeps its file when core refuses another", "[ui][window]")
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.db"));
    const QString tooNew = dir.filePath(QStringLiteral("new.db"));
    const QString notOurs = dir.filePath(QStringLiteral("notes.txt"));
    {
        const core::Database db = openFile(tooNew);
        REQUIRE(db.run(QStringLiteral("PRAGMA user_version = %1").arg(core::Database::kSchemaVersion + 5)).ok());
    }
    {
        QFile text(notOurs);
        REQUIRE(text.open(QIODevice::WriteOnly));
        text.write(QByteArray("shopping list: tea, rice, and more words to fill a page of text ").repeated(100));
    }

    ui::MainWindow window;
    REQUIRE(window.openDatabase(good));
    CHECK(window.windowTitle().contains(QStringLiteral("good.db")));

    for (const QString &refused : {tooNew, notOurs}) {
        const auto message = answerNextMessageBox(QMessageBox::Ok);
        CHECK_FALSE(window.openDatabase(refused));
        CHECK_FALSE(message->isEmpty());
        REQUIRE(window.database().has_value());
        CHECK(window.database()->path() == good);
        CHECK(window.windowTitle().contains(QStringLiteral("good.db")));
    }
    const auto message = answerNextMessageBox(QMessageBox::Ok);
    CHECK_FALSE(window.openDatabase(tooNew));
    CHECK(message->contains(QStringLiteral("newer")));
    CHECK(ui::MainWindow::recentFiles().value(0) == QFileInfo(good).absoluteFilePath());
}

TEST_CASE("the window shows every registered page once a file is open", "[ui][window]")
{
    ui::MainWindow window;
    QStringList keys;
    for (ui::Page *p : window.pages()) {
        CHECK_FALSE(p->title().isEmpty());
        CHECK_FALSE(keys.contains(p->key()));
        keys << p->key();
    }
    CHECK(keys.contains(QStringLiteral("overview")));
    CHECK(keys.contains(QStringLiteral("settings")));
    QTemporaryDir dir;
    REQUIRE(window.openDatabase(dir.filePath(QStringLiteral("a.db"))));
    window.showPage(QStringLiteral("settings"));
    CHECK(window.currentPage()->key() == QStringLiteral("settings"));
}

TEST_CASE("the settings page validates as the user types and saves through core", "[ui][settings]")
{
    const core::Database db = memoryDb();
    ui::SettingsPage page;
    page.setDatabase(db);
    CHECK(page.problem().isEmpty());
    core::Settings s = page.current();
    CHECK(s.gradePass == 60);

    const auto pass = page.findChildren<QSpinBox *>();
    REQUIRE_FALSE(pass.isEmpty());
    // Pass above Good is refused before anything is written.
    for (QSpinBox *spin : pass)
        if (spin->value() == 60 && spin->maximum() == 100)
            spin->setValue(85);
    CHECK_FALSE(page.problem().isEmpty());
    CHECK_FALSE(page.save());
    CHECK(db.setting(QStringLiteral("grade_pass")) == QStringLiteral("60"));
    for (QSpinBox *spin : pass)
        if (spin->value() == 85)
            spin->setValue(55);
    CHECK(page.problem().isEmpty());
    CHECK(page.save());
    CHECK(db.setting(QStringLiteral("grade_pass")) == QStringLiteral("55"));
}

TEST_CASE("The screenshot option saves every page and quits", "[ui][screenshot]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("shots.db"));
    openFile(file);
    const QString shots = dir.filePath(QStringLiteral("shots"));
    QProcess program;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    program.setProcessEnvironment(env);
    program.start(QStringLiteral(ONESTREET_BINARY), {QStringLiteral("--db"), file, QStringLiteral("--lang"),
                                                     QStringLiteral("en"), QStringLiteral("--screenshot"), shots});
    REQUIRE(program.waitForFinished(60000));
    CHECK(program.exitCode() == 0);
    const QStringList png = QDir(shots).entryList({QStringLiteral("*.png")});
    CHECK(png.contains(QStringLiteral("overview.png")));
    CHECK(png.contains(QStringLiteral("settings.png")));
    CHECK(png.contains(QStringLiteral("workers.png")));
}
