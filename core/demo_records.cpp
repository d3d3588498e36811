// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The demo generator's day-to-day records: attendance, work logs, pay, activities,
// supervision, exchange meetings, funding and evaluations.
#include "attendancerule.h"
#include "demo_writer.h"
#include "enums.h"
#include "period.h"

#include <QSet>
#include <QSqlError>

#include <cmath>

namespace core::demo {

namespace {

QStringList times(int hour, int from, int to)
{
    QStringList result;
    for (int m = from; m <= to; ++m)
        result << QStringLiteral("%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0'));
    return result;
}

QList<QByteArray> utf8(const QStringList &texts)
{
    QList<QByteArray> result;
    for (const QString &t : texts)
        result << t.toUtf8();
    return result;
}

QStringList codes(const auto &values)
{
    QStringList result;
    for (auto v : values)
        result << code(v);
    return result;
}

} // namespace

bool Writer::writeDailyRecords()
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(!m_db.dialect().isServer()); // see Database::run()
    q.prepare(QStringLiteral("SELECT day FROM calendar_day WHERE workday = 1 AND day BETWEEN ? AND ? ORDER BY day"));
    q.addBindValue(isoDate(m_first.addYears(-1)));
    q.addBindValue(isoDate(m_last.addYears(2)));
    if (!q.exec())
        return fail(q.lastError());
    while (q.next()) {
        m_workdayText << q.value(0).toString();
        m_workdayUtf8 << m_workdayText.last().toUtf8();
        m_workdays.push_back(fromIsoDate(m_workdayText.last()));
    }

    const QList<QByteArray> status = utf8(codes(allValues<AttendanceStatus>()));
    const QList<AttendanceStatus> statuses = allValues<AttendanceStatus>();
    const AttendanceRule rule = AttendanceRule::load(m_db);
    const QList<QByteArray> category = utf8(codes(allValues<WorkCategory>()));
    const QStringList types = codes(allValues<ActivityType>());
    const QStringList targets = codes(allValues<TargetGroup>());
    const QString submitted = code(ActivityStatus::Submitted), approved = code(ActivityStatus::Approved),
                  rejected = code(ActivityStatus::Rejected), held = code(ActivityStatus::Held),
                  cancelled = code(ActivityStatus::Cancelled), pay = code(FundingKind::Pay);
    const QList<QByteArray> early = utf8(times(8, 30, 59)), lateIn = utf8(times(9, 5, 45)),
                            leave = utf8(times(17, 30, 59)), leaveEarly = utf8(times(16, 0, 50));
    // Cumulative shares of the attendance statuses, in enum order: mostly present.
    static const double cumulative[] = {0.875, 0.905, 0.92, 0.922, 0.945, 0.96, 0.985, 1.0};

