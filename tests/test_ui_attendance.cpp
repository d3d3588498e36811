// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The Attendance and Work log pages: a letter typed into the grid is stored at once, weekends
// and days outside the placement cannot be typed into, "Fill range" fills working days only,
// quick entry turns "1.5" hours into 90 minutes, and the list over a big file reads only a screenful.
#include "core/attendance.h"
#include "core/calendar.h"
#include "core/contract.h"
#include "core/i18n.h"
#include "core/organisation.h"
#include "core/placement.h"
#include "core/post.h"
#include "core/worker.h"
#include "core/worklog.h"
#include "helpers.h"
#include "ui/lazytablemodel.h"
#include "ui/mainwindow.h"
#include "ui/pages/attendancegrid.h"
#include "ui/pages/attendancepage.h"
#include "ui/pages/worklogpage.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

template <typename T> T must(core::Result<T> result)
{
    if (!result)
        FAIL(result.error().message.toStdString());
    return result.value();
}

// March 2025 has no public holiday: weekends are the 1st, 2nd, 8th, 9th, 15th, 16th ...
QDate march(int day)
{
    return QDate(2025, 3, day);
}

// One street, a 2025 contract with one post there, 张伟 placed from Monday 10 March.
struct Fixture
{
    core::Database db = memoryDb();
    qint64 streetId = 0, zhang = 0;

    Fixture()
    {
        core::OrganisationRepository org(db);
        const qint64 district = must(org.addDistrict({0, QStringLiteral("朝阳区")}));
        streetId = must(org.addStreet({0, district, QStringLiteral("双井街道"), {}}));
        core::Purchaser purchaser;
        purchaser.name = QStringLiteral("朝阳区民政局");
        const qint64 purchaserId = must(core::PurchaserRepository(db).add(purchaser));
        core::ContractRepository contracts(db);
        core::Contract c = contracts.blank();
        c.code = QStringLiteral("CY-2025");
        c.title = QStringLiteral("一街一社工");
        c.purchaserId = purchaserId;
        c.start = QDate(2025, 1, 1);
        c.end = QDate(2025, 12, 31);
        c.postCount = 1;
        c.status = core::ContractStatus::Active;
        const qint64 contractId = must(contracts.add(c));
        core::Post post;
        post.contractId = contractId;
        post.streetId = streetId;
        const qint64 postId = must(core::PostRepository(db).add(post));
        core::SocialWorker w;
        w.name = QStringLiteral("张伟");
        zhang = must(core::WorkerRepository(db).add(w));
        core::Placement p;
        p.workerId = zhang;
        p.postId = postId;
        p.start = march(10);
        p.handoverNote = QStringLiteral("");
        must(core::PlacementRepository(db).place(p));
    }

    qint64 count(const QString &where) const
    {
        return must(db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(where))).toLongLong();
    }
    std::optional<core::AttendanceStatus> stored(QDate day) const
    {
        const auto record = must(core::AttendanceRepository(db).get(zhang, day));
        return record ? std::optional(record->status) : std::nullopt;
    }
};

// Closes every modal message box that shows up while the test runs, keeping their texts.
class MessageBoxCloser : public QObject
{
public:
    QStringList texts;
    MessageBoxCloser()
    {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                texts << box->text();
                box->done(QMessageBox::Ok);
            }
        });
        timer->start(20);
    }
};

// The page showing March 2025 of every street, on screen (the grid is read when shown).
struct GridPage
{
    ui::AttendancePage page;
    explicit GridPage(const core::Database &db)
    {
        page.resize(1366, 700);
        page.setDatabase(db);
        page.show();
        page.showMonth(march(1));
    }
    ui::AttendanceGridModel *model() const { return page.gridModel(); }
    ui::AttendanceGridView *view() const { return page.gridView(); }
    QModelIndex cell(QDate day) const { return model()->index(0, model()->columnOf(day)); }
    void type(QDate day, Qt::Key key)
    {
        view()->clearSelection();
        view()->setCurrentIndex(cell(day));
        QTest::keyClick(view(), key);
    }
};

} // namespace

