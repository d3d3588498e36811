// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "database.h"
#include "enums.h"
#include "listing.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace core {

// 督导: a session in which an agency supervisor (督导) gives one or more social workers
// professional supervision. The seed's complaint is supervision of one form only and with
// little feedback, so each session keeps its form, the issues raised (问题), the advice
// given (建议) and follow-ups (跟进) with due dates.
struct SupervisionSession
{
    qint64 id = 0;
    qint64 supervisorId = 0;
    QDate heldOn;
    int minutes = 60;
    SupervisionForm form = SupervisionForm::Individual;
    QString topics;
    QString issues;          // 问题
    QString advice;          // 建议
    QList<qint64> workerIds; // attendees: one for an individual session, one or more otherwise
};

// 跟进: something agreed in a session, to be done by a due date; open until done.
struct FollowUp
{
    qint64 id = 0;
    qint64 sessionId = 0;
    std::optional<qint64> workerId; // the attendee it concerns; none = the whole group
    QString action;
    QDate dueOn;
    QDate doneOn; // invalid while open

    bool isOpen() const { return !doneOn.isValid(); }
    bool isOverdue(QDate asOf) const { return isOpen() && dueOn < asOf; }
};

class SupervisionRepository
{
    Q_DECLARE_TR_FUNCTIONS(core::SupervisionRepository)
public:
    explicit SupervisionRepository(Database db)
        : m_db(std::move(db))
    {}

    // Sessions with their attendees, each in one transaction.
    Result<SupervisionSession> get(qint64 id) const;
    Result<qint64> add(const SupervisionSession &session) const;
    Status update(const SupervisionSession &session) const;
    // Removes the session, its attendees and its follow-ups.
    Status remove(qint64 id) const;

    Result<qint64> addFollowUp(const FollowUp &followUp) const;
    Status updateFollowUp(const FollowUp &followUp) const;
    Status removeFollowUp(qint64 id) const;
    Status markDone(qint64 followUpId, QDate date) const;
    Result<FollowUp> followUp(qint64 id) const;
    // A session's follow-ups by due date.
    Result<QList<FollowUp>> followUps(qint64 sessionId) const;
    // Open follow-ups due before `asOf`, oldest first.
    Result<QList<FollowUp>> overdueFollowUps(QDate asOf) const;

    // The Supervision page: filters date, worker (an attendee), form (as status); search
    // topics, issues, advice and the supervisor's name.
    static SqlListSource listing(Database db);
    enum class Column { HeldOn, Supervisor, Form, Workers, Topics, OpenFollowUps };

private:
    Status validate(const SupervisionSession &session) const;
    Status validate(const FollowUp &followUp) const;
    Status writeAttendees(qint64 sessionId, const QList<qint64> &workerIds) const;
    Result<QList<FollowUp>> loadFollowUps(const QString &where, const QVariantList &values) const;

    Database m_db;
};

} // namespace core
