// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "supervision.h"

#include "period.h"
#include "sqlvalue.h"
#include "table.h"

#include <QSqlQuery>

#include <algorithm>

namespace core {

namespace {

const Table kSession{"supervision_session",
                     {"supervisor_id", "held_on", "minutes", "form", "topics", "issues", "advice"}};
const Table kFollowUp{"follow_up", {"session_id", "worker_id", "action", "due_on", "done_on"}};
// A follow-up stays with the session it was agreed in: an edit rewrites all but that.
const Table kFollowUpEdit = kFollowUp.without({"session_id"});

RowValues sessionValues(const SupervisionSession &s)
{
    return RowValues()
        .set("supervisor_id", s.supervisorId)
        .set("held_on", isoDate(s.heldOn))
        .set("minutes", s.minutes)
        .set("form", code(s.form))
        .set("topics", nonNull(s.topics.trimmed()))
        .set("issues", nonNull(s.issues.trimmed()))
        .set("advice", nonNull(s.advice.trimmed()));
}

FollowUp followUpFromRow(const QSqlQuery &q)
{
    const Row r(kFollowUp, q);
    FollowUp f;
    f.id = r.id();
    f.sessionId = r.id("session_id");
    f.workerId = r.optionalId("worker_id");
    f.action = r.text("action");
    f.dueOn = r.date("due_on");
    f.doneOn = r.date("done_on");
    return f;
}

// All a follow-up's values but its session's.
RowValues followUpValues(const FollowUp &f)
{
    return RowValues()
        .set("worker_id", idOrNull(f.workerId))
        .set("action", nonNull(f.action.trimmed()))
        .set("due_on", isoDate(f.dueOn))
        .set("done_on", dateOrNull(f.doneOn));
}

} // namespace

Result<SupervisionSession> SupervisionRepository::get(qint64 id) const
{
    auto q = m_db.run(kSession.select() + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(
            tr("Supervision session %1 does not exist; it may have been removed. Refresh the list.").arg(id));
    const Row r(kSession, q.value());
    SupervisionSession s;
    s.id = r.id();
    s.supervisorId = r.id("supervisor_id");
    s.heldOn = r.date("held_on");
    s.minutes = r.integer("minutes");
    s.form = r.code<SupervisionForm>("form").value_or(SupervisionForm::Individual);
    s.topics = r.text("topics");
    s.issues = r.text("issues");
    s.advice = r.text("advice");
    auto w = m_db.run(
        QStringLiteral("SELECT worker_id FROM supervision_attendee WHERE session_id = ? ORDER BY worker_id"), {id});
    if (!w)
        return w.error();
    while (w.value().next())
        s.workerIds << w.value().value(0).toLongLong();
    return s;
}

Status SupervisionRepository::validate(const SupervisionSession &s) const
{
    auto supervisor = m_db.scalar(QStringLiteral("SELECT count(*) FROM supervisor WHERE id = ?"), {s.supervisorId});
    if (!supervisor)
        return supervisor.error();
    if (supervisor.value().toInt() == 0)
        return Error::invalid(tr("Choose the supervisor who held the session."));
    if (!s.heldOn.isValid())
        return Error::invalid(tr("Enter the date of the supervision session."));
    if (s.minutes <= 0 || s.minutes > 24 * 60)
        return Error::invalid(tr("Enter how long the session lasted, in minutes (more than 0, at most a day)."));
    QList<qint64> workers = s.workerIds;
    std::sort(workers.begin(), workers.end());
    workers.erase(std::unique(workers.begin(), workers.end()), workers.end());
    if (workers.isEmpty())
        return Error::invalid(tr("Choose at least one social worker who attended the session."));
    // 个别督导 is one supervisor with one worker; several workers make it a group session.
    if (s.form == SupervisionForm::Individual && workers.size() > 1)
        return Error::invalid(tr("An individual session is with one worker; %1 are chosen. Choose one worker, or the "
                                 "group form.")
                                  .arg(workers.size()));
    for (qint64 worker : std::as_const(workers)) {
        auto known = m_db.scalar(QStringLiteral("SELECT count(*) FROM social_worker WHERE id = ?"), {worker});
        if (!known)
            return known.error();
        if (known.value().toInt() == 0)
            return Error::invalid(tr("Social worker %1 does not exist; choose the attendees again.").arg(worker));
    }
    return {};
}

Status SupervisionRepository::writeAttendees(qint64 sessionId, const QList<qint64> &workerIds) const
{
    if (auto d = m_db.run(QStringLiteral("DELETE FROM supervision_attendee WHERE session_id = ?"), {sessionId}); !d)
        return d.error();
    QList<qint64> workers = workerIds;
    std::sort(workers.begin(), workers.end());
    workers.erase(std::unique(workers.begin(), workers.end()), workers.end());
    QSqlQuery insert =
        m_db.prepare(QStringLiteral("INSERT INTO supervision_attendee (session_id, worker_id) VALUES (?, ?)"));
    for (qint64 worker : std::as_const(workers)) {
        insert.addBindValue(sessionId);
        insert.addBindValue(worker);
        if (!insert.exec())
            return toError(insert.lastError());
    }
    return {};
}

Result<qint64> SupervisionRepository::add(const SupervisionSession &s) const
{
    if (Status v = validate(s); !v)
        return v.error();
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.error();
    auto id = m_db.insert(kSession.insert(), sessionValues(s).ordered(kSession));
    if (!id)
        return id.error();
    if (Status w = writeAttendees(id.value(), s.workerIds); !w)
        return w.error();
    if (Status c = transaction.commit(); !c)
        return c.error();
    return id.value();
}

Status SupervisionRepository::update(const SupervisionSession &s) const
{
    if (Status v = validate(s); !v)
        return v;
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.error();
    if (auto current = get(s.id); !current)
        return current.error();
    // Follow-ups belong to the session's date and attendees: keep them consistent.
    auto early = m_db.scalar(QStringLiteral("SELECT count(*) FROM follow_up WHERE session_id = ? "
                                            "AND (due_on < ? OR done_on < ?)"),
                             {s.id, isoDate(s.heldOn), isoDate(s.heldOn)});
    if (!early)
        return early.error();
    if (early.value().toInt() > 0)
        return Error::invalid(tr("%1 follow-up(s) of this session are due or done before %2. Change their dates "
                                 "first, or keep the session's date.")
                                  .arg(early.value().toInt())
                                  .arg(isoDate(s.heldOn)));
    auto orphanIds = m_db.run(QStringLiteral("SELECT DISTINCT f.worker_id, w.name FROM follow_up f "
                                             "JOIN social_worker w ON w.id = f.worker_id WHERE f.session_id = ?"),
                              {s.id});
    if (!orphanIds)
        return orphanIds.error();
    QStringList dropped;
    while (orphanIds.value().next())
        if (!s.workerIds.contains(orphanIds.value().value(0).toLongLong()))
            dropped << orphanIds.value().value(1).toString();
    if (!dropped.isEmpty())
        return Error::invalid(tr("These workers still have follow-ups from this session: %1. Reassign or remove "
                                 "those follow-ups before taking the workers off the attendees.")
                                  .arg(dropped.join(tr(", "))));
    auto q = m_db.run(kSession.update(), sessionValues(s).ordered(kSession, s.id));
    if (!q)
        return q.error();
    if (Status w = writeAttendees(s.id, s.workerIds); !w)
        return w;
    return transaction.commit();
}

Status SupervisionRepository::remove(qint64 id) const
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.error();
    if (auto current = get(id); !current)
        return current.error();
    // The schema cascades too; deleting explicitly keeps this right on a file opened without
    // foreign-key enforcement.
    for (const char *statement :
         {"DELETE FROM follow_up WHERE session_id = ?", "DELETE FROM supervision_attendee WHERE session_id = ?",
          "DELETE FROM supervision_session WHERE id = ?"}) {
        if (auto q = m_db.run(QString::fromLatin1(statement), {id}); !q)
            return q.error();
    }
    return transaction.commit();
}

Status SupervisionRepository::validate(const FollowUp &f) const
{
    if (f.action.trimmed().isEmpty())
        return Error::invalid(tr("Enter what is to be done (the follow-up's action)."));
    if (!f.dueOn.isValid())
        return Error::invalid(tr("Enter the date the follow-up “%1” is due.").arg(f.action.trimmed()));
    auto session = get(f.sessionId);
    if (!session)
        return session.error();
    if (f.dueOn < session->heldOn)
        return Error::invalid(tr("The follow-up “%1” cannot be due (%2) before its session was held (%3).")
                                  .arg(f.action.trimmed(), isoDate(f.dueOn), isoDate(session->heldOn)));
    if (f.doneOn.isValid() && f.doneOn < session->heldOn)
        return Error::invalid(tr("The follow-up “%1” cannot be done (%2) before its session was held (%3).")
                                  .arg(f.action.trimmed(), isoDate(f.doneOn), isoDate(session->heldOn)));
    if (f.workerId && !session->workerIds.contains(*f.workerId))
        return Error::invalid(tr("The follow-up “%1” is for a worker who did not attend the session. Choose one of "
                                 "its attendees, or none for the whole group.")
                                  .arg(f.action.trimmed()));
    return {};
}

Result<qint64> SupervisionRepository::addFollowUp(const FollowUp &f) const
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.error();
    if (Status v = validate(f); !v)
        return v.error();
    auto id = m_db.insert(kFollowUp.insert(), followUpValues(f).set("session_id", f.sessionId).ordered(kFollowUp));
    if (!id)
        return id.error();
    if (Status c = transaction.commit(); !c)
        return c.error();
    return id.value();
}

