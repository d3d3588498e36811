// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "activitydialogs.h"

#include "core/period.h"
#include "core/placement.h"
#include "core/post.h"
#include "ui/choices.h"
#include "ui/fields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace ui {

namespace {

// One department usually reviews all of an agency's activities: the next review dialog
// offers whoever was entered last in this session.
QString &lastReviewer()
{
    static QString reviewer;
    return reviewer;
}

} // namespace

ActivityDialog::ActivityDialog(const core::Database &db, const core::Activity &activity, QWidget *parent)
    : RecordDialog(activity.id ? tr("Edit activity") : tr("New activity"), parent)
    , m_repo(db)
    , m_activity(activity)
{
    m_title = new QLineEdit(activity.title, this);
    m_title->setObjectName(QStringLiteral("title"));
    m_worker = new QComboBox(this);
    m_worker->setObjectName(QStringLiteral("worker"));
    choices::fill(m_worker, choices::workers(db, activity.id != 0), activity.workerId);
    m_street = new QComboBox(this);
    m_street->setObjectName(QStringLiteral("street"));
    choices::fill(m_street, choices::streets(db, std::nullopt), activity.streetId);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    for (core::ActivityType t : core::allValues<core::ActivityType>())
        m_type->addItem(core::label(t), core::code(t));
    m_type->setCurrentIndex(std::max(0, m_type->findData(core::code(activity.type))));

    auto *targets = new QWidget(this);
    auto *grid = new QGridLayout(targets);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto groups = core::allValues<core::TargetGroup>();
    for (int i = 0; i < int(groups.size()); ++i) {
        auto *box = new QCheckBox(core::label(groups[i]), targets);
        box->setObjectName(QStringLiteral("target_") + core::code(groups[i]));
        box->setChecked(activity.targetGroups.contains(groups[i]));
        grid->addWidget(box, i / 3, i % 3);
        m_targets.append({groups[i], box});
    }

    m_planned = newDateEdit(activity.plannedOn.isValid() ? activity.plannedOn : QDate::currentDate().addDays(14), this);
    m_planned->setObjectName(QStringLiteral("plannedOn"));
    m_place = new QLineEdit(activity.place, this);
    m_place->setObjectName(QStringLiteral("place"));
    m_budget = new MoneyEdit(this);
    m_budget->setObjectName(QStringLiteral("budget"));
    m_budget->setMoney(activity.budget);
    m_participants = new QSpinBox(this);
    m_participants->setObjectName(QStringLiteral("expected"));
    m_participants->setRange(0, 100000);
    m_participants->setValue(activity.expectedParticipants);

    form()->addRow(tr("&Title"), m_title);
    form()->addRow(tr("Social &worker"), m_worker);
    form()->addRow(tr("S&treet"), m_street);
    form()->addRow(tr("T&ype"), m_type);
    form()->addRow(tr("Target &groups"), targets);
    form()->addRow(tr("&Planned for"), m_planned);
    form()->addRow(tr("P&lace"), m_place);
    form()->addRow(tr("&Budget (yuan)"), m_budget);
    form()->addRow(tr("&Expected participants"), m_participants);

    // A new activity usually happens at the street where its worker is placed.
    if (!activity.id && !activity.streetId) {
        connect(m_worker, &QComboBox::currentIndexChanged, this, [this, db] {
            const auto placement =
                core::PlacementRepository(db).current(m_worker->currentData().toLongLong(), m_planned->date());
            if (placement && placement.value())
                if (const auto post = core::PostRepository(db).get(placement.value()->postId)) {
                    const int i = m_street->findData(post->streetId);
                    if (i >= 0)
                        m_street->setCurrentIndex(i);
                }
        });
        emit m_worker->currentIndexChanged(m_worker->currentIndex());
    }

    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_worker, m_street, m_type, m_planned, m_place,
                                                       m_budget, m_participants})
        watch(w);
    for (const auto &[group, box] : std::as_const(m_targets))
        watch(box);
    resize(560, sizeHint().height());
}

QCheckBox *ActivityDialog::targetField(core::TargetGroup group) const
{
    for (const auto &[g, box] : m_targets)
        if (g == group)
            return box;
    return nullptr;
}

core::Activity ActivityDialog::collect() const
{
    core::Activity a = m_activity;
    a.title = m_title->text().trimmed();
    a.workerId = m_worker->currentData().toLongLong();
    a.streetId = m_street->currentData().toLongLong();
    a.type =
        core::fromCode<core::ActivityType>(m_type->currentData().toString()).value_or(core::ActivityType::Community);
    a.targetGroups.clear();
    for (const auto &[group, box] : m_targets)
        if (box->isChecked())
            a.targetGroups.append(group);
    a.plannedOn = m_planned->date();
    a.place = m_place->text().trimmed();
    a.budget = m_budget->money().value_or(core::Money());
    a.expectedParticipants = m_participants->value();
    return a;
}

QString ActivityDialog::problem() const
{
    // core repeats these checks when saving; here they run as the user types.
    if (m_title->text().trimmed().isEmpty())
        return tr("Enter the activity's title.");
    if (m_worker->count() == 0)
        return tr("There is no social worker yet. Add one on the Social workers page first.");
    if (m_street->count() == 0)
        return tr("There is no street yet. Add the street on the Streets & posts page first.");
    const core::Activity a = collect();
    if (a.targetGroups.isEmpty())
        return tr("Tick at least one target group (e.g. elderly, youth, all residents).");
    const auto budget = m_budget->money();
    if (!m_budget->text().trimmed().isEmpty() && !budget)
        return tr("The budget “%1” is not an amount of yuan. Enter e.g. 1500 or 1,500.00.").arg(m_budget->text());
    if (budget && *budget < core::Money())
        return tr("The budget cannot be negative.");
    return {};
}

