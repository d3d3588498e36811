// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The Streets & posts, Placements and Funding pages: placing through the dialog runs core's
// rules, ending a placement keeps its handover note for the street's history, and money typed
// in yuan is stored exactly in fen.
#include "core/contract.h"
#include "core/funding.h"
#include "core/organisation.h"
#include "core/placement.h"
#include "core/post.h"
#include "core/worker.h"
#include "helpers.h"
#include "ui/fields.h"
#include "ui/lazytablemodel.h"
#include "ui/pages/fundingdialog.h"
#include "ui/pages/fundingpage.h"
#include "ui/pages/fundingpanel.h"
#include "ui/pages/placementdialogs.h"
#include "ui/pages/placementspage.h"
#include "ui/pages/streetpanel.h"
#include "ui/pages/streetspage.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

namespace {

template <typename T> T must(core::Result<T> result)
{
    if (!result)
        FAIL(result.error().message.toStdString());
    return result.value();
}

// This year's day (month, day): the fixture's contract runs this year, so that "today" (whose
// holder the lists show) always lies inside it.
QDate day(int month, int dayOfMonth)
{
    return QDate(QDate::currentDate().year(), month, dayOfMonth);
}

QString iso(int month, int dayOfMonth)
{
    return day(month, dayOfMonth).toString(Qt::ISODate);
}

// One district, one street with a department, a contract for this year with a post there, two
// workers; 张伟 holds the post from 1 January with no end (until the contract ends).
struct Fixture
{
    core::Database db = memoryDb();
    qint64 streetId = 0, departmentId = 0, contractId = 0, postId = 0, zhang = 0, li = 0, placementId = 0;

    Fixture()
    {
        core::OrganisationRepository org(db);
        const qint64 district = must(org.addDistrict({0, QStringLiteral("朝阳区")}));
        streetId = must(org.addStreet({0, district, QStringLiteral("双井街道"), {}}));
        departmentId = must(org.addDepartment({0, streetId, QStringLiteral("民政科")}));
        core::Purchaser purchaser;
        purchaser.name = QStringLiteral("朝阳区民政局");
        const qint64 purchaserId = must(core::PurchaserRepository(db).add(purchaser));
        core::ContractRepository contracts(db);
        core::Contract c = contracts.blank();
        c.code = QStringLiteral("CY-1");
        c.title = QStringLiteral("一街一社工");
        c.purchaserId = purchaserId;
        c.start = day(1, 1);
        c.end = day(12, 31);
        c.postCount = 1;
        c.status = core::ContractStatus::Active;
        contractId = must(contracts.add(c));
        core::Post post;
        post.contractId = contractId;
        post.streetId = streetId;
        postId = must(core::PostRepository(db).add(post));
        core::WorkerRepository workers(db);
        core::SocialWorker w;
        w.name = QStringLiteral("张伟");
        zhang = must(workers.add(w));
        w.name = QStringLiteral("李娜");
        li = must(workers.add(w));
        core::Placement p;
        p.workerId = zhang;
        p.postId = postId;
        p.departmentId = departmentId;
        p.start = day(1, 1);
        p.handoverNote = QStringLiteral(""); // a null note binds as NULL (core passes it through as is)
        placementId = must(core::PlacementRepository(db).place(p));
    }

    qint64 count(const QString &table) const
    {
        return must(db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table))).toLongLong();
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

void selectData(QComboBox *combo, qint64 id)
{
    const int i = combo->findData(id);
    REQUIRE(i >= 0);
    combo->setCurrentIndex(i);
}

} // namespace

TEST_CASE("an overlapping placement shows core's message and writes nothing", "[ui][pages][placement]")
{
    Fixture f;
    ui::PlacementDialog dialog(f.db, core::Placement());
    selectData(dialog.workerField(), f.li);
    selectData(dialog.streetField(), f.streetId);
    selectData(dialog.postField(), f.postId);
    selectData(dialog.departmentField(), f.departmentId);
    dialog.startField()->setDate(day(3, 1));
    dialog.revalidate();

    // The message is core's own: 张伟 holds the post over those dates.
    const core::Status rule = core::PlacementRepository(f.db).check(dialog.collect());
    REQUIRE_FALSE(rule);
    CHECK(dialog.shownProblem() == rule.error().message);
    CHECK(dialog.shownProblem().contains(QStringLiteral("张伟")));

    MessageBoxCloser closer;
    dialog.accept();
    QTest::qWait(50);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(f.count(QStringLiteral("placement")) == 1);

    SECTION("after the post's holder leaves, the same input is accepted")
    {
        REQUIRE(core::PlacementRepository(f.db).end(f.placementId, day(2, 28), core::PlacementEndReason::Resigned,
                                                    QStringLiteral("note")));
        dialog.revalidate();
        CHECK(dialog.shownProblem().isEmpty());
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(f.count(QStringLiteral("placement")) == 2);
    }
}

