// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "attendancerule.h"

#include <QSet>
#include <QStringList>

namespace core {

namespace {

const AttendanceClass kClasses[] = {AttendanceClass::Attended, AttendanceClass::Excused, AttendanceClass::Against};

QString joined(const QList<AttendanceStatus> &statuses)
{
    QStringList labels;
    for (AttendanceStatus s : statuses)
        labels << label(s);
    // "、" in Chinese, ", " in English.
    return labels.join(AttendanceRule::tr(", ", "between the statuses of a list"));
}

} // namespace

AttendanceRule::AttendanceRule()
{
    for (AttendanceStatus s : allValues<AttendanceStatus>())
        m_class.insert(s, AttendanceClass::Against);
    for (AttendanceStatus s : {AttendanceStatus::Present, AttendanceStatus::Late, AttendanceStatus::LeftEarly,
                               AttendanceStatus::BusinessOut})
        m_class.insert(s, AttendanceClass::Attended);
    m_class.insert(AttendanceStatus::AnnualLeave, AttendanceClass::Excused);
}

AttendanceRule AttendanceRule::legacy()
{
    AttendanceRule rule;
    rule.set(AttendanceStatus::AnnualLeave, AttendanceClass::Against);
    return rule;
}

const QString &AttendanceRule::settingKey()
{
    static const QString key = QStringLiteral("attendance_rule");
    return key;
}

QList<AttendanceStatus> AttendanceRule::statuses(AttendanceClass cls) const
{
    QList<AttendanceStatus> result;
    for (AttendanceStatus s : allValues<AttendanceStatus>())
        if (classOf(s) == cls)
            result << s;
    return result;
}

QVariantList AttendanceRule::codes(AttendanceClass cls) const
{
    QVariantList result;
    for (AttendanceStatus s : statuses(cls))
        result << code(s);
    return result;
}

QString AttendanceRule::inSql(const QString &column, AttendanceClass cls) const
{
    const qsizetype n = statuses(cls).size();
    if (n == 0)
        return QStringLiteral("1 = 0");
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("%1 IN (%2)").arg(column, marks.join(QStringLiteral(", ")));
}

std::optional<double> AttendanceRule::rate(int attended, int required, int excused)
{
    const int base = required - excused;
    if (base <= 0)
        return std::nullopt;
    return double(attended) / double(base);
}

QString AttendanceRule::describe() const
{
    const QList<AttendanceStatus> excused = statuses(AttendanceClass::Excused);
    const QString formula =
        excused.isEmpty() ? tr("Attendance rate = days attended ÷ required days")
                          : tr("Attendance rate = days attended ÷ (required days − days of %1)").arg(joined(excused));
    QString line = formula + tr("; counted as attended: %1").arg(joined(statuses(AttendanceClass::Attended)));
    const QList<AttendanceStatus> against = statuses(AttendanceClass::Against);
    if (!against.isEmpty())
        line += tr("; counted against: %1").arg(joined(against));
    return line;
}

Status AttendanceRule::validate() const
{
    if (!isAttended(AttendanceStatus::Present))
        return Error::invalid(
            tr("“%1” must count as attended in the attendance rule.").arg(label(AttendanceStatus::Present)));
    if (classOf(AttendanceStatus::Absent) != AttendanceClass::Against)
        return Error::invalid(tr("“%1” must count against the attendance rate in the attendance rule.")
                                  .arg(label(AttendanceStatus::Absent)));
    return {};
}

QString AttendanceRule::toText() const
{
    QStringList parts;
    for (AttendanceClass cls : kClasses) {
        QStringList names;
        for (const QVariant &c : codes(cls))
            names << c.toString();
        parts << names.join(QLatin1Char(','));
    }
    return parts.join(QLatin1Char('|'));
}

std::optional<AttendanceRule> AttendanceRule::parse(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('|'));
    if (parts.size() != 3)
        return std::nullopt;
    AttendanceRule rule;
    QSet<AttendanceStatus> seen;
    for (int i = 0; i < 3; ++i) {
        for (const QString &name : parts.at(i).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto status = fromCode<AttendanceStatus>(name.trimmed());
            if (!status || seen.contains(*status))
                return std::nullopt;
            seen.insert(*status);
            rule.set(*status, kClasses[i]);
        }
    }
    return rule;
}

AttendanceRule AttendanceRule::load(const Database &db)
{
    return parse(db.setting(settingKey())).value_or(AttendanceRule());
}

QString label(AttendanceClass cls)
{
    switch (cls) {
    case AttendanceClass::Attended:
        return AttendanceRule::tr("Counted as attended");
    case AttendanceClass::Excused:
        return AttendanceRule::tr("Excused (not required)");
    case AttendanceClass::Against:
        return AttendanceRule::tr("Counted against");
    }
    return {};
}

} // namespace core
