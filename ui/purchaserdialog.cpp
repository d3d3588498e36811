// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "purchaserdialog.h"

#include <QFormLayout>
#include <QLineEdit>

namespace ui {

PurchaserDialog::PurchaserDialog(const core::Database &db, const core::Purchaser &purchaser, QWidget *parent)
    : RecordDialog(purchaser.id ? tr("Edit purchaser") : tr("New purchaser"), parent)
    , m_repo(db)
    , m_purchaser(purchaser)
{
    m_name = new QLineEdit(purchaser.name, this);
    m_name->setPlaceholderText(tr("e.g. 朝阳区民政局"));
    m_contact = new QLineEdit(purchaser.contact, this);
    m_phone = new QLineEdit(purchaser.phone, this);
    form()->addRow(tr("&Name"), m_name);
    form()->addRow(tr("&Contact person"), m_contact);
    form()->addRow(tr("&Phone"), m_phone);
    for (QWidget *w : {m_name, m_contact, m_phone})
        watch(w);
    resize(420, sizeHint().height());
}

QString PurchaserDialog::problem() const
{
    return m_name->text().trimmed().isEmpty()
               ? tr("Enter the name of the purchaser, the government body that signs the contract.")
               : QString();
}

core::Status PurchaserDialog::save()
{
    m_purchaser.name = m_name->text().trimmed();
    m_purchaser.contact = m_contact->text().trimmed();
    m_purchaser.phone = m_phone->text().trimmed();
    if (m_purchaser.id)
        return m_repo.update(m_purchaser);
    const auto added = m_repo.add(m_purchaser);
    if (!added)
        return added.error();
    m_purchaser.id = added.value();
    return {};
}

} // namespace ui
