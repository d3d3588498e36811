// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "fundingpage.h"

#include "contractfilter.h"
#include "core/funding.h"
#include "fundingdialog.h"
#include "fundingpanel.h"
#include "ui/choices.h"

#include <QAction>
#include <QLayout>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

namespace ui {

FundingPage::FundingPage(QWidget *parent)
    : ListPage(parent)
{
    filters()->enablePeriod();
    filters()->enableDistrictStreet(
        [this] { return database() ? choices::districts(*database()) : FilterBar::Choices(); },
        [this](std::optional<qint64> district) {
            return database() ? choices::streets(*database(), district) : FilterBar::Choices();
        });
    filters()->enableWorker([this] { return database() ? choices::workers(*database(), true) : FilterBar::Choices(); });
    filters()->enableStatus(tr("All kinds"), choices::enumeration<core::FundingKind>());
    m_panel = new FundingPanel(this);
    // The filter bar is full; the contract choice drives the balance too, so it sits above it.
    m_contract = new ContractFilter(this, m_panel);
    m_panel->setContractChooser(m_contract);
    auto *split = new QSplitter(Qt::Horizontal, this);
    delete layout()->replaceWidget(view(), split);
    split->addWidget(view());
    split->addWidget(m_panel);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setSizes({800, 400});
    split->setChildrenCollapsible(false);

    auto *overhead = new QAction(tr("Record &overhead for this contract…"), this);
    connect(overhead, &QAction::triggered, m_panel, &FundingPanel::recordOverhead);
    addContextAction(overhead);

    connect(view()->selectionModel(), &QItemSelectionModel::currentChanged, this, &FundingPage::updatePanel);
    connect(model(), &QAbstractItemModel::modelReset, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (!view()->currentIndex().isValid() && model()->rowCount() > 0)
                view()->setCurrentIndex(model()->index(0, 0));
            updatePanel();
        });
    });
    connect(m_panel, &FundingPanel::changed, this, [this] {
        refresh();
        emit dataChanged();
    });
}

void FundingPage::setDatabase(const core::Database &db)
{
    m_panel->setDatabase(db);
    m_contract->reload(db);
    ListPage::setDatabase(db);
    m_contract->applyToPage();
}

void FundingPage::showFiltered(const core::ListFilter &filter)
{
    m_contract->select(filter.contractId);
    ListPage::showFiltered(filter);
}

void FundingPage::refresh()
{
    if (database())
        m_contract->reload(*database());
    ListPage::refresh();
    updatePanel();
}

void FundingPage::updatePanel()
{
    if (!database())
        return;
    std::optional<core::FundingEntry> selected;
    if (const qint64 entry = currentRow().id)
        if (const auto e = core::FundingRepository(*database()).get(entry))
            selected = e.value();
    qint64 contract = m_contract->contractId().value_or(0);
    if (!contract && selected)
        contract = selected->contractId;
    m_panel->showContract(contract);
    const core::ListFilter &f = model()->filter();
    m_panel->showWorker(f.workerId ? f.workerId : (selected ? selected->workerId : std::nullopt), f.from, f.to);
}

ListPage::SourceFactory FundingPage::sourceFactory() const
{
    return [](const core::Database &db) {
        return std::make_shared<core::SqlListSource>(core::FundingRepository::listing(db));
    };
}

bool FundingPage::createRecord()
{
    core::FundingEntry entry;
    entry.contractId = m_contract->contractId().value_or(m_panel->contractId());
    const QString kind = model()->filter().status;
    if (const auto k = core::fromCode<core::FundingKind>(kind))
        entry.kind = *k;
    entry.workerId = model()->filter().workerId;
    FundingEntryDialog dialog(*database(), entry, this);
    return dialog.exec() == QDialog::Accepted;
}

bool FundingPage::editRecord(qint64 id)
{
    const auto entry = core::FundingRepository(*database()).get(id);
    if (!entry) {
        showError(this, tr("Edit funding entry"), entry.error());
        return false;
    }
    FundingEntryDialog dialog(*database(), entry.value(), this);
    return dialog.exec() == QDialog::Accepted;
}

core::Status FundingPage::removeRecord(qint64 id)
{
    return core::FundingRepository(*database()).remove(id);
}

QString FundingPage::describe(const core::ListRow &row) const
{
    // Date, kind and amount name an entry best.
    return tr("the %1 of %2 on %3")
        .arg(row.cells.value(4).toString(), row.cells.value(6).toString(), row.cells.value(0).toString());
}

} // namespace ui
