// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/activity.h"
#include "ui/listpage.h"

#include <QMap>

class QPushButton;
class QTextBrowser;

namespace ui {

// 活动 Activities: the service activities workers plan for their streets and the review
// workflow (申请 → 评估审批 → 举办). Beside the list, the workflow buttons — each enabled only
// when core allows that step from the selected activity's status — and the selected
// activity's plan, review and outcome.
class ActivitiesPage : public ListPage
{
    Q_OBJECT
public:
    explicit ActivitiesPage(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("activities"); }
    QString title() const override { return tr("Activities"); }

    void refresh() override;
    // The button of a workflow step (Edit and Remove included).
    QPushButton *actionButton(core::ActivityAction action) const { return m_buttons.value(action); }
    QTextBrowser *detail() const { return m_detail; }
    // Selects the row of activity `id` when it is among the rows read so far.
    void selectActivity(qint64 id);

public slots:
    // Does `action` to the selected activity (a dialog asks for what the step needs).
    void run(core::ActivityAction action);

protected:
    SourceFactory sourceFactory() const override;
    bool createRecord() override;
    bool editRecord(qint64 id) override;
    core::Status removeRecord(qint64 id) override;
    QString describe(const core::ListRow &row) const override;

private:
    // The buttons and the detail for the selected activity.
    void updatePanel();
    QString detailHtml(const core::Activity &a, const core::ListRow &row) const;
    void removeSelected(const core::Activity &activity);

    QMap<core::ActivityAction, QPushButton *> m_buttons;
    QTextBrowser *m_detail = nullptr;
};

} // namespace ui
