// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/supervisor.h"
#include "ui/recorddialog.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ui {

// One supervisor (督导): name and phone. Core refuses an empty or duplicate name.
class SupervisorDialog : public RecordDialog
{
    Q_OBJECT
public:
    SupervisorDialog(const core::Database &db, const core::Supervisor &supervisor, QWidget *parent = nullptr);
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *phoneField() const { return m_phone; }
    qint64 savedId() const { return m_supervisor.id; }

protected:
    QString problem() const override;
    core::Status save() override;

private:
    core::SupervisorRepository m_repo;
    core::Supervisor m_supervisor;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
};

// 督导人员: the agency's supervisors, who hold supervision sessions and score evaluations. Add,
// edit and remove them; a supervisor named by sessions or evaluations cannot be removed (core says
// so). `changed` tells the page to read its lists again.
class SupervisorsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SupervisorsDialog(const core::Database &db, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

public slots:
    void addSupervisor();
    void editSupervisor();
    void removeSupervisor();

signals:
    void changed();

private:
    void reload(qint64 select = 0);
    void updateButtons();
    qint64 currentId() const;

    core::Database m_db;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace ui
