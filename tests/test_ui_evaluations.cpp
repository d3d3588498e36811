// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The Evaluations page: making a period's drafts through the page's dialog, scoring in the
// editor (an override needs a reason before it can be saved), final evaluations read-only,
// the rubric templates' weight sum, and one PDF page per evaluation of a period.
#include "core/evaluation.h"
#include "core/rubric.h"
#include "helpers.h"
#include "sheetfixture.h"
#include "ui/lazytablemodel.h"
#include "ui/pages/evaluationeditor.h"
#include "ui/pages/evaluationspage.h"
#include "ui/pages/rubricdialog.h"
#include "ui/sheet/sheetrenderer.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using core::Period;

namespace {

const Period kMarch = Period::month(2026, 3);

// A file (not in memory): generation runs on a worker thread with its own connection.
struct FileFixture
{
    QTemporaryDir dir;
    core::Database db;
    sheetfixture::Data data;

    FileFixture()
        : db(open(dir.filePath(QStringLiteral("eval.db"))))
    {
        data = sheetfixture::make(db, 3);
    }
    static core::Database open(const QString &path)
    {
        auto db = core::Database::open(path);
        if (!db)
            FAIL(db.error().message.toStdString());
        return db.value();
    }
};

// Answers the dialogs the page opens while `action` runs: the generate dialog gets March 2026,
// message boxes are accepted (their texts kept).
struct ModalAnswerer
{
    QStringList messages;
    bool sawGenerateDialog = false;
    QTimer timer;

    ModalAnswerer()
    {
        timer.setInterval(15);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *generate = qobject_cast<ui::GenerateDialog *>(modal)) {
                sawGenerateDialog = true;
                generate->periodChooser()->select(kMarch);
                generate->accept();
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                messages << box->text();
                box->done(QMessageBox::Yes);
            }
        });
        timer.start();
    }
};

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(30000);
    const auto m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QList<qint64> generate(const core::Database &db)
{
    core::EvaluationRepository repo(db);
    auto made = repo.generate(kMarch, 1, std::nullopt, kMarch.last());
    REQUIRE(made.ok());
    auto ids = repo.idsFor(kMarch);
    REQUIRE(ids.ok());
    return ids.value();
}

} // namespace

TEST_CASE("evaluating a period through the page's dialog makes drafts in the file", "[ui][evaluations]")
{
    FileFixture f;
    ui::EvaluationsPage page;
    page.setDatabase(f.db);
    page.resize(1200, 700);
    page.show();
    {
        ModalAnswerer answers;
        page.evaluatePeriod();
        CHECK(answers.sawGenerateDialog);
        REQUIRE(answers.messages.size() == 1);
        CHECK(answers.messages.first().contains(QStringLiteral("3")));
    }
    CHECK(page.lastGenerated().created == 3);
    CHECK(page.lastGenerated().skipped == 0);

    // Read through a connection of its own: the rows were committed to the file.
    const core::Database other = FileFixture::open(f.db.path());
    core::EvaluationRepository repo(other);
    auto ids = repo.idsFor(kMarch);
    REQUIRE(ids.ok());
    REQUIRE(ids.value().size() == 3);
    for (qint64 id : ids.value())
        CHECK(repo.get(id).value().status == core::EvaluationStatus::Draft);
    // The page now shows that period's evaluations.
    CHECK(page.model()->rowCount() == 3);

    // A second run skips everyone.
    {
        ModalAnswerer answers;
        page.evaluatePeriod();
    }
    CHECK(page.lastGenerated().created == 0);
    CHECK(page.lastGenerated().skipped == 3);

    // The grade filter narrows the list (no draft is graded "excellent" yet).
    page.gradeFilter()->setCurrentIndex(page.gradeFilter()->findData(core::code(core::Grade::Excellent)));
    CHECK(page.model()->rowCount() == 0);
    page.gradeFilter()->setCurrentIndex(0);
    CHECK(page.model()->rowCount() == 3);
}

