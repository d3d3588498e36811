// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "ui/listpage.h"

namespace ui {

// 社工: the agency's social workers.
class WorkersPage : public ListPage
{
    Q_OBJECT
public:
    explicit WorkersPage(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("workers"); }
    QString title() const override { return tr("Social workers"); }

protected:
    SourceFactory sourceFactory() const override;
    bool createRecord() override;
    bool editRecord(qint64 id) override;
    core::Status removeRecord(qint64 id) override;
    QString describe(const core::ListRow &row) const override;
};

} // namespace ui
