// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "renewal.h"

#include "period.h"
#include "placement.h"
#include "post.h"

#include <QRegularExpression>

namespace core {

QDate Renewal::nextEnd(const Contract &old, QDate start)
{
    // A term of whole months (1 Jan to 31 Dec, 1 Jul to 30 Jun) stays whole months, leap years or not.
    for (int months = 1; months <= 120; ++months)
        if (old.start.addMonths(months).addDays(-1) == old.end)
            return start.addMonths(months).addDays(-1);
    return start.addDays(old.start.daysTo(old.end));
}

QString Renewal::advanceYears(const QString &text, int firstYear, int lastYear, int years)
{
    static const QRegularExpression year(QStringLiteral("(?<!\\d)(\\d{4})(?!\\d)"));
    QString result;
    qsizetype done = 0;
    for (auto it = year.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int y = m.captured(1).toInt();
        result += text.mid(done, m.capturedStart(1) - done);
        result += y >= firstYear && y <= lastYear ? QString::number(y + years) : m.captured(1);
        done = m.capturedEnd(1);
    }
    return result + text.mid(done);
}

Result<RenewalPlan> Renewal::plan(const Database &db, qint64 id, QDate start)
{
    const ContractRepository contracts(db);
    auto old = contracts.get(id);
    if (!old)
        return old.error();
    auto next = contracts.successor(id);
    if (!next)
        return next.error();
    if (next.value())
        return Error::invalid(tr("Contract “%1” has already been renewed as “%2”.").arg(old->code, next.value()->code));
    if (old->status == ContractStatus::Terminated)
        return Error::invalid(tr("Contract “%1” was terminated; it cannot be renewed.").arg(old->code));

    RenewalPlan plan;
    plan.oldId = id;
    Contract &c = plan.contract;
    c = *old;
    c.id = 0;
    c.signedOn = QDate();
    c.start = start.isValid() ? start : old->end.addDays(1);
    c.end = nextEnd(*old, c.start);
    // In force from its first day when the old one was: the workers carried on keep counting.
    c.status = old->status == ContractStatus::Draft ? ContractStatus::Draft : ContractStatus::Active;
    c.renewsId = id;
    c.notes = tr("Renews %1.").arg(old->code);
    const int years = std::max(1, c.start.year() - old->start.year());
    c.title = advanceYears(old->title, old->start.year(), old->end.year(), years);
    QString code = advanceYears(old->code, old->start.year(), old->end.year(), years);
    if (code == old->code)
        code += QStringLiteral("-R");
    // A code already taken (a draft typed by hand) gets a number.
    for (int n = 2;; ++n) {
        auto taken = countOf(db, QStringLiteral("SELECT count(*) FROM contract WHERE code = ?"), {code});
        if (!taken)
            return taken.error();
        if (taken.value() == 0)
            break;
        code = advanceYears(old->code, old->start.year(), old->end.year(), years) + QStringLiteral("-%1").arg(n);
    }
    c.code = code;
    auto posts = countOf(db, QStringLiteral("SELECT count(*) FROM post WHERE contract_id = ?"), {id});
    if (!posts)
        return posts.error();
    c.postCount = std::max<int>(old->postCount, int(posts.value()));

    // The placements still open on the old contract's last day.
    auto q = db.run(QStringLiteral("SELECT pl.id, pl.worker_id, w.name, p.street_id, s.name, pl.department_id "
                                   "FROM placement pl JOIN post p ON p.id = pl.post_id "
                                   "JOIN social_worker w ON w.id = pl.worker_id JOIN street s ON s.id = p.street_id "
                                   "WHERE p.contract_id = ? AND (pl.end_date IS NULL OR pl.end_date >= ?) "
                                   "ORDER BY s.name, w.name"),
                    {id, isoDate(old->end)});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        RenewalPlacement p;
        p.placementId = r.value(0).toLongLong();
        p.workerId = r.value(1).toLongLong();
        p.workerName = r.value(2).toString();
        p.streetId = r.value(3).toLongLong();
        p.streetName = r.value(4).toString();
        if (!r.value(5).isNull())
            p.departmentId = r.value(5).toLongLong();
        plan.placements << p;
    }
    return plan;
}

Result<RenewalDone> Renewal::apply(const Database &db, const RenewalPlan &plan)
{
    const ContractRepository contracts(db);
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.error();
    // add() checks the contract, its link to the old one and that it starts after the old end.
    auto newId = contracts.add(plan.contract);
    if (!newId)
        return newId.error();
    if (Status copied = PostRepository(db).copyPosts(plan.oldId, newId.value()); !copied)
        return copied.error();
    RenewalDone done;
    done.contractId = newId.value();
    done.code = plan.contract.code.trimmed();
    auto posts = countOf(db, QStringLiteral("SELECT count(*) FROM post WHERE contract_id = ?"), {newId.value()});
    if (!posts)
        return posts.error();
    done.posts = int(posts.value());

    const PlacementRepository placements(db);
    for (const RenewalPlacement &rp : plan.placements) {
        if (!rp.carryOn)
            continue;
        auto post = db.scalar(QStringLiteral("SELECT id FROM post WHERE contract_id = ? AND street_id = ?"),
                              {newId.value(), rp.streetId});
        if (!post)
            return post.error();
        if (post.value().isNull())
            return Error::invalid(tr("The renewal has no post at %1 for %2.").arg(rp.streetName, rp.workerName));
        Placement p;
        p.workerId = rp.workerId;
        p.postId = post.value().toLongLong();
        p.departmentId = rp.departmentId;
        p.start = plan.contract.start;
        auto placed = placements.place(p);
        if (!placed)
            return Error::invalid(tr("%1 cannot be placed at %2 in the renewal: %3")
                                      .arg(rp.workerName, rp.streetName, placed.error().message));
        ++done.placements;
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return done;
}

} // namespace core
