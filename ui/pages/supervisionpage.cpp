// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "supervisionpage.h"

#include "core/supervision.h"
#include "core/supervisor.h"
#include "supervisiondialogs.h"
#include "supervisorsdialog.h"
#include "ui/choices.h"

#include <QAction>
#include <QLayout>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

namespace ui {

SupervisionPage::SupervisionPage(QWidget *parent)
    : ListPage(parent)
{
    filters()->enablePeriod();
    filters()->enableWorker([this] { return database() ? choices::workers(*database(), true) : FilterBar::Choices(); });
    filters()->enableStatus(tr("All forms"), choices::enumeration<core::SupervisionForm>());

    // 督导人员: who may hold a session; the session dialog offers no one until one is added here.
    auto *supervisors = new QAction(tr("&Supervisors…"), this);
    supervisors->setObjectName(QStringLiteral("manageSupervisors"));
    supervisors->setToolTip(tr("Add, edit or remove the agency's supervisors"));
    connect(supervisors, &QAction::triggered, this, &SupervisionPage::manageSupervisors);
    auto *supervisorsButton = new QToolButton(this);
    supervisorsButton->setDefaultAction(supervisors);
    supervisorsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    supervisorsButton->setAutoRaise(true);
    filters()->addTrailingWidget(supervisorsButton);

    m_panel = new FollowUpPanel(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    delete layout()->replaceWidget(view(), split);
    split->addWidget(view());
    split->addWidget(m_panel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({800, 480});
    split->setChildrenCollapsible(false);

    connect(view()->selectionModel(), &QItemSelectionModel::currentChanged, this, &SupervisionPage::updatePanel);
    connect(model(), &QAbstractItemModel::modelReset, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (!view()->currentIndex().isValid() && model()->rowCount() > 0)
                view()->setCurrentIndex(model()->index(0, 0));
            updatePanel();
        });
    });
    // A follow-up changes the session's count of open follow-ups in the list.
    connect(m_panel, &FollowUpPanel::changed, this, [this] {
        ListPage::refresh();
        emit dataChanged();
    });
}

void SupervisionPage::setDatabase(const core::Database &db)
{
    m_panel->setDatabase(db);
    ListPage::setDatabase(db);
}

void SupervisionPage::refresh()
{
    ListPage::refresh();
    // Another page (or the session dialog) may have changed the session: read it again.
    m_panel->showSession(currentRow().id);
}

void SupervisionPage::updatePanel()
{
    if (m_panel->sessionId() != currentRow().id)
        m_panel->showSession(currentRow().id);
}

ListPage::SourceFactory SupervisionPage::sourceFactory() const
{
    return [](const core::Database &db) {
        return std::make_shared<core::SqlListSource>(core::SupervisionRepository::listing(db));
    };
}

void SupervisionPage::manageSupervisors()
{
    if (!database())
        return;
    SupervisorsDialog dialog(*database(), this);
    connect(&dialog, &SupervisorsDialog::changed, this, [this] {
        ListPage::refresh(); // a renamed supervisor shows in the list
        emit dataChanged();
    });
    dialog.exec();
}

bool SupervisionPage::createRecord()
{
    if (const auto list = core::SupervisorRepository(*database()).list(); list && list.value().isEmpty()) {
        QMessageBox::information(this, tr("New supervision session"),
                                 tr("Add a supervisor first: a session is held by one of the agency's supervisors."));
        manageSupervisors();
        if (const auto again = core::SupervisorRepository(*database()).list(); !again || again.value().isEmpty())
            return false;
    }
    core::SupervisionSession s;
    if (const auto form = core::fromCode<core::SupervisionForm>(model()->filter().status))
        s.form = *form;
    if (const auto worker = model()->filter().workerId)
        s.workerIds << *worker;
    SupervisionDialog dialog(*database(), s, this);
    return dialog.exec() == QDialog::Accepted;
}

bool SupervisionPage::editRecord(qint64 id)
{
    const auto session = core::SupervisionRepository(*database()).get(id);
    if (!session) {
        showError(this, tr("Edit supervision session"), session.error());
        return false;
    }
    SupervisionDialog dialog(*database(), session.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_panel->showSession(id); // the attendees may have changed
    return true;
}

core::Status SupervisionPage::removeRecord(qint64 id)
{
    return core::SupervisionRepository(*database()).remove(id);
}

QString SupervisionPage::describe(const core::ListRow &row) const
{
    using C = core::SupervisionRepository::Column;
    return tr("the supervision session of %1 with %2 on %3")
        .arg(row.cells.value(int(C::Supervisor)).toString(), row.cells.value(int(C::Workers)).toString(),
             row.cells.value(int(C::HeldOn)).toString());
}

} // namespace ui
