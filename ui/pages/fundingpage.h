// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "ui/listpage.h"

namespace ui {

class ContractFilter;
class FundingPanel;

// 经费 Funding: the ledger of money received from purchasers (拨款), overhead kept (运行经费)
// and pay to workers (工资发放), with each post's balance for one contract beside it.
class FundingPage : public ListPage
{
    Q_OBJECT
public:
    explicit FundingPage(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("funding"); }
    QString title() const override { return tr("Funding"); }

    void setDatabase(const core::Database &db) override;
    void showFiltered(const core::ListFilter &filter) override;
    void refresh() override;
    FundingPanel *panel() const { return m_panel; }
    ContractFilter *contractFilter() const { return m_contract; }

protected:
    SourceFactory sourceFactory() const override;
    bool createRecord() override;
    bool editRecord(qint64 id) override;
    core::Status removeRecord(qint64 id) override;
    QString describe(const core::ListRow &row) const override;

private:
    // The balance of the contract filtered on, else of the selected entry's contract; the pay
    // of the worker filtered on.
    void updatePanel();

    ContractFilter *m_contract = nullptr;
    FundingPanel *m_panel = nullptr;
};

} // namespace ui
