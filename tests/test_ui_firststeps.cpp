// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The Overview's first steps on a new file: each step's link opens the dialog where it is done,
// a step ticks itself once done, and the list goes once every step is done; in both languages.
#include "core/contract.h"
#include "core/organisation.h"
#include "core/placement.h"
#include "core/post.h"
#include "core/worker.h"
#include "helpers.h"
#include "ui/firststeps.h"
#include "ui/mainwindow.h"
#include "ui/pages/attendancepage.h"
#include "ui/pages/overviewpage.h"
#include "ui/purchaserdialog.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTranslator>

namespace {

template <typename T> T must(core::Result<T> result)
{
    if (!result)
        FAIL(result.error().message.toStdString());
    return result.value();
}

// The window on a new, empty file in a folder of its own.
struct NewFile
{
    QTemporaryDir dir;
    ui::MainWindow window;
    std::unique_ptr<QSignalSpy> backedUp;

    NewFile()
    {
        backedUp = std::make_unique<QSignalSpy>(&window, &ui::MainWindow::backupWritten);
        REQUIRE(window.openDatabase(dir.filePath(QStringLiteral("new.db"))));
        window.show();
    }
    ~NewFile()
    {
        if (backedUp->isEmpty())
            backedUp->wait(20000); // the backup's worker finishes before the folder goes
    }
    const core::Database &db() const { return *window.database(); }
    ui::OverviewPage *overview() const
    {
        return qobject_cast<ui::OverviewPage *>(window.page(QStringLiteral("overview")));
    }
    ui::FirstSteps *steps() const { return overview()->firstSteps(); }
    // Clicks the link of `step`, as the user does.
    void click(ui::FirstSteps::Step step) const
    {
        QLabel *label = steps()->stepLabel(step);
        REQUIRE(label->text().contains(QStringLiteral("<a href")));
        emit label->linkActivated(QStringLiteral("step"));
    }
};

// Runs `inspect` on the modal dialog that the next action opens, then closes the dialog with `accept`.
void onNextDialog(const std::function<void(QDialog *)> &inspect, bool accept = false)
{
    QTimer::singleShot(100, [inspect, accept] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        CHECK(dialog); // no REQUIRE here: this runs inside the dialog's event loop
        if (!dialog)
            return;
        inspect(dialog);
        if (accept)
            dialog->accept();
        if (dialog->isVisible())
            dialog->reject();
    });
}

qint64 addPurchaser(const core::Database &db)
{
    core::Purchaser p;
    p.name = QStringLiteral("朝阳区民政局");
    return must(core::PurchaserRepository(db).add(p));
}

qint64 addContract(const core::Database &db, qint64 purchaser)
{
    core::ContractRepository contracts(db);
    core::Contract c = contracts.blank();
    c.code = QStringLiteral("CY-1");
    c.title = QStringLiteral("一街一社工");
    c.purchaserId = purchaser;
    c.start = QDate(QDate::currentDate().year(), 1, 1);
    c.end = QDate(QDate::currentDate().year(), 12, 31);
    c.postCount = 1;
    c.status = core::ContractStatus::Active;
    return must(contracts.add(c));
}

} // namespace

TEST_CASE("A new file's Overview shows the five first steps, none ticked, each a link", "[ui][firststeps]")
{
    NewFile f;
    ui::FirstSteps *steps = f.steps();
    REQUIRE(steps);
    CHECK(steps->isVisible());
    for (int i = 0; i < ui::FirstSteps::kSteps; ++i) {
        CHECK_FALSE(steps->isDone(ui::FirstSteps::Step(i)));
        CHECK(steps->stepLabel(ui::FirstSteps::Step(i))->text().contains(QStringLiteral("<a href")));
    }
    CHECK(steps->stepLabel(ui::FirstSteps::Purchaser)->text().contains(QStringLiteral("Add the purchaser")));
    CHECK(steps->stepLabel(ui::FirstSteps::Attendance)->text().contains(QStringLiteral("first month")));
}

TEST_CASE("The purchaser link opens the purchaser dialog; saving ticks the step", "[ui][firststeps]")
{
    NewFile f;
    onNextDialog(
        [](QDialog *dialog) {
            auto *purchaser = qobject_cast<ui::PurchaserDialog *>(dialog);
            CHECK(purchaser);
            if (!purchaser)
                return;
            CHECK(purchaser->windowTitle() == QStringLiteral("New purchaser"));
            CHECK_FALSE(purchaser->shownProblem().isEmpty());                // a name is needed first
            purchaser->nameField()->setText(QStringLiteral("朝阳区民政局")); // as typed (keyClicks knows no CJK)
            CHECK(purchaser->shownProblem().isEmpty());
        },
        true);
    f.click(ui::FirstSteps::Purchaser);

    const auto purchasers = must(core::PurchaserRepository(f.db()).list());
    REQUIRE(purchasers.size() == 1);
    CHECK(purchasers.first().name == QStringLiteral("朝阳区民政局"));
    CHECK(f.steps()->isDone(ui::FirstSteps::Purchaser));
    const QString line = f.steps()->stepLabel(ui::FirstSteps::Purchaser)->text();
    CHECK_FALSE(line.contains(QStringLiteral("<a href"))); // done: no link any more
    CHECK(line.contains(QStringLiteral("done")));
    CHECK_FALSE(f.steps()->isDone(ui::FirstSteps::Contract));
    CHECK(f.steps()->isVisible());
}

