// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "supervisorsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

SupervisorDialog::SupervisorDialog(const core::Database &db, const core::Supervisor &supervisor, QWidget *parent)
    : RecordDialog(supervisor.id ? tr("Edit supervisor") : tr("New supervisor"), parent)
    , m_repo(db)
    , m_supervisor(supervisor)
{
    m_name = new QLineEdit(supervisor.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_phone = new QLineEdit(supervisor.phone, this);
    m_phone->setObjectName(QStringLiteral("phone"));
    form()->addRow(tr("&Name"), m_name);
    form()->addRow(tr("&Phone"), m_phone);
    for (QWidget *w : {m_name, m_phone})
        watch(w);
    resize(400, sizeHint().height());
}

QString SupervisorDialog::problem() const
{
    return m_name->text().trimmed().isEmpty() ? tr("Enter the supervisor's name.") : QString();
}

core::Status SupervisorDialog::save()
{
    m_supervisor.name = m_name->text().trimmed();
    m_supervisor.phone = m_phone->text().trimmed();
    if (m_supervisor.id)
        return m_repo.update(m_supervisor);
    const auto added = m_repo.add(m_supervisor);
    if (!added)
        return added.error();
    m_supervisor.id = added.value();
    return {};
}

SupervisorsDialog::SupervisorsDialog(const core::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Supervisors"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("The agency's supervisors (督导) hold supervision sessions and score evaluations."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("supervisors"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Phone")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_remove = new QPushButton(tr("&Remove…"), this);
    for (QPushButton *b : {m_add, m_edit, m_remove}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);

    connect(m_add, &QPushButton::clicked, this, &SupervisorsDialog::addSupervisor);
    connect(m_edit, &QPushButton::clicked, this, &SupervisorsDialog::editSupervisor);
    connect(m_remove, &QPushButton::clicked, this, &SupervisorsDialog::removeSupervisor);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &SupervisorsDialog::editSupervisor);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SupervisorsDialog::updateButtons);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    resize(460, 360);
}

void SupervisorsDialog::reload(qint64 select)
{
    const auto list = core::SupervisorRepository(m_db).list();
    m_table->setRowCount(0);
    if (!list) {
        showError(this, tr("Read supervisors"), list.error());
        updateButtons();
        return;
    }
    for (const core::Supervisor &s : list.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(s.name);
        name->setData(Qt::UserRole, s.id);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(s.phone));
        if (s.id == select)
            m_table->selectRow(row);
    }
    updateButtons();
}

qint64 SupervisorsDialog::currentId() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : m_table->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong();
}

void SupervisorsDialog::updateButtons()
{
    const bool any = currentId() != 0;
    m_edit->setEnabled(any);
    m_remove->setEnabled(any);
}

void SupervisorsDialog::addSupervisor()
{
    SupervisorDialog dialog(m_db, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload(dialog.savedId());
    emit changed();
}

void SupervisorsDialog::editSupervisor()
{
    const auto supervisor = core::SupervisorRepository(m_db).get(currentId());
    if (!supervisor) {
        showError(this, tr("Edit supervisor"), supervisor.error());
        return;
    }
    SupervisorDialog dialog(m_db, supervisor.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload(supervisor.value().id);
    emit changed();
}

void SupervisorsDialog::removeSupervisor()
{
    const qint64 id = currentId();
    if (!id)
        return;
    const QString name = m_table->item(m_table->currentRow(), 0)->text();
    if (QMessageBox::question(this, tr("Remove supervisor"), tr("Remove the supervisor %1?").arg(name)) !=
        QMessageBox::Yes)
        return;
    if (const core::Status removed = core::SupervisorRepository(m_db).remove(id); !removed) {
        showError(this, tr("Remove supervisor"), removed.error());
        return;
    }
    reload();
    emit changed();
}

} // namespace ui
