// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "core/activity.h"
#include "core/exchange.h"
#include "core/period.h"
#include "core/supervision.h"
#include "helpers.h"

#include <QSqlQuery>

using namespace core;

// Fails with the error's message, so a refusal says why.
#define REQUIRE_OK(expr)                                                                                               \
    do {                                                                                                               \
        const auto &result_ = (expr);                                                                                  \
        INFO((result_.ok() ? std::string() : result_.error().message.toStdString()));                                  \
        REQUIRE(result_.ok());                                                                                         \
    } while (false)

namespace {

// Districts, streets, workers and a supervisor written with plain SQL, so these tests do not
// depend on the repositories for them.
struct Fixture
{
    Database db = memoryDb();
    qint64 district = 0;
    qint64 street = 0;
    qint64 otherStreet = 0;
    QList<qint64> workers;
    qint64 supervisor = 0;

    Fixture()
    {
        district =
            db.insert(QStringLiteral("INSERT INTO district (name) VALUES (?)"), {QStringLiteral("东城区")}).value();
        const qint64 other =
            db.insert(QStringLiteral("INSERT INTO district (name) VALUES (?)"), {QStringLiteral("西城区")}).value();
        street = db.insert(QStringLiteral("INSERT INTO street (district_id, name) VALUES (?, ?)"),
                           {district, QStringLiteral("和平里街道")})
                     .value();
        otherStreet = db.insert(QStringLiteral("INSERT INTO street (district_id, name) VALUES (?, ?)"),
                                {other, QStringLiteral("月坛街道")})
                          .value();
        for (const QString &name : {QStringLiteral("王芳"), QStringLiteral("李明"), QStringLiteral("张伟")})
            workers << db.insert(QStringLiteral("INSERT INTO social_worker (name) VALUES (?)"), {name}).value();
        supervisor =
            db.insert(QStringLiteral("INSERT INTO supervisor (name) VALUES (?)"), {QStringLiteral("陈督导")}).value();
        // Each worker placed at 和平里 for 2026: an activity is held only while its worker is placed.
        const qint64 purchaser =
            db.insert(QStringLiteral("INSERT INTO purchaser (name) VALUES (?)"), {QStringLiteral("东城区民政局")})
                .value();
        for (const qint64 worker : std::as_const(workers)) { // one contract each: one post per street
            const qint64 contract =
                db.insert(QStringLiteral("INSERT INTO contract (code, purchaser_id, start_date, end_date, post_count, "
                                         "status) VALUES (?, ?, '2026-01-01', '2026-12-31', 1, 'active')"),
                          {QStringLiteral("DC-2026-%1").arg(worker), purchaser})
                    .value();
            const qint64 post =
                db.insert(QStringLiteral("INSERT INTO post (contract_id, street_id) VALUES (?, ?)"), {contract, street})
                    .value();
            db.insert(QStringLiteral("INSERT INTO placement (worker_id, post_id, start_date) VALUES (?, ?, "
                                     "'2026-01-01')"),
                      {worker, post})
                .value();
        }
    }

    Activity plan(const QString &title = QStringLiteral("重阳节敬老活动")) const
    {
        Activity a;
        a.title = title;
        a.workerId = workers.at(0);
        a.streetId = street;
        a.type = ActivityType::Community;
        a.targetGroups = {TargetGroup::Residents, TargetGroup::Elderly};
        a.plannedOn = QDate(2026, 10, 29);
        a.place = QStringLiteral("社区活动室");
        a.budget = Money::fromYuan(800);
        a.expectedParticipants = 40;
        return a;
    }