TEST_CASE("Each step's link opens the dialog of the page where the records live", "[ui][firststeps]")
{
    NewFile f;
    QString title;
    auto remember = [&title](QDialog *dialog) {
        title = dialog->windowTitle();
    };

    onNextDialog(remember);
    f.click(ui::FirstSteps::Contract);
    CHECK(title == QStringLiteral("New contract"));

    onNextDialog(remember);
    f.click(ui::FirstSteps::Workers);
    CHECK(title == QStringLiteral("New social worker"));

    onNextDialog(remember);
    f.click(ui::FirstSteps::Placements);
    CHECK(title == QStringLiteral("Place a worker"));
    // The dialogs open over the Overview, which stays on screen with the list.
    CHECK(f.window.currentPage() == f.overview());

    SECTION("with a contract but no street, the contract step asks for the street")
    {
        addContract(f.db(), addPurchaser(f.db()));
        f.steps()->refresh();
        CHECK_FALSE(f.steps()->isDone(ui::FirstSteps::Contract));
        CHECK(f.steps()->stepLabel(ui::FirstSteps::Contract)->text().contains(QStringLiteral("streets")));
        onNextDialog(remember);
        f.click(ui::FirstSteps::Contract);
        CHECK(title == QStringLiteral("New street"));
    }
}

TEST_CASE("The last step fills the first month in the grid; then the list is gone", "[ui][firststeps]")
{
    NewFile f;
    const core::Database &db = f.db();
    const qint64 contract = addContract(db, addPurchaser(db));
    core::OrganisationRepository org(db);
    const qint64 district = must(org.addDistrict({0, QStringLiteral("朝阳区")}));
    const qint64 street = must(org.addStreet({0, district, QStringLiteral("双井街道"), {}}));
    core::Post post;
    post.contractId = contract;
    post.streetId = street;
    const qint64 postId = must(core::PostRepository(db).add(post));
    core::SocialWorker w;
    w.name = QStringLiteral("张伟");
    const qint64 worker = must(core::WorkerRepository(db).add(w));
    core::Placement p;
    p.workerId = worker;
    p.postId = postId;
    p.start = QDate(QDate::currentDate().year(), 3, 2);
    p.handoverNote = QStringLiteral("");
    must(core::PlacementRepository(db).place(p));
    f.overview()->refresh();

    // A placement alone does not finish the list: the month's attendance is still to come.
    ui::FirstSteps *steps = f.steps();
    REQUIRE(steps->isVisible());
    for (auto s :
         {ui::FirstSteps::Purchaser, ui::FirstSteps::Contract, ui::FirstSteps::Workers, ui::FirstSteps::Placements})
        CHECK(steps->isDone(s));
    CHECK_FALSE(steps->isDone(ui::FirstSteps::Attendance));

    QDate from, to;
    onNextDialog(
        [&](QDialog *dialog) {
            auto *fill = qobject_cast<ui::FillRangeDialog *>(dialog);
            CHECK(fill);
            if (!fill)
                return;
            from = fill->fromField()->date();
            to = fill->toField()->date();
        },
        true);
    f.click(ui::FirstSteps::Attendance);
    // The grid of the placement's first month, filled from its first to its last day.
    CHECK(f.window.currentPage()->key() == QStringLiteral("attendance"));
    CHECK(from == QDate(p.start.year(), 3, 1));
    CHECK(to == QDate(p.start.year(), 3, 31));
    CHECK(must(db.scalar(QStringLiteral("SELECT count(*) FROM attendance"))).toInt() > 15);
    CHECK(steps->progress().complete());
    f.window.showPage(QStringLiteral("overview"));
    CHECK_FALSE(steps->isVisible());
}

TEST_CASE("The first steps speak Chinese under zh_CN", "[ui][firststeps][i18n]")
{
    QTranslator chinese;
    REQUIRE(chinese.load(QStringLiteral(":/i18n/onestreet_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    ui::FirstSteps steps;
    steps.setDatabase(memoryDb());
    steps.refresh();
    QCoreApplication::removeTranslator(&chinese);
    CHECK(steps.stepLabel(ui::FirstSteps::Purchaser)->text().contains(QStringLiteral("添加购买方")));
    CHECK(steps.stepLabel(ui::FirstSteps::Attendance)->text().contains(QStringLiteral("记录第一个月的出勤")));
    CHECK(steps.findChild<QLabel *>(QStringLiteral("firstStepsHeading"))->text() == QStringLiteral("开始使用"));
}
