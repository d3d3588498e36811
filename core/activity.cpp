// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "activity.h"

#include "dayrules.h"
#include "period.h"
#include "table.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace core {

namespace {

const Table kActivity{"activity",
                      {"title", "worker_id", "street_id", "type", "planned_on", "place", "budget",
                       "expected_participants", "status", "submitted_on", "reviewer", "reviewed_on", "review_comment",
                       "held_on", "actual_participants", "summary", "cancelled_on"}};
// What add() writes: a draft's plan and its status; the other columns follow the workflow (step()).
const Table kNewActivity = kActivity.only(
    {"title", "worker_id", "street_id", "type", "planned_on", "place", "budget", "expected_participants", "status"});
// What update() rewrites: the plan of a draft.
const Table kPlan = kNewActivity.without({"status"});

Activity fromRow(const QSqlQuery &q)
{
    const Row r(kActivity, q);
    Activity a;
    a.id = r.id();
    a.title = r.text("title");
    a.workerId = r.id("worker_id");
    a.streetId = r.id("street_id");
    a.type = r.code<ActivityType>("type").value_or(ActivityType::Community);
    a.plannedOn = r.date("planned_on");
    a.place = r.text("place");
    a.budget = r.money("budget");
    a.expectedParticipants = r.integer("expected_participants");
    a.status = r.code<ActivityStatus>("status").value_or(ActivityStatus::Draft);
    a.submittedOn = r.date("submitted_on");
    a.reviewer = r.text("reviewer");
    a.reviewedOn = r.date("reviewed_on");
    a.reviewComment = r.text("review_comment");
    a.heldOn = r.date("held_on");
    if (!r.isNull("actual_participants"))
        a.actualParticipants = r.integer("actual_participants");
    a.summary = r.text("summary");
    a.cancelledOn = r.date("cancelled_on");
    return a;
}

RowValues planValues(const Activity &a)
{
    return RowValues()
        .set("title", nonNull(a.title.trimmed()))
        .set("worker_id", a.workerId)
        .set("street_id", a.streetId)
        .set("type", code(a.type))
        .set("planned_on", isoDate(a.plannedOn))
        .set("place", nonNull(a.place.trimmed()))
        .set("budget", qint64(a.budget.fen()))
        .set("expected_participants", a.expectedParticipants);
}

// Target groups in display order, each once.
QList<TargetGroup> normalised(const QList<TargetGroup> &groups)
{
    QList<TargetGroup> out;
    for (TargetGroup g : allValues<TargetGroup>())
        if (groups.contains(g))
            out << g;
    return out;
}

// Shows the stored codes "youth,elderly" as "Elderly, Youth".
QVariant targetLabels(const QVariant &codes)
{
    QList<TargetGroup> groups;
    const QStringList parts = codes.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &c : parts)
        if (auto g = fromCode<TargetGroup>(c))
            groups << *g;
    QStringList labels;
    for (TargetGroup g : normalised(groups))
        labels << label(g);
    return labels.join(QCoreApplication::translate("core::ActivityRepository", ", "));
}

} // namespace

Result<QList<Activity>> ActivityRepository::load(const QString &where, const QVariantList &values) const
{
    auto q = m_db.run(kActivity.select(QStringLiteral("a")) + QStringLiteral(" WHERE ") + where +
                          QStringLiteral(" ORDER BY a.planned_on, a.id"),
                      values);
    if (!q)
        return q.error();
    QList<Activity> list;
    QHash<qint64, qsizetype> index;
    while (q.value().next()) {
        index.insert(q.value().value(0).toLongLong(), list.size());
        list << fromRow(q.value());
    }
    if (list.isEmpty())
        return list;
    auto t = m_db.run(QStringLiteral("SELECT t.activity_id, t.target_group FROM activity_target t "
                                     "JOIN activity a ON a.id = t.activity_id WHERE ") +
                          where,
                      values);
    if (!t)
        return t.error();
    while (t.value().next()) {
        const auto it = index.constFind(t.value().value(0).toLongLong());
        const auto group = fromCode<TargetGroup>(t.value().value(1).toString());
        if (it != index.constEnd() && group)
            list[*it].targetGroups << *group;
    }
    for (Activity &a : list)
        a.targetGroups = normalised(a.targetGroups);
    return list;
}

Result<Activity> ActivityRepository::get(qint64 id) const
{
    auto list = load(QStringLiteral("a.id = ?"), {id});
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return Error::notFound(tr("Activity %1 does not exist; it may have been removed. Refresh the list.").arg(id));
    return list.value().first();
}

