// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/exchange.h"
#include "ui/listpage.h"
#include "ui/recorddialog.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace ui {

class WorkerChecklist;

// "New exchange meeting" / "Edit exchange meeting": date, kind, topic, place, the attending
// workers and notes.
class ExchangeDialog : public RecordDialog
{
    Q_OBJECT
public:
    ExchangeDialog(const core::Database &db, const core::ExchangeMeeting &meeting, QWidget *parent = nullptr);

    QDateEdit *dateField() const { return m_date; }
    QComboBox *kindField() const { return m_kind; }
    QLineEdit *topicField() const { return m_topic; }
    QLineEdit *placeField() const { return m_place; }
    WorkerChecklist *attendeesField() const { return m_workers; }
    QPlainTextEdit *notesField() const { return m_notes; }
    core::ExchangeMeeting collect() const;

protected:
    QString problem() const override;
    core::Status save() override;

private:
    core::ExchangeRepository m_repo;
    core::ExchangeMeeting m_meeting;
    QDateEdit *m_date;
    QComboBox *m_kind;
    QLineEdit *m_topic, *m_place;
    WorkerChecklist *m_workers;
    QPlainTextEdit *m_notes;
};

// 交流 Exchange meetings: experience-sharing sessions, gatherings and trainings that bring the
// agency's workers — each alone at a street — together, with who took part.
class ExchangePage : public ListPage
{
    Q_OBJECT
public:
    explicit ExchangePage(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("exchange"); }
    QString title() const override { return tr("Exchange meetings"); }

protected:
    SourceFactory sourceFactory() const override;
    bool createRecord() override;
    bool editRecord(qint64 id) override;
    core::Status removeRecord(qint64 id) override;
    QString describe(const core::ListRow &row) const override;
};

} // namespace ui
