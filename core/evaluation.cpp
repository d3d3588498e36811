// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "evaluation.h"

#include "calendar.h"
#include "rubric.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace core {

namespace {

// Placements run until their end date or, when open, until their contract ends.
const char kPlacementEnd[] = "COALESCE(pl.end_date, c.end_date)";

QString decimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

// "2", "1.5": a target times months, without trailing zeros.
QString count(double value)
{
    return QLocale().toString(value, 'g', 6);
}

std::optional<double> optionalDouble(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

QVariant toVariant(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

Period periodOf(const QString &kind, const QString &start)
{
    const auto k = Period::kindFromCode(kind);
    return Period::containing(k.value_or(Period::Kind::Month), fromIsoDate(start));
}

// Per-worker figures from the records, one query per kind over the whole period.
struct Figures
{
    int required = 0;
    int present = 0;
    int lateOrEarly = 0;
    int absent = 0;
    int held = 0;
    int participants = 0;
    int supervised = 0;
};

} // namespace

QString EvaluationItem::name() const
{
    return chineseUi() || nameEn.trimmed().isEmpty() ? nameZh : nameEn;
}

double EvaluationRepository::round1(double value)
{
    return std::round(value * 10.0) / 10.0;
}

GradeScale GradeScale::fromSettings(const Database &db)
{
    GradeScale g;
    bool ok = false;
    if (const double v = db.setting(QStringLiteral("grade_excellent")).toDouble(&ok); ok)
        g.excellent = v;
    if (const double v = db.setting(QStringLiteral("grade_good")).toDouble(&ok); ok)
        g.good = v;
    if (const double v = db.setting(QStringLiteral("grade_pass")).toDouble(&ok); ok)
        g.pass = v;
    return g;
}

Grade GradeScale::gradeFor(double total) const
{
    if (total >= excellent)
        return Grade::Excellent;
    if (total >= good)
        return Grade::Good;
    if (total >= pass)
        return Grade::Pass;
    return Grade::Fail;
}

Result<EvaluationRepository::GenerateResult> EvaluationRepository::generate(const Period &period, qint64 templateId,
                                                                            std::optional<qint64> supervisorId,
                                                                            QDate asOf, const Progress &progress) const
{
    if (!period.isValid())
        return Error::invalid(tr("Choose a period (a month, quarter, half-year or year)."));
    auto rubric = RubricRepository(m_db).get(templateId);
    if (!rubric)
        return rubric.error();
    if (Status s = RubricRepository::validate(rubric.value()); !s)
        return Error::invalid(tr("The template “%1” cannot be used: %2").arg(rubric->name, s.error().message));
    if (supervisorId) {
        auto known = m_db.scalar(QStringLiteral("SELECT count(*) FROM supervisor WHERE id = ?"), {*supervisorId});
        if (!known)
            return known.error();
        if (known.value().toInt() == 0)
            return Error::notFound(tr("There is no supervisor with the number %1.").arg(*supervisorId));
    }

    const QString ps = isoDate(period.first());
    const QString pe = isoDate(period.last());
    // Records after asOf are not counted (an evaluation made mid-period counts what has happened).
    const QDate countTo = asOf.isValid() ? std::min(asOf, period.last()) : period.last();
    const QString ce = isoDate(countTo);
    const int months = period.months();

    Transaction tx(m_db);
    if (!tx.started())
        return tx.error();
    if (Status s = Calendar(m_db).ensureYears(period.first().year(), period.last().year()); !s)
        return s.error();

    // Workers placed at any time during the period.
    auto workers =
        m_db.run(QStringLiteral("SELECT DISTINCT pl.worker_id FROM placement pl JOIN post p ON p.id = pl.post_id "
                                "JOIN contract c ON c.id = p.contract_id "
                                "WHERE pl.start_date <= ? AND %1 >= ? ORDER BY pl.worker_id")
                     .arg(QLatin1String(kPlacementEnd)),
                 {pe, ps});
    if (!workers)
        return workers.error();
    QList<qint64> workerIds;
    while (workers.value().next())
        workerIds << workers.value().value(0).toLongLong();

    QHash<qint64, Figures> figures;
    auto collect = [&](const QString &sql, const QVariantList &values, auto assign) -> Status {
        auto q = m_db.run(sql, values);
        if (!q)
            return q.error();
        while (q.value().next())
            assign(figures[q.value().value(0).toLongLong()], q.value());
        return {};
    };
    const QString inPlacement =
        QStringLiteral("SELECT 1 FROM placement pl JOIN post p ON p.id = pl.post_id "
                       "JOIN contract c ON c.id = p.contract_id WHERE pl.worker_id = a.worker_id "
                       "AND a.day >= pl.start_date AND a.day <= %1")
            .arg(QLatin1String(kPlacementEnd));
    QStringList presentCodes;
    QVariantList values{ce};
    for (AttendanceStatus s : allValues<AttendanceStatus>())
        if (countsAsPresent(s)) {
            presentCodes << QStringLiteral("?");
            values << code(s);
        }
    values << code(AttendanceStatus::Late) << code(AttendanceStatus::LeftEarly) << code(AttendanceStatus::Absent) << ps
           << ce;
    Status s =
        collect(QStringLiteral("SELECT pl.worker_id, count(*) FROM placement pl JOIN post p ON p.id = pl.post_id "
                               "JOIN contract c ON c.id = p.contract_id JOIN calendar_day d ON d.day >= pl.start_date "
                               "AND d.day <= %1 WHERE d.workday = 1 AND d.day BETWEEN ? AND ? GROUP BY pl.worker_id")
                    .arg(QLatin1String(kPlacementEnd)),
                {ps, ce}, [](Figures &f, const QSqlQuery &q) { f.required = q.value(1).toInt(); });
    if (s)
        s = collect(
            QStringLiteral("SELECT a.worker_id, sum(CASE WHEN a.day <= ? AND a.status IN (%1) THEN 1 ELSE 0 END), "
                           "sum(CASE WHEN a.status IN (?, ?) THEN 1 ELSE 0 END), "
                           "sum(CASE WHEN a.status = ? THEN 1 ELSE 0 END) "
                           "FROM attendance a JOIN calendar_day d ON d.day = a.day AND d.workday = 1 "
                           "WHERE a.day BETWEEN ? AND ? AND EXISTS (%2) GROUP BY a.worker_id")
                .arg(presentCodes.join(QStringLiteral(", ")), inPlacement),
            values, [](Figures &f, const QSqlQuery &q) {
                f.present = q.value(1).toInt();
                f.lateOrEarly = q.value(2).toInt();
                f.absent = q.value(3).toInt();
            });
    if (s)
        s = collect(QStringLiteral("SELECT worker_id, count(*), COALESCE(sum(actual_participants), 0) FROM activity "
                                   "WHERE status = ? AND held_on BETWEEN ? AND ? GROUP BY worker_id"),
                    {code(ActivityStatus::Held), ps, ce}, [](Figures &f, const QSqlQuery &q) {
                        f.held = q.value(1).toInt();
                        f.participants = q.value(2).toInt();
                    });
    if (s)
        s = collect(QStringLiteral("SELECT sa.worker_id, count(*) FROM supervision_attendee sa "
                                   "JOIN supervision_session ss ON ss.id = sa.session_id "
                                   "WHERE ss.held_on BETWEEN ? AND ? GROUP BY sa.worker_id"),
                    {ps, ce}, [](Figures &f, const QSqlQuery &q) { f.supervised = q.value(1).toInt(); });
    if (!s)
        return s.error();

    auto existing = m_db.run(
        QStringLiteral("SELECT worker_id FROM evaluation WHERE period_start = ? AND period_end = ?"), {ps, pe});
    if (!existing)
        return existing.error();
    QSet<qint64> done;
    while (existing.value().next())
        done.insert(existing.value().value(0).toLongLong());

    QSqlQuery insertEvaluation =
        m_db.prepare(QStringLiteral("INSERT INTO evaluation (worker_id, period_kind, period_start, period_end, "
                                    "supervisor_id, template_name, total, grade) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertItem =
        m_db.prepare(QStringLiteral("INSERT INTO evaluation_item (evaluation_id, position, name_zh, name_en, "
                                    "dimension, weight, method, target, standard, "
                                    "data_text, proposed_score, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const GradeScale scale = GradeScale::fromSettings(m_db);

    GenerateResult result;
    for (int w = 0; w < workerIds.size(); ++w) {
        if (progress && !progress(w, int(workerIds.size())))
            return Error::invalid(tr("Cancelled; no evaluation was made."));
        const qint64 workerId = workerIds.at(w);
        if (done.contains(workerId)) {
            ++result.skipped;
            continue;
        }
        const Figures f = figures.value(workerId);
        QList<EvaluationItem> items;
        double total = 0;
        for (const RubricItem &r : rubric->items) {
            EvaluationItem item;
            item.nameZh = r.nameZh;
            item.nameEn = r.nameEn;
            item.dimension = r.dimension;
            item.weight = r.weight;
            item.method = r.method;
            item.target = r.target;
            item.standard = r.standard;
            switch (r.method) {
            case ScoringMethod::Attendance:
                if (f.required > 0) {
                    const double rate = double(f.present) / f.required;
                    item.dataText =
                        tr("Present %1/%2 days, %3%").arg(f.present).arg(f.required).arg(decimal(rate * 100));
                    if (f.lateOrEarly > 0 || f.absent > 0)
                        item.dataText += tr("; late or left early %1, absent %2").arg(f.lateOrEarly).arg(f.absent);
                    // The default standard: rate × 100, −1 per late arrival or early leave, −5 per day absent.
                    item.proposedScore = round1(std::clamp(rate * 100 - f.lateOrEarly - 5.0 * f.absent, 0.0, 100.0));
                } else {
                    item.dataText = tr("No required working days in the period");
                }
                break;
            case ScoringMethod::Activities: {
                const double expected = r.target * months;
                item.dataText = tr("Held %1 activities, %2 participants").arg(f.held).arg(f.participants);
                item.proposedScore = round1(std::min(100.0, f.held / expected * 100));
                break;
            }
            case ScoringMethod::Supervision: {
                const double expected = r.target * months;
                item.dataText = tr("Attended supervision %1/%2 times").arg(f.supervised).arg(count(expected));
                item.proposedScore = round1(std::min(100.0, f.supervised / expected * 100));
                break;
            }
            case ScoringMethod::Summary:
                item.dataText = tr("Work summary not submitted");
                item.proposedScore = 0;
                break;
            case ScoringMethod::Judgement:
                break;
            }
            item.score = item.proposedScore;
            total += item.score.value_or(0) * item.weight;
            items << item;
        }
        total = std::clamp(round1(total / 100), 0.0, 100.0);

        for (const QVariant &v :
             QVariantList{workerId, period.kindCode(), ps, pe,
                          supervisorId ? QVariant(*supervisorId) : QVariant(QMetaType(QMetaType::LongLong)),
                          rubric->name, total, code(scale.gradeFor(total))})
            insertEvaluation.addBindValue(v);
        if (!insertEvaluation.exec())
            return toError(insertEvaluation.lastError());
        const qint64 evaluationId = insertEvaluation.lastInsertId().toLongLong();
        for (int i = 0; i < items.size(); ++i) {
            const EvaluationItem &item = items.at(i);
            for (const QVariant &v :
                 QVariantList{evaluationId, i + 1, item.nameZh, nonNull(item.nameEn), nonNull(item.dimension),
                              item.weight, code(item.method), item.target, nonNull(item.standard),
                              nonNull(item.dataText), toVariant(item.proposedScore), toVariant(item.score)})
                insertItem.addBindValue(v);
            if (!insertItem.exec())
                return toError(insertItem.lastError());
        }
        ++result.created;
    }
    if (progress && !progress(int(workerIds.size()), int(workerIds.size())))
        return Error::invalid(tr("Cancelled; no evaluation was made."));
    if (Status c = tx.commit(); !c)
        return c.error();
    return result;
}

Result<Evaluation> EvaluationRepository::get(qint64 evaluationId) const
{
    auto q = m_db.run(QStringLiteral("SELECT e.worker_id, w.name, e.period_kind, e.period_start, e.supervisor_id, "
                                     "COALESCE(s.name, ''), e.template_name, e.status, e.total, e.grade, e.comments, "
                                     "e.work_summary, e.summary_on, e.finalised_on, e.unlock_count "
                                     "FROM evaluation e JOIN social_worker w ON w.id = e.worker_id "
                                     "LEFT JOIN supervisor s ON s.id = e.supervisor_id WHERE e.id = ?"),
                      {evaluationId});
    if (!q)
        return q.error();
    QSqlQuery &r = q.value();
    if (!r.next())
        return Error::notFound(tr("There is no evaluation with the number %1.").arg(evaluationId));
    Evaluation e;
    e.id = evaluationId;
    e.workerId = r.value(0).toLongLong();
    e.workerName = r.value(1).toString();
    e.period = periodOf(r.value(2).toString(), r.value(3).toString());
    if (!r.value(4).isNull())
        e.supervisorId = r.value(4).toLongLong();
    e.supervisorName = r.value(5).toString();
    e.templateName = r.value(6).toString();
    e.status = fromCode<EvaluationStatus>(r.value(7).toString()).value_or(EvaluationStatus::Draft);
    e.total = r.value(8).toDouble();
    e.grade = fromCode<Grade>(r.value(9).toString()).value_or(Grade::None);
    e.comments = r.value(10).toString();
    e.workSummary = r.value(11).toString();
    e.summaryOn = fromIsoDate(r.value(12).toString());
    e.finalisedOn = fromIsoDate(r.value(13).toString());
    e.unlockCount = r.value(14).toInt();

    auto items =
        m_db.run(QStringLiteral("SELECT id, position, name_zh, name_en, dimension, weight, method, target, standard, "
                                "data_text, proposed_score, self_score, score, override_reason "
                                "FROM evaluation_item WHERE evaluation_id = ? ORDER BY position, id"),
                 {evaluationId});
    if (!items)
        return items.error();
    QSqlQuery &i = items.value();
    while (i.next()) {
        {
            EvaluationItem item;
            item.id = i.value(0).toLongLong();
            item.evaluationId = evaluationId;
            item.position = i.value(1).toInt();
            item.nameZh = i.value(2).toString();
            item.nameEn = i.value(3).toString();
            item.dimension = i.value(4).toString();
            item.weight = i.value(5).toInt();
            item.method = fromCode<ScoringMethod>(i.value(6).toString()).value_or(ScoringMethod::Judgement);
            item.target = i.value(7).toDouble();
            item.standard = i.value(8).toString();
            item.dataText = i.value(9).toString();
            item.proposedScore = optionalDouble(i.value(10));
            item.selfScore = optionalDouble(i.value(11));
            item.score = optionalDouble(i.value(12));
            item.overrideReason = i.value(13).toString();
            e.items << item;
        }
    }
    return e;
}

Result<QList<qint64>> EvaluationRepository::idsFor(const Period &period, std::optional<qint64> workerId,
                                                   bool finalOnly) const
{
    QString sql = QStringLiteral("SELECT e.id FROM evaluation e JOIN social_worker w ON w.id = e.worker_id "
                                 "WHERE e.period_start = ? AND e.period_end = ?");
    QVariantList values{isoDate(period.first()), isoDate(period.last())};
    if (workerId) {
        sql += QStringLiteral(" AND e.worker_id = ?");
        values << *workerId;
    }
    if (finalOnly) {
        sql += QStringLiteral(" AND e.status = ?");
        values << code(EvaluationStatus::Final);
    }
    auto q = m_db.run(sql + QStringLiteral(" ORDER BY w.name, e.id"), values);
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    return ids;
}

Status EvaluationRepository::checkEditable(qint64 evaluationId) const
{
    auto status = m_db.scalar(QStringLiteral("SELECT status FROM evaluation WHERE id = ?"), {evaluationId});
    if (!status)
        return status.error();
    if (status.value().isNull())
        return Error::notFound(tr("There is no evaluation with the number %1.").arg(evaluationId));
    if (status.value().toString() == code(EvaluationStatus::Final))
        return Error::invalid(
            tr("This evaluation is final and cannot change. Unlock it, giving a reason, to edit it."));
    return {};
}

Result<qint64> EvaluationRepository::evaluationOfItem(qint64 itemId) const
{
    auto id = m_db.scalar(QStringLiteral("SELECT evaluation_id FROM evaluation_item WHERE id = ?"), {itemId});
    if (!id)
        return id.error();
    if (id.value().isNull())
        return Error::notFound(tr("There is no evaluation item with the number %1.").arg(itemId));
    return id.value().toLongLong();
}

Status EvaluationRepository::recomputeInside(qint64 evaluationId) const
{
    auto sum = m_db.scalar(QStringLiteral("SELECT COALESCE(sum(COALESCE(score, 0) * weight), 0) FROM evaluation_item "
                                          "WHERE evaluation_id = ?"),
                           {evaluationId});
    if (!sum)
        return sum.error();
    const double total = std::clamp(round1(sum.value().toDouble() / 100), 0.0, 100.0);
    const Grade grade = GradeScale::fromSettings(m_db).gradeFor(total);
    auto u = m_db.run(QStringLiteral("UPDATE evaluation SET total = ?, grade = ? WHERE id = ?"),
                      {total, code(grade), evaluationId});
    if (!u)
        return u.error();
    return {};
}

Status EvaluationRepository::recompute(qint64 evaluationId) const
{
    if (Status s = checkEditable(evaluationId); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.error();
    if (Status s = recomputeInside(evaluationId); !s)
        return s;
    return tx.commit();
}

static Status checkScore(const std::optional<double> &score)
{
    if (score && (!std::isfinite(*score) || *score < 0 || *score > 100))
        return Error::invalid(
            EvaluationRepository::tr("A score lies between 0 and 100; %1 is not allowed.").arg(*score));
    return {};
}

Status EvaluationRepository::setItemScore(qint64 itemId, std::optional<double> score,
                                          const QString &overrideReason) const
{
    auto evaluationId = evaluationOfItem(itemId);
    if (!evaluationId)
        return evaluationId.error();
    if (Status s = checkEditable(evaluationId.value()); !s)
        return s;
    if (Status s = checkScore(score); !s)
        return s;
    auto item =
        m_db.run(QStringLiteral("SELECT proposed_score, name_zh, name_en FROM evaluation_item WHERE id = ?"), {itemId});
    if (!item)
        return item.error();
    item.value().next();
    const std::optional<double> proposed = optionalDouble(item.value().value(0));
    const QString name = chineseUi() || item.value().value(2).toString().isEmpty() ? item.value().value(1).toString()
                                                                                   : item.value().value(2).toString();
    if (score)
        score = round1(*score);
    const bool overridden = proposed && (!score || std::abs(*score - *proposed) >= 0.05);
    if (overridden && overrideReason.trimmed().isEmpty())
        return Error::invalid(
            tr("The records propose %1 for “%2”; say why you score it differently.").arg(decimal(*proposed), name));

    Transaction tx(m_db);
    if (!tx.started())
        return tx.error();
    auto u = m_db.run(QStringLiteral("UPDATE evaluation_item SET score = ?, override_reason = ? WHERE id = ?"),
                      {toVariant(score), nonNull(overridden ? overrideReason.trimmed() : QString()), itemId});
    if (!u)
        return u.error();
    if (Status s = recomputeInside(evaluationId.value()); !s)
        return s;
    return tx.commit();
}

Status EvaluationRepository::setSelfScore(qint64 itemId, std::optional<double> score) const
{
    auto evaluationId = evaluationOfItem(itemId);
    if (!evaluationId)
        return evaluationId.error();
    if (Status s = checkEditable(evaluationId.value()); !s)
        return s;
    if (Status s = checkScore(score); !s)
        return s;
    if (score)
        score = round1(*score);
    auto u =
        m_db.run(QStringLiteral("UPDATE evaluation_item SET self_score = ? WHERE id = ?"), {toVariant(score), itemId});
    if (!u)
        return u.error();
    return {};
}

Status EvaluationRepository::setComments(qint64 evaluationId, const QString &comments) const
{
    if (Status s = checkEditable(evaluationId); !s)
        return s;
    auto u = m_db.run(QStringLiteral("UPDATE evaluation SET comments = ? WHERE id = ?"),
                      {nonNull(comments.trimmed()), evaluationId});
    if (!u)
        return u.error();
    return {};
}

Status EvaluationRepository::setSupervisor(qint64 evaluationId, std::optional<qint64> supervisorId) const
{
    if (Status s = checkEditable(evaluationId); !s)
        return s;
    auto u =
        m_db.run(QStringLiteral("UPDATE evaluation SET supervisor_id = ? WHERE id = ?"),
                 {supervisorId ? QVariant(*supervisorId) : QVariant(QMetaType(QMetaType::LongLong)), evaluationId});
    if (!u)
        return u.error();
    return {};
}

Status EvaluationRepository::setWorkSummary(qint64 evaluationId, const QString &summary, QDate submittedOn) const
{
    if (Status s = checkEditable(evaluationId); !s)
        return s;
    const QString summaryText = nonNull(summary.trimmed());
    const bool submitted = !summaryText.isEmpty();
    const QDate on = submittedOn.isValid() ? submittedOn : QDate::currentDate();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.error();
    auto u = m_db.run(
        QStringLiteral("UPDATE evaluation SET work_summary = ?, summary_on = ? WHERE id = ?"),
        {summaryText, submitted ? QVariant(isoDate(on)) : QVariant(QMetaType(QMetaType::QString)), evaluationId});
    if (!u)
        return u.error();
    // The summary item follows the summary, unless the supervisor overrode its score.
    const QString data =
        submitted ? tr("Work summary submitted on %1").arg(isoDate(on)) : tr("Work summary not submitted");
    const double proposed = submitted ? 100 : 0;
    auto items = m_db.run(QStringLiteral("UPDATE evaluation_item SET data_text = ?, proposed_score = ?, "
                                         "score = CASE WHEN override_reason = '' THEN ? ELSE score END "
                                         "WHERE evaluation_id = ? AND method = ?"),
                          {data, proposed, proposed, evaluationId, code(ScoringMethod::Summary)});
    if (!items)
        return items.error();
    if (Status s = recomputeInside(evaluationId); !s)
        return s;
    return tx.commit();
}

Status EvaluationRepository::finalise(qint64 evaluationId, QDate day) const
{
    if (Status s = checkEditable(evaluationId); !s)
        return s;
    auto e = get(evaluationId);
    if (!e)
        return e.error();
    int weights = 0;
    QStringList unscored;
    for (const EvaluationItem &item : e->items) {
        weights += item.weight;
        if (!item.score)
            unscored << item.name();
    }
    if (!unscored.isEmpty())
        return Error::invalid(
            tr("Score every item before finalising; not scored yet: %1.").arg(unscored.join(QStringLiteral(", "))));
    if (weights != 100)
        return Error::invalid(tr("The weights of this evaluation add up to %1; they must add up to 100.").arg(weights));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.error();
    if (Status s = recomputeInside(evaluationId); !s)
        return s;
    auto u =
        m_db.run(QStringLiteral("UPDATE evaluation SET status = ?, finalised_on = ? WHERE id = ?"),
                 {code(EvaluationStatus::Final), isoDate(day.isValid() ? day : QDate::currentDate()), evaluationId});
    if (!u)
        return u.error();
    return tx.commit();
}

Status EvaluationRepository::unlock(qint64 evaluationId, const QString &reason, const QString &by, QDate day) const
{
    auto status = m_db.scalar(QStringLiteral("SELECT status FROM evaluation WHERE id = ?"), {evaluationId});
    if (!status)
        return status.error();
    if (status.value().isNull())
        return Error::notFound(tr("There is no evaluation with the number %1.").arg(evaluationId));
    if (status.value().toString() != code(EvaluationStatus::Final))
        return Error::invalid(tr("This evaluation is a draft already; there is nothing to unlock."));
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Say why the final evaluation is unlocked; the reason is kept with it."));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.error();
    // The trigger's contract: record the unlock first, then go back to draft with the count raised.
    auto r = m_db.insert(
        QStringLiteral("INSERT INTO evaluation_unlock (evaluation_id, unlocked_on, reason, unlocked_by) "
                       "VALUES (?, ?, ?, ?)"),
        {evaluationId, isoDate(day.isValid() ? day : QDate::currentDate()), reason.trimmed(), nonNull(by.trimmed())});
    if (!r)
        return r.error();
    auto u = m_db.run(
        QStringLiteral("UPDATE evaluation SET status = ?, unlock_count = unlock_count + 1, finalised_on = NULL "
                       "WHERE id = ?"),
        {code(EvaluationStatus::Draft), evaluationId});
    if (!u)
        return u.error();
    return tx.commit();
}

Status EvaluationRepository::remove(qint64 evaluationId) const
{
    if (Status s = checkEditable(evaluationId); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.error();
    if (auto d = m_db.run(QStringLiteral("DELETE FROM evaluation_item WHERE evaluation_id = ?"), {evaluationId}); !d)
        return d.error();
    if (auto d = m_db.run(QStringLiteral("DELETE FROM evaluation WHERE id = ?"), {evaluationId}); !d)
        return d.error();
    return tx.commit();
}

} // namespace core
