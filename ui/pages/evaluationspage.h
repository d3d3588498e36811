// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/evaluationlisting.h"
#include "ui/listpage.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QPrinter;
class QToolBar;

namespace ui {

// The period choosers of the Evaluations page and its "Evaluate a period" dialog: a kind
// (month, quarter, half-year, year) and one period of that kind, newest first.
class PeriodChooser : public QObject
{
    Q_OBJECT
public:
    // With `anyLabel`, the combos start with "all" entries (a filter); without, a period is always chosen.
    PeriodChooser(QWidget *parent, const QString &anyKindLabel = {}, const QString &anyPeriodLabel = {});
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *periodCombo() const { return m_period; }
    std::optional<core::Period::Kind> kind() const;
    std::optional<core::Period> period() const;
    void select(const core::Period &period);

signals:
    void changed();

private:
    void fillPeriods();
    QComboBox *m_kind = nullptr;
    QComboBox *m_period = nullptr;
    QString m_anyPeriod;
};

// "Evaluate a period…": which period, which rubric template, which supervisor.
class GenerateDialog : public QDialog
{
    Q_OBJECT
public:
    GenerateDialog(const core::Database &db, QWidget *parent = nullptr);
    PeriodChooser *periodChooser() const { return m_period; }
    QComboBox *templateCombo() const { return m_template; }
    QComboBox *supervisorCombo() const { return m_supervisor; }
    std::optional<core::Period> period() const { return m_period->period(); }
    qint64 templateId() const;
    std::optional<qint64> supervisorId() const;
    // The day the records are counted to (today by default). Before the period's end, the page
    // offers an interim evaluation as of that day instead.
    QDate asOf() const;
    void setAsOf(QDate day);

private:
    PeriodChooser *m_period = nullptr;
    QComboBox *m_template = nullptr;
    QComboBox *m_supervisor = nullptr;
    QDateEdit *m_asOf = nullptr;
};

// 考核: the evaluations, filtered by period, worker, status and grade; making the drafts of a
// period, scoring them in the editor, the rubric templates, and printing the sheets.
class EvaluationsPage : public ListPage
{
    Q_OBJECT
public:
    explicit EvaluationsPage(QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("evaluations"); }
    QString title() const override { return tr("Evaluations"); }

    // How the page asks for a file to write (title, suggested name, filter). Tests replace it.
    using FileChooser = std::function<QString(const QString &title, const QString &suggested, const QString &filter)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    PeriodChooser *periodFilter() const { return m_periodFilter; }
    QComboBox *gradeFilter() const { return m_grade; }
    QToolBar *toolBar() const { return m_toolBar; }
    // What the last generation made (tests and the message read it).
    core::EvaluationRepository::GenerateResult lastGenerated() const { return m_lastGenerated; }

public slots:
    void evaluatePeriod();
    void editTemplates();
    void previewSelected();
    void printSelected();
    void exportSelectedPdf();
    void printPeriod();
    void exportPeriodPdf();

protected:
    SourceFactory sourceFactory() const override;
    bool editRecord(qint64 id) override;
    core::Status removeRecord(qint64 id) override;
    QString describe(const core::ListRow &row) const override;

private:
    core::EvaluationListExtra extra() const;
    void applyExtra();
    // The sheets of the selected evaluation, or of the filtered period; empty after telling why.
    QList<core::SheetData> selectedSheets();
    QList<core::SheetData> periodSheets();
    // Renders `sheets` with a cancellable progress dialog (the renderer paints on this thread,
    // so the dialog's events are processed between sheets). False when cancelled or failed.
    bool renderWithProgress(const QList<core::SheetData> &sheets, const QString &pdfPath, QPrinter *printer);
    void exportPdf(const QList<core::SheetData> &sheets, const QString &suggested);

    PeriodChooser *m_periodFilter = nullptr;
    QComboBox *m_grade = nullptr;
    QToolBar *m_toolBar = nullptr;
    FileChooser m_chooseFile;
    core::EvaluationRepository::GenerateResult m_lastGenerated;
};

} // namespace ui