TEST_CASE("ending a placement keeps its handover note in the street history", "[ui][pages][placement]")
{
    Fixture f;
    const core::PlacementRepository repo(f.db);
    ui::EndPlacementDialog dialog(f.db, must(repo.get(f.placementId)));
    dialog.dayField()->setDate(day(6, 30));
    dialog.reasonField()->setCurrentIndex(dialog.reasonField()->findData(int(core::PlacementEndReason::Resigned)));
    dialog.noteField()->clear();
    dialog.revalidate();
    CHECK_FALSE(dialog.shownProblem().isEmpty()); // a resignation needs a handover note

    const QString note = QStringLiteral("个案档案在三号柜。\nCall Ms Li at 民政科 about the elderly group.");
    dialog.noteField()->setPlainText(note);
    CHECK(dialog.shownProblem().isEmpty());
    MessageBoxCloser closer;
    dialog.accept();
    REQUIRE(closer.texts.isEmpty());
    REQUIRE(dialog.result() == QDialog::Accepted);

    const core::Placement ended = must(repo.get(f.placementId));
    CHECK(ended.end == day(6, 30));
    CHECK(ended.endReason == core::PlacementEndReason::Resigned);

    ui::StreetHistoryDialog history(f.db, f.streetId);
    QTableWidget *table = history.table();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("张伟"));
    CHECK(table->item(0, 4)->text() == iso(6, 30));
    CHECK(table->item(0, 6)->text() == QStringLiteral("个案档案在三号柜。"));
    table->setCurrentCell(0, 0);
    CHECK(history.shownNote() == note);

    SECTION("the next worker's placement follows, with the vacant spell between shown")
    {
        core::Placement next;
        next.workerId = f.li;
        next.postId = f.postId;
        next.start = day(7, 15);
        next.handoverNote = QStringLiteral("");
        must(repo.place(next));
        REQUIRE(history.reload());
        REQUIRE(table->rowCount() == 3);
        CHECK(table->item(1, 0)->text() == QStringLiteral("(vacant)"));
        CHECK(table->item(1, 3)->text() == iso(7, 1));
        CHECK(table->item(1, 4)->text() == iso(7, 14));
        CHECK(table->item(2, 0)->text() == QStringLiteral("李娜"));
    }
}

TEST_CASE("a funding receipt typed in yuan is stored exactly in fen", "[ui][pages][funding]")
{
    Fixture f;
    core::FundingEntry blank;
    blank.contractId = f.contractId;
    ui::FundingEntryDialog dialog(f.db, blank);
    selectData(dialog.contractField(), f.contractId);
    dialog.kindField()->setCurrentIndex(dialog.kindField()->findData(int(core::FundingKind::Receipt)));
    dialog.dateField()->setDate(day(3, 5));

    dialog.amountField()->setText(QStringLiteral("12345.678"));
    CHECK_FALSE(dialog.shownProblem().isEmpty()); // three decimals: not an amount of money
    dialog.amountField()->setText(QStringLiteral("12345.67"));
    CHECK(dialog.shownProblem().isEmpty());
    MessageBoxCloser closer;
    dialog.accept();
    REQUIRE(closer.texts.isEmpty());
    REQUIRE(dialog.result() == QDialog::Accepted);

    const auto entries = must(core::FundingRepository(f.db).ofContract(f.contractId));
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().kind == core::FundingKind::Receipt);
    CHECK(entries.first().amount.fen() == 1234567);
    CHECK(must(f.db.scalar(QStringLiteral("SELECT amount FROM funding_entry"))).toLongLong() == 1234567);

    SECTION("the page shows the post's balance for the entry's contract")
    {
        ui::FundingPage page;
        page.resize(1300, 700);
        page.setDatabase(f.db);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        QTest::qWait(50);
        CHECK(page.model()->rowCount() == 1);
        CHECK(page.panel()->contractId() == f.contractId);
        QTableWidget *balance = page.panel()->balance();
        REQUIRE(balance->rowCount() == 2); // the post and the total
        CHECK(balance->item(0, 0)->text() == QStringLiteral("双井街道"));
        CHECK(balance->item(0, 1)->text().contains(QStringLiteral("345.67")));
    }
}

TEST_CASE("a pay entry needs a worker and takes the post's holder", "[ui][pages][funding]")
{
    Fixture f;
    core::FundingEntry blank;
    blank.contractId = f.contractId;
    blank.kind = core::FundingKind::Pay;
    ui::FundingEntryDialog dialog(f.db, blank);
    dialog.amountField()->setText(QStringLiteral("2800"));
    dialog.revalidate();
    CHECK_FALSE(dialog.shownProblem().isEmpty()); // the whole contract is no post to pay
    selectData(dialog.postField(), f.postId);
    CHECK(dialog.workerField()->currentData().toLongLong() == f.zhang);
    CHECK(dialog.shownProblem().isEmpty());
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const auto entry = must(core::FundingRepository(f.db).ofContract(f.contractId)).value(0);
    CHECK(entry.amount.fen() == 280000);
    CHECK(entry.workerId == f.zhang);
}

TEST_CASE("the streets page shows the selected street's departments and posts", "[ui][pages][streets]")
{
    Fixture f;
    REQUIRE(core::PlacementRepository(f.db).remove(f.placementId));
    ui::StreetsPage page;
    page.resize(1300, 700);
    page.setDatabase(f.db);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QTest::qWait(50);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.panel()->streetId() == f.streetId);
    REQUIRE(page.panel()->departments()->count() == 1);
    CHECK(page.panel()->departments()->item(0)->text() == QStringLiteral("民政科"));
    ui::LazyTableModel *posts = page.panel()->postModel();
    REQUIRE(posts->rowCount() == 1);
    // Nobody holds the post today: the holder column says so, in red.
    CHECK(posts->data(posts->index(0, 5)).toString() == QStringLiteral("(vacant)"));
    CHECK(posts->data(posts->index(0, 5), Qt::ForegroundRole).isValid());
}

TEST_CASE("the placements page filters by contract", "[ui][pages][placement]")
{
    Fixture f;
    ui::PlacementsPage page;
    page.setDatabase(f.db);
    CHECK(page.model()->rowCount() == 1);
    auto *contract = page.findChild<QComboBox *>(QStringLiteral("contract"));
    REQUIRE(contract);
    selectData(contract, f.contractId);
    CHECK(page.model()->filter().contractId == f.contractId);
    CHECK(page.model()->rowCount() == 1);
    core::ListFilter other;
    other.contractId = f.contractId + 100;
    page.showFiltered(other);
    CHECK(page.model()->rowCount() == 0);
}
