// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// Figures in the window: the monthly grid of a running month counts up to today and says so,
// leave is excused in its totals, the attendance rule is edited in Settings, and evaluating a
// period that has not ended asks for an interim evaluation. Calendar: figuresfixture.h.
#include "core/evaluation.h"
#include "core/reports.h"
#include "core/settings.h"
#include "figuresfixture.h"
#include "ui/pages/attendancegrid.h"
#include "ui/pages/attendancelegendeditor.h"
#include "ui/pages/attendancepage.h"
#include "ui/pages/attendanceruleeditor.h"
#include "ui/pages/evaluationspage.h"
#include "ui/pages/settingspage.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using figures::d;

namespace {

int total(const ui::AttendanceGridModel &model, int column)
{
    return model.index(0, model.firstTotalColumn() + column).data().toInt();
}

// Answers the dialogs the Evaluations page opens: the generate dialog gets `period` counted to
// `asOf`; the question about an interim evaluation is answered `answer`; other boxes are closed.
struct Answerer
{
    core::Period period;
    QDate asOf;
    QMessageBox::StandardButton answer = QMessageBox::Yes;
    QStringList questions, messages;
    QTimer timer;

    Answerer(core::Period p, QDate day, QMessageBox::StandardButton a)
        : period(p)
        , asOf(day)
        , answer(a)
    {
        timer.setInterval(15);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *generate = qobject_cast<ui::GenerateDialog *>(modal)) {
                generate->periodChooser()->select(period);
                generate->setAsOf(asOf);
                generate->accept();
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                if (box->icon() == QMessageBox::Question) {
                    questions << box->text() + QLatin1Char('\n') + box->informativeText();
                    box->done(answer);
                } else {
                    messages << box->text();
                    box->done(QMessageBox::Ok);
                }
            }
        });
        timer.start();
    }
};

} // namespace