Status ActivityRepository::validatePlan(const Activity &a) const
{
    if (a.title.trimmed().isEmpty())
        return Error::invalid(tr("Enter the activity's title."));
    if (!a.plannedOn.isValid())
        return Error::invalid(tr("Enter the date the activity “%1” is planned for.").arg(a.title));
    if (a.budget < Money())
        return Error::invalid(tr("The budget of “%1” cannot be negative.").arg(a.title));
    if (a.expectedParticipants < 0)
        return Error::invalid(tr("The expected number of participants of “%1” cannot be negative.").arg(a.title));
    if (a.targetGroups.isEmpty())
        return Error::invalid(
            tr("Choose at least one target group for “%1” (e.g. elderly, youth, all residents).").arg(a.title));
    auto worker = m_db.scalar(QStringLiteral("SELECT count(*) FROM social_worker WHERE id = ?"), {a.workerId});
    if (!worker)
        return worker.error();
    if (worker.value().toInt() == 0)
        return Error::invalid(tr("Choose the social worker who runs “%1”.").arg(a.title));
    auto street = m_db.scalar(QStringLiteral("SELECT count(*) FROM street WHERE id = ?"), {a.streetId});
    if (!street)
        return street.error();
    if (street.value().toInt() == 0)
        return Error::invalid(tr("Choose the street where “%1” takes place.").arg(a.title));
    return {};
}

Status ActivityRepository::writeTargets(qint64 id, const QList<TargetGroup> &groups) const
{
    if (auto d = m_db.run(QStringLiteral("DELETE FROM activity_target WHERE activity_id = ?"), {id}); !d)
        return d.error();
    QSqlQuery insert =
        m_db.prepare(QStringLiteral("INSERT INTO activity_target (activity_id, target_group) VALUES (?, ?)"));
    for (TargetGroup g : normalised(groups)) {
        insert.addBindValue(id);
        insert.addBindValue(code(g));
        if (!insert.exec())
            return toError(insert.lastError());
    }
    return {};
}

Result<qint64> ActivityRepository::add(const Activity &activity) const
{
    Transaction transaction(m_db); // the plan's checks and its write see the same file
    if (!transaction.started())
        return transaction.error();
    if (Status s = validatePlan(activity); !s)
        return s.error();
    auto id = m_db.insert(kNewActivity.insert(),
                          planValues(activity).set("status", code(ActivityStatus::Draft)).ordered(kNewActivity));
    if (!id)
        return id.error();
    if (Status s = writeTargets(id.value(), activity.targetGroups); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return id.value();
}

Status ActivityRepository::update(const Activity &activity) const
{
    Transaction transaction(m_db); // the plan's checks and its write see the same file
    if (!transaction.started())
        return transaction.error();
    if (Status s = validatePlan(activity); !s)
        return s;
    auto current = get(activity.id);
    if (!current)
        return current.error();
    if (current->status != ActivityStatus::Draft)
        return refusal(current.value(), ActivityAction::Edit);
    auto q = m_db.run(kPlan.update(), planValues(activity).ordered(kPlan, activity.id));
    if (!q)
        return q.error();
    if (Status s = writeTargets(activity.id, activity.targetGroups); !s)
        return s;
    return transaction.commit();
}

Status ActivityRepository::remove(qint64 id) const
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.error();
    auto current = get(id);
    if (!current)
        return current.error();
    if (current->status != ActivityStatus::Draft)
        return refusal(current.value(), ActivityAction::Remove);
    if (auto q = m_db.run(QStringLiteral("DELETE FROM activity WHERE id = ?"), {id}); !q)
        return q.error();
    return transaction.commit();
}

Status ActivityRepository::step(qint64 id, ActivityAction action,
                                const std::function<std::optional<Error>(const Activity &)> &check,
                                const QString &assignments, const QVariantList &values) const
{
    const ActivityStatus to = *targetStatus(action);
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.error();
    auto current = get(id);
    if (!current)
        return current.error();
    if (!canMove(current->status, to))
        return refusal(current.value(), action);
    if (auto refused = check(current.value()))
        return *refused;
    QVariantList all{code(to)};
    all << values << id;
    auto q =
        m_db.run(QStringLiteral("UPDATE activity SET status = ?") + assignments + QStringLiteral(" WHERE id = ?"), all);
    if (!q)
        return q.error();
    return transaction.commit();
}

Status ActivityRepository::submit(qint64 id, QDate date) const
{
    return step(id, ActivityAction::Submit,
                [&](const Activity &a) -> std::optional<Error> {
                    if (!date.isValid())
                        return Error::invalid(tr("Enter the date “%1” was submitted for approval.").arg(a.title));
                    return std::nullopt;
                },
                QStringLiteral(", submitted_on = ?"), {isoDate(date)});
}

