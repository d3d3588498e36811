// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "worker.h"

#include "period.h"
#include "sqlvalue.h"
#include "table.h"

#include <QSqlQuery>

namespace core {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
}

const Table kWorker{
    "social_worker",
    {"code", "name", "gender", "phone", "id_number", "qualification", "education", "hired_on", "left_on", "notes"}};

SocialWorker readWorker(const QSqlQuery &q)
{
    const Row r(kWorker, q);
    SocialWorker w;
    w.id = r.id();
    w.code = r.text("code");
    w.name = r.text("name");
    w.gender = r.code<Gender>("gender").value_or(Gender::Unknown);
    w.phone = r.text("phone");
    w.idNumber = r.text("id_number");
    w.qualification = r.code<Qualification>("qualification").value_or(Qualification::None);
    w.education = r.text("education");
    w.hiredOn = r.date("hired_on");
    w.leftOn = r.date("left_on");
    w.notes = r.text("notes");
    return w;
}

RowValues values(const SocialWorker &w)
{
    return RowValues()
        .set("code", textOrNull(w.code))
        .set("name", w.name.trimmed())
        .set("gender", code(w.gender))
        .set("phone", nonNull(w.phone.trimmed()))
        .set("id_number", nonNull(w.idNumber.trimmed().toUpper()))
        .set("qualification", code(w.qualification))
        .set("education", nonNull(w.education.trimmed()))
        .set("hired_on", dateOrNull(w.hiredOn))
        .set("left_on", dateOrNull(w.leftOn))
        .set("notes", nonNull(w.notes));
}

} // namespace

Result<SocialWorker> WorkerRepository::get(qint64 id) const
{
    auto q = m_db.run(kWorker.select() + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("Social worker #%1 does not exist (it may have been removed).").arg(id));
    return readWorker(q.value());
}

QChar WorkerRepository::idCheckCharacter(const QString &first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17 && i < first17.size(); ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return QLatin1Char(checks[sum % 11]);
}

Status WorkerRepository::checkIdNumber(const QString &idNumber)
{
    const QString id = idNumber.trimmed().toUpper();
    if (id.size() != 18)
        return Error::invalid(tr("The ID number “%1” has %2 characters; a resident ID number has 18. Check it against "
                                 "the ID card.")
                                  .arg(id)
                                  .arg(id.size()));
    for (int i = 0; i < 17; ++i)
        if (id.at(i) < QLatin1Char('0') || id.at(i) > QLatin1Char('9'))
            return Error::invalid(
                tr("The ID number “%1” must begin with 17 digits (then a digit or X). Check it against "
                   "the ID card.")
                    .arg(id));
    const QChar last = id.at(17);
    if (!(last == QLatin1Char('X') || (last >= QLatin1Char('0') && last <= QLatin1Char('9'))))
        return Error::invalid(
            tr("The ID number “%1” must end with a digit or X. Check it against the ID card.").arg(id));
    const QDate birth = QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid())
        return Error::invalid(
            tr("The ID number “%1” holds no valid birth date (digits 7–14 should read yyyyMMdd). Check "
               "it against the ID card.")
                .arg(id));
    const QChar expected = idCheckCharacter(id.left(17));
    if (last != expected)
        return Error::invalid(tr("The ID number “%1” is not valid: its last character should be %2 for the digits "
                                 "before it. One of the digits is probably mistyped; check it against the ID card.")
                                  .arg(id, QString(expected)));
    return {};
}

QString WorkerRepository::maskedIdNumber(const QString &idNumber)
{
    return format::maskedIdNumber(idNumber).toString();
}

Status WorkerRepository::validate(const SocialWorker &w) const
{
    if (w.name.trimmed().isEmpty())
        return Error::invalid(tr("Enter the social worker's name."));
    if (!w.idNumber.trimmed().isEmpty())
        if (Status s = checkIdNumber(w.idNumber); !s)
            return s;
    if (w.hiredOn.isValid() && w.leftOn.isValid() && w.leftOn < w.hiredOn)
        return Error::invalid(tr("The leaving date (%1) is before the hiring date (%2). Correct one of them.")
                                  .arg(isoDate(w.leftOn), isoDate(w.hiredOn)));
    const QString workerCode = w.code.trimmed();
    if (!workerCode.isEmpty()) {
        auto other =
            m_db.run(QStringLiteral("SELECT name FROM social_worker WHERE code = ? AND id <> ?"), {workerCode, w.id});
        if (!other)
            return other.error();
        if (other.value().next())
            return Error::invalid(tr("The staff number %1 is already used by %2. Give each worker a different number, "
                                     "or leave it empty.")
                                      .arg(workerCode, other.value().value(0).toString()));
    }
    return {};
}

Result<qint64> WorkerRepository::add(const SocialWorker &worker) const
{
    return inTransaction(m_db, [&]() -> Result<qint64> {
        if (Status s = validate(worker); !s)
            return s.error();
        return m_db.insert(kWorker.insert(), values(worker).ordered(kWorker));
    });
}

Status WorkerRepository::update(const SocialWorker &worker) const
{
    return inTransaction(m_db, [&]() -> Status {
        if (auto existing = get(worker.id); !existing)
            return existing.error();
        if (Status s = validate(worker); !s)
            return s;
        auto q = m_db.run(kWorker.update(), values(worker).ordered(kWorker, worker.id));
        if (!q)
            return q.error();
        return {};
    });
}