    QString rawStatus(qint64 id) const
    {
        return db.scalar(QStringLiteral("SELECT status FROM activity WHERE id = ?"), {id}).value().toString();
    }
};

const QDate kSubmitted(2026, 10, 8);
const QDate kReviewed(2026, 10, 12);
const QDate kHeld(2026, 10, 29);

// Brings a new draft to `status` along the allowed path.
qint64 activityAt(const Fixture &f, ActivityStatus status)
{
    ActivityRepository repo(f.db);
    const qint64 id = repo.add(f.plan()).value();
    if (status == ActivityStatus::Draft)
        return id;
    REQUIRE_OK(repo.submit(id, kSubmitted));
    if (status == ActivityStatus::Submitted)
        return id;
    if (status == ActivityStatus::Rejected) {
        REQUIRE_OK(repo.reject(id, QStringLiteral("民政科"), kReviewed, QStringLiteral("预算偏高")));
        return id;
    }
    REQUIRE_OK(repo.approve(id, QStringLiteral("民政科"), kReviewed));
    if (status == ActivityStatus::Held)
        REQUIRE_OK(repo.markHeld(id, kHeld, 35, QStringLiteral("顺利举行")));
    if (status == ActivityStatus::Cancelled)
        REQUIRE_OK(repo.cancel(id, kHeld));
    return id;
}

// Tries to move an activity to `to` through the repository; nullopt when core has no action for it.
std::optional<Status> attempt(const ActivityRepository &repo, qint64 id, ActivityStatus to)
{
    switch (to) {
    case ActivityStatus::Submitted:
        return repo.submit(id, kReviewed);
    case ActivityStatus::Approved:
        return repo.approve(id, QStringLiteral("民政科"), kHeld);
    case ActivityStatus::Rejected:
        return repo.reject(id, QStringLiteral("民政科"), kHeld, QStringLiteral("不符合要求"));
    case ActivityStatus::Held:
        return repo.markHeld(id, kHeld, 20);
    case ActivityStatus::Cancelled:
        return repo.cancel(id, kHeld);
    case ActivityStatus::Draft:
        break;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("A new activity is a draft and keeps its target groups", "[activities]")
{
    Fixture f;
    ActivityRepository repo(f.db);
    Activity plan = f.plan();
    plan.status = ActivityStatus::Approved; // ignored: a new activity starts as a draft
    plan.targetGroups = {TargetGroup::Youth, TargetGroup::Elderly, TargetGroup::Youth};
    auto id = repo.add(plan);
    REQUIRE_OK(id);
    auto a = repo.get(id.value());
    REQUIRE_OK(a);
    CHECK(a->status == ActivityStatus::Draft);
    CHECK(a->title == plan.title);
    CHECK(a->budget == Money::fromYuan(800));
    CHECK(a->expectedParticipants == 40);
    CHECK(a->plannedOn == QDate(2026, 10, 29));
    CHECK(a->targetGroups == QList<TargetGroup>{TargetGroup::Elderly, TargetGroup::Youth});
    CHECK(f.db.scalar(QStringLiteral("SELECT count(*) FROM activity_target WHERE activity_id = ?"), {id.value()})
              .value()
              .toInt() == 2);

    Activity changed = a.value();
    changed.targetGroups = {TargetGroup::Disabled};
    changed.title = QStringLiteral("助残活动");
    REQUIRE_OK(repo.update(changed));
    CHECK(repo.get(id.value())->targetGroups == QList<TargetGroup>{TargetGroup::Disabled});
    CHECK(repo.get(id.value())->title == QStringLiteral("助残活动"));

    SECTION("a plan without a target group, title or known worker is refused")
    {
        Activity bad = f.plan();
        bad.targetGroups.clear();
        auto r = repo.add(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("target group")));
        bad = f.plan();
        bad.title = QStringLiteral("  ");
        CHECK_FALSE(repo.add(bad).ok());
        bad = f.plan();
        bad.workerId = 9999;
        CHECK_FALSE(repo.add(bad).ok());
        CHECK(f.db.scalar(QStringLiteral("SELECT count(*) FROM activity")).value().toInt() == 1);
    }
}

TEST_CASE("Every allowed workflow step succeeds, every other is refused by core and by the schema", "[activities]")
{
    const auto statuses = allValues<ActivityStatus>();
    for (ActivityStatus from : statuses) {
        for (ActivityStatus to : statuses) {
            if (from == to)
                continue;
            CAPTURE(code(from).toStdString(), code(to).toStdString());
            Fixture f;
            ActivityRepository repo(f.db);
            const qint64 id = activityAt(f, from);
            REQUIRE(f.rawStatus(id) == code(from));
            const auto tried = attempt(repo, id, to);
            if (canMove(from, to)) {
                REQUIRE(tried.has_value());
                CHECK(tried->ok());
                CHECK(f.rawStatus(id) == code(to));
                continue;
            }
            if (tried) {
                REQUIRE_FALSE(tried->ok());
                // The message names the current status and what may be done from it.
                CHECK(tried->error().message.contains(label(from)));
                CHECK(tried->error().message.contains(ActivityRepository::nextSteps(from)));
            }
            CHECK(f.rawStatus(id) == code(from));
            auto raw = f.db.run(QStringLiteral("UPDATE activity SET status = ?, held_on = ?, actual_participants = ?, "
                                               "reviewed_on = ? WHERE id = ?"),
                                {code(to), isoDate(kHeld), 10, isoDate(kReviewed), id});
            REQUIRE_FALSE(raw.ok());
            CHECK(raw.error().message.contains(QStringLiteral("moves only")));
            CHECK(f.rawStatus(id) == code(from));
        }
    }
}

TEST_CASE("The named forbidden steps are refused and leave the status as it was", "[activities]")
{
    Fixture f;
    ActivityRepository repo(f.db);
    const qint64 draft = activityAt(f, ActivityStatus::Draft);
    auto r = repo.approve(draft, QStringLiteral("民政科"), kReviewed);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == Error::Kind::Invalid);
    CHECK(r.error().message.contains(QStringLiteral("submitted for approval")));
    CHECK(f.rawStatus(draft) == QStringLiteral("draft"));

    const qint64 held = activityAt(f, ActivityStatus::Held);
    CHECK_FALSE(repo.update(repo.get(held).value()).ok());
    CHECK_FALSE(repo.remove(held).ok());
    CHECK_FALSE(f.db.run(QStringLiteral("UPDATE activity SET status = 'draft' WHERE id = ?"), {held}).ok());
    CHECK(f.rawStatus(held) == QStringLiteral("held"));

    const qint64 rejected = activityAt(f, ActivityStatus::Rejected);
    CHECK_FALSE(repo.markHeld(rejected, kHeld, 10).ok());
    CHECK(f.rawStatus(rejected) == QStringLiteral("rejected"));

    const qint64 approved = activityAt(f, ActivityStatus::Approved);
    r = repo.submit(approved, kHeld);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("held or cancelled")));
    CHECK(f.rawStatus(approved) == QStringLiteral("approved"));
    r = repo.update(repo.get(approved).value());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("cannot be edited")));
    CHECK_FALSE(repo.remove(approved).ok());
    CHECK(f.db.scalar(QStringLiteral("SELECT count(*) FROM activity WHERE id = ?"), {approved}).value().toInt() == 1);

    CHECK(repo.remove(draft).ok());
    CHECK(repo.get(draft).error().kind == Error::Kind::NotFound);
}

