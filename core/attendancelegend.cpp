// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "attendancelegend.h"

#include <QHash>
#include <QSet>

namespace core {

namespace {

QString normalised(QStringView text)
{
    return text.trimmed().toString().normalized(QString::NormalizationForm_KC).toLower();
}

const QHash<QString, AttendanceStatus> &wordTable()
{
    static const QHash<QString, AttendanceStatus> table = [] {
        using S = AttendanceStatus;
        QHash<QString, S> t{
            {QStringLiteral("出勤"), S::Present},
            {QStringLiteral("正常"), S::Present},
            {QStringLiteral("在岗"), S::Present},
            {QStringLiteral("迟到"), S::Late},
            {QStringLiteral("早退"), S::LeftEarly},
            {QStringLiteral("旷工"), S::Absent},
            {QStringLiteral("病假"), S::SickLeave},
            {QStringLiteral("事假"), S::PersonalLeave},
            {QStringLiteral("年假"), S::AnnualLeave},
            {QStringLiteral("公出"), S::BusinessOut},
            {QStringLiteral("外出"), S::BusinessOut},
            {QStringLiteral("present"), S::Present},
            {QStringLiteral("late"), S::Late},
            {QStringLiteral("left early"), S::LeftEarly},
            {QStringLiteral("absent"), S::Absent},
            {QStringLiteral("absent without leave"), S::Absent},
            {QStringLiteral("sick leave"), S::SickLeave},
            {QStringLiteral("personal leave"), S::PersonalLeave},
            {QStringLiteral("annual leave"), S::AnnualLeave},
            {QStringLiteral("business out"), S::BusinessOut},
        };
        for (S s : allValues<S>())
            t.insert(code(s), s);
        return t;
    }();
    return table;
}

} // namespace

const QString &AttendanceLegend::settingKey()
{
    static const QString key = QStringLiteral("attendance_legend");
    return key;
}

AttendanceLegend AttendanceLegend::defaults()
{
    using S = AttendanceStatus;
    AttendanceLegend legend;
    legend.entries = {
        {QStringLiteral("√"), QStringLiteral("出勤"), S::Present},
        {QStringLiteral("迟"), QStringLiteral("迟到"), S::Late},
        {QStringLiteral("退"), QStringLiteral("早退"), S::LeftEarly},
        {QStringLiteral("旷"), QStringLiteral("旷工"), S::Absent},
        {QStringLiteral("病"), QStringLiteral("病假"), S::SickLeave},
        {QStringLiteral("事"), QStringLiteral("事假"), S::PersonalLeave},
        {QStringLiteral("年"), QStringLiteral("年假"), S::AnnualLeave},
        {QStringLiteral("公"), QStringLiteral("公出"), S::BusinessOut},
    };
    return legend;
}

std::optional<AttendanceStatus> AttendanceLegend::statusOf(QStringView mark, bool lettersToo) const
{
    const QString m = normalised(mark);
    if (m.isEmpty())
        return std::nullopt;
    for (const Entry &e : entries)
        if (normalised(e.mark) == m)
            return e.status;
    if (lettersToo && m.size() == 1)
        return fromShortCode(m.at(0));
    return std::nullopt;
}

QString AttendanceLegend::markOf(AttendanceStatus status) const
{
    for (const Entry &e : entries)
        if (e.status == status)
            return e.mark;
    return QString(shortCode(status));
}

std::optional<AttendanceStatus> AttendanceLegend::statusWord(QStringView word)
{
    const QString w = normalised(word);
    if (w.isEmpty())
        return std::nullopt;
    if (const auto it = wordTable().constFind(w); it != wordTable().constEnd())
        return *it;
    for (AttendanceStatus s : allValues<AttendanceStatus>())
        if (normalised(label(s)) == w)
            return s;
    return std::nullopt;
}

Status AttendanceLegend::validate() const
{
    QSet<QString> seen;
    for (const Entry &e : entries) {
        const QString m = normalised(e.mark);
        if (m.isEmpty())
            return Error::invalid(tr("Every line of the attendance legend needs a mark."));
        if (m.contains(QLatin1Char('|')) || m.contains(QLatin1Char(';')) || m.contains(QLatin1Char('=')))
            return Error::invalid(tr("The mark “%1” cannot contain |, ; or =.").arg(e.mark));
        if (seen.contains(m))
            return Error::invalid(tr("The mark “%1” stands for two statuses in the attendance legend.").arg(e.mark));
        seen.insert(m);
        if (m.size() == 1)
            if (const auto letter = fromShortCode(m.at(0)); letter && *letter != e.status)
                return Error::invalid(tr("The mark “%1” is the letter of “%2”; choose another mark for “%3”.")
                                          .arg(e.mark, label(*letter), label(e.status)));
    }
    return {};
}

QString AttendanceLegend::toText() const
{
    QStringList parts;
    for (const Entry &e : entries)
        parts << e.mark + QLatin1Char('|') + QString(e.word).remove(QLatin1Char(';')).remove(QLatin1Char('|')) +
                     QLatin1Char('|') + code(e.status);
    return parts.join(QLatin1Char(';'));
}

std::optional<AttendanceLegend> AttendanceLegend::parse(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    AttendanceLegend legend;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList fields = part.split(QLatin1Char('|'));
        if (fields.size() != 3)
            return std::nullopt;
        const auto status = fromCode<AttendanceStatus>(fields.at(2).trimmed());
        if (!status)
            return std::nullopt;
        legend.entries.append({fields.at(0).trimmed(), fields.at(1).trimmed(), *status});
    }
    if (!legend.validate())
        return std::nullopt;
    return legend;
}

AttendanceLegend AttendanceLegend::load(const Database &db)
{
    return parse(db.setting(settingKey())).value_or(defaults());
}

} // namespace core