    qint64 totalDays = 0;
    for (const PlacementInfo &p : std::as_const(m_placements)) {
        const QList<int> r = workdayRange(p.start, p.lastDay);
        totalDays += r[1] - r[0];
    }
    qint64 doneDays = 0;
    qint64 activityId = 0;
    Statement &attendance = st("attendance");
    Statement &workLog = st("work_log");
    for (const PlacementInfo &p : std::as_const(m_placements)) {
        const qint64 worker = m_workers[p.worker].id;
        const StreetInfo &street = m_streets[p.street];
        const QList<int> r = workdayRange(p.start, p.lastDay);
        qint64 currentQuarter = -1;
        QuarterStats *qs = nullptr;
        for (int i = r[0]; i < r[1]; ++i) {
            const double u = m_rng.unit();
            int s = 0;
            while (u >= cumulative[s])
                ++s;
            const QByteArray *in = nullptr, *out = nullptr;
            const bool signs = m_rng.chance(0.35);
            if (s == 1)
                in = &m_rng.pick(lateIn);
            else if (signs && (s == 0 || s == 2))
                in = &m_rng.pick(early);
            if (s == 2)
                out = &m_rng.pick(leaveEarly);
            else if (signs && (s == 0 || s == 1))
                out = &m_rng.pick(leave);
            const QByteArray &day = m_workdayUtf8[i];
            BulkStatement &a = *attendance.query;
            a.add(worker).addStatic(day).addStatic(status[s]);
            in ? a.addStatic(*in) : a.addNull();
            out ? a.addStatic(*out) : a.addNull();
            a.add(leaveNote(m_rng, s));
            if (!endRow(attendance))
                return false;
            // Consecutive days mostly fall in one quarter: look the quarter up only when it changes.
            const qint64 quarter = quarterKey(worker, m_workdays[i]);
            if (quarter != currentQuarter) {
                currentQuarter = quarter;
                qs = &m_quarters[quarter];
            }
            ++qs->required;
            if (rule.isAttended(statuses[s]))
                ++qs->atWork;
            else if (rule.isExcused(statuses[s]))
                ++qs->excused;
            if (s <= 2 || s == 7) {
                // 1-3 log entries over a working day; the street decides how much is admin.
                int entries = m_rng.chance(0.75) ? 2 : 1;
                entries += m_rng.chance(0.25) ? 1 : 0;
                int minutes = s == 2 ? 360 : 450;
                for (int e = 0; e < entries; ++e) {
                    const int share = e == entries - 1
                                          ? minutes
                                          : std::max(30, (minutes / (entries - e) / 30 + m_rng.between(-1, 1)) * 30);
                    minutes -= share;
                    const bool administrative = m_rng.chance(s == 7 ? street.adminShare / 2 : street.adminShare);
                    const double v = m_rng.unit();
                    const int c = administrative ? (v < 0.6    ? 4
                                                    : v < 0.85 ? 5
                                                               : 6)
                                                 : (v < 0.35   ? 0
                                                    : v < 0.55 ? 1
                                                    : v < 0.85 ? 2
                                                               : 3);
                    if (share <= 0)
                        continue;
                    workLog.query->add(worker).addStatic(day).add(share).addStatic(category[c]);
                    workLog.query->add(workLogNote(m_rng, administrative));
                    if (!endRow(workLog))
                        return false;
                }
            }
            qs->late += s == 1 || s == 2;
            qs->absent += s == 3;
        }
        doneDays += r[1] - r[0];
        if (!report(0.05 + 0.8 * double(doneDays) / double(std::max<qint64>(1, totalDays)),
                    DemoGenerator::tr("Attendance, work logs and activities")))
            return false;

        // Monthly pay: the post's funding after overhead, spread over the months worked.
        const ContractInfo &contract = m_contracts[p.contract];
        const qint64 monthly = (contract.fundingPerPost - contract.overheadPerPost) / 12;
        const qint64 post = contract.postByStreet.value(p.street);
        for (QDate m(p.start.year(), p.start.month(), 1); m <= p.lastDay; m = m.addMonths(1)) {
            const QDate monthEnd = m.addDays(m.daysInMonth() - 1);
            if (monthEnd > m_last)
                break;
            const qint64 days = std::max(m, p.start).daysTo(std::min(monthEnd, p.lastDay)) + 1;
            if (!exec(st("funding"),
                      {contract.id, post, worker, pay, isoDate(monthEnd), m.toString(QStringLiteral("yyyy-MM")),
                       monthly * days / m.daysInMonth(), QStringLiteral("%1月工资").arg(m.month())}))
                return false;
        }

        // Activities: one to three a month, each through its approval workflow.
        struct Plan
        {
            QDate planned;
            int state; // 0 draft, 1 submitted, 2 decided by the dates
        };
        QList<Plan> plans;
        for (QDate m(p.start.year(), p.start.month(), 1); m <= p.lastDay; m = m.addMonths(1)) {
            const int n = m_rng.between(1, 3);
            for (int k = 0; k < n; ++k) {
                const QDate day = m.addDays(m_rng.below(m.daysInMonth()));
                if (day >= p.start && day <= p.lastDay)
                    plans.append({day, 2});
            }
        }
        if (!p.end.isValid() || p.end > m_last) { // still in post: plans for the coming weeks
            plans.append({m_last.addDays(m_rng.between(10, 30)), 0});
            plans.append({m_last.addDays(m_rng.between(5, 15)), 1});
            plans.append({m_last.addDays(m_rng.between(7, 25)), 2});
        }
        for (const Plan &plan : std::as_const(plans)) {
            const double tv = m_rng.unit();
            const int type = tv < 0.2 ? 0 : tv < 0.55 ? 1 : 2;
            const int target = m_rng.below(6);
            const int expected = type == 0 ? 1 : type == 1 ? m_rng.between(8, 15) : m_rng.between(30, 150);
            const qint64 budget =
                type == 0 ? 0 : qint64(m_rng.between(type == 1 ? 5 : 10, type == 1 ? 30 : 80)) * 10000;
            const qint64 id = ++activityId;
            if (!exec(st("activity"), {id, activityTitle(m_rng, type, target), worker, street.id, types[type],
                                       isoDate(plan.planned), activityPlace(m_rng), budget, expected}) ||
                !exec(st("target"), {id, targets[target]}))
                return false;
            if (m_rng.chance(0.3) && !exec(st("target"), {id, targets[(target + 1 + m_rng.below(5)) % 6]}))
                return false;
            if (plan.state == 0)
                continue;
            const QDate submittedOn =
                plan.state == 1 ? m_last.addDays(-m_rng.between(3, 25)) : plan.planned.addDays(-m_rng.between(7, 21));
            if (submittedOn > m_last)
                continue; // still a draft
            if (!exec(st("submit"), {submitted, isoDate(submittedOn), id}))
                return false;
            const QDate reviewedOn = submittedOn.addDays(m_rng.between(1, 6));
            if (plan.state == 1 || reviewedOn > m_last)
                continue;
            const bool yes = m_rng.chance(0.91);
            const QString reviewer = street.departmentNames.first() +
                                     m_rng.pick(QStringList{QStringLiteral("李科长"), QStringLiteral("王科长"),
                                                            QStringLiteral("张主任"), QStringLiteral("刘科长")});
            if (!exec(st("review"),
                      {yes ? approved : rejected, reviewer, isoDate(reviewedOn), reviewComment(m_rng, yes), id}))
                return false;
            if (!yes || plan.planned > m_last)
                continue;
            if (m_rng.chance(0.08)) {
                if (!exec(st("cancel"),
                          {cancelled, isoDate(std::max(reviewedOn, plan.planned.addDays(-m_rng.between(0, 3)))), id}))
                    return false;
                continue;
            }
            const int actual = type == 0 ? 1 : std::max(1, int(expected * (0.7 + 0.5 * m_rng.unit())));
            if (!exec(st("hold"), {held, isoDate(plan.planned), actual, activitySummary(m_rng, actual), id}))
                return false;
            ++m_quarters[quarterKey(worker, plan.planned)].held;
        }
    }
    return m_bulk->flush() || fail(); // the rows waiting point at this function's code strings
}

bool Writer::writeSupervision()
{
    if (!report(0.9, DemoGenerator::tr("Supervision")))
        return false;
    const QStringList forms = codes(allValues<SupervisionForm>());
    const int supervisors = int(m_supervisors.size());
    const QVariant null;
    qint64 sessionId = 0;
    auto workdayIn = [&](QDate from, QDate to) -> int {
        const QList<int> r = workdayRange(from, to);
        return r[1] > r[0] ? r[0] + m_rng.below(r[1] - r[0]) : -1;
    };
    auto addSession = [&](qint64 supervisor, int day, SupervisionForm form, const QList<qint64> &workers) {
        static const int minutes[] = {60, 120, 90, 90, 45};
        const int f = int(form);
        const QDate heldOn = m_workdays[day];
        const qint64 id = ++sessionId;
        if (!exec(st("session"), {id, supervisor, m_workdayText[day], minutes[f], forms[f], supervisionTopic(m_rng),
                                  supervisionIssue(m_rng), supervisionAdvice(m_rng)}))
            return false;
        for (qint64 w : workers) {
            if (!exec(st("session_worker"), {id, w}))
                return false;
            ++m_quarters[quarterKey(w, heldOn)].supervised;
        }
        const bool several = workers.size() > 1;
        const int followUps = several ? m_rng.between(0, 2) : (m_rng.chance(0.7) ? 1 : 0);
        for (int k = 0; k < followUps; ++k) {
            const QDate due = heldOn.addDays(m_rng.between(14, 30));
            QVariant done = null;
            if (due >= m_last) {
                const QDate d = heldOn.addDays(m_rng.between(3, 13));
                if (m_rng.chance(0.2) && d <= m_last)
                    done = isoDate(d);
            } else if (!m_rng.chance(heldOn > m_last.addDays(-75) ? 0.35 : 0.04)) {
                done = isoDate(std::clamp(due.addDays(m_rng.between(-10, 7)), heldOn.addDays(1), m_last));
            }
            const QVariant worker =
                several && m_rng.chance(0.3) ? QVariant() : QVariant(workers[m_rng.below(int(workers.size()))]);
            if (!exec(st("follow_up"), {id, worker, followUpAction(m_rng), isoDate(due), done}))
                return false;
        }
        return true;
    };

    for (QDate month(m_first.year(), m_first.month(), 1); month <= m_last; month = month.addMonths(1)) {
        const QDate monthStart = std::max(month, m_first);
        const QDate monthEnd = std::min(month.addDays(month.daysInMonth() - 1), m_last);
        // Who is in post this month, by supervisor; some workers have gone unsupervised lately.
        QList<QList<qint64>> bySupervisor(supervisors);
        QList<qint64> everyone;
        QList<const PlacementInfo *> active;
        QSet<qint64> seen;
        for (const PlacementInfo &p : std::as_const(m_placements)) {
            if (p.start > monthEnd || p.lastDay < monthStart)
                continue;
            if (p.street % 9 == 1 && monthEnd > m_last.addDays(-60))
                continue;
            const qint64 w = m_workers[p.worker].id;
            if (seen.contains(w))
                continue;
            seen.insert(w);
            everyone << w;
            active << &p;
            bySupervisor[m_streets[p.street].district % supervisors] << w;
        }
        for (int s = 0; s < supervisors; ++s) {
            const int day = workdayIn(monthStart, monthEnd);
            if (bySupervisor[s].size() >= 2 && day >= 0 &&
                !addSession(m_supervisors[s], day, SupervisionForm::Group, bySupervisor[s].mid(0, 12)))
                return false;
        }
        if (month.month() % 3 == 0 && everyone.size() >= 2) {
            const int day = workdayIn(monthStart, monthEnd);
            const qint64 supervisor = m_supervisors[m_rng.below(supervisors)];
            const QList<qint64> group = everyone.mid(m_rng.below(int(everyone.size()) - 1), 8);
            if (day >= 0 && !addSession(supervisor, day, SupervisionForm::Peer, group))
                return false;
        }
        for (const PlacementInfo *p : std::as_const(active)) {
            const double v = m_rng.unit();
            const SupervisionForm form = v < 0.3    ? SupervisionForm::Individual
                                         : v < 0.42 ? SupervisionForm::OnSite
                                         : v < 0.52 ? SupervisionForm::Remote
                                                    : SupervisionForm::Group;
            if (form == SupervisionForm::Group && bySupervisor[m_streets[p->street].district % supervisors].size() >= 2)
                continue;
            const int day = workdayIn(std::max(monthStart, p->start), std::min(monthEnd, p->lastDay));
            if (day >= 0 && !addSession(m_supervisors[m_streets[p->street].district % supervisors], day,
                                        form == SupervisionForm::Group ? SupervisionForm::Individual : form,
                                        {m_workers[p->worker].id}))
                return false;
        }
        if (!report(0.9, DemoGenerator::tr("Supervision")))
            return false;
    }
    return true;
}

bool Writer::writeMeetings()
{
    if (!report(0.93, DemoGenerator::tr("Exchange meetings")))
        return false;
    const QStringList kinds = codes(allValues<MeetingKind>());
    static const QStringList places = {QStringLiteral("机构会议室"), QStringLiteral("街道社工站"),
                                       QStringLiteral("区社会工作者协会活动室")};
    qint64 id = 0;
    int k = 0;
    for (QDate month(m_first.year(), m_first.month(), 1); month <= m_last; month = month.addMonths(2)) {
        const QDate from = std::max(month, m_first), to = std::min(month.addDays(month.daysInMonth() - 1), m_last);
        const QList<int> r = workdayRange(from, to);
        if (r[1] <= r[0])
            continue;
        const int day = r[0] + m_rng.below(r[1] - r[0]);
        const int kind = k++ % 4;
        if (!exec(st("meeting"), {++id, m_workdayText[day], kinds[kind], meetingTopic(m_rng, kind), m_rng.pick(places),
                                  QStringLiteral("与会社工交流了服务经验与困难，整理问题清单报项目组。")}))
            return false;
        QList<qint64> present;
        QSet<qint64> seen;
        for (const PlacementInfo &p : std::as_const(m_placements))
            if (p.start <= m_workdays[day] && p.lastDay >= m_workdays[day] && !seen.contains(m_workers[p.worker].id)) {
                seen.insert(m_workers[p.worker].id);
                present << m_workers[p.worker].id;
            }
        const double share = present.isEmpty() ? 0 : std::min(1.0, 15.0 / double(present.size()));
        for (qint64 w : std::as_const(present))
            if (m_rng.chance(share) && !exec(st("meeting_worker"), {id, w}))
                return false;
    }
    return true;
}

bool Writer::writeFunding()
{
    if (!report(0.94, DemoGenerator::tr("Funding")))
        return false;
    const QString receipt = code(FundingKind::Receipt), overhead = code(FundingKind::Overhead);
    const QVariant none, noMonth;
    for (const ContractInfo &c : std::as_const(m_contracts)) {
        const qint64 total = c.fundingPerPost * c.postByStreet.size();
        const QDate first = c.start.addDays(15), second = c.start.addMonths(6).addDays(15);
        if (first <= m_last && !exec(st("funding"), {c.id, none, none, receipt, isoDate(first), noMonth, total / 2,
                                                     QStringLiteral("第一期拨款")}))
            return false;
        if (second <= m_last && !exec(st("funding"), {c.id, none, none, receipt, isoDate(second), noMonth,
                                                      total - total / 2, QStringLiteral("第二期拨款")}))
            return false;
        if (first > m_last)
            continue;
        QList<qint64> posts = c.postByStreet.values();
        std::sort(posts.begin(), posts.end());
        for (qint64 post : std::as_const(posts))
            if (!exec(st("funding"), {c.id, post, none, overhead, isoDate(first), noMonth, c.overheadPerPost,
                                      QStringLiteral("机构运行经费")}))
                return false;
    }
    return true;
}

// Quarterly evaluations from the default rubric, item scores from the records written above;
// older ones final (a few unlocked once and finalised again), the latest still drafts.
bool Writer::writeEvaluations()
{
    if (!report(0.95, DemoGenerator::tr("Evaluations")))
        return false;
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT t.name, i.position, i.name_zh, i.name_en, i.dimension, i.weight, i.method, "
                               "i.target, i.standard FROM rubric_item i JOIN rubric_template t ON t.id = i.template_id "
                               "WHERE t.id = (SELECT min(id) FROM rubric_template WHERE is_default = 1) "
                               "ORDER BY i.position")))
        return fail(q.lastError());
    struct Item
    {
        QVariantList columns; // position .. standard
        int weight;
        std::optional<ScoringMethod> method;
        double target;
    };
    QString templateName;
    QList<Item> items;
    while (q.next()) {
        templateName = q.value(0).toString();
        Item item{{}, q.value(5).toInt(), fromCode<ScoringMethod>(q.value(6).toString()), q.value(7).toDouble()};
        for (int c = 1; c <= 8; ++c)
            item.columns << q.value(c);
        items << item;
    }
    if (items.isEmpty())
        return true;
    const double excellent = m_db.setting(QStringLiteral("grade_excellent"), QStringLiteral("90")).toDouble();
    const double good = m_db.setting(QStringLiteral("grade_good"), QStringLiteral("80")).toDouble();
    const double pass = m_db.setting(QStringLiteral("grade_pass"), QStringLiteral("60")).toDouble();
    const QVariant null, noDate;
    const QString quarterKind = QStringLiteral("quarter");
    const QString ruleText = AttendanceRule::load(m_db).toText(); // the rule the figures were counted with

    QList<qint64> keys = m_quarters.keys();
    std::sort(keys.begin(), keys.end()); // QHash order differs between runs
    qint64 id = 0;
    for (qint64 key : std::as_const(keys)) {
        const QuarterStats &qs = m_quarters[key];
        const qint64 worker = key / 100000;
        const int year = int(key % 100000) / 4, quarter = int(key % 100000) % 4;
        const QDate first(year, quarter * 3 + 1, 1), last = first.addMonths(3).addDays(-1);
        if (last > m_last || qs.required == 0)
            continue;
        const WorkerInfo &w = m_workers[worker - 1];
        const bool submittedSummary = m_rng.chance(0.92);
        struct Scored
        {
            QString data;
            QVariant proposed;
            double score;
        };
        QList<Scored> scored;
        double total = 0;
        for (const Item &item : std::as_const(items)) {
            Scored s;
            const double months = 3;
            switch (item.method.value_or(ScoringMethod::Judgement)) {
            case ScoringMethod::Attendance: {
                const double rate = AttendanceRule::rate(qs.atWork, qs.required, qs.excused).value_or(1.0);
                s.score = std::clamp(std::round(rate * 100 - qs.late - 5 * qs.absent), 0.0, 100.0);
                s.data = QStringLiteral("出勤 %1/%2 天，%3%")
                             .arg(qs.atWork)
                             .arg(qs.required - qs.excused)
                             .arg(rate * 100, 0, 'f', 1);
                break;
            }
            case ScoringMethod::Activities:
                s.score = std::min(100.0, std::round(qs.held * 100.0 / std::max(1.0, item.target * months)));
                s.data = QStringLiteral("举办活动 %1 场（目标 %2 场）").arg(qs.held).arg(item.target * months);
                break;
            case ScoringMethod::Supervision:
                s.score = std::min(100.0, std::round(qs.supervised * 100.0 / std::max(1.0, item.target * months)));
                s.data = QStringLiteral("参加督导 %1 次（应参加 %2 次）").arg(qs.supervised).arg(item.target * months);
                break;
            case ScoringMethod::Summary:
                s.score = submittedSummary ? 100 : 0;
                s.data = submittedSummary ? QStringLiteral("已按时提交工作总结") : QStringLiteral("未提交工作总结");
                break;
            case ScoringMethod::Judgement:
                s.score = m_rng.between(65, 98);
                break;
            }
            if (item.method != ScoringMethod::Judgement)
                s.proposed = s.score;
            total += item.weight * s.score / 100.0;
            scored << s;
        }
        total = std::round(total * 10) / 10;
        const Grade grade = total >= excellent ? Grade::Excellent
                            : total >= good    ? Grade::Good
                            : total >= pass    ? Grade::Pass
                                               : Grade::Fail;
        const bool final = last < m_last.addDays(-20) && m_rng.chance(0.97);
        const qint64 evaluation = ++id;
        const QDate summaryOn = std::min(m_last, last.addDays(m_rng.between(1, 10)));
        const qint64 supervisor = m_supervisors[w.district % m_supervisors.size()];
        if (!exec(st("evaluation"),
                  {evaluation, worker, quarterKind, isoDate(first), isoDate(last), supervisor, templateName, total,
                   code(grade), evaluationComment(m_rng, total), submittedSummary ? workSummary(m_rng) : QString(),
                   submittedSummary ? QVariant(isoDate(summaryOn)) : noDate, ruleText}))
            return false;
        for (int i = 0; i < items.size(); ++i) {
            QVariantList v{evaluation};
            v << items[i].columns;
            const QVariant self = m_rng.chance(0.6) ? QVariant(double(m_rng.between(75, 98))) : null;
            if (!exec(st("evaluation_item"),
                      {v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], scored[i].data,
                       scored[i].proposed.isValid() ? scored[i].proposed : null, self, scored[i].score}))
                return false;
        }
        if (!final)
            continue;
        const QDate finalisedOn = std::min(m_last, last.addDays(m_rng.between(10, 20)));
        const QString finalCode = code(EvaluationStatus::Final), draftCode = code(EvaluationStatus::Draft);
        if (!exec(st("finalise"), {finalCode, isoDate(finalisedOn), 0, evaluation}))
            return false;
        if (m_rng.chance(0.03)) {
            const QDate again = std::min(m_last, finalisedOn.addDays(m_rng.between(1, 10)));
            if (!exec(st("unlock"), {evaluation, isoDate(again), QStringLiteral("补充工作总结附件，更正督导评语"),
                                     m_supervisorNames[(supervisor - 1) % m_supervisorNames.size()]}) ||
                !exec(st("finalise"), {draftCode, noDate, 1, evaluation}) ||
                !exec(st("finalise"), {finalCode, isoDate(again), 1, evaluation}))
                return false;
        }
    }
    return true;
}

} // namespace core::demo
