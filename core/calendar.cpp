// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "calendar.h"

#include <QFile>
#include <QSqlQuery>
#include <QTextStream>

namespace core {

namespace {
bool isWeekday(QDate day)
{
    return day.dayOfWeek() <= 5;
}
} // namespace

QList<Calendar::SpecialDay> Calendar::officialDays()
{
    QList<SpecialDay> days;
    QFile file(QStringLiteral(":/calendar/cn-public-holidays-2025-2026.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return days;
    QTextStream in(&file);
    in.readLine(); // header: date,kind,name
    while (!in.atEnd()) {
        const QStringList fields = in.readLine().split(QLatin1Char(','));
        if (fields.size() < 3)
            continue;
        const auto kind = fromCode<CalendarKind>(fields.at(1));
        const QDate day = fromIsoDate(fields.at(0));
        if (kind && day.isValid())
            days.append({day, *kind, fields.mid(2).join(QLatin1Char(','))});
    }
    return days;
}

Status Calendar::ensureYears(int firstYear, int lastYear) const
{
    auto known = m_db.run(QStringLiteral("SELECT count(*) FROM calendar_day WHERE day BETWEEN ? AND ?"),
                          {isoDate(QDate(firstYear, 1, 1)), isoDate(QDate(lastYear, 12, 31))});
    if (!known)
        return known.error();
    known.value().next();
    const int expected = QDate(firstYear, 1, 1).daysTo(QDate(lastYear, 12, 31)) + 1;
    if (known.value().value(0).toInt() == expected)
        return {};

    QSqlQuery insert = m_db.prepare(
        QStringLiteral("INSERT INTO calendar_day (day, workday) VALUES (?, ?) ON CONFLICT (day) DO NOTHING"));
    for (QDate d(firstYear, 1, 1); d.year() <= lastYear; d = d.addDays(1)) {
        insert.addBindValue(isoDate(d));
        insert.addBindValue(isWeekday(d) ? 1 : 0);
        if (!insert.exec())
            return toError(insert.lastError());
    }
    // Official arrangements apply only to days that still follow the weekday default.
    QSqlQuery special = m_db.prepare(
        QStringLiteral("UPDATE calendar_day SET workday = ?, kind = ?, name = ? WHERE day = ? AND kind IS NULL"));
    for (const SpecialDay &s : officialDays()) {
        if (s.day.year() < firstYear || s.day.year() > lastYear)
            continue;
        special.addBindValue(s.kind == CalendarKind::Workday ? 1 : 0);
        special.addBindValue(code(s.kind));
        special.addBindValue(s.name);
        special.addBindValue(isoDate(s.day));
        if (!special.exec())
            return toError(special.lastError());
    }
    return {};
}

bool Calendar::isWorkday(QDate day) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT workday FROM calendar_day WHERE day = ?"), {isoDate(day)});
    if (!v || v.value().isNull())
        return isWeekday(day);
    return v.value().toInt() == 1;
}

int Calendar::workdays(QDate from, QDate to) const
{
    if (to < from)
        return 0;
    auto v = m_db.scalar(QStringLiteral("SELECT count(*) FROM calendar_day WHERE workday = 1 AND day BETWEEN ? AND ?"),
                         {isoDate(from), isoDate(to)});
    return v ? v.value().toInt() : 0;
}

Result<QList<Calendar::SpecialDay>> Calendar::specialDays(int year) const
{
    auto q = m_db.run(QStringLiteral("SELECT day, kind, name FROM calendar_day "
                                     "WHERE kind IS NOT NULL AND day BETWEEN ? AND ? ORDER BY day"),
                      {isoDate(QDate(year, 1, 1)), isoDate(QDate(year, 12, 31))});
    if (!q)
        return q.error();
    QList<SpecialDay> days;
    while (q.value().next())
        days.append({fromIsoDate(q.value().value(0).toString()),
                     fromCode<CalendarKind>(q.value().value(1).toString()).value_or(CalendarKind::Holiday),
                     q.value().value(2).toString()});
    return days;
}

Status Calendar::setSpecialDay(const SpecialDay &day) const
{
    if (!day.day.isValid())
        return Error::invalid(tr("The date is not valid."));
    if (Status s = ensureYears(day.day.year(), day.day.year()); !s)
        return s;
    auto q =
        m_db.run(QStringLiteral("UPDATE calendar_day SET workday = ?, kind = ?, name = ? WHERE day = ?"),
                 {day.kind == CalendarKind::Workday ? 1 : 0, code(day.kind), day.name.trimmed(), isoDate(day.day)});
    if (!q)
        return q.error();
    return {};
}

Status Calendar::clearSpecialDay(QDate day) const
{
    auto q = m_db.run(QStringLiteral("UPDATE calendar_day SET workday = ?, kind = NULL, name = '' WHERE day = ?"),
                      {isWeekday(day) ? 1 : 0, isoDate(day)});
    if (!q)
        return q.error();
    return {};
}

} // namespace core
