// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include <QList>
#include <QString>

#include <optional>

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

QString code(ContractStatus v);
QString code(OverheadKind v);
QString code(Gender v);
QString code(Qualification v);
QString code(PlacementEndReason v);
QString code(FundingKind v);
QString code(AttendanceStatus v);
QString code(CalendarKind v);
QString code(WorkCategory v);
QString code(ActivityType v);
QString code(ActivityStatus v);
QString code(TargetGroup v);
QString code(SupervisionForm v);
QString code(MeetingKind v);
QString code(ScoringMethod v);
QString code(EvaluationStatus v);
QString code(Grade v);

QString label(ContractStatus v);
QString label(OverheadKind v);
QString label(Gender v);
QString label(Qualification v);
QString label(PlacementEndReason v);
QString label(FundingKind v);
QString label(AttendanceStatus v);
// The untranslated (English) label: an export made in English reads back in Chinese too.
QString sourceLabel(AttendanceStatus v);
QString label(CalendarKind v);
QString label(WorkCategory v);
QString sourceLabel(WorkCategory v);
QString label(ActivityType v);
QString label(ActivityStatus v);
QString label(TargetGroup v);
QString label(SupervisionForm v);
QString label(MeetingKind v);
QString label(ScoringMethod v);
QString label(EvaluationStatus v);
QString label(Grade v);

// All values of an enumeration, in display order.
template <typename E> QList<E> allValues();

// The value stored as `text`, or nullopt.
template <typename E> std::optional<E> fromCode(const QString &text)
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
