// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/contract.h"
#include "recorddialog.h"

class QLineEdit;

namespace ui {

// 购买方: the government body that buys the service (e.g. a district civil-affairs bureau), with
// its contact person and phone. New or edited; core refuses an empty or duplicate name.
class PurchaserDialog : public RecordDialog
{
    Q_OBJECT
public:
    PurchaserDialog(const core::Database &db, const core::Purchaser &purchaser, QWidget *parent = nullptr);
    QLineEdit *nameField() const { return m_name; }
    // The purchaser's id after a save (the new one's too).
    qint64 savedId() const { return m_purchaser.id; }

protected:
    QString problem() const override;
    core::Status save() override;

private:
    core::PurchaserRepository m_repo;
    core::Purchaser m_purchaser;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_contact = nullptr;
    QLineEdit *m_phone = nullptr;
};

} // namespace ui
