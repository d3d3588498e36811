// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/funding.h"
#include "ui/recorddialog.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace ui {

class MoneyEdit;

// One line of the funding ledger (经费): a receipt from the purchaser (拨款), overhead the
// agency keeps (运行经费) or a month's pay (工资发放). The amount is typed in yuan and read
// exactly into fen (core::Money), never through a floating-point number.
class FundingEntryDialog : public RecordDialog
{
    Q_OBJECT
public:
    FundingEntryDialog(const core::Database &db, const core::FundingEntry &entry, QWidget *parent = nullptr);

    QComboBox *contractField() const { return m_contract; }
    QComboBox *kindField() const { return m_kind; }
    QComboBox *postField() const { return m_post; }
    QComboBox *workerField() const { return m_worker; }
    QDateEdit *dateField() const { return m_date; }
    QDateEdit *monthField() const { return m_month; }
    MoneyEdit *amountField() const { return m_amount; }
    core::FundingEntry collect() const;

protected:
    QString problem() const override;
    core::Status save() override;

private:
    void loadPosts(qint64 current);
    void kindChanged();
    void postChanged();

    core::Database m_db;
    core::FundingRepository m_repo;
    core::FundingEntry m_entry;
    QComboBox *m_contract, *m_kind, *m_post, *m_worker;
    QDateEdit *m_date, *m_month;
    MoneyEdit *m_amount;
    QLineEdit *m_note;
};

} // namespace ui