TEST_CASE("the editor stores the supervisor's score and needs a reason for an override", "[ui][evaluations]")
{
    FileFixture f;
    const QList<qint64> ids = generate(f.db);
    REQUIRE_FALSE(ids.isEmpty());
    core::EvaluationRepository repo(f.db);
    const core::Evaluation before = repo.get(ids.first()).value();

    ui::EvaluationEditor editor(f.db, ids.first());
    REQUIRE_FALSE(editor.isReadOnly());
    QTableWidget *table = editor.itemsTable();
    REQUIRE(table->rowCount() == before.items.size());
    int judgement = -1, proposed = -1;
    for (int row = 0; row < before.items.size(); ++row) {
        if (!before.items.at(row).proposedScore && judgement < 0)
            judgement = row;
        if (before.items.at(row).proposedScore && proposed < 0)
            proposed = row;
    }
    REQUIRE(judgement >= 0);
    REQUIRE(proposed >= 0);
    CHECK_FALSE(editor.saveButton()->isEnabled()); // nothing changed yet

    // A judgement item: any score from 0 to 100, no reason needed.
    table->item(judgement, ui::EvaluationEditor::ScoreColumn)->setText(QStringLiteral("150"));
    CHECK_FALSE(editor.shownProblem().isEmpty());
    CHECK_FALSE(editor.saveButton()->isEnabled());
    table->item(judgement, ui::EvaluationEditor::ScoreColumn)->setText(QStringLiteral("80"));
    CHECK(editor.shownProblem().isEmpty());
    CHECK(editor.saveButton()->isEnabled());
    const QString liveTotal = editor.totalText();

    // A score different from the records' proposal: Save stays disabled until a reason is given.
    const double proposal = *before.items.at(proposed).proposedScore;
    const double overridden = proposal >= 50 ? proposal - 20 : proposal + 20;
    table->item(proposed, ui::EvaluationEditor::ScoreColumn)->setText(QString::number(overridden));
    CHECK(editor.shownProblem().contains(QStringLiteral("say why")));
    CHECK_FALSE(editor.saveButton()->isEnabled());
    CHECK_FALSE(editor.save());
    CHECK_FALSE(repo.get(ids.first()).value().items.at(judgement).score.has_value()); // nothing written
    CHECK(editor.totalText() != liveTotal);                                           // the total follows the typing
    table->item(proposed, ui::EvaluationEditor::ReasonColumn)->setText(QStringLiteral("部分记录未录入"));
    CHECK(editor.shownProblem().isEmpty());
    CHECK(editor.saveButton()->isEnabled());

    REQUIRE(editor.save());
    CHECK(editor.wroteChanges());
    const core::Evaluation after = repo.get(ids.first()).value();
    REQUIRE(after.items.at(judgement).score.has_value());
    CHECK(*after.items.at(judgement).score == Approx(80));
    CHECK(*after.items.at(proposed).score == Approx(overridden));
    CHECK(after.items.at(proposed).overrideReason == QStringLiteral("部分记录未录入"));
    double expected = 0;
    for (const core::EvaluationItem &item : after.items)
        expected += item.score.value_or(0) * item.weight / 100.0;
    CHECK(after.total == Approx(core::EvaluationRepository::round1(expected)));
    CHECK(after.total != Approx(before.total));
    CHECK(editor.totalText().contains(QLocale().toString(after.total, 'f', 1)));
    CHECK_FALSE(editor.saveButton()->isEnabled()); // saved: nothing left to save
}

TEST_CASE("a final evaluation's editor is read-only and says why", "[ui][evaluations]")
{
    FileFixture f;
    const QList<qint64> ids = generate(f.db);
    core::EvaluationRepository repo(f.db);
    const core::Evaluation e = repo.get(ids.first()).value();
    for (const core::EvaluationItem &item : e.items)
        REQUIRE(repo.setItemScore(item.id, item.proposedScore.value_or(85)).ok());
    REQUIRE(repo.finalise(e.id, QDate(2026, 4, 2)).ok());

    ui::EvaluationEditor editor(f.db, e.id);
    CHECK(editor.isReadOnly());
    CHECK_FALSE(editor.saveButton()->isEnabled());
    CHECK_FALSE(editor.finaliseButton()->isEnabled());
    CHECK(editor.unlockButton()->isEnabled());
    CHECK(editor.commentsEdit()->isReadOnly());
    CHECK(editor.summaryEdit()->isReadOnly());
    for (int row = 0; row < editor.itemsTable()->rowCount(); ++row)
        for (int column = 0; column < ui::EvaluationEditor::ColumnCount; ++column)
            CHECK_FALSE(editor.itemsTable()->item(row, column)->flags().testFlag(Qt::ItemIsEditable));
    auto *why = editor.findChild<QLabel *>(QStringLiteral("lockLine"));
    REQUIRE(why);
    CHECK(why->text().contains(QStringLiteral("2026-04-02")));
    CHECK_FALSE(editor.hasUnsavedChanges());
}

TEST_CASE("rubric templates: OK only while the weights add up to 100", "[ui][evaluations][rubric]")
{
    core::Database db = memoryDb();
    ui::RubricDialog dialog(db);
    REQUIRE(dialog.templateList()->count() >= 1);
    CHECK(dialog.okButton()->isEnabled());
    CHECK(dialog.weightText().contains(QStringLiteral("100")));
    const int rows = dialog.itemsTable()->rowCount();
    REQUIRE(rows > 0);
    auto *weight = qobject_cast<QSpinBox *>(dialog.itemsTable()->cellWidget(0, ui::RubricDialog::WeightColumn));
    REQUIRE(weight);
    const int original = weight->value();
    dialog.setWeight(0, original + 5);
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.weightText().contains(QStringLiteral("105")));
    dialog.setWeight(0, original);
    CHECK(dialog.okButton()->isEnabled());

    // A new template of one item weighing 100 is saved and can become the default.
    dialog.addTemplate();
    dialog.nameEdit()->setText(QStringLiteral("简化模板"));
    Q_EMIT dialog.nameEdit()->textEdited(dialog.nameEdit()->text());
    dialog.makeDefault();
    CHECK(dialog.okButton()->isEnabled());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    auto all = core::RubricRepository(db).list();
    REQUIRE(all.ok());
    REQUIRE(all.value().size() == 2);
    CHECK(all.value().first().name == QStringLiteral("简化模板")); // the default first
    CHECK(all.value().first().isDefault);
    CHECK(all.value().first().weightSum() == 100);
}

