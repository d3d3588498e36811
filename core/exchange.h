// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "database.h"
#include "enums.h"
#include "listing.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace core {

// 交流座谈: a meeting where the agency's social workers meet each other — an experience-
// sharing session (经验座谈会), a social gathering (联谊会) or a training. The seed notes that
// workers placed alone at their streets rarely talk to one another; these records show who
// took part and how often.
struct ExchangeMeeting
{
    qint64 id = 0;
    QDate heldOn;
    MeetingKind kind = MeetingKind::Experience;
    QString topic;
    QString place;
    QString notes;
    QList<qint64> workerIds; // attendees
};

class ExchangeRepository
{
    Q_DECLARE_TR_FUNCTIONS(core::ExchangeRepository)
public:
    explicit ExchangeRepository(Database db)
        : m_db(std::move(db))
    {}

    // Meetings with their attendees, each in one transaction.
    Result<ExchangeMeeting> get(qint64 id) const;
    Result<qint64> add(const ExchangeMeeting &meeting) const;
    Status update(const ExchangeMeeting &meeting) const;
    Status remove(qint64 id) const;

    // The Exchange meetings page: filters date, worker (an attendee), kind (as status);
    // search topic, place and notes.
    static SqlListSource listing(Database db);
    enum class Column { HeldOn, Kind, Topic, Place, Attendees, AttendeeCount };

private:
    Status validate(const ExchangeMeeting &meeting) const;
    Status writeAttendees(qint64 meetingId, const QList<qint64> &workerIds) const;

    Database m_db;
};

} // namespace core