TEST_CASE("Inserting an activity that is not a draft is refused by the schema", "[activities]")
{
    Fixture f;
    auto raw = f.db.run(QStringLiteral("INSERT INTO activity (title, worker_id, street_id, type, planned_on, status, "
                                       "reviewed_on) VALUES (?, ?, ?, 'community', '2026-10-01', 'approved', "
                                       "'2026-09-01')"),
                        {QStringLiteral("跳过审批"), f.workers.at(0), f.street});
    REQUIRE_FALSE(raw.ok());
    CHECK(raw.error().message.contains(QStringLiteral("draft")));
    CHECK(f.db.scalar(QStringLiteral("SELECT count(*) FROM activity")).value().toInt() == 0);
}

TEST_CASE("Review and holding record their fields; a rejection needs a reason", "[activities]")
{
    Fixture f;
    ActivityRepository repo(f.db);
    const qint64 id = activityAt(f, ActivityStatus::Submitted);
    CHECK(repo.get(id)->submittedOn == kSubmitted);

    auto r = repo.reject(id, QStringLiteral("民政科"), kReviewed, QStringLiteral("   "));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("why")));
    CHECK(f.rawStatus(id) == QStringLiteral("submitted"));
    CHECK_FALSE(repo.approve(id, QString(), kReviewed).ok());                             // who approved?
    CHECK_FALSE(repo.approve(id, QStringLiteral("民政科"), kSubmitted.addDays(-1)).ok()); // before submission

    REQUIRE_OK(repo.approve(id, QStringLiteral("民政科"), kReviewed, QStringLiteral("同意")));
    auto a = repo.get(id);
    CHECK(a->status == ActivityStatus::Approved);
    CHECK(a->reviewer == QStringLiteral("民政科"));
    CHECK(a->reviewedOn == kReviewed);
    CHECK(a->reviewComment == QStringLiteral("同意"));
    CHECK_FALSE(a->heldOn.isValid());
    CHECK_FALSE(a->actualParticipants.has_value());

    CHECK_FALSE(repo.markHeld(id, QDate(), 10).ok());
    CHECK_FALSE(repo.markHeld(id, kHeld, -1).ok());
    CHECK(f.rawStatus(id) == QStringLiteral("approved"));
    REQUIRE_OK(repo.markHeld(id, kHeld, 0, QStringLiteral("因雨改在室内")));
    a = repo.get(id);
    CHECK(a->status == ActivityStatus::Held);
    CHECK(a->heldOn == kHeld);
    REQUIRE(a->actualParticipants.has_value());
    CHECK(*a->actualParticipants == 0);
    CHECK(a->summary == QStringLiteral("因雨改在室内"));

    const qint64 other = activityAt(f, ActivityStatus::Submitted);
    REQUIRE_OK(repo.reject(other, QStringLiteral("社建科"), kReviewed, QStringLiteral("预算偏高")));
    CHECK(repo.get(other)->reviewComment == QStringLiteral("预算偏高"));
    CHECK(repo.get(other)->status == ActivityStatus::Rejected);
}

