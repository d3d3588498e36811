// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "check.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlRecord>

namespace core {

namespace {

class Check
{
    Q_DECLARE_TR_FUNCTIONS(core::Check)
public:
    Check(const Database &db, CheckDepth depth)
        : m_db(db)
        , m_depth(depth)
    {}

    // Runs a query whose rows are problems: the first column the row id(s) (one id, or several
    // separated by commas), the others the values for the message's %2, %3, ...
    bool rule(const char *kind, const char *sql, const QString &message)
    {
        return rule(kind, QString::fromLatin1(sql), message);
    }
    bool rule(const char *kind, const QString &sql, const QString &message)
    {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(!m_db.dialect().isServer()); // see Database::run()
        if (!q.exec(sql)) {
            m_error = toError(q.lastError());
            return false;
        }
        const int columns = q.record().count();
        while (q.next()) {
            Problem p;
            p.kind = QString::fromLatin1(kind);
            const QString idText = q.value(0).toString();
            for (const QString &id : idText.split(QLatin1Char(','), Qt::SkipEmptyParts))
                p.ids << id.toLongLong();
            QString text = message.arg(idText);
            for (int c = 1; c < columns; ++c)
                text = text.arg(q.value(c).toString());
            p.message = text;
            m_problems << p;
        }
        return true;
    }

    bool pragmas()
    {
        if (m_db.dialect().isServer())
            return true; // a server checks its own pages; the references are constraints there
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        const bool full = m_depth == CheckDepth::Full;
        if (!q.exec(full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check"))) {
            m_error = toError(q.lastError());
            return false;
        }
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != u"ok")
                m_problems << Problem{QStringLiteral("integrity"), tr("The file is damaged: %1").arg(line), {}};
        }
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            m_error = toError(q.lastError());
            return false;
        }
        while (q.next())
            m_problems << Problem{QStringLiteral("foreign_key"),
                                  tr("Row %1 of table %2 refers to a record of table %3 that does not exist.")
                                      .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString()),
                                  {q.value(1).toLongLong()}};
        return true;
    }

    bool rules();
    bool damageRules();

    const Database &m_db;
    CheckDepth m_depth;
    QList<Problem> m_problems;
    std::optional<Error> m_error;
};

