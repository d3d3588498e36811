// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "activitiespage.h"

#include "activitydialogs.h"
#include "core/period.h"
#include "ui/choices.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLayout>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

namespace {

using Column = core::ActivityRepository::Column;

QString cell(const core::ListRow &row, Column column)
{
    return row.cells.value(int(column)).toString();
}

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

ActivitiesPage::ActivitiesPage(QWidget *parent)
    : ListPage(parent)
{
    filters()->enablePeriod();
    filters()->enableDistrictStreet(
        [this] { return database() ? choices::districts(*database()) : FilterBar::Choices(); },
        [this](std::optional<qint64> district) {
            return database() ? choices::streets(*database(), district) : FilterBar::Choices();
        });
    filters()->enableWorker([this] { return database() ? choices::workers(*database(), true) : FilterBar::Choices(); });
    filters()->enableStatus(tr("All statuses"), choices::enumeration<core::ActivityStatus>());
    // Editing and removing depend on the status: the panel's buttons do them, enabled by core's rules.
    setActions(Add | Export);

    auto *panel = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    auto *steps = new QGroupBox(tr("Selected activity"), panel);
    auto *grid = new QGridLayout(steps);
    using A = core::ActivityAction;
    const QList<std::pair<A, QString>> actions = {
        {A::Edit, QStringLiteral("activityEdit")},     {A::Remove, QStringLiteral("activityRemove")},
        {A::Submit, QStringLiteral("activitySubmit")}, {A::Approve, QStringLiteral("activityApprove")},
        {A::Reject, QStringLiteral("activityReject")}, {A::MarkHeld, QStringLiteral("activityMarkHeld")},
        {A::Cancel, QStringLiteral("activityCancel")},
    };
    int i = 0;
    for (const auto &[action, name] : actions) {
        // Every step opens a dialog (or asks first), hence the ellipsis.
        auto *button = new QPushButton(core::ActivityRepository::actionLabel(action) + QStringLiteral("…"), steps);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, [this, action = action] { run(action); });
        m_buttons.insert(action, button);
        grid->addWidget(button, i / 2, i % 2);
        ++i;
    }
    panelLayout->addWidget(steps);
    m_detail = new QTextBrowser(panel);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setOpenLinks(false);
    panelLayout->addWidget(m_detail, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    delete layout()->replaceWidget(view(), split);
    split->addWidget(view());
    split->addWidget(panel);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setSizes({900, 380});
    split->setChildrenCollapsible(false);

    // Enter and double-click edit a draft (the list's own edit action is off, see above).
    connect(view(), &QTableView::doubleClicked, this, [this] {
        if (m_buttons.value(A::Edit)->isEnabled())
            run(A::Edit);
    });
    connect(view()->selectionModel(), &QItemSelectionModel::currentChanged, this, &ActivitiesPage::updatePanel);
    connect(model(), &QAbstractItemModel::modelReset, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (!view()->currentIndex().isValid() && model()->rowCount() > 0)
                view()->setCurrentIndex(model()->index(0, 0));
            updatePanel();
        });
    });
    updatePanel();
}

void ActivitiesPage::refresh()
{
    ListPage::refresh();
    updatePanel();
}

void ActivitiesPage::selectActivity(qint64 id)
{
    const int row = model()->cachedRowOf(id);
    if (row >= 0)
        view()->setCurrentIndex(model()->index(row, 0));
}

ListPage::SourceFactory ActivitiesPage::sourceFactory() const
{
    return [](const core::Database &db) {
        return std::make_shared<core::SqlListSource>(core::ActivityRepository::listing(db));
    };
}