Status SupervisionRepository::updateFollowUp(const FollowUp &f) const
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.error();
    auto current = followUp(f.id);
    if (!current)
        return current.error();
    if (current->sessionId != f.sessionId)
        return Error::invalid(tr("A follow-up stays with the session it was agreed in; add a new one to the other "
                                 "session instead."));
    if (Status v = validate(f); !v)
        return v;
    auto q = m_db.run(kFollowUpEdit.update(), followUpValues(f).ordered(kFollowUpEdit, f.id));
    if (!q)
        return q.error();
    return transaction.commit();
}

Status SupervisionRepository::removeFollowUp(qint64 id) const
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.error();
    if (auto current = followUp(id); !current)
        return current.error();
    if (auto q = m_db.run(QStringLiteral("DELETE FROM follow_up WHERE id = ?"), {id}); !q)
        return q.error();
    return transaction.commit();
}

Status SupervisionRepository::markDone(qint64 followUpId, QDate date) const
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.error();
    auto current = followUp(followUpId);
    if (!current)
        return current.error();
    if (!date.isValid())
        return Error::invalid(tr("Enter the date the follow-up “%1” was done.").arg(current->action));
    if (!current->isOpen())
        return Error::invalid(tr("The follow-up “%1” was already done on %2. Edit it to change that date.")
                                  .arg(current->action, isoDate(current->doneOn)));
    FollowUp done = current.value();
    done.doneOn = date;
    if (Status v = validate(done); !v)
        return v;
    auto q = m_db.run(QStringLiteral("UPDATE follow_up SET done_on = ? WHERE id = ?"), {isoDate(date), followUpId});
    if (!q)
        return q.error();
    return transaction.commit();
}

