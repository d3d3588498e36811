// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// Workflows that finish in the window: 续签 from the Contracts page (the new contract selected, the
// user told what was created), the Overview's alert cards opening exactly the records they name,
// and the contract list's successor column.
#include "core/placement.h"
#include "helpers.h"
#include "ui/filterbar.h"
#include "ui/lazytablemodel.h"
#include "ui/listpage.h"
#include "ui/mainwindow.h"
#include "ui/pages/overviewpage.h"
#include "ui/pages/placementdialogs.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

// Three contracts: A and B end in 30 days (nobody renewed them), C runs on. A has posts at two
// streets held by 王芳 and 李强 to its end.
void seed(const QString &path)
{
    auto opened = core::Database::open(path);
    REQUIRE(opened.ok());
    const core::Database db = opened.value();
    const QDate end = QDate::currentDate().addDays(30);
    const QDate start = end.addYears(-1).addDays(1);
    REQUIRE(db.run(QStringLiteral("INSERT INTO district (id, name) VALUES (1, ?)"), {s("天河区")}).ok());
    REQUIRE(db.run(QStringLiteral("INSERT INTO purchaser (id, name) VALUES (1, ?)"), {s("民政局")}).ok());
    const char *codes[] = {"A-1", "B-1", "C-1"};
    for (int i = 0; i < 3; ++i)
        REQUIRE(
            db.run(QStringLiteral("INSERT INTO contract (id, code, title, purchaser_id, start_date, end_date, "
                                  "post_count, status) VALUES (?, ?, ?, 1, ?, ?, 2, 'active')"),
                   {i + 1, QString::fromLatin1(codes[i]), s("协议"), iso(start), iso(i == 2 ? end.addDays(200) : end)})
                .ok());
    for (int i = 1; i <= 2; ++i) {
        REQUIRE(db.run(QStringLiteral("INSERT INTO street (id, district_id, name) VALUES (?, 1, ?)"),
                       {i, s("街道%1").arg(i)})
                    .ok());
        REQUIRE(db.run(QStringLiteral("INSERT INTO post (id, contract_id, street_id) VALUES (?, 1, ?)"), {i, i}).ok());
        REQUIRE(db.run(QStringLiteral("INSERT INTO social_worker (id, code, name) VALUES (?, ?, ?)"),
                       {i, QStringLiteral("W%1").arg(i), i == 1 ? s("王芳") : s("李强")})
                    .ok());
        REQUIRE(db.run(QStringLiteral("INSERT INTO placement (worker_id, post_id, start_date) VALUES (?, ?, ?)"),
                       {i, i, iso(start)})
                    .ok());
    }
}

void whileAnswering(const std::function<void()> &action, const std::function<bool(QWidget *)> &handle)
{
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (QWidget *modal = QApplication::activeModalWidget())
            handle(modal);
    });
    timer.start();
    action();
}

QStringList column(const ui::ListPage *page, int col)
{
    QStringList cells;
    for (int r = 0; r < page->model()->rowCount(); ++r)
        cells << page->model()->rowAt(r).cells.value(col).toString();
    return cells;
}

} // namespace

