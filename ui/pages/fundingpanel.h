// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/database.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ui {

// Beside the funding ledger: what each post of one contract has received, what the agency kept
// as overhead, what was paid to the worker, and what is left; and, for one worker, the net
// monthly pay beside the reference wage (the seed's "pay too low" problem made visible).
class FundingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FundingPanel(QWidget *parent = nullptr);
    // Puts the page's contract choice at the top of the balance, which it selects.
    void setContractChooser(QWidget *chooser);

    void setDatabase(const core::Database &db);
    // Shows the balance of contract `id` (0 = none).
    void showContract(qint64 id);
    // Shows the pay of worker `id` (nullopt = none chosen) in months from..to (invalid = all).
    void showWorker(std::optional<qint64> id, QDate from, QDate to);
    qint64 contractId() const { return m_contractId; }

    QTableWidget *balance() const { return m_balance; }
    QTableWidget *pay() const { return m_pay; }

public slots:
    // FundingRepository::recordOverhead for the contract shown, after a confirmation.
    void recordOverhead();

signals:
    void changed();

private:
    std::optional<core::Database> m_db;
    qint64 m_contractId = 0;
    QLabel *m_balanceTitle;
    QHBoxLayout *m_chooserRow;
    QTableWidget *m_balance;
    QPushButton *m_overhead;
    QLabel *m_payTitle;
    QTableWidget *m_pay;
};

} // namespace ui