TEST_CASE("Allowed actions follow the workflow", "[activities]")
{
    using A = ActivityAction;
    CHECK(ActivityRepository::allowedActions(ActivityStatus::Draft) == QList<A>{A::Edit, A::Remove, A::Submit});
    CHECK(ActivityRepository::allowedActions(ActivityStatus::Submitted) == QList<A>{A::Approve, A::Reject});
    CHECK(ActivityRepository::allowedActions(ActivityStatus::Approved) == QList<A>{A::MarkHeld, A::Cancel});
    CHECK(ActivityRepository::allowedActions(ActivityStatus::Rejected).isEmpty());
    CHECK(ActivityRepository::allowedActions(ActivityStatus::Held).isEmpty());
    CHECK(ActivityRepository::allowedActions(ActivityStatus::Cancelled).isEmpty());
}

TEST_CASE("Activities waiting for review are found after N days", "[activities]")
{
    Fixture f;
    ActivityRepository repo(f.db);
    const qint64 waiting = activityAt(f, ActivityStatus::Submitted); // submitted 2026-10-08
    activityAt(f, ActivityStatus::Approved);
    activityAt(f, ActivityStatus::Draft);
    auto pending = repo.pendingSince(14, QDate(2026, 10, 22));
    REQUIRE_OK(pending);
    REQUIRE(pending->size() == 1);
    CHECK(pending->first().id == waiting);
    CHECK(pending->first().targetGroups.size() == 2);
    CHECK(repo.pendingSince(14, QDate(2026, 10, 21))->isEmpty());
}

TEST_CASE("The activities list shows labels and filters in SQL", "[activities]")
{
    Fixture f;
    ActivityRepository repo(f.db);
    activityAt(f, ActivityStatus::Held);
    Activity elsewhere = f.plan(QStringLiteral("青少年暑期小组"));
    elsewhere.streetId = f.otherStreet;
    elsewhere.workerId = f.workers.at(1);
    elsewhere.type = ActivityType::Group;
    elsewhere.targetGroups = {TargetGroup::Youth};
    elsewhere.plannedOn = QDate(2026, 7, 15);
    REQUIRE_OK(repo.add(elsewhere));

    const SqlListSource list = ActivityRepository::listing(f.db);
    CHECK(list.headers().size() == 9);
    ListFilter all;
    CHECK(list.count(all).value() == 2);
    auto rows = list.fetch(all, 0, 10);
    REQUIRE_OK(rows);
    REQUIRE(rows->size() == 2);
    const auto &first = rows->first().cells; // newest planned date first
    CHECK(first.at(int(ActivityRepository::Column::PlannedOn)).toString() == QStringLiteral("2026-10-29"));
    CHECK(first.at(int(ActivityRepository::Column::Worker)).toString() == QStringLiteral("王芳"));
    CHECK(first.at(int(ActivityRepository::Column::Type)).toString() == label(ActivityType::Community));
    CHECK(first.at(int(ActivityRepository::Column::Targets)).toString() ==
          label(TargetGroup::Elderly) + QStringLiteral(", ") + label(TargetGroup::Residents));
    CHECK(first.at(int(ActivityRepository::Column::Status)).toString() == label(ActivityStatus::Held));
    CHECK(first.at(int(ActivityRepository::Column::Participants)).toInt() == 35);

    ListFilter filter;
    filter.districtId = f.district;
    CHECK(list.count(filter).value() == 1);
    filter = {};
    filter.status = code(ActivityStatus::Draft);
    CHECK(list.count(filter).value() == 1);
    filter = {};
    filter.workerId = f.workers.at(1);
    CHECK(list.count(filter).value() == 1);
    filter = {};
    filter.from = QDate(2026, 7, 1);
    filter.to = QDate(2026, 7, 31);
    CHECK(list.count(filter).value() == 1);
    filter = {};
    filter.search = QStringLiteral("李明"); // the worker's name
    CHECK(list.count(filter).value() == 1);
    filter.search = QStringLiteral("活动室"); // the place
    CHECK(list.count(filter).value() == 2);
}

