// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "ui/listpage.h"

namespace ui {

class FollowUpPanel;

// 督导 Supervision: the sessions the agency's supervisors held with its workers — form,
// attendees, topics, issues raised and advice — with the selected session's follow-ups (跟进)
// beside the list, overdue ones highlighted.
class SupervisionPage : public ListPage
{
    Q_OBJECT
public:
    explicit SupervisionPage(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("supervision"); }
    QString title() const override { return tr("Supervision"); }

    void setDatabase(const core::Database &db) override;
    void refresh() override;
    FollowUpPanel *followUps() const { return m_panel; }

public slots:
    // Opens 督导人员: the agency's supervisors, to add, edit or remove.
    void manageSupervisors();

protected:
    SourceFactory sourceFactory() const override;
    bool createRecord() override;
    bool editRecord(qint64 id) override;
    core::Status removeRecord(qint64 id) override;
    QString describe(const core::ListRow &row) const override;

private:
    void updatePanel();

    FollowUpPanel *m_panel = nullptr;
};

} // namespace ui
