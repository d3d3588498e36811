// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// EvaluationRepository, part two: what the Evaluations page lists and what the sheet prints.
#include "evaluation.h"
#include "rubric.h"

#include <QHash>
#include <QLocale>

namespace core {

namespace {

Period periodOf(const QString &kind, const QString &start)
{
    const auto k = Period::kindFromCode(kind);
    return Period::containing(k.value_or(Period::Kind::Month), fromIsoDate(start));
}

// The placement that stands for the worker in an evaluation: the latest one overlapping its period.
const char kPlacementOfEvaluation[] =
    "(SELECT pl2.id FROM placement pl2 JOIN post p2 ON p2.id = pl2.post_id JOIN contract c2 ON c2.id = p2.contract_id "
    "WHERE pl2.worker_id = e.worker_id AND pl2.start_date <= e.period_end "
    "AND COALESCE(pl2.end_date, c2.end_date) >= e.period_start ORDER BY pl2.start_date DESC LIMIT 1)";

} // namespace

std::unique_ptr<SqlListSource> EvaluationRepository::listing(const Database &db)
{
    const QString placement = QString::fromLatin1(kPlacementOfEvaluation);
    const QString streetName = QStringLiteral("(SELECT st.name FROM placement pl JOIN post p ON p.id = pl.post_id "
                                              "JOIN street st ON st.id = p.street_id WHERE pl.id = %1)")
                                   .arg(placement);
    const QString streetId = QStringLiteral("(SELECT p.street_id FROM placement pl JOIN post p ON p.id = pl.post_id "
                                            "WHERE pl.id = %1)")
                                 .arg(placement);
    ListSpec spec;
    spec.from = QStringLiteral("evaluation e JOIN social_worker w ON w.id = e.worker_id "
                               "LEFT JOIN supervisor s ON s.id = e.supervisor_id");
    spec.id = QStringLiteral("e.id");
    const auto left = Qt::AlignLeft | Qt::AlignVCenter;
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    spec.columns = {
        // An interim evaluation says so beside its period: "2026年第4季度（中期，截至 2026-12-01）".
        {tr("Period"),
         QStringLiteral("e.period_start || '|' || e.period_kind || '|' || COALESCE(%1, '')")
             .arg(db.dialect().dayText(QStringLiteral("e.interim_as_of"))),
         left,
         [](const QVariant &v) -> QVariant {
             const QStringList parts = v.toString().split(QLatin1Char('|'));
             if (parts.size() != 3)
                 return v;
             const QString period = periodOf(parts.at(1), parts.at(0)).label();
             return parts.at(2).isEmpty() ? period : tr("%1 (interim, as of %2)").arg(period, parts.at(2));
         }},
        {tr("Worker"), QStringLiteral("w.name"), left, {}},
        {tr("Street"), streetName, left, {}},
        {tr("Supervisor"), QStringLiteral("COALESCE(s.name, '')"), left, {}},
        {tr("Total"), QStringLiteral("e.total"), right,
         [](const QVariant &v) -> QVariant {
             return QLocale().toString(v.toDouble(), 'f', 1);
         }},
        {tr("Grade"), QStringLiteral("e.grade"), left, format::enumLabel<Grade>()},
        {tr("Status"), QStringLiteral("e.status"), left, format::enumLabel<EvaluationStatus>()},
    };
    spec.searchColumns = {QStringLiteral("w.name"), QStringLiteral("s.name"), streetName};
    spec.dateColumn = QStringLiteral("e.period_start");
    spec.dateEndColumn = QStringLiteral("e.period_end");
    spec.streetColumn = streetId;
    spec.workerColumn = QStringLiteral("e.worker_id");
    spec.statusColumn = QStringLiteral("e.status");
    spec.defaultOrder = QStringLiteral("e.period_start DESC, w.name");
    return std::make_unique<SqlListSource>(db, std::move(spec));
}

Result<QList<SheetData>> EvaluationRepository::loadSheets(const QString &where, const QVariantList &values) const
{
    const QString sql =
        QStringLiteral(
            "SELECT e.id, e.period_kind, e.period_start, w.name, w.qualification, e.total, e.grade, e.work_summary, "
            "e.summary_on, e.comments, COALESCE(s.name, ''), e.status, e.finalised_on, pl.start_date, "
            "COALESCE(pl.end_date, c.end_date), COALESCE(st.name, ''), COALESCE(dp.name, ''), COALESCE(c.code, ''), "
            "e.interim_as_of, e.attendance_rule "
            "FROM evaluation e JOIN social_worker w ON w.id = e.worker_id LEFT JOIN supervisor s ON s.id = "
            "e.supervisor_id "
            "LEFT JOIN placement pl ON pl.id = %1 LEFT JOIN post p ON p.id = pl.post_id "
            "LEFT JOIN contract c ON c.id = p.contract_id LEFT JOIN street st ON st.id = p.street_id "
            "LEFT JOIN department dp ON dp.id = pl.department_id WHERE %2 ORDER BY st.name, w.name, e.id")
            .arg(QLatin1String(kPlacementOfEvaluation), where);
    auto q = m_db.run(sql, values);
    if (!q)
        return q.error();
    const QString agency = m_db.setting(QStringLiteral("agency_name"));
    QList<SheetData> sheets;
    QHash<qint64, qsizetype> index;
    QSqlQuery &r = q.value();
    while (r.next()) {
        SheetData d;
        d.evaluationId = r.value(0).toLongLong();
        d.agencyName = agency;
        d.periodLabel = periodOf(r.value(1).toString(), r.value(2).toString()).label();
        d.workerName = r.value(3).toString();
        if (const auto qual = fromCode<Qualification>(r.value(4).toString()))
            d.qualification = label(*qual);
        d.total = r.value(5).toDouble();
        d.grade = fromCode<Grade>(r.value(6).toString()).value_or(Grade::None);
        d.gradeLabel = label(d.grade);
        d.workSummary = r.value(7).toString();
        d.summaryOn = fromIsoDate(r.value(8).toString());
        d.comments = r.value(9).toString();
        d.supervisorName = r.value(10).toString();
        d.isFinal = r.value(11).toString() == code(EvaluationStatus::Final);
        d.finalisedOn = fromIsoDate(r.value(12).toString());
        d.placementFrom = fromIsoDate(r.value(13).toString());
        d.placementTo = fromIsoDate(r.value(14).toString());
        d.street = r.value(15).toString();
        d.department = r.value(16).toString();
        d.contractCode = r.value(17).toString();
        d.interimAsOf = fromIsoDate(r.value(18).toString());
        // The rule the figures were counted with; evaluations made before it was stored counted
        // annual leave against.
        d.attendanceRule = AttendanceRule::parse(r.value(19).toString()).value_or(AttendanceRule::legacy()).describe();
        index.insert(d.evaluationId, sheets.size());
        sheets << d;
    }
    if (sheets.isEmpty())
        return sheets;

    auto items = m_db.run(QStringLiteral("SELECT ei.evaluation_id, ei.name_zh, ei.name_en, ei.dimension, ei.standard, "
                                         "ei.weight, ei.data_text, ei.self_score, ei.score, ei.proposed_score, "
                                         "ei.override_reason FROM evaluation_item ei "
                                         "JOIN evaluation e ON e.id = ei.evaluation_id WHERE %1 "
                                         "ORDER BY ei.evaluation_id, ei.position, ei.id")
                              .arg(where),
                          values);
    if (!items)
        return items.error();
    const bool chinese = chineseUi();
    QSqlQuery &i = items.value();
    while (i.next()) {
        const auto at = index.constFind(i.value(0).toLongLong());
        if (at == index.constEnd())
            continue;
        SheetData::Item item;
        const QString en = i.value(2).toString();
        item.name = chinese || en.trimmed().isEmpty() ? i.value(1).toString() : en;
        item.dimension = dimensionLabel(i.value(3).toString());
        item.standard = i.value(4).toString();
        item.weight = i.value(5).toInt();
        item.dataText = i.value(6).toString();
        if (!i.value(7).isNull())
            item.selfScore = i.value(7).toDouble();
        if (!i.value(8).isNull())
            item.score = i.value(8).toDouble();
        if (!i.value(9).isNull())
            item.proposedScore = i.value(9).toDouble();
        item.overrideReason = i.value(10).toString();
        sheets[*at].items << item;
    }
    return sheets;
}

Result<SheetData> EvaluationRepository::sheetData(qint64 evaluationId) const
{
    auto sheets = loadSheets(QStringLiteral("e.id = ?"), {evaluationId});
    if (!sheets)
        return sheets.error();
    if (sheets->isEmpty())
        return Error::notFound(tr("There is no evaluation with the number %1.").arg(evaluationId));
    return sheets->first();
}

Result<QList<SheetData>> EvaluationRepository::sheetDataFor(const Period &period, std::optional<qint64> workerId,
                                                            bool finalOnly) const
{
    QString where = QStringLiteral("e.period_start = ? AND e.period_end = ?");
    QVariantList values{isoDate(period.first()), isoDate(period.last())};
    if (workerId) {
        where += QStringLiteral(" AND e.worker_id = ?");
        values << *workerId;
    }
    if (finalOnly) {
        where += QStringLiteral(" AND e.status = ?");
        values << code(EvaluationStatus::Final);
    }
    return loadSheets(where, values);
}

} // namespace core