TEST_CASE("exporting a period's sheets writes one PDF page per evaluation", "[ui][evaluations][pdf]")
{
    FileFixture f;
    const QList<qint64> ids = generate(f.db);
    REQUIRE(ids.size() == 3);
    ui::EvaluationsPage page;
    page.setDatabase(f.db);
    page.periodFilter()->select(kMarch);
    REQUIRE(page.model()->rowCount() == 3);
    const QString path = f.dir.filePath(QStringLiteral("march.pdf"));
    QString offered;
    page.setFileChooser([&](const QString &, const QString &suggested, const QString &) {
        offered = suggested;
        return path;
    });
    ModalAnswerer answers;
    page.exportPeriodPdf();
    CHECK(answers.messages.isEmpty());
    CHECK(offered.endsWith(QStringLiteral(".pdf")));
    REQUIRE(QFile::exists(path));
    // For a look at the pages: ONESTREET_EVALUATIONS_PDF=file keeps a copy.
    if (const QString keep = qEnvironmentVariable("ONESTREET_EVALUATIONS_PDF"); !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(path, keep);
    }
    const int periodPages = pdfPages(path);

    // The selected evaluation alone.
    page.view()->setCurrentIndex(page.model()->index(0, 0));
    const QString one = f.dir.filePath(QStringLiteral("one"));
    page.setFileChooser([&](const QString &, const QString &, const QString &) { return one; });
    page.exportSelectedPdf();
    const int onePages = pdfPages(one + QStringLiteral(".pdf")); // ".pdf" is added
    // Every evaluation of the period is in the file, each on its own sheet...
    CHECK(periodPages == 3 * onePages);
    // ... and a sheet fits one A4 page.
    CHECK(onePages == 1);
    CHECK(periodPages == 3);
}

// For a look: ONESTREET_EVALUATIONS_SHOTS=dir saves the editor, the rubric dialog and a print
// preview as PNGs (run under xvfb-run for real fonts).
TEST_CASE("screenshots of the evaluation dialogs on request", "[ui][evaluations][.shots]")
{
    const QString out = qEnvironmentVariable("ONESTREET_EVALUATIONS_SHOTS");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    FileFixture f;
    const QList<qint64> ids = generate(f.db);
    core::EvaluationRepository repo(f.db);
    const core::Evaluation e = repo.get(ids.first()).value();
    const auto settle = [] {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 300)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
    };
    {
        ui::EvaluationEditor editor(f.db, e.id);
        for (int row = 0; row < e.items.size(); ++row)
            if (e.items.at(row).proposedScore) {
                editor.itemsTable()->item(row, ui::EvaluationEditor::ScoreColumn)->setText(QStringLiteral("60"));
                break;
            }
        editor.show();
        settle();
        editor.grab().save(out + QStringLiteral("/editor.png"));
    }
    for (const core::EvaluationItem &item : e.items)
        (void)repo.setItemScore(item.id, item.proposedScore.value_or(85));
    (void)repo.finalise(e.id, QDate(2026, 4, 2));
    {
        ui::EvaluationEditor editor(f.db, e.id);
        editor.show();
        settle();
        editor.grab().save(out + QStringLiteral("/editor_final.png"));
    }
    {
        ui::RubricDialog dialog(f.db);
        dialog.show();
        settle();
        dialog.grab().save(out + QStringLiteral("/rubrics.png"));
    }
    {
        auto sheet = repo.sheetData(e.id);
        REQUIRE(sheet.ok());
        QPrinter printer(QPrinter::HighResolution);
        QPrintPreviewDialog preview(&printer);
        QObject::connect(&preview, &QPrintPreviewDialog::paintRequested,
                         [&](QPrinter *p) { (void)ui::SheetRenderer::print(p, {sheet.value()}); });
        preview.resize(900, 1000);
        preview.show();
        settle();
        preview.grab().save(out + QStringLiteral("/preview.png"));
    }
    {
        ui::EvaluationsPage page;
        page.setDatabase(f.db);
        page.periodFilter()->select(kMarch);
        page.resize(1300, 600);
        page.show();
        settle();
        page.grab().save(out + QStringLiteral("/page.png"));
    }
}
