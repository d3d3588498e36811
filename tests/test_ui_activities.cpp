// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The Activities, Supervision and Exchange meetings pages: the workflow buttons follow core's
// rules as the user clicks through them, a rejection needs a comment, and sessions and
// meetings created through their dialogs keep all their attendees.
#include "core/activity.h"
#include "core/exchange.h"
#include "core/period.h"
#include "core/supervision.h"
#include "helpers.h"
#include "ui/fields.h"
#include "ui/lazytablemodel.h"
#include "ui/pages/activitiespage.h"
#include "ui/pages/activitydialogs.h"
#include "ui/pages/exchangepage.h"
#include "ui/pages/supervisiondialogs.h"
#include "ui/pages/supervisionpage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <functional>
#include <memory>

using core::ActivityAction;

namespace {

template <typename T> T must(core::Result<T> result)
{
    if (!result)
        FAIL(result.error().message.toStdString());
    return result.value();
}

// A district, a street, three workers and a supervisor, written with plain SQL.
struct Fixture
{
    core::Database db = memoryDb();
    qint64 street = 0, supervisor = 0;
    QList<qint64> workers;

    Fixture()
    {
        const qint64 district =
            must(db.insert(QStringLiteral("INSERT INTO district (name) VALUES (?)"), {QStringLiteral("东城区")}));
        street = must(db.insert(QStringLiteral("INSERT INTO street (district_id, name) VALUES (?, ?)"),
                                {district, QStringLiteral("和平里街道")}));
        for (const QString &name : {QStringLiteral("王芳"), QStringLiteral("李明"), QStringLiteral("张伟")})
            workers << must(db.insert(QStringLiteral("INSERT INTO social_worker (name) VALUES (?)"), {name}));
        supervisor =
            must(db.insert(QStringLiteral("INSERT INTO supervisor (name) VALUES (?)"), {QStringLiteral("陈督导")}));
        // Each worker placed at 和平里 around today: an activity is held only while its worker is placed.
        const QDate today = QDate::currentDate();
        const qint64 purchaser = must(
            db.insert(QStringLiteral("INSERT INTO purchaser (name) VALUES (?)"), {QStringLiteral("东城区民政局")}));
        for (const qint64 worker : std::as_const(workers)) { // one contract each: one post per street
            const qint64 contract =
                must(db.insert(QStringLiteral("INSERT INTO contract (code, purchaser_id, start_date, end_date, "
                                              "post_count, status) VALUES (?, ?, ?, ?, 1, 'active')"),
                               {QStringLiteral("DC-%1").arg(worker), purchaser, core::isoDate(today.addYears(-1)),
                                core::isoDate(today.addYears(1))}));
            const qint64 post = must(db.insert(
                QStringLiteral("INSERT INTO post (contract_id, street_id) VALUES (?, ?)"), {contract, street}));
            must(db.insert(QStringLiteral("INSERT INTO placement (worker_id, post_id, start_date) VALUES (?, ?, ?)"),
                           {worker, post, core::isoDate(today.addYears(-1))}));
        }
    }

    QVariant value(const QString &sql, const QVariantList &values = {}) const { return must(db.scalar(sql, values)); }
};

// Runs `fill` on the next modal dialog of type D as soon as it shows; `fill` accepts or
// rejects it. A dialog still open afterwards (OK refused) is rejected, so no test hangs, and
// noted in `leftOpen`.
struct DialogDriver
{
    bool seen = false;
    bool leftOpen = false;

