// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// Generated once from a table, then kept by hand: codes are stored in files, so never rename one.
#include "enums.h"

#include <QCoreApplication>

namespace core {

namespace {

template <typename E> struct Entry
{
    E value;
    const char *code;
    const char *label;
};

template <typename E, std::size_t N> const Entry<E> &find(const Entry<E> (&table)[N], E value)
{
    for (const auto &e : table)
        if (e.value == value)
            return e;
    return table[0];
}

const Entry<ContractStatus> kContractStatus[] = {
    {ContractStatus::Draft, "draft", QT_TRANSLATE_NOOP("core::Enums", "Draft")},
    {ContractStatus::Active, "active", QT_TRANSLATE_NOOP("core::Enums", "Active")},
    {ContractStatus::Ended, "ended", QT_TRANSLATE_NOOP("core::Enums", "Ended")},
    {ContractStatus::Terminated, "terminated", QT_TRANSLATE_NOOP("core::Enums", "Terminated")},
};
const Entry<OverheadKind> kOverheadKind[] = {
    {OverheadKind::Rate, "rate", QT_TRANSLATE_NOOP("core::Enums", "Share of funding")},
    {OverheadKind::Fixed, "fixed", QT_TRANSLATE_NOOP("core::Enums", "Fixed amount per post")},
};
const Entry<Gender> kGender[] = {
    {Gender::Unknown, "", QT_TRANSLATE_NOOP("core::Enums", "Not given")},
    {Gender::Female, "female", QT_TRANSLATE_NOOP("core::Enums", "Female")},
    {Gender::Male, "male", QT_TRANSLATE_NOOP("core::Enums", "Male")},
};
const Entry<Qualification> kQualification[] = {
    {Qualification::None, "none", QT_TRANSLATE_NOOP("core::Enums", "No certificate")},
    {Qualification::Assistant, "assistant", QT_TRANSLATE_NOOP("core::Enums", "Assistant social worker")},
    {Qualification::SocialWorker, "social_worker", QT_TRANSLATE_NOOP("core::Enums", "Social worker")},
    {Qualification::Senior, "senior", QT_TRANSLATE_NOOP("core::Enums", "Senior social worker")},
};
const Entry<PlacementEndReason> kPlacementEndReason[] = {
    {PlacementEndReason::ContractEnd, "contract_end", QT_TRANSLATE_NOOP("core::Enums", "Contract ended")},
    {PlacementEndReason::Resigned, "resigned", QT_TRANSLATE_NOOP("core::Enums", "Resigned")},
    {PlacementEndReason::Transferred, "transferred", QT_TRANSLATE_NOOP("core::Enums", "Transferred")},
    {PlacementEndReason::Dismissed, "dismissed", QT_TRANSLATE_NOOP("core::Enums", "Dismissed")},
    {PlacementEndReason::Other, "other", QT_TRANSLATE_NOOP("core::Enums", "Other")},
};
const Entry<FundingKind> kFundingKind[] = {
    {FundingKind::Receipt, "receipt", QT_TRANSLATE_NOOP("core::Enums", "Receipt")},
    {FundingKind::Overhead, "overhead", QT_TRANSLATE_NOOP("core::Enums", "Overhead kept")},
    {FundingKind::Pay, "pay", QT_TRANSLATE_NOOP("core::Enums", "Pay to worker")},
};
const Entry<AttendanceStatus> kAttendanceStatus[] = {
    {AttendanceStatus::Present, "present", QT_TRANSLATE_NOOP("core::Enums", "Present")},
    {AttendanceStatus::Late, "late", QT_TRANSLATE_NOOP("core::Enums", "Late")},
    {AttendanceStatus::LeftEarly, "left_early", QT_TRANSLATE_NOOP("core::Enums", "Left early")},
    {AttendanceStatus::Absent, "absent", QT_TRANSLATE_NOOP("core::Enums", "Absent without leave")},
    {AttendanceStatus::SickLeave, "sick", QT_TRANSLATE_NOOP("core::Enums", "Sick leave")},
    {AttendanceStatus::PersonalLeave, "personal", QT_TRANSLATE_NOOP("core::Enums", "Personal leave")},
    {AttendanceStatus::AnnualLeave, "annual", QT_TRANSLATE_NOOP("core::Enums", "Annual leave")},
    {AttendanceStatus::BusinessOut, "business", QT_TRANSLATE_NOOP("core::Enums", "Business out")},
};
const Entry<CalendarKind> kCalendarKind[] = {
    {CalendarKind::Holiday, "holiday", QT_TRANSLATE_NOOP("core::Enums", "Public holiday")},
    {CalendarKind::Workday, "workday", QT_TRANSLATE_NOOP("core::Enums", "Make-up working day")},
};
const Entry<WorkCategory> kWorkCategory[] = {
    {WorkCategory::Casework, "casework", QT_TRANSLATE_NOOP("core::Enums", "Casework")},
    {WorkCategory::Group, "group", QT_TRANSLATE_NOOP("core::Enums", "Group work")},
    {WorkCategory::Community, "community", QT_TRANSLATE_NOOP("core::Enums", "Community activity")},
    {WorkCategory::Resource, "resource", QT_TRANSLATE_NOOP("core::Enums", "Resource linking")},
    {WorkCategory::Admin, "admin", QT_TRANSLATE_NOOP("core::Enums", "Departmental chores")},
    {WorkCategory::Meeting, "meeting", QT_TRANSLATE_NOOP("core::Enums", "Meetings")},
    {WorkCategory::Report, "report", QT_TRANSLATE_NOOP("core::Enums", "Statistics and reports")},
};
const Entry<ActivityType> kActivityType[] = {
    {ActivityType::Casework, "casework", QT_TRANSLATE_NOOP("core::Enums", "Casework")},
    {ActivityType::Group, "group", QT_TRANSLATE_NOOP("core::Enums", "Group work")},
    {ActivityType::Community, "community", QT_TRANSLATE_NOOP("core::Enums", "Community activity")},
};
const Entry<ActivityStatus> kActivityStatus[] = {
    {ActivityStatus::Draft, "draft", QT_TRANSLATE_NOOP("core::Enums", "Draft")},
    {ActivityStatus::Submitted, "submitted", QT_TRANSLATE_NOOP("core::Enums", "Submitted")},
    {ActivityStatus::Approved, "approved", QT_TRANSLATE_NOOP("core::Enums", "Approved")},
    {ActivityStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("core::Enums", "Rejected")},
    {ActivityStatus::Held, "held", QT_TRANSLATE_NOOP("core::Enums", "Held")},
    {ActivityStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("core::Enums", "Cancelled")},
};
const Entry<TargetGroup> kTargetGroup[] = {
    {TargetGroup::Elderly, "elderly", QT_TRANSLATE_NOOP("core::Enums", "Elderly")},
    {TargetGroup::Disabled, "disabled", QT_TRANSLATE_NOOP("core::Enums", "People with disabilities")},
    {TargetGroup::Youth, "youth", QT_TRANSLATE_NOOP("core::Enums", "Youth")},
    {TargetGroup::Poor, "poor", QT_TRANSLATE_NOOP("core::Enums", "People in hardship")},
    {TargetGroup::Migrant, "migrant", QT_TRANSLATE_NOOP("core::Enums", "Migrants")},
    {TargetGroup::Residents, "residents", QT_TRANSLATE_NOOP("core::Enums", "All residents")},
};
const Entry<SupervisionForm> kSupervisionForm[] = {
    {SupervisionForm::Individual, "individual", QT_TRANSLATE_NOOP("core::Enums", "Individual")},
    {SupervisionForm::Group, "group", QT_TRANSLATE_NOOP("core::Enums", "Group")},
    {SupervisionForm::Peer, "peer", QT_TRANSLATE_NOOP("core::Enums", "Peer")},
    {SupervisionForm::OnSite, "onsite", QT_TRANSLATE_NOOP("core::Enums", "On-site")},
    {SupervisionForm::Remote, "remote", QT_TRANSLATE_NOOP("core::Enums", "Phone or online")},
};
const Entry<MeetingKind> kMeetingKind[] = {
    {MeetingKind::Experience, "experience", QT_TRANSLATE_NOOP("core::Enums", "Experience sharing")},
    {MeetingKind::Social, "social", QT_TRANSLATE_NOOP("core::Enums", "Social gathering")},
    {MeetingKind::Training, "training", QT_TRANSLATE_NOOP("core::Enums", "Training")},
    {MeetingKind::Other, "other", QT_TRANSLATE_NOOP("core::Enums", "Other")},
};
const Entry<ScoringMethod> kScoringMethod[] = {
    {ScoringMethod::Attendance, "attendance", QT_TRANSLATE_NOOP("core::Enums", "Attendance rate")},
    {ScoringMethod::Activities, "activities", QT_TRANSLATE_NOOP("core::Enums", "Activities held against a target")},
    {ScoringMethod::Supervision, "supervision",
     QT_TRANSLATE_NOOP("core::Enums", "Supervision attended against expected")},
    {ScoringMethod::Summary, "summary", QT_TRANSLATE_NOOP("core::Enums", "Work summary submitted")},
    {ScoringMethod::Judgement, "judgement", QT_TRANSLATE_NOOP("core::Enums", "Supervisor's judgement")},
};
const Entry<EvaluationStatus> kEvaluationStatus[] = {
    {EvaluationStatus::Draft, "draft", QT_TRANSLATE_NOOP("core::Enums", "Draft")},
    {EvaluationStatus::Final, "final", QT_TRANSLATE_NOOP("core::Enums", "Final")},
};
const Entry<Grade> kGrade[] = {
    {Grade::None, "", QT_TRANSLATE_NOOP("core::Enums", "Not graded")},
    {Grade::Excellent, "excellent", QT_TRANSLATE_NOOP("core::Enums", "Excellent")},
    {Grade::Good, "good", QT_TRANSLATE_NOOP("core::Enums", "Good")},
    {Grade::Pass, "pass", QT_TRANSLATE_NOOP("core::Enums", "Pass")},
    {Grade::Fail, "fail", QT_TRANSLATE_NOOP("core::Enums", "Fail")},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("core::Enums", text);
}

} // namespace

QString code(ContractStatus v)
{
    return QString::fromLatin1(find(kContractStatus, v).code);
}
QString label(ContractStatus v)
{
    return tr(find(kContractStatus, v).label);
}
template <> QList<ContractStatus> allValues<ContractStatus>()
{
    QList<ContractStatus> values;
    for (const auto &e : kContractStatus)
        values.append(e.value);
    return values;
}

QString code(OverheadKind v)
{
    return QString::fromLatin1(find(kOverheadKind, v).code);
}
QString label(OverheadKind v)
{
    return tr(find(kOverheadKind, v).label);
}
template <> QList<OverheadKind> allValues<OverheadKind>()
{
    QList<OverheadKind> values;
    for (const auto &e : kOverheadKind)
        values.append(e.value);
    return values;
}

QString code(Gender v)
{
    return QString::fromLatin1(find(kGender, v).code);
}
QString label(Gender v)
{
    return tr(find(kGender, v).label);
}
template <> QList<Gender> allValues<Gender>()
{
    QList<Gender> values;
    for (const auto &e : kGender)
        values.append(e.value);
    return values;
}

QString code(Qualification v)
{
    return QString::fromLatin1(find(kQualification, v).code);
}
QString label(Qualification v)
{
    return tr(find(kQualification, v).label);
}
template <> QList<Qualification> allValues<Qualification>()
{
    QList<Qualification> values;
    for (const auto &e : kQualification)
        values.append(e.value);
    return values;
}

QString code(PlacementEndReason v)
{
    return QString::fromLatin1(find(kPlacementEndReason, v).code);
}
QString label(PlacementEndReason v)
{
    return tr(find(kPlacementEndReason, v).label);
}
template <> QList<PlacementEndReason> allValues<PlacementEndReason>()
{
    QList<PlacementEndReason> values;
    for (const auto &e : kPlacementEndReason)
        values.append(e.value);
    return values;
}

QString code(FundingKind v)
{
    return QString::fromLatin1(find(kFundingKind, v).code);
}
QString label(FundingKind v)
{
    return tr(find(kFundingKind, v).label);
}
template <> QList<FundingKind> allValues<FundingKind>()
{
    QList<FundingKind> values;
    for (const auto &e : kFundingKind)
        values.append(e.value);
    return values;
}

QString code(AttendanceStatus v)
{
    return QString::fromLatin1(find(kAttendanceStatus, v).code);
}
QString label(AttendanceStatus v)
{
    return tr(find(kAttendanceStatus, v).label);
}
QString sourceLabel(AttendanceStatus v)
{
    return QString::fromLatin1(find(kAttendanceStatus, v).label);
}
template <> QList<AttendanceStatus> allValues<AttendanceStatus>()
{
    QList<AttendanceStatus> values;
    for (const auto &e : kAttendanceStatus)
        values.append(e.value);
    return values;
}

QString code(CalendarKind v)
{
    return QString::fromLatin1(find(kCalendarKind, v).code);
}
QString label(CalendarKind v)
{
    return tr(find(kCalendarKind, v).label);
}
template <> QList<CalendarKind> allValues<CalendarKind>()
{
    QList<CalendarKind> values;
    for (const auto &e : kCalendarKind)
        values.append(e.value);
    return values;
}

QString code(WorkCategory v)
{
    return QString::fromLatin1(find(kWorkCategory, v).code);
}
QString label(WorkCategory v)
{
    return tr(find(kWorkCategory, v).label);
}
QString sourceLabel(WorkCategory v)
{
    return QString::fromLatin1(find(kWorkCategory, v).label);
}
template <> QList<WorkCategory> allValues<WorkCategory>()
{
    QList<WorkCategory> values;
    for (const auto &e : kWorkCategory)
        values.append(e.value);
    return values;
}

QString code(ActivityType v)
{
    return QString::fromLatin1(find(kActivityType, v).code);
}
QString label(ActivityType v)
{
    return tr(find(kActivityType, v).label);
}
template <> QList<ActivityType> allValues<ActivityType>()
{
    QList<ActivityType> values;
    for (const auto &e : kActivityType)
        values.append(e.value);
    return values;
}

QString code(ActivityStatus v)
{
    return QString::fromLatin1(find(kActivityStatus, v).code);
}
QString label(ActivityStatus v)
{
    return tr(find(kActivityStatus, v).label);
}
template <> QList<ActivityStatus> allValues<ActivityStatus>()
{
    QList<ActivityStatus> values;
    for (const auto &e : kActivityStatus)
        values.append(e.value);
    return values;
}

QString code(TargetGroup v)
{
    return QString::fromLatin1(find(kTargetGroup, v).code);
}
QString label(TargetGroup v)
{
    return tr(find(kTargetGroup, v).label);
}
template <> QList<TargetGroup> allValues<TargetGroup>()
{
    QList<TargetGroup> values;
    for (const auto &e : kTargetGroup)
        values.append(e.value);
    return values;
}

QString code(SupervisionForm v)
{
    return QString::fromLatin1(find(kSupervisionForm, v).code);
}
QString label(SupervisionForm v)
{
    return tr(find(kSupervisionForm, v).label);
}
template <> QList<SupervisionForm> allValues<SupervisionForm>()
{
    QList<SupervisionForm> values;
    for (const auto &e : kSupervisionForm)
        values.append(e.value);
    return values;
}

QString code(MeetingKind v)
{
    return QString::fromLatin1(find(kMeetingKind, v).code);
}
QString label(MeetingKind v)
{
    return tr(find(kMeetingKind, v).label);
}
template <> QList<MeetingKind> allValues<MeetingKind>()
{
    QList<MeetingKind> values;
    for (const auto &e : kMeetingKind)
        values.append(e.value);
    return values;
}

QString code(ScoringMethod v)
{
    return QString::fromLatin1(find(kScoringMethod, v).code);
}
QString label(ScoringMethod v)
{
    return tr(find(kScoringMethod, v).label);
}
template <> QList<ScoringMethod> allValues<ScoringMethod>()
{
    QList<ScoringMethod> values;
    for (const auto &e : kScoringMethod)
        values.append(e.value);
    return values;
}

QString code(EvaluationStatus v)
{
    return QString::fromLatin1(find(kEvaluationStatus, v).code);
}
QString label(EvaluationStatus v)
{
    return tr(find(kEvaluationStatus, v).label);
}
template <> QList<EvaluationStatus> allValues<EvaluationStatus>()
{
    QList<EvaluationStatus> values;
    for (const auto &e : kEvaluationStatus)
        values.append(e.value);
    return values;
}

QString code(Grade v)
{
    return QString::fromLatin1(find(kGrade, v).code);
}
QString label(Grade v)
{
    return tr(find(kGrade, v).label);
}
template <> QList<Grade> allValues<Grade>()
{
    QList<Grade> values;
    for (const auto &e : kGrade)
        values.append(e.value);
    return values;
}

bool isAdministrative(WorkCategory category)
{
    return category == WorkCategory::Admin || category == WorkCategory::Meeting || category == WorkCategory::Report;
}

namespace {
const char kShortCodes[] = "PLEASCNB"; // in the order of AttendanceStatus
}

QChar shortCode(AttendanceStatus status)
{
    return QLatin1Char(kShortCodes[static_cast<int>(status)]);
}

std::optional<AttendanceStatus> fromShortCode(QChar letter)
{
    const QChar upper = letter.toUpper();
    for (int i = 0; kShortCodes[i]; ++i)
        if (upper == QLatin1Char(kShortCodes[i]))
            return static_cast<AttendanceStatus>(i);
    return std::nullopt;
}

bool canMove(ActivityStatus from, ActivityStatus to)
{
    using S = ActivityStatus;
    switch (from) {
    case S::Draft:
        return to == S::Submitted;
    case S::Submitted:
        return to == S::Approved || to == S::Rejected;
    case S::Approved:
        return to == S::Held || to == S::Cancelled;
    default:
        return false;
    }
}

} // namespace core
