// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "evaluationspage.h"

#include "core/calendar.h"
#include "core/rubric.h"
#include "core/supervisor.h"
#include "evaluationeditor.h"
#include "rubricdialog.h"
#include "ui/background.h"
#include "ui/choices.h"
#include "ui/fields.h"
#include "ui/recorddialog.h"
#include "ui/sheet/sheetrenderer.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <atomic>
#include <memory>

namespace ui {

// ---------------------------------------------------------------------------------------------
// PeriodChooser

namespace {
constexpr int kYearsBack = 4; // the periods offered: this year and the four before (and next year)

QString kindLabel(core::Period::Kind kind)
{
    switch (kind) {
    case core::Period::Kind::Month:
        return QCoreApplication::translate("ui::EvaluationsPage", "Monthly");
    case core::Period::Kind::Quarter:
        return QCoreApplication::translate("ui::EvaluationsPage", "Quarterly");
    case core::Period::Kind::Half:
        return QCoreApplication::translate("ui::EvaluationsPage", "Half-yearly");
    case core::Period::Kind::Year:
        break;
    }
    return QCoreApplication::translate("ui::EvaluationsPage", "Yearly");
}
} // namespace

PeriodChooser::PeriodChooser(QWidget *parent, const QString &anyKindLabel, const QString &anyPeriodLabel)
    : QObject(parent)
    , m_anyPeriod(anyPeriodLabel)
{
    m_kind = new QComboBox(parent);
    m_kind->setObjectName(QStringLiteral("periodKind"));
    if (!anyKindLabel.isEmpty())
        m_kind->addItem(anyKindLabel, -1);
    for (auto kind :
         {core::Period::Kind::Month, core::Period::Kind::Quarter, core::Period::Kind::Half, core::Period::Kind::Year})
        m_kind->addItem(kindLabel(kind), int(kind));
    m_period = new QComboBox(parent);
    m_period->setObjectName(QStringLiteral("period"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillPeriods();
        emit changed();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, &PeriodChooser::changed);
    fillPeriods();
}

std::optional<core::Period::Kind> PeriodChooser::kind() const
{
    const int k = m_kind->currentData().toInt();
    return k < 0 ? std::nullopt : std::optional(core::Period::Kind(k));
}

std::optional<core::Period> PeriodChooser::period() const
{
    return core::Period::parse(m_period->currentData().toString());
}

void PeriodChooser::fillPeriods()
{
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    const auto k = kind();
    m_period->setEnabled(k.has_value());
    if (!m_anyPeriod.isEmpty())
        m_period->addItem(m_anyPeriod, QString());
    if (!k)
        return;
    const QDate today = QDate::currentDate();
    QList<core::Period> periods;
    core::Period p = core::Period::containing(*k, QDate(today.year() - kYearsBack, 1, 1));
    const QDate end(today.year() + 1, 12, 31);
    while (p.isValid() && p.first() <= end) {
        periods.prepend(p);
        p = p.next();
    }
    for (const core::Period &period : std::as_const(periods))
        m_period->addItem(period.label(), period.code());
    // The current period (or, for a filter, "all") is the natural start.
    const int current = m_period->findData(core::Period::containing(*k, today).code());
    m_period->setCurrentIndex(m_anyPeriod.isEmpty() && current >= 0 ? current : 0);
}

void PeriodChooser::select(const core::Period &period)
{
    const QSignalBlocker blocker(m_kind);
    m_kind->setCurrentIndex(m_kind->findData(int(period.kind())));
    fillPeriods();
    const int index = m_period->findData(period.code());
    if (index >= 0)
        m_period->setCurrentIndex(index);
    emit changed();
}

// ---------------------------------------------------------------------------------------------
// GenerateDialog

GenerateDialog::GenerateDialog(const core::Database &db, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Evaluate a period"));
    auto *form = new QFormLayout;
    m_period = new PeriodChooser(this);
    m_period->select(core::Period::containing(core::Period::Kind::Quarter, QDate::currentDate()));
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("template"));
    if (auto rubrics = core::RubricRepository(db).list())
        for (const core::RubricTemplate &t : rubrics.value())
            m_template->addItem(choices::rubricLabel(t), t.id);
    m_supervisor = new QComboBox(this);
    m_supervisor->setObjectName(QStringLiteral("supervisor"));
    m_supervisor->addItem(tr("(none yet)"), 0);
    if (auto supervisors = core::SupervisorRepository(db).list())
        for (const core::Supervisor &s : supervisors.value())
            m_supervisor->addItem(s.name, s.id);
    if (m_supervisor->count() > 1)
        m_supervisor->setCurrentIndex(1);
    m_asOf = newDateEdit(QDate::currentDate(), this);
    form->addRow(tr("Period &kind"), m_period->kindCombo());
    form->addRow(tr("&Period"), m_period->periodCombo());
    form->addRow(tr("&Rubric template"), m_template);
    form->addRow(tr("&Supervisor"), m_supervisor);
    form->addRow(tr("Records &up to"), m_asOf);
    auto *note = new QLabel(tr("A draft evaluation is made for every social worker placed during the period; "
                               "workers who have one for the period already, or who were placed for fewer working "
                               "days than the minimum in Settings, are skipped."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Evaluate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto check = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(period().has_value() && m_template->count() > 0);
    };
    connect(m_period, &PeriodChooser::changed, this, check);
    check();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

qint64 GenerateDialog::templateId() const
{
    return m_template->currentData().toLongLong();
}

std::optional<qint64> GenerateDialog::supervisorId() const
{
    const qint64 id = m_supervisor->currentData().toLongLong();
    return id > 0 ? std::optional(id) : std::nullopt;
}

QDate GenerateDialog::asOf() const
{
    return m_asOf->date();
}

void GenerateDialog::setAsOf(QDate day)
{
    m_asOf->setDate(day);
}

// ---------------------------------------------------------------------------------------------
// Generation off the GUI thread

namespace {
// Runs generate() on a worker thread with its own connection to the file; a progress dialog
// with Cancel keeps the window responsive. nullopt in the value = cancelled.
core::Result<std::optional<core::EvaluationRepository::GenerateResult>>
generateInBackground(QWidget *parent, const core::Database &db,
                     const core::EvaluationRepository::GenerateRequest &request)
{
    BackgroundTask task{EvaluationsPage::tr("Evaluate a period"),
                        EvaluationsPage::tr("Making the evaluations of %1…").arg(request.period.label())};
    task.total = 0;           // busy until the first worker is done
    task.minimumDuration = 0; // shown at once
    return runInBackground<core::EvaluationRepository::GenerateResult>(
        parent, task, db, [&request](const core::Database &own, const JobProgress &progress) {
            return core::EvaluationRepository(own).generate(request, [&progress](int done, int total) {
                progress.report(done, total);
                return !progress.cancelled();
            });
        });
}
} // namespace

// ---------------------------------------------------------------------------------------------
// EvaluationsPage

EvaluationsPage::EvaluationsPage(QWidget *parent)
    : ListPage(parent)
{
    setActions(Edit | Delete | Export);
    filters()->enableWorker([this] { return database() ? choices::workers(*database(), true) : FilterBar::Choices(); });
    filters()->enableStatus(tr("Draft and final"), choices::enumeration<core::EvaluationStatus>());
    m_periodFilter = new PeriodChooser(this, tr("All period kinds"), tr("All periods"));
    filters()->addFilterWidget(m_periodFilter->kindCombo());
    filters()->addFilterWidget(m_periodFilter->periodCombo());
    m_grade = new QComboBox(this);
    m_grade->setObjectName(QStringLiteral("grade"));
    m_grade->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_grade->addItem(tr("All grades"), QString());
    for (core::Grade g : core::allValues<core::Grade>())
        if (g != core::Grade::None)
            m_grade->addItem(core::label(g), core::code(g));
    filters()->addFilterWidget(m_grade);
    connect(m_periodFilter, &PeriodChooser::changed, this, &EvaluationsPage::applyExtra);
    connect(m_grade, &QComboBox::currentIndexChanged, this, &EvaluationsPage::applyExtra);

    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QStyle *s = style();
    m_toolBar->addAction(s->standardIcon(QStyle::SP_FileDialogNewFolder), tr("E&valuate a period…"), this,
                         &EvaluationsPage::evaluatePeriod);
    m_toolBar->addAction(s->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Rubric &templates…"), this,
                         &EvaluationsPage::editTemplates);
    m_toolBar->addSeparator();
    QAction *preview = m_toolBar->addAction(s->standardIcon(QStyle::SP_FileDialogContentsView), tr("Print pre&view…"),
                                            this, &EvaluationsPage::previewSelected);
    QAction *print = m_toolBar->addAction(tr("&Print…"), this, &EvaluationsPage::printSelected);
    QAction *pdf = m_toolBar->addAction(s->standardIcon(QStyle::SP_DialogSaveButton), tr("Export P&DF…"), this,
                                        &EvaluationsPage::exportSelectedPdf);
    preview->setToolTip(tr("Preview the sheet of the selected evaluation"));
    print->setToolTip(tr("Print the sheet of the selected evaluation"));
    pdf->setToolTip(tr("Save the sheet of the selected evaluation as a PDF file"));
    m_toolBar->addSeparator();
    QAction *periodPdf =
        m_toolBar->addAction(tr("Export the period's sheets as one PDF…"), this, &EvaluationsPage::exportPeriodPdf);
    QAction *periodPrint = m_toolBar->addAction(tr("Print the period's sheets…"), this, &EvaluationsPage::printPeriod);
    periodPdf->setToolTip(
        tr("All evaluations of the period chosen in the filter (and worker and status, when chosen)"));
    periodPrint->setToolTip(periodPdf->toolTip());
    for (QAction *a : {preview, print, pdf})
        addContextAction(a);
    // Between the filters and the list.
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->insertWidget(1, m_toolBar);

    m_chooseFile = [this](const QString &title, const QString &suggested, const QString &filter) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, title, folder + QLatin1Char('/') + suggested, filter);
    };
}

core::EvaluationListExtra EvaluationsPage::extra() const
{
    core::EvaluationListExtra e;
    e.kind = m_periodFilter->kind();
    e.period = m_periodFilter->period();
    if (!m_grade->currentData().toString().isEmpty())
        e.grade = core::fromCode<core::Grade>(m_grade->currentData().toString());
    return e;
}

void EvaluationsPage::applyExtra()
{
    if (!database())
        return;
    const core::ListFilter filter = model()->filter();
    model()->setSource(sourceFactory()(*database()));
    model()->setFilter(filter);
}

ListPage::SourceFactory EvaluationsPage::sourceFactory() const
{
    return [extra = extra()](const core::Database &db) -> std::shared_ptr<core::ListSource> {
        return core::evaluationListing(db, extra);
    };
}

bool EvaluationsPage::editRecord(qint64 id)
{
    EvaluationEditor editor(*database(), id, this);
    editor.exec();
    return editor.wroteChanges();
}

core::Status EvaluationsPage::removeRecord(qint64 id)
{
    return core::EvaluationRepository(*database()).remove(id);
}

QString EvaluationsPage::describe(const core::ListRow &row) const
{
    return tr("the evaluation of %1 for %2").arg(row.cells.value(1).toString(), row.cells.value(0).toString());
}

void EvaluationsPage::evaluatePeriod()
{
    if (!database())
        return;
    GenerateDialog dialog(*database(), this);
    if (const auto p = m_periodFilter->period())
        dialog.periodChooser()->select(*p);
    if (dialog.exec() != QDialog::Accepted || !dialog.period())
        return;
    const core::Period period = *dialog.period();
    core::EvaluationRepository::GenerateRequest request;
    request.period = period;
    request.templateId = dialog.templateId();
    request.supervisorId = dialog.supervisorId();
    request.asOf = std::min(dialog.asOf(), period.last());
    // A period that has not ended is never drafted silently: ask for an interim evaluation.
    if (request.asOf < period.last() && request.asOf >= period.first()) {
        const auto calendar = core::Calendar(*database());
        QMessageBox ask(QMessageBox::Question, tr("Evaluate a period"),
                        tr("%1 ends on %2, after %3: it has not ended yet.")
                            .arg(period.label(), core::isoDate(period.last()), core::isoDate(request.asOf)),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        ask.setInformativeText(
            tr("Make interim evaluations as of %1 instead? They count the records up to that day, %2 of the "
               "period's %3 working days, pro-rate every target (activities, supervision sessions) to the working "
               "days elapsed, and each sheet says \"interim evaluation, as of %1\".")
                .arg(core::isoDate(request.asOf))
                .arg(calendar.workdays(period.first(), request.asOf))
                .arg(calendar.workdays(period.first(), period.last())));
        ask.button(QMessageBox::Yes)->setText(tr("Make &interim evaluations"));
        ask.setDefaultButton(QMessageBox::Cancel);
        if (ask.exec() != QMessageBox::Yes)
            return;
        request.interim = true;
    }
    auto result = generateInBackground(this, *database(), request);
    if (!result) {
        showError(this, tr("Evaluate a period"), result.error());
        return;
    }
    if (!result.value()) {
        QMessageBox::information(this, tr("Evaluate a period"), tr("Cancelled; no evaluation was made."));
        return;
    }
    m_lastGenerated = *result.value();
    m_periodFilter->select(period); // shows the period just evaluated
    refresh();
    emit dataChanged();
    QString text =
        (m_lastGenerated.interimAsOf.isValid()
             ? tr("%1: %n interim draft evaluation(s) made, as of %2", nullptr, m_lastGenerated.created)
                   .arg(period.label(), core::isoDate(m_lastGenerated.interimAsOf))
             : tr("%1: %n draft evaluation(s) made", nullptr, m_lastGenerated.created).arg(period.label())) +
        QLatin1Char('\n') +
        tr("%n worker(s) skipped who had an evaluation for the period already", nullptr, m_lastGenerated.skipped);
    if (!m_lastGenerated.tooShort.isEmpty()) {
        QStringList names;
        for (const auto &w : std::as_const(m_lastGenerated.tooShort))
            names << tr("%1 (%n working day(s))", nullptr, w.days).arg(w.workerName);
        text +=
            QLatin1Char('\n') + tr("%n worker(s) not evaluated, placed fewer than %1 working days in the period: %2",
                                   nullptr, int(m_lastGenerated.tooShort.size()))
                                    .arg(m_lastGenerated.minimumDays)
                                    .arg(names.join(tr(", ")));
    }
    QMessageBox::information(this, tr("Evaluate a period"), text);
}

void EvaluationsPage::editTemplates()
{
    if (!database())
        return;
    RubricDialog dialog(*database(), this);
    if (dialog.exec() == QDialog::Accepted)
        emit dataChanged();
}

QList<core::SheetData> EvaluationsPage::selectedSheets()
{
    const qint64 id = currentRow().id;
    if (!database() || !id) {
        QMessageBox::information(this, tr("Print"), tr("Select an evaluation in the list first."));
        return {};
    }
    auto sheet = core::EvaluationRepository(*database()).sheetData(id);
    if (!sheet) {
        showError(this, tr("Print"), sheet.error());
        return {};
    }
    return {sheet.value()};
}

QList<core::SheetData> EvaluationsPage::periodSheets()
{
    const auto period = m_periodFilter->period();
    if (!database() || !period) {
        QMessageBox::information(this, tr("Print the period"),
                                 tr("Choose a period kind and a period in the filter first; the sheets of that "
                                    "period's evaluations are printed."));
        return {};
    }
    const core::ListFilter filter = model()->filter();
    const bool finalOnly = filter.status == core::code(core::EvaluationStatus::Final);
    auto sheets = core::EvaluationRepository(*database()).sheetDataFor(*period, filter.workerId, finalOnly);
    if (!sheets) {
        showError(this, tr("Print the period"), sheets.error());
        return {};
    }
    QList<core::SheetData> list = sheets.value();
    // A draft-only filter leaves out the final ones (sheetDataFor has no such switch).
    if (filter.status == core::code(core::EvaluationStatus::Draft))
        list.removeIf([](const core::SheetData &s) { return s.isFinal; });
    if (const auto grade = extra().grade)
        list.removeIf([grade](const core::SheetData &s) { return s.grade != *grade; });
    if (list.isEmpty())
        QMessageBox::information(this, tr("Print the period"),
                                 tr("%1 has no evaluations matching the filter.").arg(period->label()));
    return list;
}

bool EvaluationsPage::renderWithProgress(const QList<core::SheetData> &sheets, const QString &pdfPath,
                                         QPrinter *printer)
{
    QProgressDialog progress(tr("Laying out %n sheet(s)…", nullptr, int(sheets.size())), tr("Cancel"), 0,
                             int(sheets.size()), this);
    progress.setWindowTitle(pdfPath.isEmpty() ? tr("Print") : tr("Export PDF"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    std::atomic_bool cancel = false;
    connect(&progress, &QProgressDialog::canceled, &progress, [&cancel] { cancel = true; });
    // The renderer paints text, which Qt allows on this thread only: it calls back after each
    // sheet, and the events processed there keep the window drawn and the Cancel button working.
    const SheetRenderer::Progress step = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents();
    };
    const core::Result<int> pages = pdfPath.isEmpty() ? SheetRenderer::print(printer, sheets, step, &cancel)
                                                      : SheetRenderer::writePdf(sheets, pdfPath, step, &cancel);
    progress.close();
    if (cancel)
        return false;
    if (!pages) {
        showError(this, pdfPath.isEmpty() ? tr("Print") : tr("Export PDF"), pages.error());
        return false;
    }
    return true;
}

void EvaluationsPage::previewSelected()
{
    const QList<core::SheetData> sheets = selectedSheets();
    if (sheets.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print preview – %1, %2").arg(sheets.first().workerName, sheets.first().periodLabel));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, &sheets](QPrinter *p) {
        if (auto pages = SheetRenderer::print(p, sheets); !pages)
            showError(this, tr("Print preview"), pages.error());
    });
    preview.resize(900, 900);
    preview.exec();
}

void EvaluationsPage::printSelected()
{
    const QList<core::SheetData> sheets = selectedSheets();
    if (sheets.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        renderWithProgress(sheets, {}, &printer);
}

void EvaluationsPage::printPeriod()
{
    const QList<core::SheetData> sheets = periodSheets();
    if (sheets.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        renderWithProgress(sheets, {}, &printer);
}

void EvaluationsPage::exportPdf(const QList<core::SheetData> &sheets, const QString &suggested)
{
    QString path = m_chooseFile(tr("Export PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (renderWithProgress(sheets, path, nullptr) && window()->isVisible())
        statusLine()->setText(tr("%n sheet(s) written to %1", nullptr, int(sheets.size())).arg(path));
}

void EvaluationsPage::exportSelectedPdf()
{
    const QList<core::SheetData> sheets = selectedSheets();
    if (!sheets.isEmpty())
        exportPdf(sheets, tr("Evaluation %1 %2.pdf").arg(sheets.first().workerName, sheets.first().periodLabel));
}

void EvaluationsPage::exportPeriodPdf()
{
    const QList<core::SheetData> sheets = periodSheets();
    if (!sheets.isEmpty())
        exportPdf(sheets, tr("Evaluations %1.pdf").arg(m_periodFilter->period()->label()));
}

} // namespace ui