bool Check::rules()
{
    // One post per street per contract.
    return rule("post_per_street",
                QStringLiteral(
                    "SELECT %1, c.code, s.name FROM post p JOIN contract c ON c.id = p.contract_id "
                    "JOIN street s ON s.id = p.street_id GROUP BY p.contract_id, p.street_id, c.code, s.name HAVING "
                    "count(*) > 1")
                    .arg(m_db.dialect().joined(QStringLiteral("p.id"), QStringLiteral(","))),
                tr("Posts %1: contract %2 has more than one post for %3 (one street, one post per contract).")) &&
           rule("placement_worker_overlap",
                "SELECT a.id || ',' || b.id, w.name, a.start_date, b.start_date FROM placement a "
                "JOIN placement b ON b.worker_id = a.worker_id AND b.id > a.id "
                "JOIN post pa ON pa.id = a.post_id JOIN contract ca ON ca.id = pa.contract_id "
                "JOIN post pb ON pb.id = b.post_id JOIN contract cb ON cb.id = pb.contract_id "
                "JOIN social_worker w ON w.id = a.worker_id "
                "WHERE a.start_date <= COALESCE(b.end_date, cb.end_date) AND b.start_date <= COALESCE(a.end_date, "
                "ca.end_date)",
                tr("Placements %1 overlap: %2 holds two placements at once (from %3 and from %4).")) &&
           rule("placement_post_overlap",
                "SELECT a.id || ',' || b.id, s.name, c.code FROM placement a "
                "JOIN placement b ON b.post_id = a.post_id AND b.id > a.id "
                "JOIN post p ON p.id = a.post_id JOIN contract c ON c.id = p.contract_id "
                "JOIN street s ON s.id = p.street_id "
                "WHERE a.start_date <= COALESCE(b.end_date, c.end_date) AND b.start_date <= COALESCE(a.end_date, "
                "c.end_date)",
                tr("Placements %1 overlap: the post at %2 (contract %3) is held by two workers at once.")) &&
           rule("placement_outside_contract",
                QStringLiteral("SELECT pl.id, pl.start_date, COALESCE(%1, ''), c.code, c.start_date, c.end_date FROM "
                               "placement pl "
                               "JOIN post p ON p.id = pl.post_id JOIN contract c ON c.id = p.contract_id "
                               "WHERE pl.start_date < c.start_date OR COALESCE(pl.end_date, c.end_date) > c.end_date")
                    .arg(m_db.dialect().dayText(QStringLiteral("pl.end_date"))),
                tr("Placement %1 (%2 to %3) lies outside the term of contract %4 (%5 to %6).")) &&
           rule(
               "end_before_start",
               "SELECT id, 'contract', start_date, end_date FROM contract WHERE end_date < start_date "
               "UNION ALL SELECT id, 'placement', start_date, end_date FROM placement WHERE end_date < start_date "
               "UNION ALL SELECT id, 'social_worker', hired_on, left_on FROM social_worker WHERE left_on < hired_on "
               "UNION ALL SELECT id, 'evaluation', period_start, period_end FROM evaluation WHERE period_end < "
               "period_start "
               "UNION ALL SELECT id, 'follow_up', (SELECT held_on FROM supervision_session s WHERE s.id = session_id), "
               "done_on FROM follow_up WHERE done_on < (SELECT held_on FROM supervision_session s WHERE s.id = "
               "session_id)",
               tr("Record %1 of %2 ends (%4) before it starts (%3).")) &&
           rule("negative_amount",
                "SELECT id, 'funding_entry', amount FROM funding_entry WHERE amount < 0 "
                "UNION ALL SELECT id, 'contract', funding_per_post FROM contract WHERE funding_per_post < 0 OR "
                "overhead_fixed < 0 "
                "UNION ALL SELECT id, 'activity', budget FROM activity WHERE budget < 0",
                tr("Record %1 of %2 has a negative amount (%3 fen).")) &&
           rule("activity_status",
                "SELECT id, title, status FROM activity WHERE "
                "(status <> 'draft' AND submitted_on IS NULL) OR (status = 'draft' AND submitted_on IS NOT NULL) "
                "OR (status IN ('approved', 'rejected', 'held', 'cancelled') AND reviewed_on IS NULL) "
                "OR (status IN ('draft', 'submitted') AND reviewed_on IS NOT NULL) "
                "OR (status = 'held' AND (held_on IS NULL OR actual_participants IS NULL)) "
                "OR (status <> 'held' AND held_on IS NOT NULL) "
                "OR (status = 'cancelled' AND cancelled_on IS NULL) OR (status <> 'cancelled' AND cancelled_on IS NOT "
                "NULL) "
                "OR reviewed_on < submitted_on",
                tr("Activity %1 “%2”: its dates and review fields do not fit its status “%3”.")) &&
           rule("evaluation_weights",
                "SELECT e.id, COALESCE((SELECT sum(weight) FROM evaluation_item i WHERE i.evaluation_id = e.id), 0) "
                "FROM evaluation e WHERE e.status = 'final' "
                "AND COALESCE((SELECT sum(weight) FROM evaluation_item i WHERE i.evaluation_id = e.id), 0) <> 100",
                tr("Final evaluation %1: its item weights add up to %2 instead of 100.")) &&
           rule("evaluation_unlocks",
                "SELECT e.id, e.unlock_count, (SELECT count(*) FROM evaluation_unlock u WHERE u.evaluation_id = e.id) "
                "FROM evaluation e WHERE e.unlock_count <> "
                "(SELECT count(*) FROM evaluation_unlock u WHERE u.evaluation_id = e.id)",
                tr("Evaluation %1 says it was unlocked %2 times, but %3 unlocks are recorded."));
}

// What the UNIQUE keys and the triggers keep: broken only by a damaged file or one written
// past them, so looked at by the full check.
bool Check::damageRules()
{
    return rule("attendance_duplicate",
                QStringLiteral("SELECT %1, w.name, a.day FROM attendance a JOIN social_worker w ON w.id = "
                               "a.worker_id GROUP BY a.worker_id, a.day, w.name HAVING count(*) > 1")
                    .arg(m_db.dialect().joined(QStringLiteral("a.id"), QStringLiteral(","))),
                tr("Attendance rows %1: %2 has more than one attendance record on %3.")) &&
           rule(
               "attendance_rollup",
               "SELECT worker_id, month FROM (SELECT * FROM (SELECT * FROM attendance_month_rows EXCEPT "
               "SELECT * FROM attendance_month) missing UNION ALL SELECT * FROM (SELECT * FROM attendance_month EXCEPT "
               "SELECT * FROM attendance_month_rows) extra) differing GROUP BY worker_id, month",
               tr("Worker %1: the monthly attendance totals of %2 do not match the attendance records.")) &&
           rule("work_log_rollup",
                "SELECT worker_id, month FROM (SELECT * FROM (SELECT * FROM work_log_month_rows EXCEPT "
                "SELECT * FROM work_log_month) missing UNION ALL SELECT * FROM (SELECT * FROM work_log_month EXCEPT "
                "SELECT * FROM work_log_month_rows) extra) differing GROUP BY worker_id, month",
                tr("Worker %1: the monthly work-log totals of %2 do not match the work-log entries."));
}

} // namespace

Result<QList<Problem>> checkDatabase(const Database &db, CheckDepth depth)
{
    Check check(db, depth);
    if (!check.pragmas() || !check.rules() || (depth == CheckDepth::Full && !check.damageRules()))
        return check.m_error.value_or(Error::storage(Check::tr("The file could not be checked.")));
    return check.m_problems;
}

} // namespace core