TEST_CASE("A supervision session keeps its workers and follow-ups", "[supervision]")
{
    Fixture f;
    SupervisionRepository repo(f.db);
    SupervisionSession s;
    s.supervisorId = f.supervisor;
    s.heldOn = QDate(2026, 3, 10);
    s.minutes = 90;
    s.form = SupervisionForm::Group;
    s.topics = QStringLiteral("行政事务与专业服务的平衡");
    s.issues = QStringLiteral("科室交办事务多");
    s.advice = QStringLiteral("与科室协商工作边界");
    s.workerIds = f.workers;
    auto id = repo.add(s);
    REQUIRE_OK(id);
    auto back = repo.get(id.value());
    REQUIRE_OK(back);
    CHECK(back->workerIds.size() == 3);
    CHECK(back->form == SupervisionForm::Group);
    CHECK(back->issues == s.issues);
    CHECK(back->advice == s.advice);

    FollowUp overdue{0, id.value(), f.workers.at(0), QStringLiteral("整理个案记录"), QDate(2026, 3, 20), {}};
    FollowUp later{0, id.value(), std::nullopt, QStringLiteral("提交小组计划"), QDate(2026, 4, 30), {}};
    auto o = repo.addFollowUp(overdue);
    REQUIRE_OK(o);
    REQUIRE_OK(repo.addFollowUp(later));
    auto listed = repo.followUps(id.value());
    REQUIRE_OK(listed);
    REQUIRE(listed->size() == 2);
    CHECK(listed->first().workerId == f.workers.at(0));
    CHECK_FALSE(listed->last().workerId.has_value());

    auto late = repo.overdueFollowUps(QDate(2026, 4, 1));
    REQUIRE_OK(late);
    REQUIRE(late->size() == 1);
    CHECK(late->first().id == o.value());
    CHECK(late->first().isOverdue(QDate(2026, 4, 1)));
    CHECK(repo.overdueFollowUps(QDate(2026, 3, 20))->isEmpty()); // due that day is not late yet

    // The list shows the workers and the open follow-ups; the worker filter looks at attendees.
    const SqlListSource list = SupervisionRepository::listing(f.db);
    auto rows = list.fetch({}, 0, 10);
    REQUIRE_OK(rows);
    REQUIRE(rows->size() == 1);
    const auto &cells = rows->first().cells;
    CHECK(cells.at(int(SupervisionRepository::Column::Form)).toString() == label(SupervisionForm::Group));
    CHECK(cells.at(int(SupervisionRepository::Column::Workers)).toString().contains(QStringLiteral("李明")));
    CHECK(cells.at(int(SupervisionRepository::Column::OpenFollowUps)).toInt() == 2);
    ListFilter byWorker;
    byWorker.workerId = f.workers.at(2);
    CHECK(list.count(byWorker).value() == 1);
    const qint64 outsider =
        f.db.insert(QStringLiteral("INSERT INTO social_worker (name) VALUES (?)"), {QStringLiteral("赵敏")}).value();
    byWorker.workerId = outsider;
    CHECK(list.count(byWorker).value() == 0);
    ListFilter search;
    search.search = QStringLiteral("科室");
    CHECK(list.count(search).value() == 1);

    REQUIRE_OK(repo.markDone(o.value(), QDate(2026, 4, 2)));
    CHECK(repo.overdueFollowUps(QDate(2026, 4, 5))->isEmpty());
    CHECK_FALSE(repo.markDone(o.value(), QDate(2026, 4, 3)).ok()); // already done
    CHECK(list.fetch({}, 0, 10)->first().cells.at(int(SupervisionRepository::Column::OpenFollowUps)).toInt() == 1);

    SECTION("taking a worker with follow-ups off the attendees is refused")
    {
        SupervisionSession fewer = back.value();
        fewer.workerIds = {f.workers.at(1), f.workers.at(2)};
        auto r = repo.update(fewer);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("王芳")));
        CHECK(repo.get(id.value())->workerIds.size() == 3);
    }
    SECTION("removing the session removes its attendees and follow-ups")
    {
        REQUIRE_OK(repo.remove(id.value()));
        CHECK(repo.get(id.value()).error().kind == Error::Kind::NotFound);
        CHECK(f.db.scalar(QStringLiteral("SELECT count(*) FROM follow_up")).value().toInt() == 0);
        CHECK(f.db.scalar(QStringLiteral("SELECT count(*) FROM supervision_attendee")).value().toInt() == 0);
    }
}

