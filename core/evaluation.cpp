// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "evaluation.h"

#include "calendar.h"
#include "evaluationtables.h"
#include "rubric.h"
#include "sqlvalue.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace core {

namespace {

using evaluationtables::kEvaluation;
using evaluationtables::kItem;

QString decimal(double value)
{
    return QLocale().toString(value, 'f', 1);
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

Result<Evaluation> EvaluationRepository::get(qint64 evaluationId) const
{
    auto q = m_db.run(QStringLiteral("SELECT ") + kEvaluation.columnList(QStringLiteral("e")) +
                          QStringLiteral(", w.name, COALESCE(s.name, '') FROM evaluation e "
                                         "JOIN social_worker w ON w.id = e.worker_id "
                                         "LEFT JOIN supervisor s ON s.id = e.supervisor_id WHERE e.id = ?"),
                      {evaluationId});
    if (!q)
        return q.error();
    QSqlQuery &r = q.value();
    if (!r.next())
        return Error::notFound(tr("There is no evaluation with the number %1.").arg(evaluationId));
    const Row row(kEvaluation, r);
    Evaluation e;
    e.id = row.id();
    e.workerId = row.id("worker_id");
    e.workerName = row.extra(0).toString();
    e.period = periodOf(row.text("period_kind"), row.text("period_start"));
    e.supervisorId = row.optionalId("supervisor_id");
    e.supervisorName = row.extra(1).toString();
    e.templateName = row.text("template_name");
    e.status = row.code<EvaluationStatus>("status").value_or(EvaluationStatus::Draft);
    e.total = row.value("total").toDouble();
    e.grade = row.code<Grade>("grade").value_or(Grade::None);
    e.comments = row.text("comments");
    e.workSummary = row.text("work_summary");
    e.summaryOn = row.date("summary_on");
    e.finalisedOn = row.date("finalised_on");
    e.unlockCount = row.integer("unlock_count");
    e.interimAsOf = row.date("interim_as_of");
    e.attendanceRule = AttendanceRule::parse(row.text("attendance_rule")).value_or(AttendanceRule::legacy());

    auto items =
        m_db.run(kItem.select() + QStringLiteral(" WHERE evaluation_id = ? ORDER BY position, id"), {evaluationId});
    if (!items)
        return items.error();
    QSqlQuery &i = items.value();
    while (i.next()) {
        {
            const Row line(kItem, i);
            EvaluationItem item;
            item.id = line.id();
            item.evaluationId = line.id("evaluation_id");
            item.position = line.integer("position");
            item.nameZh = line.text("name_zh");
            item.nameEn = line.text("name_en");
            item.dimension = line.text("dimension");
            item.weight = line.integer("weight");
            item.method = line.code<ScoringMethod>("method").value_or(ScoringMethod::Judgement);
            item.target = line.value("target").toDouble();
            item.standard = line.text("standard");
            item.dataText = line.text("data_text");
            item.proposedScore = optionalDouble(line.value("proposed_score"));
            item.selfScore = optionalDouble(line.value("self_score"));
            item.score = optionalDouble(line.value("score"));
            item.overrideReason = line.text("override_reason");
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
    Transaction tx(m_db);
    if (!tx.started())
        return tx.error();
    if (Status s = checkEditable(evaluationId); !s)
        return s;
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
    Transaction tx(m_db);
    if (!tx.started())
        return tx.error();
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
    Transaction tx(m_db);
    if (!tx.started())
        return tx.error();
    if (Status s = checkEditable(evaluationId); !s)
        return s;
    const QString summaryText = nonNull(summary.trimmed());
    const bool submitted = !summaryText.isEmpty();
    const QDate on = submittedOn.isValid() ? submittedOn : QDate::currentDate();
    auto u = m_db.run(QStringLiteral("UPDATE evaluation SET work_summary = ?, summary_on = ? WHERE id = ?"),
                      {summaryText, submitted ? dateOrNull(on) : dateOrNull({}), evaluationId});
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
    Transaction tx(m_db);
    if (!tx.started())
        return tx.error();
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
    Transaction tx(m_db);
    if (!tx.started())
        return tx.error();
    auto status = m_db.scalar(QStringLiteral("SELECT status FROM evaluation WHERE id = ?"), {evaluationId});
    if (!status)
        return status.error();
    if (status.value().isNull())
        return Error::notFound(tr("There is no evaluation with the number %1.").arg(evaluationId));
    if (status.value().toString() != code(EvaluationStatus::Final))
        return Error::invalid(tr("This evaluation is a draft already; there is nothing to unlock."));
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Say why the final evaluation is unlocked; the reason is kept with it."));
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
    Transaction tx(m_db);
    if (!tx.started())
        return tx.error();
    if (Status s = checkEditable(evaluationId); !s)
        return s;
    if (auto d = m_db.run(QStringLiteral("DELETE FROM evaluation_item WHERE evaluation_id = ?"), {evaluationId}); !d)
        return d.error();
    if (auto d = m_db.run(QStringLiteral("DELETE FROM evaluation WHERE id = ?"), {evaluationId}); !d)
        return d.error();
    return tx.commit();
}

} // namespace core
