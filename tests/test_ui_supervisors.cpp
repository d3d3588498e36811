// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// 督导人员: a new agency adds its supervisors in the window, edits them, and cannot remove one
// whose sessions are on file.
#include "core/supervision.h"
#include "core/supervisor.h"
#include "core/worker.h"
#include "helpers.h"
#include "ui/pages/supervisorsdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

namespace {

// Runs `answer` on the next modal dialog that opens (of type T), then lets the test go on.
template <typename T> void whenShown(std::function<void(T *)> answer)
{
    QTimer::singleShot(0, [answer] {
        for (int i = 0; i < 200; ++i) {
            if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                answer(dialog);
                return;
            }
            QTest::qWait(10);
        }
        FAIL("no dialog opened");
    });
}

QStringList names(QTableWidget *table)
{
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r)
        out << table->item(r, 0)->text();
    return out;
}

} // namespace

TEST_CASE("Supervisors are added, edited and kept while their sessions are on file", "[ui][supervision]")
{
    const core::Database db = memoryDb();
    ui::SupervisorsDialog dialog(db);
    QSignalSpy changed(&dialog, &ui::SupervisorsDialog::changed);
    CHECK(dialog.table()->rowCount() == 0);

    // Add: OK stays disabled until a name is typed.
    whenShown<ui::SupervisorDialog>([](ui::SupervisorDialog *d) {
        auto *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        CHECK_FALSE(ok->isEnabled());
        CHECK_FALSE(d->shownProblem().isEmpty());
        d->nameField()->setText(QStringLiteral("王督导")); // as an input method commits it
        QTest::keyClicks(d->phoneField(), QStringLiteral("13800000000"));
        CHECK(ok->isEnabled());
        ok->click();
    });
    dialog.addSupervisor();
    CHECK(names(dialog.table()) == QStringList{QStringLiteral("王督导")});
    CHECK(changed.size() == 1);
    const auto stored = core::SupervisorRepository(db).list();
    REQUIRE(stored);
    REQUIRE(stored.value().size() == 1);
    CHECK(stored.value().first().phone == QStringLiteral("13800000000"));

    // Edit the selected one.
    dialog.table()->selectRow(0);
    whenShown<ui::SupervisorDialog>([](ui::SupervisorDialog *d) {
        d->nameField()->setText(QStringLiteral("王敏"));
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    dialog.editSupervisor();
    CHECK(names(dialog.table()) == QStringList{QStringLiteral("王敏")});

    // A supervisor who held a session stays: the refusal is shown, the row is still there.
    core::SocialWorker worker;
    worker.name = QStringLiteral("张敏");
    const auto workerId = core::WorkerRepository(db).add(worker);
    REQUIRE(workerId);
    core::SupervisionSession session;
    session.workerIds << workerId.value();
    session.supervisorId = stored.value().first().id;
    session.heldOn = QDate(2026, 11, 2);
    session.form = core::SupervisionForm::Group;
    REQUIRE(core::SupervisionRepository(db).add(session));
    dialog.table()->selectRow(0);
    whenShown<QMessageBox>([](QMessageBox *box) {
        // First the question, then core's refusal.
        box->button(QMessageBox::Yes)->click();
        whenShown<QMessageBox>([](QMessageBox *refusal) {
            CHECK_FALSE(refusal->text().isEmpty());
            refusal->accept();
        });
    });
    dialog.removeSupervisor();
    CHECK(names(dialog.table()) == QStringList{QStringLiteral("王敏")});
}
