// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "placementspage.h"

#include "contractfilter.h"
#include "core/placement.h"
#include "placementdialogs.h"
#include "ui/choices.h"

#include <QAction>
#include <QTableView>

namespace ui {

PlacementsPage::PlacementsPage(QWidget *parent)
    : ListPage(parent)
{
    filters()->enablePeriod();
    filters()->enableDistrictStreet(
        [this] { return database() ? choices::districts(*database()) : FilterBar::Choices(); },
        [this](std::optional<qint64> district) {
            return database() ? choices::streets(*database(), district) : FilterBar::Choices();
        });
    filters()->enableWorker([this] { return database() ? choices::workers(*database(), true) : FilterBar::Choices(); });
    m_contract = new ContractFilter(this);

    auto *end = new QAction(tr("E&nd placement…"), this);
    end->setObjectName(QStringLiteral("endPlacement"));
    connect(end, &QAction::triggered, this, &PlacementsPage::endCurrent);
    addContextAction(end);
    auto *history = new QAction(tr("Street &history…"), this);
    history->setObjectName(QStringLiteral("streetHistory"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setShortcutContext(Qt::WidgetShortcut);
    view()->addAction(history);
    connect(history, &QAction::triggered, this, &PlacementsPage::showStreetHistory);
    addContextAction(history);
}

void PlacementsPage::setDatabase(const core::Database &db)
{
    m_contract->reload(db);
    ListPage::setDatabase(db);
    m_contract->applyToPage(); // an id kept from the previous file must not filter this one
}

void PlacementsPage::showFiltered(const core::ListFilter &filter)
{
    m_contract->select(filter.contractId);
    ListPage::showFiltered(filter);
}

void PlacementsPage::refresh()
{
    if (database())
        m_contract->reload(*database());
    ListPage::refresh();
}

ListPage::SourceFactory PlacementsPage::sourceFactory() const
{
    return [](const core::Database &db) {
        return std::make_shared<core::SqlListSource>(core::PlacementRepository::listing(db));
    };
}

bool PlacementsPage::createRecord()
{
    core::Placement p;
    // Placing the worker chosen in the filter is the common case after a search; the post is the
    // selected placement's (a successor after someone left), from the day after it ended.
    p.workerId = model()->filter().workerId.value_or(0);
    p.postId = model()->filter().postId.value_or(0);
    if (const core::ListRow row = currentRow(); row.id != 0)
        if (const auto selected = core::PlacementRepository(*database()).get(row.id)) {
            p.postId = selected->postId;
            if (selected->end.isValid())
                p.start = selected->end.addDays(1);
        }
    PlacementDialog dialog(*database(), p, this);
    return dialog.exec() == QDialog::Accepted;
}

bool PlacementsPage::editRecord(qint64 id)
{
    const auto placement = core::PlacementRepository(*database()).get(id);
    if (!placement) {
        showError(this, tr("Edit placement"), placement.error());
        return false;
    }
    PlacementDialog dialog(*database(), placement.value(), this);
    return dialog.exec() == QDialog::Accepted;
}

core::Status PlacementsPage::removeRecord(qint64 id)
{
    return core::PlacementRepository(*database()).remove(id);
}

QString PlacementsPage::describe(const core::ListRow &row) const
{
    return tr("the placement of %1 at %2 from %3")
        .arg(row.cells.value(0).toString(), row.cells.value(1).toString(), row.cells.value(5).toString());
}

void PlacementsPage::endCurrent()
{
    const core::ListRow row = currentRow();
    if (!database() || row.id == 0)
        return;
    const auto placement = core::PlacementRepository(*database()).get(row.id);
    if (!placement) {
        showError(this, tr("End placement"), placement.error());
        return;
    }
    EndPlacementDialog dialog(*database(), placement.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    emit dataChanged();
}

void PlacementsPage::showStreetHistory()
{
    const core::ListRow row = currentRow();
    if (!database() || row.id == 0)
        return;
    const qint64 street = streetOfPlacement(*database(), row.id);
    if (street == 0)
        return;
    StreetHistoryDialog dialog(*database(), street, this);
    dialog.exec();
}

} // namespace ui
