// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "placement.h"

#include "period.h"
#include "sqlvalue.h"
#include "table.h"

#include <QSqlQuery>

namespace core {

namespace {

const Table kPlacement{
    "placement", {"worker_id", "post_id", "department_id", "start_date", "end_date", "end_reason", "handover_note"}};

Placement readPlacement(const QSqlQuery &q)
{
    const Row r(kPlacement, q);
    Placement p;
    p.id = r.id();
    p.workerId = r.id("worker_id");
    p.postId = r.id("post_id");
    p.departmentId = r.optionalId("department_id");
    p.start = r.date("start_date");
    p.end = r.date("end_date");
    if (!r.isNull("end_reason"))
        p.endReason = r.code<PlacementEndReason>("end_reason");
    p.handoverNote = r.text("handover_note");
    return p;
}

RowValues values(const Placement &p)
{
    return RowValues()
        .set("worker_id", p.workerId)
        .set("post_id", p.postId)
        .set("department_id", p.departmentId ? QVariant(*p.departmentId) : QVariant())
        .set("start_date", isoDate(p.start))
        .set("end_date", dateOrNull(p.end))
        .set("end_reason", p.endReason ? QVariant(code(*p.endReason)) : QVariant())
        .set("handover_note", nonNull(p.handoverNote));
}

// How a span reads in a message: "2026-01-01 to 2026-12-31".
QString span(const QString &from, const QString &to)
{
    return QCoreApplication::translate("core::PlacementRepository", "%1 to %2").arg(from, to);
}

} // namespace

Result<Placement> PlacementRepository::get(qint64 id) const
{
    auto q = m_db.run(kPlacement.select(QStringLiteral("pl")) + QStringLiteral(" WHERE pl.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("Placement #%1 does not exist (it may have been removed).").arg(id));
    return readPlacement(q.value());
}

Status PlacementRepository::check(const Placement &p) const
{
    auto worker = m_db.scalar(QStringLiteral("SELECT name FROM social_worker WHERE id = ?"), {p.workerId});
    if (!worker)
        return worker.error();
    if (worker.value().isNull())
        return Error::notFound(tr("Choose the social worker to place (worker #%1 does not exist).").arg(p.workerId));
    const QString workerName = worker.value().toString();

    auto post = m_db.run(QStringLiteral("SELECT p.street_id, s.name, c.code, c.start_date, c.end_date FROM post p "
                                        "JOIN street s ON s.id = p.street_id JOIN contract c ON c.id = p.contract_id "
                                        "WHERE p.id = ?"),
                         {p.postId});
    if (!post)
        return post.error();
    if (!post.value().next())
        return Error::notFound(
            tr("Choose the post (street and contract) for the placement (post #%1 does not exist).").arg(p.postId));
    const qint64 streetId = post.value().value(0).toLongLong();
    const QString streetName = post.value().value(1).toString();
    const QString contractCode = post.value().value(2).toString();
    const QString contractStart = post.value().value(3).toString();
    const QString contractEnd = post.value().value(4).toString();

    if (!p.start.isValid())
        return Error::invalid(tr("Enter the day the placement starts."));
    if (p.end.isValid() && p.end < p.start)
        return Error::invalid(tr("The placement ends (%1) before it starts (%2). Correct the dates.")
                                  .arg(isoDate(p.end), isoDate(p.start)));
    const QString start = isoDate(p.start);
    const QString end = p.end.isValid() ? isoDate(p.end) : contractEnd;
    if (start < contractStart || end > contractEnd)
        return Error::invalid(tr("The placement (%1) must lie inside the term of contract %2 (%3). Choose dates within "
                                 "the contract, or place the worker under the contract that covers these dates.")
                                  .arg(span(start, end), contractCode, span(contractStart, contractEnd)));
    if (p.endReason && !p.end.isValid())
        return Error::invalid(tr("An end reason needs an end date. Enter the day the placement ends, or clear the "
                                 "reason."));

    auto workerClash = m_db.run(
        QStringLiteral(
            "SELECT s.name, o.start_date, COALESCE(o.end_date, oc.end_date) FROM placement o "
            "JOIN post op ON op.id = o.post_id JOIN contract oc ON oc.id = op.contract_id "
            "JOIN street s ON s.id = op.street_id "
            "WHERE o.worker_id = ? AND o.id <> ? AND o.start_date <= ? AND COALESCE(o.end_date, oc.end_date) >= ? "
            "ORDER BY o.start_date LIMIT 1"),
        {p.workerId, p.id, end, start});
    if (!workerClash)
        return workerClash.error();
    if (workerClash.value().next())
        return Error::invalid(
            tr("%1 is already placed at %2 from %3, which overlaps %4. A worker holds one placement "
               "at a time: end that placement first, or choose other dates.")
                .arg(workerName, workerClash.value().value(0).toString(),
                     span(workerClash.value().value(1).toString(), workerClash.value().value(2).toString()),
                     span(start, end)));

    auto postClash = m_db.run(
        QStringLiteral(
            "SELECT w.name, o.start_date, COALESCE(o.end_date, oc.end_date) FROM placement o "
            "JOIN social_worker w ON w.id = o.worker_id "
            "JOIN post op ON op.id = o.post_id JOIN contract oc ON oc.id = op.contract_id "
            "WHERE o.post_id = ? AND o.id <> ? AND o.start_date <= ? AND COALESCE(o.end_date, oc.end_date) >= ? "
            "ORDER BY o.start_date LIMIT 1"),
        {p.postId, p.id, end, start});
    if (!postClash)
        return postClash.error();
    if (postClash.value().next())
        return Error::invalid(
            tr("The post at %1 (contract %2) is already held by %3 from %4, which overlaps %5. A post "
               "holds one worker at a time: end that placement first, or choose other dates.")
                .arg(streetName, contractCode, postClash.value().value(0).toString(),
                     span(postClash.value().value(1).toString(), postClash.value().value(2).toString()),
                     span(start, end)));

    if (p.departmentId) {
        auto dept = m_db.run(QStringLiteral("SELECT d.street_id, d.name, s.name FROM department d "
                                            "JOIN street s ON s.id = d.street_id WHERE d.id = ?"),
                             {*p.departmentId});
        if (!dept)
            return dept.error();
        if (!dept.value().next())
            return Error::notFound(tr("The department #%1 does not exist. Choose a department of %2.")
                                       .arg(*p.departmentId)
                                       .arg(streetName));
        if (dept.value().value(0).toLongLong() != streetId)
            return Error::invalid(
                tr("The department “%1” belongs to %2, not to %3. Choose a department of %3.")
                    .arg(dept.value().value(1).toString(), dept.value().value(2).toString(), streetName));
    }
    return {};
}

Result<qint64> PlacementRepository::place(const Placement &placement) const
{
    return inTransaction(m_db, [&]() -> Result<qint64> {
        Placement p = placement;
        p.id = 0;
        if (Status s = check(p); !s)
            return s.error();
        return m_db.insert(kPlacement.insert(), values(p).ordered(kPlacement));
    });
}

Status PlacementRepository::update(const Placement &placement) const
{
    return inTransaction(m_db, [&]() -> Status {
        if (auto existing = get(placement.id); !existing)
            return existing.error();
        if (Status s = check(placement); !s)
            return s;
        auto q = m_db.run(kPlacement.update(), values(placement).ordered(kPlacement, placement.id));
        if (!q)
            return q.error();
        return {};
    });
}

Status PlacementRepository::end(qint64 id, QDate day, std::optional<PlacementEndReason> reason,
                                const QString &handoverNote) const
{
    return inTransaction(m_db, [&]() -> Status {
        auto placement = get(id);
        if (!placement)
            return placement.error();
        if (!reason)
            return Error::invalid(tr("Choose why the placement ends (contract ended, resigned, transferred…)."));
        if (!day.isValid())
            return Error::invalid(tr("Enter the day the placement ends."));
        auto contractEnd =
            m_db.scalar(QStringLiteral("SELECT c.end_date FROM post p JOIN contract c ON c.id = p.contract_id "
                                       "WHERE p.id = ?"),
                        {placement->postId});
        if (!contractEnd)
            return contractEnd.error();
        const QDate lastDay = placement->end.isValid() ? placement->end : fromIsoDate(contractEnd.value().toString());
        if (day < placement->start || day > lastDay)
            return Error::invalid(tr("The end day %1 is outside the placement (%2). Choose a day within it.")
                                      .arg(isoDate(day), span(isoDate(placement->start), isoDate(lastDay))));
        Placement ended = *placement;
        ended.end = day;
        ended.endReason = reason;
        if (!handoverNote.trimmed().isEmpty())
            ended.handoverNote = handoverNote;
        return update(ended);
    });
}

Status PlacementRepository::remove(qint64 id) const
{
    return inTransaction(m_db, [&]() -> Status {
        if (auto existing = get(id); !existing)
            return existing.error();
        auto q = m_db.run(QStringLiteral("DELETE FROM placement WHERE id = ?"), {id});
        if (!q)
            return q.error();
        return {};
    });
}

Result<std::optional<Placement>> PlacementRepository::current(qint64 workerId, QDate day) const
{
    auto q = m_db.run(
        kPlacement.select(QStringLiteral("pl")) +
            QStringLiteral(" JOIN post p ON p.id = pl.post_id JOIN contract c ON c.id = p.contract_id "
                           "WHERE pl.worker_id = ? AND pl.start_date <= ? AND COALESCE(pl.end_date, c.end_date) >= ? "
                           "ORDER BY pl.start_date DESC LIMIT 1"),
        {workerId, isoDate(day), isoDate(day)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Placement>();
    return std::optional<Placement>(readPlacement(q.value()));
}

Result<QList<PlacementHistoryRow>> PlacementRepository::history(qint64 streetId) const
{
    auto q = m_db.run(QStringLiteral("SELECT pl.id, pl.worker_id, w.name, c.id, c.code, d.name, pl.start_date, "
                                     "pl.end_date, COALESCE(pl.end_date, c.end_date), pl.end_reason, pl.handover_note "
                                     "FROM placement pl JOIN social_worker w ON w.id = pl.worker_id "
                                     "JOIN post p ON p.id = pl.post_id JOIN contract c ON c.id = p.contract_id "
                                     "LEFT JOIN department d ON d.id = pl.department_id "
                                     "WHERE p.street_id = ? ORDER BY pl.start_date, pl.id"),
                      {streetId});
    if (!q)
        return q.error();
    QList<PlacementHistoryRow> rows;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        PlacementHistoryRow row;
        row.placementId = r.value(0).toLongLong();
        row.workerId = r.value(1).toLongLong();
        row.workerName = r.value(2).toString();
        row.contractId = r.value(3).toLongLong();
        row.contractCode = r.value(4).toString();
        row.departmentName = r.value(5).toString();
        row.start = fromIsoDate(r.value(6).toString());
        row.end = fromIsoDate(r.value(7).toString());
        row.effectiveEnd = fromIsoDate(r.value(8).toString());
        if (!r.value(9).isNull())
            row.endReason = fromCode<PlacementEndReason>(r.value(9).toString());
        row.handoverNote = r.value(10).toString();
        rows << row;
    }
    return rows;
}

SqlListSource PlacementRepository::listing(Database db)
{
    ListSpec spec;
    spec.from = QStringLiteral("placement pl JOIN social_worker w ON w.id = pl.worker_id "
                               "JOIN post p ON p.id = pl.post_id JOIN contract c ON c.id = p.contract_id "
                               "JOIN street s ON s.id = p.street_id JOIN district di ON di.id = s.district_id "
                               "LEFT JOIN department d ON d.id = pl.department_id");
    spec.id = QStringLiteral("pl.id");
    const auto left = Qt::AlignLeft | Qt::AlignVCenter;
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    spec.columns = {
        {tr("Worker"), QStringLiteral("w.name"), left, {}},
        {tr("Street"), QStringLiteral("s.name"), left, {}},
        {tr("District"), QStringLiteral("di.name"), left, {}},
        {tr("Department"), QStringLiteral("d.name"), left, {}},
        {tr("Contract"), QStringLiteral("c.code"), left, {}},
        {tr("Start"), QStringLiteral("pl.start_date"), right, format::date},
        {tr("End"), QStringLiteral("COALESCE(pl.end_date, c.end_date)"), right, format::date},
        {tr("End reason"), QStringLiteral("pl.end_reason"), left, format::enumLabel<PlacementEndReason>()},
        // The note may run to pages: the list shows its first line, shortened.
        {tr("Handover note"), QStringLiteral("substr(pl.handover_note, 1, 80)"), left,
         [](const QVariant &v) -> QVariant {
             QString text = v.toString().section(QLatin1Char('\n'), 0, 0).trimmed();
             if (text.size() > 40)
                 text = text.left(40) + QChar(0x2026);
             return text;
         }},
    };
    spec.searchColumns = {QStringLiteral("w.name"), QStringLiteral("s.name"), QStringLiteral("c.code"),
                          QStringLiteral("pl.handover_note")};
    spec.dateColumn = QStringLiteral("pl.start_date");
    spec.dateEndColumn = QStringLiteral("COALESCE(pl.end_date, c.end_date)");
    spec.streetColumn = QStringLiteral("p.street_id");
    spec.districtColumn = QStringLiteral("s.district_id");
    spec.workerColumn = QStringLiteral("pl.worker_id");
    spec.contractColumn = QStringLiteral("p.contract_id");
    spec.postColumn = QStringLiteral("pl.post_id");
    spec.statusColumn = QStringLiteral("pl.end_reason");
    spec.defaultOrder = QStringLiteral("pl.start_date DESC, w.name");
    return SqlListSource(std::move(db), std::move(spec));
}

} // namespace core