TEST_CASE("a status letter typed into the grid is stored at once", "[ui][attendance]")
{
    Fixture f;
    GridPage g(f.db);
    REQUIRE(g.model()->rowCount() == 1);
    CHECK(g.model()->workerNameAt(0) == QStringLiteral("张伟"));
    CHECK(g.model()->columnCount() == 1 + 31 + ui::AttendanceGridModel::TotalCount);
    // Required days from the 10th: 10–14, 17–21, 24–28, 31 = 16.
    const int required = g.model()->firstTotalColumn() + ui::AttendanceGridModel::Required;
    CHECK(g.model()->index(0, required).data().toInt() == 16);

    g.type(march(12), Qt::Key_S); // Wednesday
    CHECK(f.stored(march(12)) == core::AttendanceStatus::SickLeave);
    CHECK(g.model()->index(0, g.model()->columnOf(march(12))).data().toString() == QStringLiteral("S"));
    CHECK(g.model()
              ->index(0, g.model()->columnOf(march(12)))
              .data(Qt::ToolTipRole)
              .toString()
              .contains(core::label(core::AttendanceStatus::SickLeave)));
    // Typing moves on to the next day, as on a paper sheet.
    CHECK(g.view()->currentIndex().column() == g.model()->columnOf(march(13)));
    QTest::keyClick(g.view(), Qt::Key_P);
    CHECK(f.stored(march(13)) == core::AttendanceStatus::Present);
    const int present = g.model()->firstTotalColumn() + ui::AttendanceGridModel::Present;
    const int absences = g.model()->firstTotalColumn() + ui::AttendanceGridModel::Absences;
    CHECK(g.model()->index(0, present).data().toInt() == 1);
    CHECK(g.model()->index(0, absences).data().toInt() == 1);

    // Another letter replaces the status; the totals follow, as core counts them.
    g.type(march(12), Qt::Key_B);
    CHECK(f.stored(march(12)) == core::AttendanceStatus::BusinessOut);
    const auto month = must(core::AttendanceRepository(f.db).month(march(1)));
    CHECK(g.model()->index(0, present).data().toInt() == month.rows.at(0).attended);
    CHECK(g.model()->index(0, absences).data().toInt() == 0);

    // Delete clears the day; a letter that is no status stores nothing.
    g.type(march(12), Qt::Key_Delete);
    CHECK_FALSE(f.stored(march(12)));
    g.type(march(14), Qt::Key_X);
    CHECK_FALSE(f.stored(march(14)));
    CHECK(f.count(QStringLiteral("attendance")) == 1);
}

