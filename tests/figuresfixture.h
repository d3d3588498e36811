// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// A small agency for the tests of figures as of a day and of the attendance rule: one street
// per worker, one 2026 contract, placements and attendance made with parameterised SQL.
//
// The 2026 calendar (resources/calendar) for the days used here:
//   March: no holiday, 1 March a Sunday: 22 working days (2–6, 9–13, 16–20, 23–27, 30–31).
//   April: 21 working days (Qingming, Monday 6 April, off). 1 April a Wednesday.
//   June: Dragon Boat Festival Friday 19 June off; 30 June a Tuesday.
//   December: no holiday, 1 December a Tuesday: 23 working days.
#pragma once

#include "core/calendar.h"
#include "core/database.h"
#include "core/period.h"
#include "helpers.h"

#include <QDate>
#include <QString>

namespace figures {

inline QDate d(int year, int month, int day)
{
    return QDate(year, month, day);
}

struct Agency
{
    core::Database db;
    qint64 district = 0, contract = 0, supervisor = 0;

    // In memory with a 2026 contract, or in `database` with a contract over [start, end].
    Agency()
        : Agency(memoryDb(), QDate(2026, 1, 1), QDate(2026, 12, 31))
    {}
    Agency(core::Database database, QDate start, QDate end)
        : db(std::move(database))
    {
        district = add("INSERT INTO district (name) VALUES (?)", {QStringLiteral("东城区")});
        const qint64 purchaser = add("INSERT INTO purchaser (name) VALUES (?)", {QStringLiteral("东城区民政局")});
        contract = add("INSERT INTO contract (code, purchaser_id, start_date, end_date, post_count, status)"
                       " VALUES (?, ?, ?, ?, ?, ?)",
                       {QStringLiteral("DC-2026"), purchaser, core::isoDate(start), core::isoDate(end), 9,
                        QStringLiteral("active")});
        supervisor = add("INSERT INTO supervisor (name) VALUES (?)", {QStringLiteral("王督导")});
        if (!core::Calendar(db).ensureYears(start.year(), end.year()))
            FAIL("calendar");
    }

    qint64 add(const char *sql, const QVariantList &values) const
    {
        auto id = db.insert(QString::fromUtf8(sql), values);
        if (!id)
            FAIL(id.error().message.toStdString());
        return id.value();
    }
    void exec(const char *sql, const QVariantList &values = {}) const
    {
        auto q = db.run(QString::fromUtf8(sql), values);
        if (!q)
            FAIL(q.error().message.toStdString());
    }

    // A worker placed in a street of their own from `from` to `to` (open when invalid).
    qint64 worker(const QString &name, QDate from, QDate to = {}) const
    {
        const qint64 street = add("INSERT INTO street (district_id, name) VALUES (?, ?)",
                                  {district, QString(name + QStringLiteral("街道"))});
        const qint64 post = add("INSERT INTO post (contract_id, street_id) VALUES (?, ?)", {contract, street});
        const qint64 worker = add("INSERT INTO social_worker (name) VALUES (?)", {name});
        add("INSERT INTO placement (worker_id, post_id, start_date, end_date) VALUES (?, ?, ?, ?)",
            {worker, post, core::isoDate(from), to.isValid() ? QVariant(core::isoDate(to)) : QVariant()});
        return worker;
    }

    // `status` on every working day of [from, to].
    void attend(qint64 worker, QDate from, QDate to, const QString &status = QStringLiteral("present")) const
    {
        const core::Calendar calendar(db);
        for (QDate day = from; day <= to; day = day.addDays(1))
            if (calendar.isWorkday(day))
                set(worker, day, status);
    }
    void set(qint64 worker, QDate day, const QString &status) const
    {
        exec("INSERT INTO attendance (worker_id, day, status) VALUES (?, ?, ?) "
             "ON CONFLICT (worker_id, day) DO UPDATE SET status = excluded.status",
             {worker, core::isoDate(day), status});
    }

    // An activity held by the worker on `day` with `participants`.
    void held(qint64 worker, QDate day, int participants = 20) const
    {
        const qint64 street = db.scalar(QStringLiteral("SELECT p.street_id FROM placement pl JOIN post p ON "
                                                       "p.id = pl.post_id WHERE pl.worker_id = ?"),
                                        {worker})
                                  .value()
                                  .toLongLong();
        const QString on = core::isoDate(day);
        const qint64 a =
            add("INSERT INTO activity (title, worker_id, street_id, type, planned_on) VALUES (?, ?, ?, ?, ?)",
                {QStringLiteral("邻里互助"), worker, street, QStringLiteral("community"), on});
        exec("UPDATE activity SET status = 'submitted', submitted_on = ? WHERE id = ?", {on, a});
        exec("UPDATE activity SET status = 'approved', reviewed_on = ? WHERE id = ?", {on, a});
        exec("UPDATE activity SET status = 'held', held_on = ?, actual_participants = ? WHERE id = ?",
             {on, participants, a});
    }

    // A supervision session on `day` the worker attended.
    void supervised(qint64 worker, QDate day) const
    {
        const qint64 s = add("INSERT INTO supervision_session (supervisor_id, held_on, form) VALUES (?, ?, 'group')",
                             {supervisor, core::isoDate(day)});
        add("INSERT INTO supervision_attendee (session_id, worker_id) VALUES (?, ?)", {s, worker});
    }

    void setting(const char *key, const QString &value) const
    {
        if (!db.setSetting(QString::fromLatin1(key), value))
            FAIL("setting");
    }
};

} // namespace figures