TEST_CASE("The contracts-ending card opens exactly those contracts, and renewing selects the new one", "[ui][renewal]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("f.db"));
    seed(dbPath);
    ui::MainWindow window;
    auto *overview = qobject_cast<ui::OverviewPage *>(window.page(QStringLiteral("overview")));
    REQUIRE(overview);
    QSignalSpy shown(overview, &ui::OverviewPage::figuresShown);
    REQUIRE(window.openDatabase(dbPath));
    window.show();
    REQUIRE((shown.count() > 0 || shown.wait(20000)));
    ui::OverviewCard *ending = overview->card(QString::fromLatin1(core::Alert::ContractEnding));
    REQUIRE(ending);
    CHECK(ending->value() == QStringLiteral("2"));

    window.showPage(QStringLiteral("overview"));
    QTest::mouseClick(ending, Qt::LeftButton);
    auto *contracts = qobject_cast<ui::ListPage *>(window.currentPage());
    REQUIRE(contracts);
    CHECK(contracts->key() == QStringLiteral("contracts"));
    QStringList codes = column(contracts, 0);
    codes.sort();
    CHECK(codes == QStringList{QStringLiteral("A-1"), QStringLiteral("B-1")});
    QToolButton *only = contracts->filters()->onlyButton();
    CHECK(only->isVisible());
    const int successorColumn = int(contracts->model()->source()->headers().indexOf(QStringLiteral("Successor")));
    REQUIRE(successorColumn > 0);

    // 续签 A: untick 李强; the new contract is selected and the user is told what was created.
    REQUIRE(contracts->selectRecord(1));
    auto *renew = contracts->findChild<QAction *>(QStringLiteral("contractRenew"));
    REQUIRE(renew);
    bool dialogSeen = false;
    whileAnswering([&] { renew->trigger(); },
                   [&](QWidget *modal) {
                       if (modal->objectName() != QLatin1String("renewDialog"))
                           return false;
                       dialogSeen = true;
                       auto *list = modal->findChild<QListWidget *>(QStringLiteral("renewPlacements"));
                       REQUIRE(list);
                       REQUIRE(list->count() == 2);
                       for (int i = 0; i < list->count(); ++i)
                           if (list->item(i)->text().contains(s("李强")))
                               list->item(i)->setCheckState(Qt::Unchecked);
                       modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
                       return true;
                   });
    CHECK(dialogSeen);
    const core::ListRow current = contracts->currentRow();
    CHECK(current.id == 4);
    CHECK(current.cells.value(0).toString() == QStringLiteral("A-1-R"));
    auto *done = contracts->findChild<QMessageBox *>(QStringLiteral("renewDone"));
    REQUIRE(done);
    CHECK(done->text().contains(QStringLiteral("A-1-R")));
    CHECK(done->text().contains(QStringLiteral("2 post")));
    CHECK(done->text().contains(QStringLiteral("1 placement")));
    done->accept();
    CHECK_FALSE(only->isVisible());
    // The old contract names its successor; the new one holds 王芳 from its first day.
    contracts->selectRecord(1);
    CHECK(contracts->currentRow().cells.value(successorColumn).toString() == QStringLiteral("A-1-R"));
    const QDate first = QDate::currentDate().addDays(31);
    CHECK(window.database()
              ->scalar(QStringLiteral("SELECT w.name FROM placement pl JOIN post p ON p.id = pl.post_id "
                                      "JOIN social_worker w ON w.id = pl.worker_id WHERE p.contract_id = 4 "
                                      "AND pl.start_date = ?"),
                       {iso(first)})
              ->toString() == s("王芳"));
}