core::Status ActivityDialog::save()
{
    const core::Activity a = collect();
    if (a.id)
        return m_repo.update(a);
    const auto added = m_repo.add(a);
    if (!added)
        return added.error();
    m_activity.id = added.value();
    return {};
}

ActivityStepDialog::ActivityStepDialog(const core::Database &db, const core::Activity &activity,
                                       core::ActivityAction action, QWidget *parent)
    : RecordDialog(core::ActivityRepository::actionLabel(action), parent)
    , m_repo(db)
    , m_activity(activity)
    , m_action(action)
{
    using A = core::ActivityAction;
    auto *what = new QLabel(QStringLiteral("<b>%1</b>").arg(activity.title.toHtmlEscaped()), this);
    what->setWordWrap(true);
    form()->addRow(tr("Activity"), what);

    // The date the step happened; a plan is usually marked held on the planned day.
    QDate day = QDate::currentDate();
    if (action == A::MarkHeld && activity.plannedOn.isValid() && activity.plannedOn <= day)
        day = std::max(activity.plannedOn, activity.reviewedOn);
    m_date = newDateEdit(day, this);
    m_date->setObjectName(QStringLiteral("date"));
    watch(m_date);

    switch (action) {
    case A::Submit:
        form()->addRow(tr("&Submitted on"), m_date);
        break;
    case A::Approve:
    case A::Reject:
        m_reviewer = new QLineEdit(activity.reviewer.isEmpty() ? lastReviewer() : activity.reviewer, this);
        m_reviewer->setObjectName(QStringLiteral("reviewer"));
        m_reviewer->setPlaceholderText(tr("the reviewing department or person"));
        m_comment = new QPlainTextEdit(this);
        m_comment->setObjectName(QStringLiteral("comment"));
        m_comment->setTabChangesFocus(true);
        m_comment->setPlaceholderText(action == A::Reject ? tr("Why is the plan rejected? What should be improved?")
                                                          : tr("Optional"));
        form()->addRow(tr("&Reviewer"), m_reviewer);
        form()->addRow(action == A::Approve ? tr("&Approved on") : tr("&Rejected on"), m_date);
        form()->addRow(tr("&Comment"), m_comment);
        watch(m_reviewer);
        watch(m_comment);
        break;
    case A::MarkHeld:
        m_participants = new QSpinBox(this);
        m_participants->setObjectName(QStringLiteral("participants"));
        m_participants->setRange(0, 100000);
        m_participants->setValue(activity.expectedParticipants);
        m_summary = new QPlainTextEdit(this);
        m_summary->setObjectName(QStringLiteral("summary"));
        m_summary->setTabChangesFocus(true);
        m_summary->setPlaceholderText(tr("What happened, what went well, what to do differently"));
        form()->addRow(tr("&Held on"), m_date);
        form()->addRow(tr("Actual &participants"), m_participants);
        form()->addRow(tr("&Summary"), m_summary);
        watch(m_participants);
        watch(m_summary);
        break;
    case A::Cancel:
        form()->addRow(tr("&Cancelled on"), m_date);
        break;
    case A::Edit:
    case A::Remove:
        break;
    }
    resize(480, sizeHint().height());
}

QString ActivityStepDialog::problem() const
{
    using A = core::ActivityAction;
    const QDate day = m_date->date();
    if (m_reviewer && m_reviewer->text().trimmed().isEmpty())
        return tr("Enter who reviewed the activity (the department or person).");
    if (m_action == A::Reject && m_comment->toPlainText().trimmed().isEmpty())
        return tr("Say why the activity is rejected, so that the worker can improve the plan.");
    if ((m_action == A::Approve || m_action == A::Reject) && m_activity.submittedOn.isValid() &&
        day < m_activity.submittedOn)
        return tr("The review cannot be before the activity was submitted (%1).")
            .arg(core::isoDate(m_activity.submittedOn));
    if (m_action == A::MarkHeld && m_activity.reviewedOn.isValid() && day < m_activity.reviewedOn)
        return tr("The activity cannot have been held before it was approved (%1).")
            .arg(core::isoDate(m_activity.reviewedOn));
    return {};
}

core::Status ActivityStepDialog::save()
{
    using A = core::ActivityAction;
    const QDate day = m_date->date();
    switch (m_action) {
    case A::Submit:
        return m_repo.submit(m_activity.id, day);
    case A::Approve:
    case A::Reject: {
        const QString reviewer = m_reviewer->text().trimmed();
        const QString comment = m_comment->toPlainText().trimmed();
        core::Status done = m_action == A::Approve ? m_repo.approve(m_activity.id, reviewer, day, comment)
                                                   : m_repo.reject(m_activity.id, reviewer, day, comment);
        if (done)
            lastReviewer() = reviewer;
        return done;
    }
    case A::MarkHeld:
        return m_repo.markHeld(m_activity.id, day, m_participants->value(), m_summary->toPlainText().trimmed());
    case A::Cancel:
        return m_repo.cancel(m_activity.id, day);
    case A::Edit:
    case A::Remove:
        break;
    }
    return core::Error::invalid(tr("This step is done elsewhere, not in this dialog."));
}

} // namespace ui
