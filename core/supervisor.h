// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace core {

// 督导 one of the agency's supervisors, who holds supervision sessions and scores evaluations.
struct Supervisor
{
    qint64 id = 0;
    QString name;
    QString phone;
};

class SupervisorRepository
{
    Q_DECLARE_TR_FUNCTIONS(core::SupervisorRepository)
public:
    explicit SupervisorRepository(Database db)
        : m_db(std::move(db))
    {}

    Result<QList<Supervisor>> list() const;
    Result<Supervisor> get(qint64 id) const;
    // Refuses an empty or duplicate name.
    Result<qint64> add(const Supervisor &supervisor) const;
    Status update(const Supervisor &supervisor) const;
    // Refused while supervision sessions or evaluations name the supervisor.
    Status remove(qint64 id) const;

private:
    Status check(const Supervisor &supervisor) const;
    Database m_db;
};

} // namespace core