TEST_CASE("Supervision rules are checked before writing", "[supervision]")
{
    Fixture f;
    SupervisionRepository repo(f.db);
    SupervisionSession s;
    s.supervisorId = f.supervisor;
    s.heldOn = QDate(2026, 3, 10);
    s.form = SupervisionForm::Individual;

    auto r = repo.add(s);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("at least one")));
    s.workerIds = {f.workers.at(0), f.workers.at(1)};
    CHECK_FALSE(repo.add(s).ok()); // individual with two workers
    s.workerIds = {f.workers.at(0)};
    s.minutes = 0;
    CHECK_FALSE(repo.add(s).ok());
    s.minutes = 45;
    auto id = repo.add(s);
    REQUIRE_OK(id);

    CHECK_FALSE(repo.addFollowUp({0, id.value(), std::nullopt, QString(), QDate(2026, 3, 20), {}}).ok());
    CHECK_FALSE(repo.addFollowUp({0, id.value(), std::nullopt, QStringLiteral("回访"), QDate(2026, 3, 1), {}}).ok());
    CHECK_FALSE(
        repo.addFollowUp({0, id.value(), f.workers.at(2), QStringLiteral("回访"), QDate(2026, 3, 20), {}}).ok());
    CHECK(f.db.scalar(QStringLiteral("SELECT count(*) FROM follow_up")).value().toInt() == 0);

    auto fu = repo.addFollowUp({0, id.value(), f.workers.at(0), QStringLiteral("回访"), QDate(2026, 3, 20), {}});
    REQUIRE_OK(fu);
    FollowUp changed = repo.followUp(fu.value()).value();
    changed.dueOn = QDate(2026, 3, 25);
    REQUIRE_OK(repo.updateFollowUp(changed));
    CHECK(repo.followUp(fu.value())->dueOn == QDate(2026, 3, 25));
    REQUIRE_OK(repo.removeFollowUp(fu.value()));
    CHECK(repo.followUps(id.value())->isEmpty());
}

TEST_CASE("An exchange meeting keeps its attendees", "[exchange]")
{
    Fixture f;
    ExchangeRepository repo(f.db);
    ExchangeMeeting m;
    m.heldOn = QDate(2026, 5, 20);
    m.kind = MeetingKind::Experience;
    m.topic = QStringLiteral("社区为老服务经验分享");
    m.place = QStringLiteral("机构会议室");
    m.workerIds = {f.workers.at(0), f.workers.at(2), f.workers.at(0)};
    auto id = repo.add(m);
    REQUIRE_OK(id);
    auto back = repo.get(id.value());
    REQUIRE_OK(back);
    CHECK(back->workerIds == QList<qint64>{f.workers.at(0), f.workers.at(2)});
    CHECK(back->topic == m.topic);

    m = back.value();
    m.workerIds = f.workers;
    m.kind = MeetingKind::Social;
    REQUIRE_OK(repo.update(m));
    CHECK(repo.get(id.value())->workerIds.size() == 3);
    CHECK(repo.get(id.value())->kind == MeetingKind::Social);

    m.topic.clear();
    CHECK_FALSE(repo.update(m).ok());

    const SqlListSource list = ExchangeRepository::listing(f.db);
    auto rows = list.fetch({}, 0, 10);
    REQUIRE_OK(rows);
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().cells.at(int(ExchangeRepository::Column::Kind)).toString() == label(MeetingKind::Social));
    CHECK(rows->first().cells.at(int(ExchangeRepository::Column::AttendeeCount)).toInt() == 3);
    ListFilter byWorker;
    byWorker.workerId = f.workers.at(1);
    CHECK(list.count(byWorker).value() == 1);

    REQUIRE_OK(repo.remove(id.value()));
    CHECK(f.db.scalar(QStringLiteral("SELECT count(*) FROM exchange_attendee")).value().toInt() == 0);
    CHECK(repo.get(id.value()).error().kind == Error::Kind::NotFound);
}
