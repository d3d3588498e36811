// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/supervision.h"
#include "ui/filterbar.h"
#include "ui/recorddialog.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ui {

class OptionalDateEdit;

// Several workers chosen from a checkable list, with a search box that narrows the list by
// name (an agency has dozens of workers). Used for the attendees of supervision sessions and
// exchange meetings.
class WorkerChecklist : public QWidget
{
    Q_OBJECT
public:
    explicit WorkerChecklist(QWidget *parent = nullptr);
    // The workers to choose from, `checked` ticked.
    void setWorkers(const FilterBar::Choices &workers, const QList<qint64> &checked);
    QList<qint64> checkedIds() const;
    void setChecked(qint64 workerId, bool checked);
    QLineEdit *searchBox() const { return m_search; }
    QListWidget *list() const { return m_list; }

signals:
    void changed();

private:
    void filter();
    void updateCount();

    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_count;
};

// "New supervision session" / "Edit supervision session": supervisor, date, length, form, the
// attending workers, topics, the issues raised (问题) and the advice given (建议).
class SupervisionDialog : public RecordDialog
{
    Q_OBJECT
public:
    SupervisionDialog(const core::Database &db, const core::SupervisionSession &session, QWidget *parent = nullptr);

    QComboBox *supervisorField() const { return m_supervisor; }
    QDateEdit *dateField() const { return m_date; }
    QSpinBox *minutesField() const { return m_minutes; }
    QComboBox *formField() const { return m_form; }
    WorkerChecklist *workersField() const { return m_workers; }
    QPlainTextEdit *topicsField() const { return m_topics; }
    QPlainTextEdit *issuesField() const { return m_issues; }
    QPlainTextEdit *adviceField() const { return m_advice; }
    core::SupervisionSession collect() const;
    qint64 savedId() const { return m_session.id; }

protected:
    QString problem() const override;
    core::Status save() override;

private:
    core::SupervisionRepository m_repo;
    core::SupervisionSession m_session;
    QComboBox *m_supervisor, *m_form;
    QDateEdit *m_date;
    QSpinBox *m_minutes;
    WorkerChecklist *m_workers;
    QPlainTextEdit *m_topics, *m_issues, *m_advice;
};

// "New follow-up" / "Edit follow-up": what is to be done, by which attendee (or the whole
// group), by when, and when it was done.
class FollowUpDialog : public RecordDialog
{
    Q_OBJECT
public:
    // `attendees`: the session's workers with their names.
    FollowUpDialog(const core::Database &db, const core::FollowUp &followUp, const FilterBar::Choices &attendees,
                   QDate sessionDate, QWidget *parent = nullptr);

    QLineEdit *actionField() const { return m_action; }
    QComboBox *workerField() const { return m_worker; }
    QDateEdit *dueField() const { return m_due; }
    OptionalDateEdit *doneField() const { return m_done; }
    core::FollowUp collect() const;

protected:
    QString problem() const override;
    core::Status save() override;

private:
    core::SupervisionRepository m_repo;
    core::FollowUp m_followUp;
    QDate m_sessionDate;
    QLineEdit *m_action;
    QComboBox *m_worker;
    QDateEdit *m_due;
    OptionalDateEdit *m_done;
};

// The follow-ups (跟进) of one session beside the Supervision list: action, worker, due and
// done dates, open ones past their due date highlighted; add, edit, remove, mark done today.
class FollowUpPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FollowUpPanel(QWidget *parent = nullptr);
    void setDatabase(const core::Database &db);
    // Shows session `id` (0 = none).
    void showSession(qint64 id);
    qint64 sessionId() const { return m_sessionId; }
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *doneButton() const { return m_doneToday; }
    // The highlight of open follow-ups due before today.
    static QColor overdueColor();

public slots:
    void addFollowUp();
    void editFollowUp();
    void removeFollowUp();
    void markDoneToday();

signals:
    // A follow-up was written (the list's open count changes).
    void changed();

private:
    qint64 currentId() const;
    void updateButtons();
    void reload();

    std::optional<core::Database> m_db;
    qint64 m_sessionId = 0;
    QDate m_sessionDate;
    FilterBar::Choices m_attendees;
    QLabel *m_heading;
    QTableWidget *m_table;
    QPushButton *m_add, *m_edit, *m_remove, *m_doneToday;
};

} // namespace ui
