// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "ui/listpage.h"

namespace ui {

class StreetPanel;

// 街道与岗位 Streets & posts: the districts (区) and their streets (街道), each street's
// departments (科室) and its posts (岗位) in every contract, with who holds each today.
class StreetsPage : public ListPage
{
    Q_OBJECT
public:
    explicit StreetsPage(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("streets"); }
    QString title() const override { return tr("Streets & posts"); }

    void setDatabase(const core::Database &db) override;
    void refresh() override;
    StreetPanel *panel() const { return m_panel; }

public slots:
    void addDistrict();
    void renameDistrict();
    void removeDistrict();

protected:
    SourceFactory sourceFactory() const override;
    bool createRecord() override;
    bool editRecord(qint64 id) override;
    core::Status removeRecord(qint64 id) override;
    QString describe(const core::ListRow &row) const override;

private:
    void showCurrentStreet();
    qint64 currentDistrict() const;

    StreetPanel *m_panel = nullptr;
};

} // namespace ui