TEST_CASE("weekends and days outside the placement are shaded and not editable", "[ui][attendance]")
{
    Fixture f;
    GridPage g(f.db);
    REQUIRE(g.model()->rowCount() == 1);

    const QModelIndex saturday = g.cell(march(15));
    CHECK_FALSE(g.model()->flags(saturday).testFlag(Qt::ItemIsEditable));
    const auto shade = saturday.data(Qt::BackgroundRole).value<QBrush>();
    CHECK(shade.style() == Qt::SolidPattern);
    CHECK(shade.color() != QColor(Qt::white));
    CHECK(g.model()->headerData(g.model()->columnOf(march(15)), Qt::Horizontal, Qt::BackgroundRole).isValid());
    g.type(march(15), Qt::Key_P);
    CHECK_FALSE(f.stored(march(15)));

    // Before the placement (Wednesday 5 March): hatched, not editable.
    const QModelIndex before = g.cell(march(5));
    CHECK_FALSE(g.model()->flags(before).testFlag(Qt::ItemIsEditable));
    CHECK(before.data(Qt::BackgroundRole).value<QBrush>().style() == Qt::BDiagPattern);
    g.type(march(5), Qt::Key_P);
    CHECK_FALSE(f.stored(march(5)));

    // A weekday in the placement is editable and unshaded.
    CHECK(g.model()->flags(g.cell(march(11))).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(g.cell(march(11)).data(Qt::BackgroundRole).isValid());
    CHECK(f.count(QStringLiteral("attendance")) == 0);
}

TEST_CASE("business out on a weekend is taken with a warning; another status there is refused", "[ui][attendance]")
{
    Fixture f;
    GridPage g(f.db);
    REQUIRE(g.model()->rowCount() == 1);
    g.type(march(15), Qt::Key_B); // Saturday: 公出 is accepted, and the grid says it is a day off
    CHECK(f.stored(march(15)) == core::AttendanceStatus::BusinessOut);
    CHECK(g.view()->lastWarning().contains(QStringLiteral("2025-03-15 is not a working day")));
    CHECK(g.cell(march(15)).data().toString() == QStringLiteral("B"));
    g.type(march(15), Qt::Key_P); // but not turned into a day present
    CHECK(f.stored(march(15)) == core::AttendanceStatus::BusinessOut);
    g.type(march(16), Qt::Key_A); // nor absent on a Sunday
    CHECK_FALSE(f.stored(march(16)));
    CHECK_FALSE(g.view()->lastRefusal().isEmpty());
    // Before the placement, not even business out.
    g.type(march(8), Qt::Key_B);
    CHECK_FALSE(f.stored(march(8)));
    g.view()->setCurrentIndex(g.cell(march(15)));
    QTest::keyClick(g.view(), Qt::Key_Delete); // a day off's record can be cleared
    CHECK_FALSE(f.stored(march(15)));
}

TEST_CASE("fill range fills working days only and keeps what is recorded", "[ui][attendance]")
{
    Fixture f;
    REQUIRE(core::AttendanceRepository(f.db).set({0, f.zhang, march(11), core::AttendanceStatus::Late, {}, {}, {}}));
    ui::FillRangeDialog dialog(f.db, {{f.zhang, QStringLiteral("张伟")}}, f.zhang, march(8), march(16));
    dialog.statusField()->setCurrentIndex(dialog.statusField()->findData(int(core::AttendanceStatus::Present)));
    dialog.revalidate();
    REQUIRE(dialog.shownProblem().isEmpty());
    MessageBoxCloser closer;
    dialog.accept();
    REQUIRE(closer.texts.isEmpty());
    REQUIRE(dialog.result() == QDialog::Accepted);

    // Monday 10 to Friday 14, less the 11th already recorded: 4 days; no weekend, nothing before the placement.
    CHECK(dialog.written() == 4);
    CHECK(f.count(QStringLiteral("attendance")) == 5);
    CHECK(f.count(QStringLiteral("attendance WHERE day IN ('2025-03-08', '2025-03-09', '2025-03-15', "
                                 "'2025-03-16')")) == 0);
    CHECK(f.stored(march(11)) == core::AttendanceStatus::Late);

    // The end before the start is refused before anything is written.
    dialog.toField()->setDate(march(1));
    dialog.revalidate();
    CHECK_FALSE(dialog.shownProblem().isEmpty());
}

TEST_CASE("hours are read as people type them", "[ui][worklog]")
{
    CHECK(ui::parseHours(QStringLiteral("1.5")) == 90);
    CHECK(ui::parseHours(QStringLiteral("1,5")) == 90);
    CHECK(ui::parseHours(QStringLiteral("1:30")) == 90);
    CHECK(ui::parseHours(QStringLiteral(" 2 ")) == 120);
    CHECK(ui::parseHours(QStringLiteral("0.25")) == 15);
    CHECK_FALSE(ui::parseHours(QStringLiteral("0")));
    CHECK_FALSE(ui::parseHours(QStringLiteral("-1")));
    CHECK_FALSE(ui::parseHours(QStringLiteral("abc")));
    CHECK(ui::formatHours(90) == QStringLiteral("1:30"));
}

TEST_CASE("quick entry of 1.5 hours stores 90 minutes and keeps worker and day", "[ui][worklog]")
{
    Fixture f;
    ui::WorkLogPage page;
    page.setDatabase(f.db);
    page.show();
    ui::WorkLogQuickEntry *quick = page.quickEntry();
    quick->workerField()->setCurrentIndex(quick->workerField()->findData(f.zhang));
    REQUIRE(quick->workerField()->currentIndex() >= 0);
    quick->dayField()->setDate(march(12));
    quick->categoryField()->setCurrentIndex(quick->categoryField()->findData(int(core::WorkCategory::Group)));
    QTest::keyClicks(quick->hoursField(), QStringLiteral("1.5"));
    QTest::keyClick(quick->hoursField(), Qt::Key_Return);

    CHECK(f.count(QStringLiteral("work_log")) == 1);
    CHECK(f.count(QStringLiteral("work_log WHERE minutes = 90 AND day = '2025-03-12' AND category = 'group'")) == 1);
    CHECK(page.model()->rowCount() == 1);
    CHECK(quick->hoursField()->text().isEmpty());
    CHECK(quick->workerField()->currentData().toLongLong() == f.zhang);
    CHECK(quick->dayField()->date() == march(12));

    // The next entry of the same day: admin work, Enter in the note field.
    quick->categoryField()->setCurrentIndex(quick->categoryField()->findData(int(core::WorkCategory::Admin)));
    QTest::keyClicks(quick->hoursField(), QStringLiteral("0.5"));
    quick->noteField()->setText(QStringLiteral("报表")); // keyClicks types ASCII only
    QTest::keyClick(quick->noteField(), Qt::Key_Return);
    CHECK(f.count(QStringLiteral("work_log WHERE minutes = 30 AND category = 'admin'")) == 1);

    // Unreadable hours store nothing.
    QTest::keyClicks(quick->hoursField(), QStringLiteral("lots"));
    QTest::keyClick(quick->hoursField(), Qt::Key_Return);
    CHECK(f.count(QStringLiteral("work_log")) == 2);

    // The worker-month view: the two entries, split professional / administrative.
    ui::WorkerMonthDialog month(f.db, f.zhang, march(1));
    CHECK(month.table()->rowCount() == 2); // the 12th and the totals
    CHECK(month.totals()->text().contains(QStringLiteral("1:30")));
    CHECK(month.totals()->text().contains(QStringLiteral("0:30")));
    CHECK(month.totals()->text().contains(QStringLiteral("25")));
}

TEST_CASE("the window lists 200,000 attendance records reading only a screenful", "[ui][attendance][big]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("big.db"));
    {
        core::Database db = must(core::Database::open(path));
        core::Transaction t(db);
        REQUIRE(t.started());
        QSqlQuery worker = db.prepare(QStringLiteral("INSERT INTO social_worker (name) VALUES (?)"));
        QSqlQuery record =
            db.prepare(QStringLiteral("INSERT INTO attendance (worker_id, day, status) VALUES (?, ?, ?)"));
        constexpr int kWorkers = 100, kDays = 2000;
        const QDate first(2020, 1, 1);
        QStringList days, statuses; // a day off takes business out only
        const core::Calendar calendar(db);
        for (int d = 0; d < kDays; ++d) {
            days << first.addDays(d).toString(Qt::ISODate);
            statuses << (calendar.isWorkday(first.addDays(d)) ? QStringLiteral("present") : QStringLiteral("business"));
        }
        for (int w = 1; w <= kWorkers; ++w) {
            worker.addBindValue(QStringLiteral("社工%1").arg(w));
            REQUIRE(worker.exec());
            const qint64 id = worker.lastInsertId().toLongLong();
            for (int d = 0; d < kDays; ++d) {
                record.addBindValue(id);
                record.addBindValue(days.at(d));
                record.addBindValue(statuses.at(d));
                REQUIRE(record.exec());
            }
        }
        REQUIRE(t.commit());
        CHECK(must(db.scalar(QStringLiteral("SELECT count(*) FROM attendance"))).toInt() == 200000);
    }

    ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    QElapsedTimer timer;
    timer.start();
    REQUIRE(window.openDatabase(path));
    window.showPage(QStringLiteral("attendance"));
    auto *page = qobject_cast<ui::AttendancePage *>(window.currentPage());
    REQUIRE(page);
    page->showList();
    QApplication::processEvents();
    QTest::qWait(50);
    const qint64 elapsed = timer.elapsed();
    ui::ListPage *list = page->listPage();
    REQUIRE(list->view()->isVisible());
    CHECK(list->model()->rowCount() == 200000);
    CHECK(list->model()->fetchedRows() > 0);
    CHECK(list->model()->fetchedRows() <= 2 * ui::LazyTableModel::kBlockSize);
    CHECK(list->view()->indexAt(QPoint(5, 5)).data().toString() == QStringLiteral("2025-06-22"));
    WARN("opened and listed 200,000 attendance rows in " << elapsed << " ms");

    // Jumping to the end reads the last block only.
    const int before = list->model()->fetchedRows();
    list->view()->scrollToBottom();
    QApplication::processEvents();
    CHECK(list->model()->fetchedRows() - before <= 2 * ui::LazyTableModel::kBlockSize);
}

// Not run by default: times the all-streets grid of a big demo file, e.g.
//   ONESTREET_BENCH_DB=/tmp/big.db test_ui_attendance "[.bench]"
TEST_CASE("the all-streets grid of a big file loads quickly", "[.bench]")
{
    const QString path = qEnvironmentVariable("ONESTREET_BENCH_DB");
    if (path.isEmpty())
        return;
    core::Database db = must(core::Database::open(path));
    ui::AttendanceGridModel model;
    QElapsedTimer timer;
    timer.start();
    REQUIRE(model.load(db, QDate::currentDate().addMonths(-1), std::nullopt));
    WARN(model.rowCount() << " rows × " << model.dayCount() << " days in " << timer.elapsed() << " ms");
}

TEST_CASE("under Chinese the grid shows the legend's marks and takes marks or letters typed", "[ui][attendance]")
{
    Fixture f;
    core::installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    {
        GridPage g(f.db);
        REQUIRE(g.model()->rowCount() == 1);
        g.type(march(11), Qt::Key_P); // a letter still works
        CHECK(f.stored(march(11)) == core::AttendanceStatus::Present);
        CHECK(g.cell(march(11)).data().toString() == QStringLiteral("√"));
        g.view()->setCurrentIndex(g.cell(march(12)));
        QKeyEvent typed(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QStringLiteral("迟"));
        QApplication::sendEvent(g.view(), &typed);
        CHECK(f.stored(march(12)) == core::AttendanceStatus::Late);
        // A mark committed by an input method.
        g.view()->setCurrentIndex(g.cell(march(13)));
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("病"));
        QApplication::sendEvent(g.view(), &commit);
        CHECK(f.stored(march(13)) == core::AttendanceStatus::SickLeave);
        CHECK(g.page.findChild<QLabel *>(QStringLiteral("legend_late"))->text().contains(QStringLiteral("迟")));

        // A day that cannot take a record says why.
        g.type(march(15), Qt::Key_P);
        CHECK_FALSE(f.stored(march(15)));
        CHECK(g.view()->lastRefusal().contains(QStringLiteral("2025")));
        CHECK_FALSE(g.view()->lastRefusal().isEmpty());
        g.type(march(5), Qt::Key_P);
        CHECK(g.view()->lastRefusal().contains(QStringLiteral("张伟")));

        // The grid and a blank sign-in sheet print to PDF.
        QTemporaryDir dir;
        const QString keep = qEnvironmentVariable("ONESTREET_GRID_PDF_DIR");
        for (const bool blank : {false, true}) {
            const QString path = (keep.isEmpty() ? dir.path() : keep) +
                                 (blank ? QStringLiteral("/blank-sheet.pdf") : QStringLiteral("/grid.pdf"));
            const auto pages = g.page.writeGridPdf(path, blank);
            REQUIRE(pages.ok());
            CHECK(pages.value() == 1);
            CHECK(QFileInfo(path).size() > 1000);
        }
    }
    core::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    GridPage english(f.db);
    CHECK(english.cell(march(11)).data().toString() == QStringLiteral("P"));
}
