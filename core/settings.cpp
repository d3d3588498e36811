// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "settings.h"

#include <QHash>

namespace core {

namespace {

// The keys of the settings table (001_initial.sql, 002_...). Never rename one: files keep them.
const QString kAgencyName = QStringLiteral("agency_name");
const QString kOverheadKind = QStringLiteral("overhead_kind");
const QString kOverheadRate = QStringLiteral("overhead_rate_bp");
const QString kOverheadFixed = QStringLiteral("overhead_fixed");
const QString kAlertContract = QStringLiteral("alert_contract_days");
const QString kAlertUnsupervised = QStringLiteral("alert_unsupervised_days");
const QString kAlertPending = QStringLiteral("alert_pending_days");
const QString kWorkStart = QStringLiteral("work_start");
const QString kWorkEnd = QStringLiteral("work_end");
const QString kReferenceWage = QStringLiteral("reference_wage");
const QString kGradeExcellent = QStringLiteral("grade_excellent");
const QString kGradeGood = QStringLiteral("grade_good");
const QString kGradePass = QStringLiteral("grade_pass");
const QString kBackupKeep = QStringLiteral("backup_keep");
const QString kLanguage = QStringLiteral("language");
// 002_attendance_rule_interim.sql
const QString kEvaluationMinDays = QStringLiteral("evaluation_min_days");

const QString kTimeFormat = QStringLiteral("HH:mm");

int intOr(const QHash<QString, QString> &values, const QString &key, int fallback)
{
    bool ok = false;
    const int v = values.value(key).toInt(&ok);
    return ok ? v : fallback;
}

Money fenOr(const QHash<QString, QString> &values, const QString &key, Money fallback)
{
    bool ok = false;
    const qint64 v = values.value(key).toLongLong(&ok);
    return ok ? Money::fromFen(v) : fallback;
}

QTime timeOr(const QHash<QString, QString> &values, const QString &key, QTime fallback)
{
    const QTime t = QTime::fromString(values.value(key), kTimeFormat);
    return t.isValid() ? t : fallback;
}

} // namespace

Result<Settings> Settings::load(const Database &db)
{
    auto q = db.run(QStringLiteral("SELECT key, value FROM settings"));
    if (!q)
        return q.error();
    QHash<QString, QString> values;
    while (q.value().next())
        values.insert(q.value().value(0).toString(), q.value().value(1).toString());

    const Settings d;
    Settings s;
    s.agencyName = values.value(kAgencyName, d.agencyName);
    s.overheadKind = fromCode<OverheadKind>(values.value(kOverheadKind)).value_or(d.overheadKind);
    s.overheadRateBp = intOr(values, kOverheadRate, d.overheadRateBp);
    s.overheadFixed = fenOr(values, kOverheadFixed, d.overheadFixed);
    s.alertContractDays = intOr(values, kAlertContract, d.alertContractDays);
    s.alertUnsupervisedDays = intOr(values, kAlertUnsupervised, d.alertUnsupervisedDays);
    s.alertPendingDays = intOr(values, kAlertPending, d.alertPendingDays);
    s.workStart = timeOr(values, kWorkStart, d.workStart);
    s.workEnd = timeOr(values, kWorkEnd, d.workEnd);
    s.referenceWage = fenOr(values, kReferenceWage, d.referenceWage);
    s.gradeExcellent = intOr(values, kGradeExcellent, d.gradeExcellent);
    s.gradeGood = intOr(values, kGradeGood, d.gradeGood);
    s.gradePass = intOr(values, kGradePass, d.gradePass);
    s.attendanceRule = AttendanceRule::parse(values.value(AttendanceRule::settingKey())).value_or(d.attendanceRule);
    s.attendanceLegend =
        AttendanceLegend::parse(values.value(AttendanceLegend::settingKey())).value_or(d.attendanceLegend);
    s.evaluationMinDays = intOr(values, kEvaluationMinDays, d.evaluationMinDays);
    s.backupKeep = intOr(values, kBackupKeep, d.backupKeep);
    s.language = values.value(kLanguage, d.language);
    return s;
}

Status Settings::validate(const Settings &s)
{
    if (s.agencyName.trimmed().isEmpty())
        return Error::invalid(tr("Give the agency's name; it is printed on evaluation sheets."));
    if (s.overheadRateBp < 0 || s.overheadRateBp > 10000)
        return Error::invalid(tr("The default overhead rate must lie between 0% and 100%."));
    if (s.overheadFixed < Money())
        return Error::invalid(tr("The default fixed overhead per post cannot be negative."));
    if (s.alertContractDays < 0 || s.alertUnsupervisedDays < 0 || s.alertPendingDays < 0)
        return Error::invalid(tr("Alert periods are numbers of days and cannot be negative."));
    if (!s.workStart.isValid() || !s.workEnd.isValid())
        return Error::invalid(tr("Give the start and end of the working day as times, e.g. 09:00 and 17:30."));
    if (s.workStart >= s.workEnd)
        return Error::invalid(tr("The working day must start (%1) before it ends (%2).")
                                  .arg(s.workStart.toString(kTimeFormat), s.workEnd.toString(kTimeFormat)));
    if (s.referenceWage < Money())
        return Error::invalid(tr("The reference wage cannot be negative."));
    if (s.gradePass < 0 || s.gradeExcellent > 100)
        return Error::invalid(tr("Grade thresholds are scores between 0 and 100."));
    if (!(s.gradeExcellent > s.gradeGood && s.gradeGood > s.gradePass))
        return Error::invalid(tr("Grade thresholds must go down in order: excellent (%1) above good (%2) above "
                                 "pass (%3).")
                                  .arg(s.gradeExcellent)
                                  .arg(s.gradeGood)
                                  .arg(s.gradePass));
    if (Status rule = s.attendanceRule.validate(); !rule)
        return rule;
    if (Status legend = s.attendanceLegend.validate(); !legend)
        return legend;
    if (s.evaluationMinDays < 0 || s.evaluationMinDays > 366)
        return Error::invalid(tr("The shortest placement evaluated is a number of working days from 0 to 366."));
    if (s.backupKeep < 0)
        return Error::invalid(tr("The number of backup copies to keep cannot be negative."));
    if (!s.language.isEmpty() && s.language != u"zh_CN" && s.language != u"en")
        return Error::invalid(
            tr("Unknown language “%1”: choose Chinese, English or the system's language.").arg(s.language));
    return {};
}

Status Settings::save(const Database &db, const Settings &s)
{
    if (Status v = validate(s); !v)
        return v;
    const QList<std::pair<QString, QString>> values = {
        {kAgencyName, s.agencyName.trimmed()},
        {kOverheadKind, code(s.overheadKind)},
        {kOverheadRate, QString::number(s.overheadRateBp)},
        {kOverheadFixed, QString::number(s.overheadFixed.fen())},
        {kAlertContract, QString::number(s.alertContractDays)},
        {kAlertUnsupervised, QString::number(s.alertUnsupervisedDays)},
        {kAlertPending, QString::number(s.alertPendingDays)},
        {kWorkStart, s.workStart.toString(kTimeFormat)},
        {kWorkEnd, s.workEnd.toString(kTimeFormat)},
        {kReferenceWage, QString::number(s.referenceWage.fen())},
        {kGradeExcellent, QString::number(s.gradeExcellent)},
        {kGradeGood, QString::number(s.gradeGood)},
        {kGradePass, QString::number(s.gradePass)},
        {AttendanceRule::settingKey(), s.attendanceRule.toText()},
        {AttendanceLegend::settingKey(), s.attendanceLegend.toText()},
        {kEvaluationMinDays, QString::number(s.evaluationMinDays)},
        {kBackupKeep, QString::number(s.backupKeep)},
        {kLanguage, nonNull(s.language)},
    };
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.error();
    for (const auto &[key, value] : values)
        if (Status st = db.setSetting(key, value); !st)
            return st;
    return transaction.commit();
}

} // namespace core