Status WorkerRepository::remove(qint64 id) const
{
    return inTransaction(m_db, [&]() -> Status {
        auto worker = get(id);
        if (!worker)
            return worker.error();
        // Which records keep the worker: each named, so the coordinator knows what holds it.
        struct Use
        {
            const char *sql;
            const char *what;
        };
        static const Use uses[] = {
            {"SELECT count(*) FROM placement WHERE worker_id = ?", QT_TR_NOOP("placements")},
            {"SELECT count(*) FROM attendance WHERE worker_id = ?", QT_TR_NOOP("attendance records")},
            {"SELECT count(*) FROM work_log WHERE worker_id = ?", QT_TR_NOOP("work log entries")},
            {"SELECT count(*) FROM activity WHERE worker_id = ?", QT_TR_NOOP("activities")},
            {"SELECT count(*) FROM funding_entry WHERE worker_id = ?", QT_TR_NOOP("pay entries")},
            {"SELECT count(*) FROM supervision_attendee WHERE worker_id = ?", QT_TR_NOOP("supervision sessions")},
            {"SELECT count(*) FROM follow_up WHERE worker_id = ?", QT_TR_NOOP("supervision follow-ups")},
            {"SELECT count(*) FROM exchange_attendee WHERE worker_id = ?", QT_TR_NOOP("exchange meetings")},
            {"SELECT count(*) FROM evaluation WHERE worker_id = ?", QT_TR_NOOP("evaluations")},
        };
        QStringList found;
        for (const Use &use : uses) {
            auto n = m_db.scalar(QLatin1String(use.sql), {id});
            if (!n)
                return n.error();
            if (n.value().toInt() > 0)
                found << QStringLiteral("%1 %2").arg(n.value().toInt()).arg(tr(use.what));
        }
        if (!found.isEmpty())
            return Error::invalid(
                tr("%1 cannot be removed: records refer to this worker (%2). Keep the worker and enter a "
                   "leaving date instead, or remove those records first.")
                    .arg(worker->name, found.join(QStringLiteral(", "))));
        auto q = m_db.run(QStringLiteral("DELETE FROM social_worker WHERE id = ?"), {id});
        if (!q)
            return q.error();
        return {};
    });
}

Result<QList<SocialWorker>> WorkerRepository::findByCodeOrName(const QString &text) const
{
    const QString key = text.trimmed();
    QList<SocialWorker> found;
    if (key.isEmpty())
        return found;
    auto q = m_db.run(kWorker.select() + QStringLiteral(" WHERE code = ? OR name = ? ORDER BY name, id"), {key, key});
    if (!q)
        return q.error();
    while (q.value().next())
        found << readWorker(q.value());
    return found;
}

SqlListSource WorkerRepository::listing(Database db)
{
    // Today as a literal of our own making (not user text), so the SQL stays portable.
    const QString today = QLatin1Char('\'') + isoDate(QDate::currentDate()) + QLatin1Char('\'');
    ListSpec spec;
    spec.from = QStringLiteral("social_worker w");
    spec.id = QStringLiteral("w.id");
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    spec.columns = {
        {tr("Staff no."), QStringLiteral("w.code"), Qt::AlignLeft | Qt::AlignVCenter, {}},
        {tr("Name"), QStringLiteral("w.name"), Qt::AlignLeft | Qt::AlignVCenter, {}},
        {tr("Gender"), QStringLiteral("w.gender"), Qt::AlignLeft | Qt::AlignVCenter, format::enumLabel<Gender>()},
        {tr("Qualification"), QStringLiteral("w.qualification"), Qt::AlignLeft | Qt::AlignVCenter,
         format::enumLabel<Qualification>()},
        {tr("Phone"), QStringLiteral("w.phone"), Qt::AlignLeft | Qt::AlignVCenter, {}},
        {tr("ID number"), QStringLiteral("w.id_number"), Qt::AlignLeft | Qt::AlignVCenter, format::maskedIdNumber},
        {tr("Current street"),
         QStringLiteral("(SELECT s.name FROM placement pl JOIN post p ON p.id = pl.post_id "
                        "JOIN contract c ON c.id = p.contract_id JOIN street s ON s.id = p.street_id "
                        "WHERE pl.worker_id = w.id AND pl.start_date <= %1 AND COALESCE(pl.end_date, c.end_date) >= %1 "
                        "ORDER BY pl.start_date DESC LIMIT 1)")
             .arg(today),
         Qt::AlignLeft | Qt::AlignVCenter,
         {}},
        {tr("Hired"), QStringLiteral("w.hired_on"), right, format::date},
        {tr("Left"), QStringLiteral("w.left_on"), right, format::date},
    };
    spec.searchColumns = {QStringLiteral("w.name"), QStringLiteral("w.code"), QStringLiteral("w.phone")};
    spec.statusColumn =
        QStringLiteral("CASE WHEN w.left_on IS NULL OR w.left_on > %1 THEN 'active' ELSE 'left' END").arg(today);
    spec.defaultOrder = QStringLiteral("w.name, w.id");
    return SqlListSource(std::move(db), std::move(spec));
}

} // namespace core
