// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/placement.h"
#include "ui/recorddialog.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace ui {

class OptionalDateEdit;

// "Place a worker" (派驻) and "Edit placement": worker, post (street, then the contract's post
// there), the street's department (科室), start and optional end. Every rule is core's
// (PlacementRepository::check), run as the user types, so an overlap shows core's message
// beneath the fields and nothing can be saved.
class PlacementDialog : public RecordDialog
{
    Q_OBJECT
public:
    PlacementDialog(const core::Database &db, const core::Placement &placement, QWidget *parent = nullptr);

    QComboBox *workerField() const { return m_worker; }
    QComboBox *streetField() const { return m_street; }
    QComboBox *postField() const { return m_post; }
    QComboBox *departmentField() const { return m_department; }
    QDateEdit *startField() const { return m_start; }
    OptionalDateEdit *endField() const { return m_end; }
    // The placement as entered.
    core::Placement collect() const;

protected:
    QString problem() const override;
    core::Status save() override;

private:
    void loadPosts(qint64 current);
    void loadDepartments(qint64 current);
    void postChosen();
    // Marks the workers placed elsewhere on the start day ("placed at …", not choosable) and
    // says how many are free.
    void markPlaced();

    core::Database m_db;
    core::PlacementRepository m_repo;
    core::Placement m_placement;
    QComboBox *m_worker, *m_street, *m_post, *m_department;
    QDateEdit *m_start;
    OptionalDateEdit *m_end;
    QLabel *m_free;
    QList<std::pair<qint64, QString>> m_workerNames;
};

// "End placement": the last day, why it ends, and the handover note (交接记录) for whoever
// comes next at the street; the note is required when the worker resigns or is transferred,
// since then nobody is there to tell the successor in person.
class EndPlacementDialog : public RecordDialog
{
    Q_OBJECT
public:
    EndPlacementDialog(const core::Database &db, const core::Placement &placement, QWidget *parent = nullptr);

    QDateEdit *dayField() const { return m_day; }
    QComboBox *reasonField() const { return m_reason; }
    QPlainTextEdit *noteField() const { return m_note; }

protected:
    QString problem() const override;
    core::Status save() override;

private:
    // Presets 合同到期 only while the last day is the contract's end; mid-contract the user chooses.
    void presetReason();

    core::PlacementRepository m_repo;
    core::Placement m_placement;
    QDate m_contractEnd;
    bool m_reasonPreset = false;
    QDate m_lastDay; // the placement's end, or its contract's end when open
    QDateEdit *m_day;
    QComboBox *m_reason;
    QPlainTextEdit *m_note;
};

// The continuity view of one street (街道): who served when over all contracts, the vacant
// spells between them, and each handover note in full for the selected row.
class StreetHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    StreetHistoryDialog(const core::Database &db, qint64 streetId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The full handover note shown for the selected row.
    QString shownNote() const;
    // Reads the street's history again; false (with the message shown in the dialog) on failure.
    bool reload();

private:
    void showNote();

    core::Database m_db;
    qint64 m_streetId = 0;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPlainTextEdit *m_note;
};

// The street a placement's post belongs to, 0 when it cannot be read.
qint64 streetOfPlacement(const core::Database &db, qint64 placementId);

} // namespace ui