TEST_CASE("Placing a worker shows who is free on the start day; ending mid-contract presets no reason",
          "[ui][placements]")
{
    const core::Database db = memoryDb();
    const QDate start = QDate::currentDate().addDays(-100);
    const QDate end = QDate::currentDate().addDays(100);
    REQUIRE(db.run(QStringLiteral("INSERT INTO district (id, name) VALUES (1, ?)"), {s("天河区")}).ok());
    REQUIRE(db.run(QStringLiteral("INSERT INTO purchaser (id, name) VALUES (1, ?)"), {s("民政局")}).ok());
    REQUIRE(db.run(QStringLiteral("INSERT INTO contract (id, code, purchaser_id, start_date, end_date, post_count, "
                                  "status) VALUES (1, 'T-1', 1, ?, ?, 2, 'active')"),
                   {iso(start), iso(end)})
                .ok());
    for (int i = 1; i <= 2; ++i) {
        REQUIRE(db.run(QStringLiteral("INSERT INTO street (id, district_id, name) VALUES (?, 1, ?)"),
                       {i, s("街道%1").arg(i)})
                    .ok());
        REQUIRE(db.run(QStringLiteral("INSERT INTO post (id, contract_id, street_id) VALUES (?, 1, ?)"), {i, i}).ok());
    }
    REQUIRE(db.run(QStringLiteral("INSERT INTO social_worker (id, name) VALUES (1, ?), (2, ?)"), {s("王芳"), s("李强")})
                .ok());
    REQUIRE(db.run(QStringLiteral("INSERT INTO placement (id, worker_id, post_id, start_date) VALUES (1, 1, 1, ?)"),
                   {iso(start)})
                .ok());

    core::Placement fresh;
    fresh.postId = 2;
    ui::PlacementDialog place(db, fresh);
    QComboBox *workers = place.workerField();
    const int wang = workers->findData(1);
    REQUIRE(wang >= 0);
    CHECK(workers->itemText(wang).contains(s("街道1")));
    CHECK_FALSE(qobject_cast<QStandardItemModel *>(workers->model())->item(wang)->isEnabled());
    CHECK(workers->currentData().toLongLong() == 2); // 李强, the free one
    CHECK(place.findChild<QLabel *>(QStringLiteral("freeWorkers"))->text().contains(QStringLiteral("1 of 2")));
    CHECK(place.postField()->currentData().toLongLong() == 2); // starts from the post given
    // Before 王芳's placement began, she was free too.
    place.startField()->setDate(start.addDays(-1));
    CHECK_FALSE(workers->itemText(wang).contains(s("街道1")));

    ui::EndPlacementDialog ending(db, core::PlacementRepository(db).get(1).value());
    CHECK(ending.dayField()->date() == QDate::currentDate());
    CHECK(ending.reasonField()->currentData().toInt() < 0); // mid-contract: the user chooses
    ending.dayField()->setDate(end);
    CHECK(ending.reasonField()->currentData().toInt() == int(core::PlacementEndReason::ContractEnd));
    ending.dayField()->setDate(end.addDays(-5));
    CHECK(ending.reasonField()->currentData().toInt() < 0);
}

TEST_CASE("The contract dialog makes one post per street ticked; a recorded count without posts shows", "[ui][posts]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("p.db"));
    seed(dbPath);
    ui::MainWindow window;
    REQUIRE(window.openDatabase(dbPath));
    window.showPage(QStringLiteral("contracts"));
    auto *contracts = qobject_cast<ui::ListPage *>(window.currentPage());
    REQUIRE(contracts);
    // B-1 was recorded with 2 posts and has none.
    REQUIRE(contracts->selectRecord(2));
    CHECK(contracts->currentRow().cells.value(5).toString() == QStringLiteral("0 / 2"));
    REQUIRE(contracts->selectRecord(1));
    CHECK(contracts->currentRow().cells.value(5).toString() == QStringLiteral("2"));

    // Edit B-1: tick the first street; saving gives it one post, and 岗位数 1.
    bool seen = false;
    QString countText;
    whileAnswering(
        [&] {
            REQUIRE(contracts->selectRecord(2));
            contracts->editCurrent();
        },
        [&](QWidget *modal) {
            auto *streets = modal->findChild<QListWidget *>(QStringLiteral("contractStreets"));
            if (!streets)
                return false;
            seen = true;
            REQUIRE(streets->count() == 2);
            CHECK(modal->findChild<QLabel *>(QStringLiteral("contractPostCount"))
                      ->text()
                      .contains(QStringLiteral("recorded with 2 posts but has 0")));
            streets->item(0)->setCheckState(Qt::Checked);
            countText = modal->findChild<QLabel *>(QStringLiteral("contractPostCount"))->text();
            modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            return true;
        });
    CHECK(seen);
    CHECK(countText.startsWith(QStringLiteral("1 post")));
    CHECK(window.database()->scalar(QStringLiteral("SELECT count(*) FROM post WHERE contract_id = 2"))->toInt() == 1);
    CHECK(window.database()->scalar(QStringLiteral("SELECT post_count FROM contract WHERE id = 2"))->toInt() == 1);
    REQUIRE(contracts->selectRecord(2));
    CHECK(contracts->currentRow().cells.value(5).toString() == QStringLiteral("1"));
}
