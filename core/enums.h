// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <span>
#include <type_traits>

// The enumerations of the domain, in one place: each maps to the code stored in the file
// (code()), back (fromCode()), and to a label in the user's language (label()).
namespace core {

enum class ContractStatus { Draft, Active, Ended, Terminated };
enum class OverheadKind { Rate, Fixed }; // 运行经费: a share of the funding or a fixed sum per post
enum class Gender { Unknown, Female, Male };
enum class Qualification { None, Assistant, SocialWorker, Senior }; // 助理社会工作师 / 社会工作师 / 高级社会工作师
enum class PlacementEndReason { ContractEnd, Resigned, Transferred, Dismissed, Other };
enum class FundingKind { Receipt, Overhead, Pay }; // 拨款 / 运行经费 / 工资发放
enum class AttendanceStatus { Present, Late, LeftEarly, Absent, SickLeave, PersonalLeave, AnnualLeave, BusinessOut };
enum class CalendarKind { Holiday, Workday }; // 法定节假日 / 调休上班
enum class WorkCategory { Casework, Group, Community, Resource, Admin, Meeting, Report };
enum class ActivityType { Casework, Group, Community };
enum class ActivityStatus { Draft, Submitted, Approved, Rejected, Held, Cancelled };
enum class TargetGroup { Elderly, Disabled, Youth, Poor, Migrant, Residents };
enum class SupervisionForm { Individual, Group, Peer, OnSite, Remote };
enum class MeetingKind { Experience, Social, Training, Other }; // 经验座谈会 / 联谊会 / 培训
enum class ScoringMethod { Attendance, Activities, Supervision, Summary, Judgement };
enum class EvaluationStatus { Draft, Final };
enum class Grade { None, Excellent, Good, Pass, Fail }; // 优秀 / 良好 / 合格 / 不合格

// How each enumeration is stored and shown: one table per enumeration, one row per value, in
// display order. The code is what the file stores, so never rename one; the label is English
// source text, shown translated.
namespace enums {

template <typename E> struct Entry
{
    E value;
    const char *code;
    const char *label;
};

inline constexpr Entry<ContractStatus> kContractStatus[] = {
    {ContractStatus::Draft, "draft", QT_TRANSLATE_NOOP("core::Enums", "Draft")},
    {ContractStatus::Active, "active", QT_TRANSLATE_NOOP("core::Enums", "Active")},
    {ContractStatus::Ended, "ended", QT_TRANSLATE_NOOP("core::Enums", "Ended")},
    {ContractStatus::Terminated, "terminated", QT_TRANSLATE_NOOP("core::Enums", "Terminated")},
};
inline constexpr Entry<OverheadKind> kOverheadKind[] = {
    {OverheadKind::Rate, "rate", QT_TRANSLATE_NOOP("core::Enums", "Share of funding")},
    {OverheadKind::Fixed, "fixed", QT_TRANSLATE_NOOP("core::Enums", "Fixed amount per post")},
};
inline constexpr Entry<Gender> kGender[] = {
    {Gender::Unknown, "", QT_TRANSLATE_NOOP("core::Enums", "Not given")},
    {Gender::Female, "female", QT_TRANSLATE_NOOP("core::Enums", "Female")},
    {Gender::Male, "male", QT_TRANSLATE_NOOP("core::Enums", "Male")},
};
inline constexpr Entry<Qualification> kQualification[] = {
    {Qualification::None, "none", QT_TRANSLATE_NOOP("core::Enums", "No certificate")},
    {Qualification::Assistant, "assistant", QT_TRANSLATE_NOOP("core::Enums", "Assistant social worker")},
    {Qualification::SocialWorker, "social_worker", QT_TRANSLATE_NOOP("core::Enums", "Social worker")},
    {Qualification::Senior, "senior", QT_TRANSLATE_NOOP("core::Enums", "Senior social worker")},
};
inline constexpr Entry<PlacementEndReason> kPlacementEndReason[] = {
    {PlacementEndReason::ContractEnd, "contract_end", QT_TRANSLATE_NOOP("core::Enums", "Contract ended")},
    {PlacementEndReason::Resigned, "resigned", QT_TRANSLATE_NOOP("core::Enums", "Resigned")},
    {PlacementEndReason::Transferred, "transferred", QT_TRANSLATE_NOOP("core::Enums", "Transferred")},
    {PlacementEndReason::Dismissed, "dismissed", QT_TRANSLATE_NOOP("core::Enums", "Dismissed")},
    {PlacementEndReason::Other, "other", QT_TRANSLATE_NOOP("core::Enums", "Other")},
};
inline constexpr Entry<FundingKind> kFundingKind[] = {
    {FundingKind::Receipt, "receipt", QT_TRANSLATE_NOOP("core::Enums", "Receipt")},
    {FundingKind::Overhead, "overhead", QT_TRANSLATE_NOOP("core::Enums", "Overhead kept")},
    {FundingKind::Pay, "pay", QT_TRANSLATE_NOOP("core::Enums", "Pay to worker")},
};
inline constexpr Entry<AttendanceStatus> kAttendanceStatus[] = {
    {AttendanceStatus::Present, "present", QT_TRANSLATE_NOOP("core::Enums", "Present")},
    {AttendanceStatus::Late, "late", QT_TRANSLATE_NOOP("core::Enums", "Late")},
    {AttendanceStatus::LeftEarly, "left_early", QT_TRANSLATE_NOOP("core::Enums", "Left early")},
    {AttendanceStatus::Absent, "absent", QT_TRANSLATE_NOOP("core::Enums", "Absent without leave")},
    {AttendanceStatus::SickLeave, "sick", QT_TRANSLATE_NOOP("core::Enums", "Sick leave")},
    {AttendanceStatus::PersonalLeave, "personal", QT_TRANSLATE_NOOP("core::Enums", "Personal leave")},
    {AttendanceStatus::AnnualLeave, "annual", QT_TRANSLATE_NOOP("core::Enums", "Annual leave")},
    {AttendanceStatus::BusinessOut, "business", QT_TRANSLATE_NOOP("core::Enums", "Business out")},
};
inline constexpr Entry<CalendarKind> kCalendarKind[] = {
    {CalendarKind::Holiday, "holiday", QT_TRANSLATE_NOOP("core::Enums", "Public holiday")},
    {CalendarKind::Workday, "workday", QT_TRANSLATE_NOOP("core::Enums", "Make-up working day")},
};
inline constexpr Entry<WorkCategory> kWorkCategory[] = {
    {WorkCategory::Casework, "casework", QT_TRANSLATE_NOOP("core::Enums", "Casework")},
    {WorkCategory::Group, "group", QT_TRANSLATE_NOOP("core::Enums", "Group work")},
    {WorkCategory::Community, "community", QT_TRANSLATE_NOOP("core::Enums", "Community activity")},
    {WorkCategory::Resource, "resource", QT_TRANSLATE_NOOP("core::Enums", "Resource linking")},
    {WorkCategory::Admin, "admin", QT_TRANSLATE_NOOP("core::Enums", "Departmental chores")},
    {WorkCategory::Meeting, "meeting", QT_TRANSLATE_NOOP("core::Enums", "Meetings")},
    {WorkCategory::Report, "report", QT_TRANSLATE_NOOP("core::Enums", "Statistics and reports")},
};
inline constexpr Entry<ActivityType> kActivityType[] = {
    {ActivityType::Casework, "casework", QT_TRANSLATE_NOOP("core::Enums", "Casework")},
    {ActivityType::Group, "group", QT_TRANSLATE_NOOP("core::Enums", "Group work")},
    {ActivityType::Community, "community", QT_TRANSLATE_NOOP("core::Enums", "Community activity")},
};
inline constexpr Entry<ActivityStatus> kActivityStatus[] = {
    {ActivityStatus::Draft, "draft", QT_TRANSLATE_NOOP("core::Enums", "Draft")},
    {ActivityStatus::Submitted, "submitted", QT_TRANSLATE_NOOP("core::Enums", "Submitted")},
    {ActivityStatus::Approved, "approved", QT_TRANSLATE_NOOP("core::Enums", "Approved")},
    {ActivityStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("core::Enums", "Rejected")},
    {ActivityStatus::Held, "held", QT_TRANSLATE_NOOP("core::Enums", "Held")},
    {ActivityStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("core::Enums", "Cancelled")},
};
inline constexpr Entry<TargetGroup> kTargetGroup[] = {
    {TargetGroup::Elderly, "elderly", QT_TRANSLATE_NOOP("core::Enums", "Elderly")},
    {TargetGroup::Disabled, "disabled", QT_TRANSLATE_NOOP("core::Enums", "People with disabilities")},
    {TargetGroup::Youth, "youth", QT_TRANSLATE_NOOP("core::Enums", "Youth")},
    {TargetGroup::Poor, "poor", QT_TRANSLATE_NOOP("core::Enums", "People in hardship")},
    {TargetGroup::Migrant, "migrant", QT_TRANSLATE_NOOP("core::Enums", "Migrants")},
    {TargetGroup::Residents, "residents", QT_TRANSLATE_NOOP("core::Enums", "All residents")},
};
inline constexpr Entry<SupervisionForm> kSupervisionForm[] = {
    {SupervisionForm::Individual, "individual", QT_TRANSLATE_NOOP("core::Enums", "Individual")},
    {SupervisionForm::Group, "group", QT_TRANSLATE_NOOP("core::Enums", "Group")},
    {SupervisionForm::Peer, "peer", QT_TRANSLATE_NOOP("core::Enums", "Peer")},
    {SupervisionForm::OnSite, "onsite", QT_TRANSLATE_NOOP("core::Enums", "On-site")},
    {SupervisionForm::Remote, "remote", QT_TRANSLATE_NOOP("core::Enums", "Phone or online")},
};
inline constexpr Entry<MeetingKind> kMeetingKind[] = {
    {MeetingKind::Experience, "experience", QT_TRANSLATE_NOOP("core::Enums", "Experience sharing")},
    {MeetingKind::Social, "social", QT_TRANSLATE_NOOP("core::Enums", "Social gathering")},
    {MeetingKind::Training, "training", QT_TRANSLATE_NOOP("core::Enums", "Training")},
    {MeetingKind::Other, "other", QT_TRANSLATE_NOOP("core::Enums", "Other")},
};
inline constexpr Entry<ScoringMethod> kScoringMethod[] = {
    {ScoringMethod::Attendance, "attendance", QT_TRANSLATE_NOOP("core::Enums", "Attendance rate")},
    {ScoringMethod::Activities, "activities", QT_TRANSLATE_NOOP("core::Enums", "Activities held against a target")},
    {ScoringMethod::Supervision, "supervision",
     QT_TRANSLATE_NOOP("core::Enums", "Supervision attended against expected")},
    {ScoringMethod::Summary, "summary", QT_TRANSLATE_NOOP("core::Enums", "Work summary submitted")},
    {ScoringMethod::Judgement, "judgement", QT_TRANSLATE_NOOP("core::Enums", "Supervisor's judgement")},
};
inline constexpr Entry<EvaluationStatus> kEvaluationStatus[] = {
    {EvaluationStatus::Draft, "draft", QT_TRANSLATE_NOOP("core::Enums", "Draft")},
    {EvaluationStatus::Final, "final", QT_TRANSLATE_NOOP("core::Enums", "Final")},
};
inline constexpr Entry<Grade> kGrade[] = {
    {Grade::None, "", QT_TRANSLATE_NOOP("core::Enums", "Not graded")},
    {Grade::Excellent, "excellent", QT_TRANSLATE_NOOP("core::Enums", "Excellent")},
    {Grade::Good, "good", QT_TRANSLATE_NOOP("core::Enums", "Good")},
    {Grade::Pass, "pass", QT_TRANSLATE_NOOP("core::Enums", "Pass")},
    {Grade::Fail, "fail", QT_TRANSLATE_NOOP("core::Enums", "Fail")},
};

constexpr std::span<const Entry<ContractStatus>> entries(ContractStatus)
{
    return kContractStatus;
}
constexpr std::span<const Entry<OverheadKind>> entries(OverheadKind)
{
    return kOverheadKind;
}
constexpr std::span<const Entry<Gender>> entries(Gender)
{
    return kGender;
}
constexpr std::span<const Entry<Qualification>> entries(Qualification)
{
    return kQualification;
}
constexpr std::span<const Entry<PlacementEndReason>> entries(PlacementEndReason)
{
    return kPlacementEndReason;
}
constexpr std::span<const Entry<FundingKind>> entries(FundingKind)
{
    return kFundingKind;
}
constexpr std::span<const Entry<AttendanceStatus>> entries(AttendanceStatus)
{
    return kAttendanceStatus;
}
constexpr std::span<const Entry<CalendarKind>> entries(CalendarKind)
{
    return kCalendarKind;
}
constexpr std::span<const Entry<WorkCategory>> entries(WorkCategory)
{
    return kWorkCategory;
}
constexpr std::span<const Entry<ActivityType>> entries(ActivityType)
{
    return kActivityType;
}
constexpr std::span<const Entry<ActivityStatus>> entries(ActivityStatus)
{
    return kActivityStatus;
}
constexpr std::span<const Entry<TargetGroup>> entries(TargetGroup)
{
    return kTargetGroup;
}
constexpr std::span<const Entry<SupervisionForm>> entries(SupervisionForm)
{
    return kSupervisionForm;
}
constexpr std::span<const Entry<MeetingKind>> entries(MeetingKind)
{
    return kMeetingKind;
}
constexpr std::span<const Entry<ScoringMethod>> entries(ScoringMethod)
{
    return kScoringMethod;
}
constexpr std::span<const Entry<EvaluationStatus>> entries(EvaluationStatus)
{
    return kEvaluationStatus;
}
constexpr std::span<const Entry<Grade>> entries(Grade)
{
    return kGrade;
}

QString translated(const char *label);

template <typename E> const Entry<E> &find(E value)
{
    const auto table = entries(value);
    for (const auto &e : table)
        if (e.value == value)
            return e;
    return table.front();
}

} // namespace enums

// An enumeration of the domain: one with a table above.
template <typename E>
concept Enumeration = std::is_enum_v<E> && requires(E v)
{
    enums::entries(v);
};

// The code stored in the file.
template <Enumeration E> QString code(E v)
{
    return QString::fromLatin1(enums::find(v).code);
}
// The label in the user's language.
template <Enumeration E> QString label(E v)
{
    return enums::translated(enums::find(v).label);
}
// The untranslated (English) label: an export made in English reads back in Chinese too.
template <Enumeration E> QString sourceLabel(E v)
{
    return QString::fromLatin1(enums::find(v).label);
}
// All values of an enumeration, in display order.
template <Enumeration E> QList<E> allValues()
{
    QList<E> values;
    for (const auto &e : enums::entries(E{}))
        values.append(e.value);
    return values;
}

// The value stored as `text`, or nullopt.
template <Enumeration E> std::optional<E> fromCode(const QString &text)
{
    for (E v : allValues<E>())
        if (code(v) == text)
            return v;
    return std::nullopt;
}

// (Which attendance statuses count as attended is a setting: see attendancerule.h.)
// Work log: professional (专业服务) or administrative (行政事务).
bool isAdministrative(WorkCategory category);
// The one-letter code typed into the attendance grid, e.g. 'P' present, 'S' sick leave.
QChar shortCode(AttendanceStatus status);
std::optional<AttendanceStatus> fromShortCode(QChar letter);
// Activity workflow: may an activity go from `from` to `to`?
bool canMove(ActivityStatus from, ActivityStatus to);

} // namespace core
