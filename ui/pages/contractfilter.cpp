// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "contractfilter.h"

#include "core/contract.h"
#include "ui/listpage.h"

#include <QSignalBlocker>

#include <algorithm>

namespace ui {

FilterBar::Choices contractChoices(const core::Database &db)
{
    FilterBar::Choices result;
    auto contracts = core::ContractRepository(db).list();
    if (!contracts)
        return result;
    QList<core::Contract> list = contracts.value();
    std::stable_sort(list.begin(), list.end(),
                     [](const core::Contract &a, const core::Contract &b) { return a.start > b.start; });
    for (const core::Contract &c : list)
        result.append({c.id, c.title.isEmpty() ? c.code : c.code + QStringLiteral(" – ") + c.title});
    return result;
}

ContractFilter::ContractFilter(ListPage *page, QWidget *parent)
    : QComboBox(parent ? parent : page->filters())
    , m_page(page)
{
    setObjectName(QStringLiteral("contract"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    addItem(tr("All contracts"));
    // Among the filters, before the bar's buttons.
    if (!parent)
        page->filters()->addFilterWidget(this);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (m_quiet)
            return;
        applyToPage();
        emit contractChanged();
    });
}

void ContractFilter::reload(const core::Database &db)
{
    const std::optional<qint64> previous = contractId();
    m_quiet = true;
    clear();
    addItem(tr("All contracts"));
    for (const auto &[id, name] : contractChoices(db))
        addItem(name, id);
    select(previous);
    m_quiet = false;
}

std::optional<qint64> ContractFilter::contractId() const
{
    if (currentIndex() <= 0)
        return std::nullopt;
    return currentData().toLongLong();
}

void ContractFilter::select(std::optional<qint64> id)
{
    const bool wasQuiet = m_quiet;
    m_quiet = true;
    const int i = id ? findData(*id) : 0;
    setCurrentIndex(i > 0 ? i : 0);
    m_quiet = wasQuiet;
}

void ContractFilter::applyToPage()
{
    core::ListFilter filter = m_page->model()->filter();
    if (filter.contractId == contractId())
        return;
    filter.contractId = contractId();
    m_page->model()->setFilter(filter);
}

} // namespace ui