TEST_CASE("the grid of a running month counts up to the as-of day and excuses leave", "[ui][attendance][asof]")
{
    figures::Agency a;
    const qint64 li = a.worker(QStringLiteral("李娜"), d(2026, 1, 1));
    a.attend(li, d(2026, 12, 1), d(2026, 12, 31));
    a.set(li, d(2026, 12, 2), QStringLiteral("annual"));
    a.set(li, d(2026, 12, 3), QStringLiteral("annual"));
    ui::AttendanceGridModel model;
    // On Thursday 3 December: 3 required days, 1 attended, 2 annual leave → 100%, not 33% or 4%.
    REQUIRE(model.load(a.db, d(2026, 12, 1), std::nullopt, d(2026, 12, 3)).ok());
    CHECK(model.isRunning());
    CHECK(model.countedTo() == d(2026, 12, 3));
    CHECK(total(model, ui::AttendanceGridModel::Required) == 3);
    CHECK(total(model, ui::AttendanceGridModel::Present) == 1);
    CHECK(total(model, ui::AttendanceGridModel::Excused) == 2);
    CHECK(total(model, ui::AttendanceGridModel::Absences) == 0);
    const QModelIndex rate = model.index(0, model.firstTotalColumn() + ui::AttendanceGridModel::Rate);
    CHECK(rate.data().toString() == QStringLiteral("100%"));
    CHECK(rate.data(Qt::ToolTipRole).toString() == core::AttendanceRule().describe());
    CHECK(
        model.headerData(model.firstTotalColumn() + ui::AttendanceGridModel::Required, Qt::Horizontal, Qt::ToolTipRole)
            .toString()
            .contains(QStringLiteral("as of 3 Dec")));
    // A day after the as-of day shows its mark and says it is not counted yet.
    const QModelIndex later = model.index(0, model.columnOf(d(2026, 12, 10)));
    CHECK(later.data().toString() == QStringLiteral("P"));
    CHECK(later.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not counted")));

    // Typing into a counted day changes the totals as core counts them; a later day does not.
    ui::AttendanceGridModel again;
    REQUIRE(again.load(a.db, d(2026, 12, 1), std::nullopt, d(2026, 12, 3)).ok());
    REQUIRE(again.setStatus(again.index(0, again.columnOf(d(2026, 12, 1))), core::AttendanceStatus::SickLeave).ok());
    CHECK(total(again, ui::AttendanceGridModel::Present) == 0);
    CHECK(total(again, ui::AttendanceGridModel::Absences) == 1);
    REQUIRE(again.setStatus(again.index(0, again.columnOf(d(2026, 12, 14))), core::AttendanceStatus::Absent).ok());
    CHECK(total(again, ui::AttendanceGridModel::Absences) == 1);
    const auto core = core::AttendanceRepository(a.db).month(d(2026, 12, 1), std::nullopt, d(2026, 12, 3));
    CHECK(core->rows.first().against() == total(again, ui::AttendanceGridModel::Absences));
}

TEST_CASE("the attendance page says the running month is counted as of today", "[ui][attendance][asof]")
{
    figures::Agency a(memoryDb(), QDate::currentDate().addYears(-1), QDate::currentDate().addYears(1));
    a.worker(QStringLiteral("李娜"), QDate::currentDate().addYears(-1));
    ui::AttendancePage page;
    page.resize(1366, 700);
    page.setDatabase(a.db);
    page.show();
    const QLabel *asOf = page.findChild<QLabel *>(QStringLiteral("gridAsOf"));
    REQUIRE(asOf);
    const QDate today = QDate::currentDate();
    page.showMonth(today, std::nullopt);
    if (today.day() != today.daysInMonth()) {
        CHECK(asOf->isVisibleTo(&page));
        CHECK(asOf->text().contains(core::asOfText(today)));
    }
    // A month that has ended says nothing of the kind.
    page.showMonth(today.addMonths(-1), std::nullopt);
    CHECK_FALSE(asOf->isVisibleTo(&page));
}

TEST_CASE("the attendance rule is edited and saved in Settings", "[ui][settings][rule]")
{
    figures::Agency a;
    ui::SettingsPage page;
    page.setDatabase(a.db);
    auto *editor = page.findChild<ui::AttendanceRuleEditor *>();
    REQUIRE(editor);
    CHECK(editor->rule() == core::AttendanceRule());
    const QLabel *line = editor->findChild<QLabel *>(QStringLiteral("ruleLine"));
    REQUIRE(line);
    CHECK(line->text() == core::AttendanceRule().describe());

    editor->choose(core::AttendanceStatus::SickLeave, core::AttendanceClass::Excused);
    CHECK(line->text().contains(QStringLiteral("days of Sick leave, Annual leave")));
    CHECK(page.problem().isEmpty());
    REQUIRE(page.save());
    CHECK(core::Settings::load(a.db)->attendanceRule.isExcused(core::AttendanceStatus::SickLeave));

    // Present must count as attended: the page says so and does not save.
    editor->choose(core::AttendanceStatus::Present, core::AttendanceClass::Against);
    CHECK(page.problem().contains(core::label(core::AttendanceStatus::Present)));
    CHECK_FALSE(page.save());
    CHECK(core::Settings::load(a.db)->attendanceRule.isAttended(core::AttendanceStatus::Present));
}

TEST_CASE("the sign-in grid legend is edited and saved in Settings", "[ui][settings][legend]")
{
    figures::Agency a;
    ui::SettingsPage page;
    page.setDatabase(a.db);
    auto *editor = page.findChild<ui::AttendanceLegendEditor *>();
    REQUIRE(editor);
    CHECK(editor->legend() == core::AttendanceLegend::defaults());
    // Row 4 is sick leave (the order of the statuses): the agency writes ○ for it.
    REQUIRE(editor->table()->item(4, 0)->text() == core::label(core::AttendanceStatus::SickLeave));
    editor->table()->item(4, 1)->setText(QStringLiteral("○"));
    CHECK(page.problem().isEmpty());
    REQUIRE(page.save());
    const auto legend = core::Settings::load(a.db)->attendanceLegend;
    CHECK(legend.statusOf(QStringLiteral("○")) == core::AttendanceStatus::SickLeave);
    CHECK(legend.markOf(core::AttendanceStatus::SickLeave) == QStringLiteral("○"));

    // One mark for two statuses: the page says so and does not save.
    editor->table()->item(5, 1)->setText(QStringLiteral("○"));
    CHECK_FALSE(page.problem().isEmpty());
    CHECK_FALSE(page.save());
}

TEST_CASE("evaluating a period that has not ended asks for an interim evaluation", "[ui][evaluations][interim]")
{
    QTemporaryDir dir;
    auto db = core::Database::open(dir.filePath(QStringLiteral("e.db")));
    REQUIRE(db.ok());
    figures::Agency a(db.value(), d(2026, 1, 1), d(2026, 12, 31));
    const qint64 wang = a.worker(QStringLiteral("王芳"), d(2026, 1, 1));
    a.worker(QStringLiteral("周杰"), d(2026, 11, 12)); // 3 working days by 16 November
    a.attend(wang, d(2026, 10, 1), d(2026, 11, 16));
    const core::Period q4 = core::Period::quarter(2026, 4);
    ui::EvaluationsPage page;
    page.setDatabase(a.db);
    page.resize(1200, 700);
    page.show();

    // Declined: nothing is made.
    {
        Answerer answers(q4, d(2026, 11, 16), QMessageBox::Cancel);
        page.evaluatePeriod();
        REQUIRE(answers.questions.size() == 1);
        CHECK(answers.questions.first().contains(QStringLiteral("2026-12-31")));
        CHECK(answers.questions.first().contains(QStringLiteral("interim")));
    }
    CHECK(core::EvaluationRepository(a.db).idsFor(q4)->isEmpty());

    // Accepted: interim evaluations as of that day, the too short placement listed.
    {
        Answerer answers(q4, d(2026, 11, 16), QMessageBox::Yes);
        page.evaluatePeriod();
        REQUIRE(answers.messages.size() == 1);
        CHECK(answers.messages.first().contains(QStringLiteral("interim")));
        CHECK(answers.messages.first().contains(QStringLiteral("周杰 (3 working day")));
    }
    CHECK(page.lastGenerated().created == 1);
    CHECK(page.lastGenerated().interimAsOf == d(2026, 11, 16));
    const auto ids = core::EvaluationRepository(a.db).idsFor(q4);
    REQUIRE(ids->size() == 1);
    CHECK(core::EvaluationRepository(a.db).get(ids->first())->interimAsOf == d(2026, 11, 16));

    // A period that has ended is made without a question.
    {
        Answerer answers(core::Period::month(2026, 10), d(2026, 11, 16), QMessageBox::Cancel);
        page.evaluatePeriod();
        CHECK(answers.questions.isEmpty());
        REQUIRE(answers.messages.size() == 1);
    }
    CHECK(page.lastGenerated().created == 1);
    CHECK_FALSE(page.lastGenerated().interimAsOf.isValid());
}
