// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/activity.h"
#include "ui/recorddialog.h"

#include <QList>

#include <utility>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ui {

class MoneyEdit;

// "New activity" and "Edit activity" (a draft's plan): title, worker, street, type, the target
// groups (服务对象, at least one), planned date, place, budget in yuan (stored exactly in fen)
// and the expected number of participants.
class ActivityDialog : public RecordDialog
{
    Q_OBJECT
public:
    ActivityDialog(const core::Database &db, const core::Activity &activity, QWidget *parent = nullptr);

    QLineEdit *titleField() const { return m_title; }
    QComboBox *workerField() const { return m_worker; }
    QComboBox *streetField() const { return m_street; }
    QComboBox *typeField() const { return m_type; }
    QCheckBox *targetField(core::TargetGroup group) const;
    QDateEdit *plannedField() const { return m_planned; }
    QLineEdit *placeField() const { return m_place; }
    MoneyEdit *budgetField() const { return m_budget; }
    QSpinBox *participantsField() const { return m_participants; }
    // The activity as entered (the budget is zero while unreadable).
    core::Activity collect() const;
    // The id of the activity stored by the last successful save.
    qint64 savedId() const { return m_activity.id; }

protected:
    QString problem() const override;
    core::Status save() override;

private:
    core::ActivityRepository m_repo;
    core::Activity m_activity;
    QLineEdit *m_title, *m_place;
    QComboBox *m_worker, *m_street, *m_type;
    QList<std::pair<core::TargetGroup, QCheckBox *>> m_targets;
    QDateEdit *m_planned;
    MoneyEdit *m_budget;
    QSpinBox *m_participants;
};

// One step of the review workflow for an activity: Submit (date), Approve (reviewer, date,
// optional comment), Reject (reviewer, date and a required comment, so the worker knows what
// to improve), Mark held (the real date, head count and a summary) or Cancel (date). Fields
// that do not belong to the step are absent (their getters give nullptr).
class ActivityStepDialog : public RecordDialog
{
    Q_OBJECT
public:
    ActivityStepDialog(const core::Database &db, const core::Activity &activity, core::ActivityAction action,
                       QWidget *parent = nullptr);

    core::ActivityAction action() const { return m_action; }
    QDateEdit *dateField() const { return m_date; }
    QLineEdit *reviewerField() const { return m_reviewer; }
    QPlainTextEdit *commentField() const { return m_comment; }
    QSpinBox *participantsField() const { return m_participants; }
    QPlainTextEdit *summaryField() const { return m_summary; }
    // True when OK may be pressed (tests check a rejection without a comment).
    bool canAccept() const { return problem().isEmpty(); }

protected:
    QString problem() const override;
    core::Status save() override;

private:
    core::ActivityRepository m_repo;
    core::Activity m_activity;
    core::ActivityAction m_action;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_reviewer = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QSpinBox *m_participants = nullptr;
    QPlainTextEdit *m_summary = nullptr;
};

} // namespace ui
