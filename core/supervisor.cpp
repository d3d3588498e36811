// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "supervisor.h"

#include "collation.h"
#include "table.h"

namespace core {

namespace {

const Table kSupervisor{"supervisor", {"name", "phone"}};

Supervisor supervisorFrom(const QSqlQuery &q)
{
    const Row r(kSupervisor, q);
    return {r.id(), r.text("name"), r.text("phone")};
}

RowValues values(const Supervisor &supervisor)
{
    return RowValues().set("name", supervisor.name.trimmed()).set("phone", nonNull(supervisor.phone.trimmed()));
}

} // namespace

Result<QList<Supervisor>> SupervisorRepository::list() const
{
    auto q = m_db.run(kSupervisor.select() + QStringLiteral(" ORDER BY ") + orderByName(QStringLiteral("name")));
    if (!q)
        return q.error();
    QList<Supervisor> list;
    while (q.value().next())
        list.append(supervisorFrom(q.value()));
    return list;
}

Result<Supervisor> SupervisorRepository::get(qint64 id) const
{
    auto q = m_db.run(kSupervisor.select() + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("There is no supervisor with number %1.").arg(id));
    return supervisorFrom(q.value());
}

Status SupervisorRepository::check(const Supervisor &supervisor) const
{
    const QString name = supervisor.name.trimmed();
    if (name.isEmpty())
        return Error::invalid(tr("A supervisor needs a name."));
    auto n = countOf(m_db, QStringLiteral("SELECT count(*) FROM supervisor WHERE name = ? AND id <> ?"),
                     {name, supervisor.id});
    if (!n)
        return n.error();
    if (n.value() > 0)
        return Error::invalid(
            tr("There is already a supervisor named “%1”. Add something to tell them apart.").arg(name));
    return {};
}

Result<qint64> SupervisorRepository::add(const Supervisor &supervisor) const
{
    return inTransaction(m_db, [&]() -> Result<qint64> {
        if (Status s = check(supervisor); !s)
            return s.error();
        return m_db.insert(kSupervisor.insert(), values(supervisor).ordered(kSupervisor));
    });
}

Status SupervisorRepository::update(const Supervisor &supervisor) const
{
    return inTransaction(m_db, [&]() -> Status {
        if (auto existing = get(supervisor.id); !existing)
            return existing.error();
        if (Status s = check(supervisor); !s)
            return s;
        auto q = m_db.run(kSupervisor.update(), values(supervisor).ordered(kSupervisor, supervisor.id));
        if (!q)
            return q.error();
        return {};
    });
}

Status SupervisorRepository::remove(qint64 id) const
{
    return inTransaction(m_db, [&]() -> Status {
        auto existing = get(id);
        if (!existing)
            return existing.error();
        auto sessions =
            countOf(m_db, QStringLiteral("SELECT count(*) FROM supervision_session WHERE supervisor_id = ?"), {id});
        if (!sessions)
            return sessions.error();
        if (sessions.value() > 0)
            return Error::invalid(
                tr("%1 has held %n supervision session(s) and cannot be removed.", nullptr, int(sessions.value()))
                    .arg(existing->name));
        auto evaluations =
            countOf(m_db, QStringLiteral("SELECT count(*) FROM evaluation WHERE supervisor_id = ?"), {id});
        if (!evaluations)
            return evaluations.error();
        if (evaluations.value() > 0)
            return Error::invalid(
                tr("%1 is named in %n evaluation(s) and cannot be removed.", nullptr, int(evaluations.value()))
                    .arg(existing->name));
        auto q = m_db.run(QStringLiteral("DELETE FROM supervisor WHERE id = ?"), {id});
        if (!q)
            return q.error();
        return {};
    });
}

} // namespace core
