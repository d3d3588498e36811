// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/evaluation.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace ui {

class OptionalDateEdit;

// One evaluation (考核) for the supervisor: the items with the data the records give, the
// proposed score, the worker's self-assessment and the supervisor's score; a score that
// differs from the proposed one needs a reason, checked as the user types. The total and the
// grade follow every keystroke. Final evaluations are shown read-only, saying why.
class EvaluationEditor : public QDialog
{
    Q_OBJECT
public:
    enum Column {
        ItemColumn,
        WeightColumn,
        DataColumn,
        ProposedColumn,
        SelfColumn,
        ScoreColumn,
        ReasonColumn,
        ColumnCount
    };

    EvaluationEditor(const core::Database &db, qint64 evaluationId, QWidget *parent = nullptr);

    // Did the editor write to the file (the list re-reads then)?
    bool wroteChanges() const { return m_wrote; }
    bool isReadOnly() const { return m_readOnly; }
    bool hasUnsavedChanges() const;
    // What keeps Save disabled (empty when nothing does); tests read it.
    QString shownProblem() const;
    QString totalText() const;
    QTableWidget *itemsTable() const { return m_items; }
    QPlainTextEdit *commentsEdit() const { return m_comments; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *finaliseButton() const { return m_finalise; }
    QPushButton *unlockButton() const { return m_unlock; }

public slots:
    // Writes what changed; false (with a warning) when core refused.
    bool save();
    // Saves, asks for confirmation and finalises.
    void finalise();
    // Asks for the reason and takes the evaluation back to a draft.
    void unlock();
    void reject() override;

private:
    // A score cell's text: nullopt when unreadable; an empty optional when left blank.
    static std::optional<std::optional<double>> parseScore(const QString &text);
    void load();
    void fillItems();
    void updateState();
    QString problem() const;
    std::optional<double> cellScore(int row, int column) const;
    QString cellText(int row, int column) const;

    core::Database m_db;
    core::EvaluationRepository m_repo;
    qint64 m_id = 0;
    core::Evaluation m_evaluation;
    core::GradeScale m_scale;
    bool m_readOnly = false;
    bool m_wrote = false;
    bool m_filling = false;

    QLabel *m_header = nullptr;
    QLabel *m_lockLine = nullptr;
    QTableWidget *m_items = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_problem = nullptr;
    QPlainTextEdit *m_comments = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    OptionalDateEdit *m_summaryOn = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_finalise = nullptr;
    QPushButton *m_unlock = nullptr;
};

} // namespace ui