Status ActivityRepository::approve(qint64 id, const QString &reviewer, QDate date, const QString &comment) const
{
    return step(id, ActivityAction::Approve,
                [&](const Activity &a) -> std::optional<Error> {
                    if (reviewer.trimmed().isEmpty())
                        return Error::invalid(tr("Enter who approved “%1” (the department or person).").arg(a.title));
                    if (!date.isValid())
                        return Error::invalid(tr("Enter the date “%1” was approved.").arg(a.title));
                    if (a.submittedOn.isValid() && date < a.submittedOn)
                        return Error::invalid(tr("“%1” cannot be approved on %2, before it was submitted (%3).")
                                                  .arg(a.title, isoDate(date), isoDate(a.submittedOn)));
                    return std::nullopt;
                },
                QStringLiteral(", reviewer = ?, reviewed_on = ?, review_comment = ?"),
                {nonNull(reviewer.trimmed()), isoDate(date), nonNull(comment.trimmed())});
}

Status ActivityRepository::reject(qint64 id, const QString &reviewer, QDate date, const QString &comment) const
{
    return step(id, ActivityAction::Reject,
                [&](const Activity &a) -> std::optional<Error> {
                    if (reviewer.trimmed().isEmpty())
                        return Error::invalid(tr("Enter who rejected “%1” (the department or person).").arg(a.title));
                    if (!date.isValid())
                        return Error::invalid(tr("Enter the date “%1” was rejected.").arg(a.title));
                    if (comment.trimmed().isEmpty())
                        return Error::invalid(
                            tr("Say why “%1” is rejected, so that the worker can improve the plan.").arg(a.title));
                    if (a.submittedOn.isValid() && date < a.submittedOn)
                        return Error::invalid(tr("“%1” cannot be rejected on %2, before it was submitted (%3).")
                                                  .arg(a.title, isoDate(date), isoDate(a.submittedOn)));
                    return std::nullopt;
                },
                QStringLiteral(", reviewer = ?, reviewed_on = ?, review_comment = ?"),
                {nonNull(reviewer.trimmed()), isoDate(date), nonNull(comment.trimmed())});
}

Status ActivityRepository::markHeld(qint64 id, QDate date, int actualParticipants, const QString &summary) const
{
    return step(
        id, ActivityAction::MarkHeld,
        [&](const Activity &a) -> std::optional<Error> {
            if (!date.isValid())
                return Error::invalid(tr("Enter the date “%1” was held.").arg(a.title));
            if (actualParticipants < 0)
                return Error::invalid(tr("The number of participants of “%1” cannot be negative.").arg(a.title));
            if (a.reviewedOn.isValid() && date < a.reviewedOn)
                return Error::invalid(tr("“%1” cannot have been held on %2, before it was approved (%3). Check the "
                                         "date.")
                                          .arg(a.title, isoDate(date), isoDate(a.reviewedOn)));
            if (Status held = DayRules::activityHeld(m_db, a.workerId, date); !held)
                return held.error();
            return std::nullopt;
        },
        QStringLiteral(", held_on = ?, actual_participants = ?, summary = ?"),
        {isoDate(date), actualParticipants, nonNull(summary.trimmed())});
}

Status ActivityRepository::cancel(qint64 id, QDate date) const
{
    return step(id, ActivityAction::Cancel,
                [&](const Activity &a) -> std::optional<Error> {
                    if (!date.isValid())
                        return Error::invalid(tr("Enter the date “%1” was cancelled.").arg(a.title));
                    return std::nullopt;
                },
                QStringLiteral(", cancelled_on = ?"), {isoDate(date)});
}

Result<QList<Activity>> ActivityRepository::pendingSince(int days, QDate asOf) const
{
    return load(QStringLiteral("a.status = ? AND a.submitted_on <= ?"),
                {code(ActivityStatus::Submitted), isoDate(asOf.addDays(-days))});
}

QList<ActivityAction> ActivityRepository::allowedActions(ActivityStatus status)
{
    QList<ActivityAction> actions;
    if (status == ActivityStatus::Draft)
        actions << ActivityAction::Edit << ActivityAction::Remove;
    for (ActivityAction a : {ActivityAction::Submit, ActivityAction::Approve, ActivityAction::Reject,
                             ActivityAction::MarkHeld, ActivityAction::Cancel})
        if (canMove(status, *targetStatus(a)))
            actions << a;
    return actions;
}

std::optional<ActivityStatus> ActivityRepository::targetStatus(ActivityAction action)
{
    switch (action) {
    case ActivityAction::Submit:
        return ActivityStatus::Submitted;
    case ActivityAction::Approve:
        return ActivityStatus::Approved;
    case ActivityAction::Reject:
        return ActivityStatus::Rejected;
    case ActivityAction::MarkHeld:
        return ActivityStatus::Held;
    case ActivityAction::Cancel:
        return ActivityStatus::Cancelled;
    case ActivityAction::Edit:
    case ActivityAction::Remove:
        break;
    }
    return std::nullopt;
}

