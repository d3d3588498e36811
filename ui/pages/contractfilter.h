// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/database.h"
#include "ui/filterbar.h"

#include <QComboBox>

#include <optional>

namespace ui {

class ListPage;

// The contract (购买服务协议) filter of a list page: "All contracts" or one contract, newest
// first. The filter bar has no contract filter of its own, so this combo sits among its
// filters and puts the choice into the page's core::ListFilter (contractId).
class ContractFilter : public QComboBox
{
    Q_OBJECT
public:
    // Adds itself to `page`'s filter bar, before the action buttons; or, with `parent`, leaves
    // the placing to the caller (a page whose bar is full puts it beside the list).
    explicit ContractFilter(ListPage *page, QWidget *parent = nullptr);

    // Reads the contracts again, keeping the selection when the contract still exists.
    void reload(const core::Database &db);
    std::optional<qint64> contractId() const;
    // Selects `id` (nullopt = all contracts) without filtering.
    void select(std::optional<qint64> id);
    // Puts the selection into the page's list filter and re-reads the list.
    void applyToPage();

signals:
    void contractChanged();

private:
    ListPage *m_page = nullptr;
    bool m_quiet = false;
};

// The contracts as combo choices ("code – title"), newest start first.
FilterBar::Choices contractChoices(const core::Database &db);

} // namespace ui
