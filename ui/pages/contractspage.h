// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "ui/listpage.h"

namespace ui {

// 合同: the purchase-of-service contracts (购买服务协议), their terms and renewals (续签).
class ContractsPage : public ListPage
{
    Q_OBJECT
public:
    explicit ContractsPage(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("contracts"); }
    QString title() const override { return tr("Contracts"); }

protected:
    SourceFactory sourceFactory() const override;
    bool createRecord() override;
    bool editRecord(qint64 id) override;
    core::Status removeRecord(qint64 id) override;
    QString describe(const core::ListRow &row) const override;

private:
    void renewCurrent();
};

} // namespace ui
