// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// EvaluationRepository, part three: drafting the evaluations of a period from the records.
#include "calendar.h"
#include "evaluation.h"
#include "evaluationtables.h"
#include "rubric.h"
#include "settings.h"

#include <QHash>
#include <QLocale>
#include <QSet>

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

// "2", "1.5": a target, without trailing zeros.
QString count(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QVariant toVariant(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

// Per-worker figures from the records, one query per kind over the whole period.
struct Figures
{
    QString name;
    int required = 0; // working days placed in the period, up to the day counted to
    int attended = 0;
    int excused = 0;
    int lateOrEarly = 0;
    int absent = 0;
    int held = 0;
    int participants = 0;
    int supervised = 0;
};

QString statusLabels(const QList<AttendanceStatus> &statuses)
{
    QStringList labels;
    for (AttendanceStatus s : statuses)
        labels << label(s);
    return labels.join(AttendanceRule::tr(", ", "between the statuses of a list"));
}

} // namespace

QString EvaluationRepository::notEndedMessage(const Period &period, QDate asOf)
{
    return tr("%1 ends on %2, after %3: it cannot be evaluated as a whole yet. Make an interim evaluation as of "
              "%3 instead (its targets are pro-rated to the working days elapsed), or wait until the period has "
              "ended.")
        .arg(period.label(), isoDate(period.last()), isoDate(asOf));
}

Result<EvaluationRepository::GenerateResult> EvaluationRepository::generate(const Period &period, qint64 templateId,
                                                                            std::optional<qint64> supervisorId,
                                                                            QDate asOf, const Progress &progress) const
{
    GenerateRequest request;
    request.period = period;
    request.templateId = templateId;
    request.supervisorId = supervisorId;
    request.asOf = asOf;
    return generate(request, progress);
}

Result<EvaluationRepository::GenerateResult> EvaluationRepository::generate(const GenerateRequest &request,
                                                                            const Progress &progress) const
{
    const Period &period = request.period;
    const std::optional<qint64> supervisorId = request.supervisorId;
    if (!period.isValid())
        return Error::invalid(tr("Choose a period (a month, quarter, half-year or year)."));
    const QDate asOf = request.asOf.isValid() ? request.asOf : QDate::currentDate();
    if (asOf < period.first())
        return Error::invalid(tr("%1 starts on %2, after %3: there is nothing to evaluate yet.")
                                  .arg(period.label(), isoDate(period.first()), isoDate(asOf)));
    const bool interim = asOf < period.last();
    if (interim && !request.interim)
        return Error::invalid(notEndedMessage(period, asOf));
    auto rubric = RubricRepository(m_db).get(request.templateId);
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
    auto settings = Settings::load(m_db);
    if (!settings)
        return settings.error();
    const AttendanceRule rule = settings->attendanceRule;

    const QString ps = isoDate(period.first());
    const QString pe = isoDate(period.last());
    // Records after the day counted to are not counted: an interim evaluation counts what has happened.
    const QDate countTo = interim ? asOf : period.last();
    const QString ce = isoDate(countTo);
    const int months = period.months();

    GenerateResult result;
    result.minimumDays = settings->evaluationMinDays;
    if (interim)
        result.interimAsOf = asOf;

    Transaction tx(m_db);
    if (!tx.started())
        return tx.error();
    const Calendar calendar(m_db);
    if (Status s = calendar.ensureYears(period.first().year(), period.last().year()); !s)
        return s.error();
    result.periodDays = calendar.workdays(period.first(), period.last());
    result.elapsedDays = calendar.workdays(period.first(), countTo);

    // Workers placed at any time during the period (up to the day counted to).
    auto workers =
        m_db.run(QStringLiteral("SELECT DISTINCT pl.worker_id, w.name FROM placement pl "
                                "JOIN social_worker w ON w.id = pl.worker_id JOIN post p ON p.id = pl.post_id "
                                "JOIN contract c ON c.id = p.contract_id "
                                "WHERE pl.start_date <= ? AND %1 >= ? ORDER BY w.name, pl.worker_id")
                     .arg(QLatin1String(kPlacementEnd)),
                 {ce, ps});
    if (!workers)
        return workers.error();
    QList<qint64> workerIds;
    QHash<qint64, Figures> figures;
    while (workers.value().next()) {
        const qint64 id = workers.value().value(0).toLongLong();
        if (!figures.contains(id))
            workerIds << id;
        figures[id].name = workers.value().value(1).toString();
    }

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
    QVariantList attendanceValues = rule.codes(AttendanceClass::Attended);
    attendanceValues << rule.codes(AttendanceClass::Excused);
    attendanceValues << code(AttendanceStatus::Late) << code(AttendanceStatus::LeftEarly)
                     << code(AttendanceStatus::Absent) << ps << ce;
    Status s =
        collect(QStringLiteral("SELECT pl.worker_id, count(*) FROM placement pl JOIN post p ON p.id = pl.post_id "
                               "JOIN contract c ON c.id = p.contract_id JOIN calendar_day d ON d.day >= pl.start_date "
                               "AND d.day <= %1 WHERE d.workday = 1 AND d.day BETWEEN ? AND ? GROUP BY pl.worker_id")
                    .arg(QLatin1String(kPlacementEnd)),
                {ps, ce}, [](Figures &f, const QSqlQuery &q) { f.required = q.value(1).toInt(); });
    if (s)
        s = collect(QStringLiteral("SELECT a.worker_id, sum(CASE WHEN %1 THEN 1 ELSE 0 END), "
                                   "sum(CASE WHEN %2 THEN 1 ELSE 0 END), "
                                   "sum(CASE WHEN a.status IN (?, ?) THEN 1 ELSE 0 END), "
                                   "sum(CASE WHEN a.status = ? THEN 1 ELSE 0 END) "
                                   "FROM attendance a JOIN calendar_day d ON d.day = a.day AND d.workday = 1 "
                                   "WHERE a.day BETWEEN ? AND ? AND EXISTS (%3) GROUP BY a.worker_id")
                        .arg(rule.inSql(QStringLiteral("a.status"), AttendanceClass::Attended),
                             rule.inSql(QStringLiteral("a.status"), AttendanceClass::Excused), inPlacement),
                    attendanceValues, [](Figures &f, const QSqlQuery &q) {
                        f.attended = q.value(1).toInt();
                        f.excused = q.value(2).toInt();
                        f.lateOrEarly = q.value(3).toInt();
                        f.absent = q.value(4).toInt();
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

    using evaluationtables::kDraftEvaluation;
    using evaluationtables::kDraftItem;
    QSqlQuery insertEvaluation = m_db.prepare(kDraftEvaluation.insert() + m_db.dialect().returningId());
    QSqlQuery insertItem = m_db.prepare(kDraftItem.insert());
    const GradeScale scale = GradeScale::fromSettings(m_db);
    const QString excusedLabels = statusLabels(rule.statuses(AttendanceClass::Excused));

    for (int w = 0; w < workerIds.size(); ++w) {
        if (progress && !progress(w, int(workerIds.size())))
            return Error::invalid(tr("Cancelled; no evaluation was made."));
        const qint64 workerId = workerIds.at(w);
        if (done.contains(workerId)) {
            ++result.skipped;
            continue;
        }
        const Figures f = figures.value(workerId);
        if (f.required < result.minimumDays) {
            result.tooShort.append({workerId, f.name, f.required});
            continue;
        }
        // The share of the period's targets this worker is held to: the working days placed
        // (up to the day counted to) out of the period's working days.
        const double share = result.periodDays > 0 ? double(f.required) / result.periodDays : 0.0;
        const QString proRated =
            f.required < result.periodDays
                ? tr(" (target for %1 of the period's %2 working days)").arg(f.required).arg(result.periodDays)
                : QString();
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
                if (const auto rate = AttendanceRule::rate(f.attended, f.required, f.excused)) {
                    item.dataText = tr("Present %1/%2 days, %3%")
                                        .arg(f.attended)
                                        .arg(f.required - f.excused)
                                        .arg(decimal(*rate * 100));
                    if (f.excused > 0)
                        item.dataText += tr("; %1 %2 days not required").arg(excusedLabels).arg(f.excused);
                    if (f.lateOrEarly > 0 || f.absent > 0)
                        item.dataText += tr("; late or left early %1, absent %2").arg(f.lateOrEarly).arg(f.absent);
                    // The default standard: rate × 100, −1 per late arrival or early leave, −5 per day absent.
                    item.proposedScore = round1(std::clamp(*rate * 100 - f.lateOrEarly - 5.0 * f.absent, 0.0, 100.0));
                } else if (f.required > 0) {
                    item.dataText = tr("All %1 required days excused (%2)").arg(f.required).arg(excusedLabels);
                } else {
                    item.dataText = tr("No required working days in the period");
                }
                break;
            case ScoringMethod::Activities: {
                const double expected = round1(r.target * months * share);
                item.dataText =
                    tr("Held %1/%2 activities, %3 participants").arg(f.held).arg(count(expected)).arg(f.participants) +
                    proRated;
                item.proposedScore = expected > 0 ? round1(std::min(100.0, f.held / expected * 100)) : 100.0;
                break;
            }
            case ScoringMethod::Supervision: {
                const double expected = round1(r.target * months * share);
                item.dataText =
                    tr("Attended supervision %1/%2 times").arg(f.supervised).arg(count(expected)) + proRated;
                item.proposedScore = expected > 0 ? round1(std::min(100.0, f.supervised / expected * 100)) : 100.0;
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

        const RowValues evaluation =
            RowValues()
                .set("worker_id", workerId)
                .set("period_kind", period.kindCode())
                .set("period_start", ps)
                .set("period_end", pe)
                .set("supervisor_id", supervisorId ? QVariant(*supervisorId) : QVariant(QMetaType(QMetaType::LongLong)))
                .set("template_name", rubric->name)
                .set("total", total)
                .set("grade", code(scale.gradeFor(total)))
                .set("interim_as_of", interim ? QVariant(ce) : QVariant(QMetaType(QMetaType::QString)))
                .set("attendance_rule", rule.toText());
        for (const QVariant &v : evaluation.ordered(kDraftEvaluation))
            insertEvaluation.addBindValue(v);
        if (!insertEvaluation.exec())
            return toError(insertEvaluation.lastError());
        const qint64 evaluationId = m_db.insertedId(insertEvaluation);
        for (int i = 0; i < items.size(); ++i) {
            const EvaluationItem &item = items.at(i);
            const RowValues values = RowValues()
                                         .set("evaluation_id", evaluationId)
                                         .set("position", i + 1)
                                         .set("name_zh", item.nameZh)
                                         .set("name_en", nonNull(item.nameEn))
                                         .set("dimension", nonNull(item.dimension))
                                         .set("weight", item.weight)
                                         .set("method", code(item.method))
                                         .set("target", item.target)
                                         .set("standard", nonNull(item.standard))
                                         .set("data_text", nonNull(item.dataText))
                                         .set("proposed_score", toVariant(item.proposedScore))
                                         .set("score", toVariant(item.score));
            for (const QVariant &v : values.ordered(kDraftItem))
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

} // namespace core