Result<QList<FollowUp>> SupervisionRepository::loadFollowUps(const QString &where, const QVariantList &values) const
{
    auto q = m_db.run(kFollowUp.select() + QStringLiteral(" WHERE ") + where + QStringLiteral(" ORDER BY due_on, id"),
                      values);
    if (!q)
        return q.error();
    QList<FollowUp> list;
    while (q.value().next())
        list << followUpFromRow(q.value());
    return list;
}

Result<FollowUp> SupervisionRepository::followUp(qint64 id) const
{
    auto list = loadFollowUps(QStringLiteral("id = ?"), {id});
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return Error::notFound(tr("Follow-up %1 does not exist; it may have been removed. Refresh the list.").arg(id));
    return list.value().first();
}

Result<QList<FollowUp>> SupervisionRepository::followUps(qint64 sessionId) const
{
    return loadFollowUps(QStringLiteral("session_id = ?"), {sessionId});
}

Result<QList<FollowUp>> SupervisionRepository::overdueFollowUps(QDate asOf) const
{
    return loadFollowUps(QStringLiteral("done_on IS NULL AND due_on < ?"), {isoDate(asOf)});
}

SqlListSource SupervisionRepository::listing(Database db)
{
    const auto left = Qt::AlignLeft | Qt::AlignVCenter;
    ListSpec spec;
    spec.from = QStringLiteral("supervision_session s JOIN supervisor sv ON sv.id = s.supervisor_id");
    spec.id = QStringLiteral("s.id");
    spec.columns = {
        {tr("Date"), QStringLiteral("s.held_on"), left, format::date},
        {tr("Supervisor"), QStringLiteral("sv.name"), left, {}},
        {tr("Form"), QStringLiteral("s.form"), left, format::enumLabel<SupervisionForm>()},
        {tr("Workers"),
         QStringLiteral("(SELECT %1 FROM supervision_attendee sa "
                        "JOIN social_worker w ON w.id = sa.worker_id WHERE sa.session_id = s.id)")
             .arg(db.dialect().joined(QStringLiteral("w.name"), QStringLiteral(","))),
         left, format::names},
        {tr("Topics"), QStringLiteral("s.topics"), left, {}},
        {tr("Open follow-ups"),
         QStringLiteral("(SELECT count(*) FROM follow_up f WHERE f.session_id = s.id AND f.done_on IS NULL)"),
         Qt::AlignRight | Qt::AlignVCenter,
         {}},
    };
    spec.searchColumns = {QStringLiteral("s.topics"), QStringLiteral("s.issues"), QStringLiteral("s.advice"),
                          QStringLiteral("sv.name")};
    spec.dateColumn = QStringLiteral("s.held_on");
    spec.workerCondition = QStringLiteral(
        "EXISTS (SELECT 1 FROM supervision_attendee sa WHERE sa.session_id = s.id AND sa.worker_id = ?)");
    spec.statusColumn = QStringLiteral("s.form");
    spec.defaultOrder = QStringLiteral("s.held_on DESC, s.id DESC");
    return SqlListSource(std::move(db), std::move(spec));
}

} // namespace core
