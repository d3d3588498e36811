// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "database.h"
#include "enums.h"
#include "listing.h"
#include "money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <functional>
#include <optional>

namespace core {

// 活动: a service activity a worker plans for a street. The worker applies to the superior
// department (申请), which reviews it (评估审批): draft → submitted → approved or rejected;
// an approved activity is then held (举办, with the real date and head count) or cancelled.
struct Activity
{
    qint64 id = 0;
    QString title;
    qint64 workerId = 0;
    qint64 streetId = 0;
    ActivityType type = ActivityType::Community;
    QList<TargetGroup> targetGroups; // 服务对象: at least one, in display order
    QDate plannedOn;
    QString place;
    Money budget;
    int expectedParticipants = 0;

    // The workflow's record; written only by ActivityRepository's workflow actions.
    ActivityStatus status = ActivityStatus::Draft;
    QDate submittedOn;
    QString reviewer; // who reviewed it, e.g. the department or its head
    QDate reviewedOn;
    QString reviewComment;
    QDate heldOn;
    std::optional<int> actualParticipants;
    QString summary;
    QDate cancelledOn;
};

// What a user can do to an activity; the window enables its buttons from allowedActions().
enum class ActivityAction { Edit, Remove, Submit, Approve, Reject, MarkHeld, Cancel };

class ActivityRepository
{
    Q_DECLARE_TR_FUNCTIONS(core::ActivityRepository)
public:
    explicit ActivityRepository(Database db)
        : m_db(std::move(db))
    {}

    // The activity with its target groups.
    Result<Activity> get(qint64 id) const;
    // Stores a new draft (whatever status `activity` carries) with its target groups; gives its id.
    Result<qint64> add(const Activity &activity) const;
    // Changes a draft's plan and target groups; once submitted, an activity's plan is fixed.
    Status update(const Activity &activity) const;
    // Removes a draft. Anything past draft is part of the record and stays.
    Status remove(qint64 id) const;

    // The workflow, one transaction each, refused with a message naming the allowed steps
    // when the activity's status does not permit it.
    Status submit(qint64 id, QDate date) const;
    Status approve(qint64 id, const QString &reviewer, QDate date, const QString &comment = {}) const;
    // A rejection must say why (comment), so the worker can improve the plan.
    Status reject(qint64 id, const QString &reviewer, QDate date, const QString &comment) const;
    Status markHeld(qint64 id, QDate date, int actualParticipants, const QString &summary = {}) const;
    Status cancel(qint64 id, QDate date) const;

    // Submitted activities still waiting for review `days` or more days after submission, as of `asOf`.
    Result<QList<Activity>> pendingSince(int days, QDate asOf) const;

    static QList<ActivityAction> allowedActions(ActivityStatus status);
    static QString actionLabel(ActivityAction action); // button text
    // Where an action leads, for the workflow steps; nullopt for Edit and Remove.
    static std::optional<ActivityStatus> targetStatus(ActivityAction action);
    // What may be done from a status, in a sentence (used in refusals and tooltips).
    static QString nextSteps(ActivityStatus status);

    // The Activities page: filters date (planned), district, street, worker, status; search
    // title, place and worker name.
    static SqlListSource listing(Database db);
    enum class Column { PlannedOn, Title, Worker, Street, Type, Targets, Status, HeldOn, Participants };

private:
    Status validatePlan(const Activity &activity) const;
    Status writeTargets(qint64 id, const QList<TargetGroup> &groups) const;
    Result<QList<Activity>> load(const QString &where, const QVariantList &values) const;
    // In one transaction: loads the activity, checks that `action` is allowed from its status,
    // lets `check` refuse (nullopt = go on), then sets the new status and `assignments`
    // (e.g. ", held_on = ?") with `values`.
    Status step(qint64 id, ActivityAction action, const std::function<std::optional<Error>(const Activity &)> &check,
                const QString &assignments, const QVariantList &values) const;
    Error refusal(const Activity &activity, ActivityAction action) const;

    Database m_db;
};

} // namespace core