QString ActivityRepository::actionLabel(ActivityAction action)
{
    switch (action) {
    case ActivityAction::Edit:
        return tr("Edit");
    case ActivityAction::Remove:
        return tr("Remove");
    case ActivityAction::Submit:
        return tr("Submit for approval");
    case ActivityAction::Approve:
        return tr("Approve");
    case ActivityAction::Reject:
        return tr("Reject");
    case ActivityAction::MarkHeld:
        return tr("Mark as held");
    case ActivityAction::Cancel:
        return tr("Cancel activity");
    }
    return {};
}

QString ActivityRepository::nextSteps(ActivityStatus status)
{
    switch (status) {
    case ActivityStatus::Draft:
        return tr("A draft can be edited, removed or submitted for approval.");
    case ActivityStatus::Submitted:
        return tr("A submitted activity waits for review: it can only be approved or rejected.");
    case ActivityStatus::Approved:
        return tr("An approved activity can only be marked as held or cancelled.");
    case ActivityStatus::Rejected:
        return tr("A rejected activity is closed; plan a new draft to apply again.");
    case ActivityStatus::Held:
        return tr("A held activity is finished; it cannot change any more.");
    case ActivityStatus::Cancelled:
        return tr("A cancelled activity is closed; plan a new draft to hold it after all.");
    }
    return {};
}

Error ActivityRepository::refusal(const Activity &a, ActivityAction action) const
{
    QString what;
    switch (action) {
    case ActivityAction::Edit:
        what = tr("“%1” cannot be edited: its status is “%2”.");
        break;
    case ActivityAction::Remove:
        what = tr("“%1” cannot be removed: its status is “%2”.");
        break;
    case ActivityAction::Submit:
        what = tr("“%1” cannot be submitted: its status is “%2”.");
        break;
    case ActivityAction::Approve:
        what = tr("“%1” cannot be approved: its status is “%2”.");
        break;
    case ActivityAction::Reject:
        what = tr("“%1” cannot be rejected: its status is “%2”.");
        break;
    case ActivityAction::MarkHeld:
        what = tr("“%1” cannot be marked as held: its status is “%2”.");
        break;
    case ActivityAction::Cancel:
        what = tr("“%1” cannot be cancelled: its status is “%2”.");
        break;
    }
    return Error::invalid(what.arg(a.title, label(a.status)) + QLatin1Char(' ') + nextSteps(a.status));
}

SqlListSource ActivityRepository::listing(Database db)
{
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    ListSpec spec;
    spec.from = QStringLiteral("activity a JOIN social_worker w ON w.id = a.worker_id "
                               "JOIN street st ON st.id = a.street_id");
    spec.id = QStringLiteral("a.id");
    spec.columns = {
        {tr("Planned"), QStringLiteral("a.planned_on"), Qt::AlignLeft | Qt::AlignVCenter, format::date},
        {tr("Title"), QStringLiteral("a.title"), Qt::AlignLeft | Qt::AlignVCenter, {}},
        {tr("Worker"), QStringLiteral("w.name"), Qt::AlignLeft | Qt::AlignVCenter, {}},
        {tr("Street"), QStringLiteral("st.name"), Qt::AlignLeft | Qt::AlignVCenter, {}},
        {tr("Type"), QStringLiteral("a.type"), Qt::AlignLeft | Qt::AlignVCenter, format::enumLabel<ActivityType>()},
        {tr("Target groups"),
         QStringLiteral("(SELECT %1 FROM activity_target t WHERE t.activity_id = a.id)")
             .arg(db.dialect().joined(QStringLiteral("t.target_group"), QStringLiteral(","))),
         Qt::AlignLeft | Qt::AlignVCenter, targetLabels},
        {tr("Status"), QStringLiteral("a.status"), Qt::AlignLeft | Qt::AlignVCenter,
         format::enumLabel<ActivityStatus>()},
        {tr("Held"), QStringLiteral("a.held_on"), Qt::AlignLeft | Qt::AlignVCenter, format::date},
        {tr("Participants"), QStringLiteral("a.actual_participants"), right, {}},
    };
    spec.searchColumns = {QStringLiteral("a.title"), QStringLiteral("a.place"), QStringLiteral("w.name")};
    spec.dateColumn = QStringLiteral("a.planned_on");
    spec.districtColumn = QStringLiteral("st.district_id");
    spec.streetColumn = QStringLiteral("a.street_id");
    spec.workerColumn = QStringLiteral("a.worker_id");
    spec.statusColumn = QStringLiteral("a.status");
    spec.defaultOrder = QStringLiteral("a.planned_on DESC, a.id DESC");
    return SqlListSource(std::move(db), std::move(spec));
}

} // namespace core