    template <typename D> void next(std::function<void(D *)> fill)
    {
        seen = false;
        leftOpen = false;
        auto *timer = new QTimer;
        timer->setInterval(10);
        QObject::connect(timer, &QTimer::timeout, [this, timer, fill] {
            auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            timer->stop();
            timer->deleteLater();
            seen = true;
            fill(dialog);
            if (dialog->isVisible()) {
                leftOpen = true;
                dialog->reject();
            }
        });
        timer->start();
    }
};

// Closes (and keeps the text of) every message box: core's refusals must not hang a test.
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

bool okEnabled(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
}

void selectData(QComboBox *combo, qint64 id)
{
    const int i = combo->findData(id);
    REQUIRE(i >= 0);
    combo->setCurrentIndex(i);
}

QList<ActivityAction> enabledActions(const ui::ActivitiesPage &page)
{
    QList<ActivityAction> result;
    for (ActivityAction a :
         {ActivityAction::Edit, ActivityAction::Remove, ActivityAction::Submit, ActivityAction::Approve,
          ActivityAction::Reject, ActivityAction::MarkHeld, ActivityAction::Cancel})
        if (page.actionButton(a)->isEnabled())
            result << a;
    return result;
}

void click(ui::ActivitiesPage &page, ActivityAction action)
{
    QPushButton *button = page.actionButton(action);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

TEST_CASE("the activity buttons follow the workflow as the user clicks through it", "[ui][pages][activities]")
{
    Fixture f;
    MessageBoxCloser boxes;
    DialogDriver driver;
    ui::ActivitiesPage page;
    page.setDatabase(f.db);
    page.resize(1400, 800);
    page.show();
    REQUIRE(enabledActions(page).isEmpty()); // nothing selected

    // A new draft through the dialog: the budget in yuan is stored exactly in fen.
    driver.next<ui::ActivityDialog>([&](ui::ActivityDialog *d) {
        d->titleField()->setText(QStringLiteral("重阳节敬老活动"));
        selectData(d->workerField(), f.workers[1]);
        selectData(d->streetField(), f.street);
        CHECK_FALSE(okEnabled(d)); // no target group yet
        CHECK_FALSE(d->shownProblem().isEmpty());
        d->targetField(core::TargetGroup::Elderly)->setChecked(true);
        d->targetField(core::TargetGroup::Residents)->setChecked(true);
        d->plannedField()->setDate(QDate::currentDate().addDays(7));
        d->placeField()->setText(QStringLiteral("社区活动室"));
        d->budgetField()->setText(QStringLiteral("1,234.56"));
        d->participantsField()->setValue(40);
        CHECK(okEnabled(d));
        d->accept();
    });
    page.addRecord();
    REQUIRE(driver.seen);
    REQUIRE_FALSE(driver.leftOpen);
    const qint64 id = f.value(QStringLiteral("SELECT id FROM activity")).toLongLong();
    CHECK(must(core::ActivityRepository(f.db).get(id)).budget.fen() == 123456);
    CHECK(f.value(QStringLiteral("SELECT count(*) FROM activity_target WHERE activity_id = ?"), {id}).toInt() == 2);
    CHECK(f.value(QStringLiteral("SELECT status FROM activity WHERE id = ?"), {id}).toString() ==
          core::code(core::ActivityStatus::Draft));

    page.view()->setCurrentIndex(page.model()->index(0, 0));
    CHECK(enabledActions(page) ==
          QList<ActivityAction>{ActivityAction::Edit, ActivityAction::Remove, ActivityAction::Submit});

    driver.next<ui::ActivityStepDialog>([](ui::ActivityStepDialog *d) {
        CHECK(d->action() == ActivityAction::Submit);
        d->accept();
    });
    click(page, ActivityAction::Submit);
    REQUIRE(driver.seen);
    CHECK(f.value(QStringLiteral("SELECT status FROM activity WHERE id = ?"), {id}).toString() ==
          core::code(core::ActivityStatus::Submitted));
    CHECK(enabledActions(page) == QList<ActivityAction>{ActivityAction::Approve, ActivityAction::Reject});

    SECTION("a rejection without a comment keeps OK disabled; with one it is stored")
    {
        driver.next<ui::ActivityStepDialog>([](ui::ActivityStepDialog *d) {
            d->reviewerField()->setText(QStringLiteral("街道民政科"));
            CHECK_FALSE(okEnabled(d));
            CHECK_FALSE(d->canAccept());
            CHECK_FALSE(d->shownProblem().isEmpty());
            d->commentField()->setPlainText(QStringLiteral("   "));
            CHECK_FALSE(okEnabled(d));
            d->accept(); // refused: stays open, the driver rejects it
        });
        click(page, ActivityAction::Reject);
        REQUIRE(driver.seen);
        CHECK(driver.leftOpen);
        CHECK(f.value(QStringLiteral("SELECT status FROM activity WHERE id = ?"), {id}).toString() ==
              core::code(core::ActivityStatus::Submitted));

        driver.next<ui::ActivityStepDialog>([](ui::ActivityStepDialog *d) {
            d->reviewerField()->setText(QStringLiteral("街道民政科"));
            d->commentField()->setPlainText(QStringLiteral("预算偏高，请细化物资清单"));
            CHECK(okEnabled(d));
            d->accept();
        });
        click(page, ActivityAction::Reject);
        CHECK_FALSE(driver.leftOpen);
        CHECK(f.value(QStringLiteral("SELECT status FROM activity WHERE id = ?"), {id}).toString() ==
              core::code(core::ActivityStatus::Rejected));
        CHECK(f.value(QStringLiteral("SELECT review_comment FROM activity WHERE id = ?"), {id}).toString() ==
              QStringLiteral("预算偏高，请细化物资清单"));
        CHECK(enabledActions(page).isEmpty());
        CHECK(page.detail()->toPlainText().contains(QStringLiteral("预算偏高")));
    }

    SECTION("approved, then held: the held information is stored and shown")
    {
        driver.next<ui::ActivityStepDialog>([](ui::ActivityStepDialog *d) {
            CHECK(d->action() == ActivityAction::Approve);
            d->reviewerField()->setText(QStringLiteral("街道民政科"));
            CHECK(okEnabled(d)); // the comment is optional for an approval
            d->accept();
        });
        click(page, ActivityAction::Approve);
        CHECK_FALSE(driver.leftOpen);
        CHECK(f.value(QStringLiteral("SELECT status FROM activity WHERE id = ?"), {id}).toString() ==
              core::code(core::ActivityStatus::Approved));
        CHECK(enabledActions(page) == QList<ActivityAction>{ActivityAction::MarkHeld, ActivityAction::Cancel});
        CHECK(page.detail()->toPlainText().contains(QStringLiteral("街道民政科")));

        driver.next<ui::ActivityStepDialog>([](ui::ActivityStepDialog *d) {
            CHECK(d->action() == ActivityAction::MarkHeld);
            d->dateField()->setDate(QDate::currentDate());
            d->participantsField()->setValue(52);
            d->summaryField()->setPlainText(QStringLiteral("老人们很开心"));
            d->accept();
        });
        click(page, ActivityAction::MarkHeld);
        CHECK_FALSE(driver.leftOpen);
        CHECK(f.value(QStringLiteral("SELECT status FROM activity WHERE id = ?"), {id}).toString() ==
              core::code(core::ActivityStatus::Held));
        CHECK(f.value(QStringLiteral("SELECT actual_participants FROM activity WHERE id = ?"), {id}).toInt() == 52);
        CHECK(enabledActions(page).isEmpty());
        CHECK(page.detail()->toPlainText().contains(QStringLiteral("老人们很开心")));
    }
    CHECK(boxes.texts.isEmpty());
}

TEST_CASE("a supervision session with two workers made in the dialog keeps both", "[ui][pages][supervision]")
{
    Fixture f;
    MessageBoxCloser boxes;
    DialogDriver driver;
    ui::SupervisionPage page;
    page.setDatabase(f.db);

    driver.next<ui::SupervisionDialog>([&](ui::SupervisionDialog *d) {
        selectData(d->supervisorField(), f.supervisor);
        d->dateField()->setDate(QDate::currentDate().addDays(-30));
        d->workersField()->searchBox()->setText(QStringLiteral("王"));
        d->workersField()->setChecked(f.workers[0], true);
        d->workersField()->searchBox()->clear();
        d->workersField()->setChecked(f.workers[2], true);
        // Two workers cannot make an individual session.
        d->formField()->setCurrentIndex(d->formField()->findData(core::code(core::SupervisionForm::Individual)));
        CHECK_FALSE(okEnabled(d));
        d->formField()->setCurrentIndex(d->formField()->findData(core::code(core::SupervisionForm::Group)));
        d->topicsField()->setPlainText(QStringLiteral("个案记录规范"));
        d->issuesField()->setPlainText(QStringLiteral("记录不完整"));
        d->adviceField()->setPlainText(QStringLiteral("使用新模板"));
        CHECK(okEnabled(d));
        d->accept();
    });
    page.addRecord();
    REQUIRE(driver.seen);
    REQUIRE_FALSE(driver.leftOpen);
    REQUIRE(page.model()->rowCount() == 1);
    const qint64 id = f.value(QStringLiteral("SELECT id FROM supervision_session")).toLongLong();
    const core::SupervisionSession s = must(core::SupervisionRepository(f.db).get(id));
    CHECK(s.form == core::SupervisionForm::Group);
    CHECK(s.issues == QStringLiteral("记录不完整"));
    CHECK(s.advice == QStringLiteral("使用新模板"));
    QList<qint64> attendees = s.workerIds;
    std::sort(attendees.begin(), attendees.end());
    CHECK(attendees == QList<qint64>{f.workers[0], f.workers[2]});

    // An overdue follow-up is highlighted; "Done today" closes it.
    core::FollowUp late;
    late.sessionId = id;
    late.workerId = f.workers[0];
    late.action = QStringLiteral("补齐个案记录");
    late.dueOn = QDate::currentDate().addDays(-3);
    must(core::SupervisionRepository(f.db).addFollowUp(late));
    page.refresh();
    page.view()->setCurrentIndex(page.model()->index(0, 0));
    page.followUps()->showSession(id);
    QTableWidget *table = page.followUps()->table();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("王芳"));
    CHECK(table->item(0, 0)->background().color() == ui::FollowUpPanel::overdueColor());
    table->setCurrentCell(0, 0);
    REQUIRE(page.followUps()->doneButton()->isEnabled());
    page.followUps()->doneButton()->click();
    CHECK(f.value(QStringLiteral("SELECT done_on FROM follow_up")).toString() == core::isoDate(QDate::currentDate()));
    CHECK(table->item(0, 0)->background().style() == Qt::NoBrush);
    CHECK(boxes.texts.isEmpty());
}

TEST_CASE("an exchange meeting made in the dialog keeps its attendees", "[ui][pages][exchange]")
{
    Fixture f;
    MessageBoxCloser boxes;
    DialogDriver driver;
    ui::ExchangePage page;
    page.setDatabase(f.db);

    driver.next<ui::ExchangeDialog>([&](ui::ExchangeDialog *d) {
        d->topicField()->setText(QStringLiteral("社区养老经验分享"));
        CHECK_FALSE(okEnabled(d)); // nobody ticked yet
        d->attendeesField()->setChecked(f.workers[1], true);
        d->attendeesField()->setChecked(f.workers[2], true);
        d->kindField()->setCurrentIndex(d->kindField()->findData(core::code(core::MeetingKind::Social)));
        CHECK(okEnabled(d));
        d->accept();
    });
    page.addRecord();
    REQUIRE(driver.seen);
    REQUIRE_FALSE(driver.leftOpen);
    REQUIRE(page.model()->rowCount() == 1);
    const qint64 id = f.value(QStringLiteral("SELECT id FROM exchange_meeting")).toLongLong();
    const core::ExchangeMeeting m = must(core::ExchangeRepository(f.db).get(id));
    CHECK(m.kind == core::MeetingKind::Social);
    QList<qint64> attendees = m.workerIds;
    std::sort(attendees.begin(), attendees.end());
    CHECK(attendees == QList<qint64>{f.workers[1], f.workers[2]});
    CHECK(boxes.texts.isEmpty());
}
