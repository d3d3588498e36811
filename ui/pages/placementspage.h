// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "ui/listpage.h"

namespace ui {

class ContractFilter;

// 派驻 Placements: who is (and was) placed at which street, in which department, under which
// contract; placing a worker, ending a placement with a handover note (交接记录), and the
// continuity view of a street.
class PlacementsPage : public ListPage
{
    Q_OBJECT
public:
    explicit PlacementsPage(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("placements"); }
    QString title() const override { return tr("Placements"); }

    void setDatabase(const core::Database &db) override;
    void showFiltered(const core::ListFilter &filter) override;
    void refresh() override;

public slots:
    // Opens "End placement" for the selected placement.
    void endCurrent();
    // Opens the continuity view of the selected placement's street.
    void showStreetHistory();

protected:
    SourceFactory sourceFactory() const override;
    bool createRecord() override;
    bool editRecord(qint64 id) override;
    core::Status removeRecord(qint64 id) override;
    QString describe(const core::ListRow &row) const override;

private:
    ContractFilter *m_contract = nullptr;
};

} // namespace ui
