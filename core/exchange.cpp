// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "exchange.h"

#include "period.h"
#include "table.h"

#include <QSqlQuery>

#include <algorithm>

namespace core {

namespace {

const Table kMeeting{"exchange_meeting", {"held_on", "kind", "topic", "place", "notes"}};

RowValues values(const ExchangeMeeting &m)
{
    return RowValues()
        .set("held_on", isoDate(m.heldOn))
        .set("kind", code(m.kind))
        .set("topic", nonNull(m.topic.trimmed()))
        .set("place", nonNull(m.place.trimmed()))
        .set("notes", nonNull(m.notes.trimmed()));
}

QList<qint64> distinct(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

// The attendees' names as stored by group_concat ("王芳,李明"), sorted and joined for display.
} // namespace

Result<ExchangeMeeting> ExchangeRepository::get(qint64 id) const
{
    auto q = m_db.run(kMeeting.select() + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(
            tr("Exchange meeting %1 does not exist; it may have been removed. Refresh the list.").arg(id));
    const Row r(kMeeting, q.value());
    ExchangeMeeting m;
    m.id = r.id();
    m.heldOn = r.date("held_on");
    m.kind = r.code<MeetingKind>("kind").value_or(MeetingKind::Other);
    m.topic = r.text("topic");
    m.place = r.text("place");
    m.notes = r.text("notes");
    auto w = m_db.run(QStringLiteral("SELECT worker_id FROM exchange_attendee WHERE meeting_id = ? ORDER BY worker_id"),
                      {id});
    if (!w)
        return w.error();
    while (w.value().next())
        m.workerIds << w.value().value(0).toLongLong();
    return m;
}

Status ExchangeRepository::validate(const ExchangeMeeting &m) const
{
    if (!m.heldOn.isValid())
        return Error::invalid(tr("Enter the date of the meeting."));
    if (m.topic.trimmed().isEmpty())
        return Error::invalid(tr("Enter the meeting's topic."));
    for (qint64 worker : distinct(m.workerIds)) {
        auto known = m_db.scalar(QStringLiteral("SELECT count(*) FROM social_worker WHERE id = ?"), {worker});
        if (!known)
            return known.error();
        if (known.value().toInt() == 0)
            return Error::invalid(tr("Social worker %1 does not exist; choose the attendees again.").arg(worker));
    }
    return {};
}

Status ExchangeRepository::writeAttendees(qint64 meetingId, const QList<qint64> &workerIds) const
{
    if (auto d = m_db.run(QStringLiteral("DELETE FROM exchange_attendee WHERE meeting_id = ?"), {meetingId}); !d)
        return d.error();
    QSqlQuery insert =
        m_db.prepare(QStringLiteral("INSERT INTO exchange_attendee (meeting_id, worker_id) VALUES (?, ?)"));
    for (qint64 worker : distinct(workerIds)) {
        insert.addBindValue(meetingId);
        insert.addBindValue(worker);
        if (!insert.exec())
            return toError(insert.lastError());
    }
    return {};
}

Result<qint64> ExchangeRepository::add(const ExchangeMeeting &m) const
{
    if (Status v = validate(m); !v)
        return v.error();
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.error();
    auto id = m_db.insert(kMeeting.insert(), values(m).ordered(kMeeting));
    if (!id)
        return id.error();
    if (Status w = writeAttendees(id.value(), m.workerIds); !w)
        return w.error();
    if (Status c = transaction.commit(); !c)
        return c.error();
    return id.value();
}

Status ExchangeRepository::update(const ExchangeMeeting &m) const
{
    if (Status v = validate(m); !v)
        return v;
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.error();
    if (auto current = get(m.id); !current)
        return current.error();
    auto q = m_db.run(kMeeting.update(), values(m).ordered(kMeeting, m.id));
    if (!q)
        return q.error();
    if (Status w = writeAttendees(m.id, m.workerIds); !w)
        return w;
    return transaction.commit();
}

Status ExchangeRepository::remove(qint64 id) const
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.error();
    if (auto current = get(id); !current)
        return current.error();
    for (const char *statement :
         {"DELETE FROM exchange_attendee WHERE meeting_id = ?", "DELETE FROM exchange_meeting WHERE id = ?"}) {
        if (auto q = m_db.run(QString::fromLatin1(statement), {id}); !q)
            return q.error();
    }
    return transaction.commit();
}

SqlListSource ExchangeRepository::listing(Database db)
{
    const auto left = Qt::AlignLeft | Qt::AlignVCenter;
    ListSpec spec;
    spec.from = QStringLiteral("exchange_meeting m");
    spec.id = QStringLiteral("m.id");
    spec.columns = {
        {tr("Date"), QStringLiteral("m.held_on"), left, format::date},
        {tr("Kind"), QStringLiteral("m.kind"), left, format::enumLabel<MeetingKind>()},
        {tr("Topic"), QStringLiteral("m.topic"), left, {}},
        {tr("Place"), QStringLiteral("m.place"), left, {}},
        {tr("Attendees"),
         QStringLiteral("(SELECT %1 FROM exchange_attendee ea "
                        "JOIN social_worker w ON w.id = ea.worker_id WHERE ea.meeting_id = m.id)")
             .arg(db.dialect().joined(QStringLiteral("w.name"), QStringLiteral(","))),
         left, format::names},
        {tr("Number"),
         QStringLiteral("(SELECT count(*) FROM exchange_attendee ea WHERE ea.meeting_id = m.id)"),
         Qt::AlignRight | Qt::AlignVCenter,
         {}},
    };
    spec.searchColumns = {QStringLiteral("m.topic"), QStringLiteral("m.place"), QStringLiteral("m.notes")};
    spec.dateColumn = QStringLiteral("m.held_on");
    spec.workerCondition =
        QStringLiteral("EXISTS (SELECT 1 FROM exchange_attendee ea WHERE ea.meeting_id = m.id AND ea.worker_id = ?)");
    spec.statusColumn = QStringLiteral("m.kind");
    spec.defaultOrder = QStringLiteral("m.held_on DESC, m.id DESC");
    return SqlListSource(std::move(db), std::move(spec));
}

} // namespace core