bool ActivitiesPage::createRecord()
{
    core::Activity a;
    // The worker and street chosen in the filters are the likely ones after a search.
    a.workerId = model()->filter().workerId.value_or(0);
    a.streetId = model()->filter().streetId.value_or(0);
    ActivityDialog dialog(*database(), a, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // Show the new draft selected once the list is read again.
    const qint64 id = dialog.savedId();
    QTimer::singleShot(0, this, [this, id] { selectActivity(id); });
    return true;
}

bool ActivitiesPage::editRecord(qint64 id)
{
    const auto activity = core::ActivityRepository(*database()).get(id);
    if (!activity) {
        showError(this, tr("Edit activity"), activity.error());
        return false;
    }
    ActivityDialog dialog(*database(), activity.value(), this);
    return dialog.exec() == QDialog::Accepted;
}

core::Status ActivitiesPage::removeRecord(qint64 id)
{
    return core::ActivityRepository(*database()).remove(id);
}

QString ActivitiesPage::describe(const core::ListRow &row) const
{
    return tr("the activity “%1” planned for %2").arg(cell(row, Column::Title), cell(row, Column::PlannedOn));
}

void ActivitiesPage::run(core::ActivityAction action)
{
    const core::ListRow row = currentRow();
    if (!database() || row.id == 0)
        return;
    const auto activity = core::ActivityRepository(*database()).get(row.id);
    if (!activity) {
        showError(this, core::ActivityRepository::actionLabel(action), activity.error());
        return;
    }
    bool changed = false;
    switch (action) {
    case core::ActivityAction::Edit:
        changed = editRecord(row.id);
        break;
    case core::ActivityAction::Remove:
        removeSelected(activity.value());
        return;
    default: {
        ActivityStepDialog dialog(*database(), activity.value(), action, this);
        changed = dialog.exec() == QDialog::Accepted;
        break;
    }
    }
    if (!changed)
        return;
    refresh();
    selectActivity(row.id);
    emit dataChanged();
}

void ActivitiesPage::removeSelected(const core::Activity &activity)
{
    const auto answer = QMessageBox::question(
        this, tr("Remove activity"),
        tr("Remove the draft “%1”? It has not been submitted, so nothing else refers to it.").arg(activity.title),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const core::Status removed = removeRecord(activity.id);
    if (!removed) {
        showError(this, tr("Remove activity"), removed.error());
        return;
    }
    refresh();
    emit dataChanged();
}

void ActivitiesPage::updatePanel()
{
    const core::ListRow row = currentRow();
    std::optional<core::Activity> activity;
    if (database() && row.id != 0)
        if (const auto a = core::ActivityRepository(*database()).get(row.id))
            activity = a.value();
    const QList<core::ActivityAction> allowed =
        activity ? core::ActivityRepository::allowedActions(activity->status) : QList<core::ActivityAction>();
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        it.value()->setEnabled(allowed.contains(it.key()));
        it.value()->setToolTip(activity ? core::ActivityRepository::nextSteps(activity->status) : QString());
    }
    if (!activity) {
        m_detail->setHtml(html(tr("Select an activity to see its plan, review and outcome.")));
        return;
    }
    m_detail->setHtml(detailHtml(*activity, row));
}

QString ActivitiesPage::detailHtml(const core::Activity &a, const core::ListRow &row) const
{
    const QLocale locale;
    QString out =
        QStringLiteral("<h3>%1</h3><p><b>%2</b> — %3</p>")
            .arg(html(a.title), html(core::label(a.status)), html(core::ActivityRepository::nextSteps(a.status)));
    auto line = [&out](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            out += QStringLiteral("<tr><td style='padding-right:8px'><i>%1</i></td><td>%2</td></tr>")
                       .arg(html(label), html(value));
    };
    out += QStringLiteral("<p><b>%1</b></p><table>").arg(html(tr("Plan")));
    line(tr("Worker"), cell(row, Column::Worker));
    line(tr("Street"), cell(row, Column::Street));
    line(tr("Type"), core::label(a.type));
    QStringList groups;
    for (core::TargetGroup g : a.targetGroups)
        groups << core::label(g);
    line(tr("Target groups"), groups.join(QStringLiteral(", ")));
    line(tr("Planned for"), core::isoDate(a.plannedOn));
    line(tr("Place"), a.place);
    line(tr("Budget"), a.budget.toString(locale));
    line(tr("Expected participants"), QString::number(a.expectedParticipants));
    out += QStringLiteral("</table>");

    if (a.submittedOn.isValid() || a.reviewedOn.isValid()) {
        out += QStringLiteral("<p><b>%1</b></p><table>").arg(html(tr("Review")));
        if (a.submittedOn.isValid())
            line(tr("Submitted on"), core::isoDate(a.submittedOn));
        if (a.reviewedOn.isValid()) {
            line(a.status == core::ActivityStatus::Rejected ? tr("Rejected on") : tr("Approved on"),
                 core::isoDate(a.reviewedOn));
            line(tr("Reviewer"), a.reviewer);
            line(tr("Comment"), a.reviewComment);
        }
        out += QStringLiteral("</table>");
    }
    if (a.heldOn.isValid() || a.cancelledOn.isValid()) {
        out += QStringLiteral("<p><b>%1</b></p><table>").arg(html(tr("Outcome")));
        if (a.heldOn.isValid()) {
            line(tr("Held on"), core::isoDate(a.heldOn));
            if (a.actualParticipants)
                line(tr("Participants"), tr("%1 (expected %2)").arg(*a.actualParticipants).arg(a.expectedParticipants));
            line(tr("Summary"), a.summary);
        }
        if (a.cancelledOn.isValid())
            line(tr("Cancelled on"), core::isoDate(a.cancelledOn));
        out += QStringLiteral("</table>");
    }
    return out;
}

} // namespace ui
