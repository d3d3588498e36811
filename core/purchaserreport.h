// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "enums.h"
#include "money.h"
#include "period.h"
#include "reportdocument.h"
#include "reports.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <optional>

namespace core {

// What a report for the purchaser (项目服务报告) covers: the posts of one contract, or a
// district, a street or the whole agency; one period; as of a day.
struct ReportRequest
{
    std::optional<qint64> contractId;
    Scope scope; // without a contract: Agency, District or Street
    QDate first; // the period's first and last day
    QDate last;
    QString periodLabel; // "2026年第3季度"
    QDate asOf = QDate::currentDate();

    static ReportRequest forPeriod(const Period &period, QDate asOf, std::optional<qint64> contractId = std::nullopt,
                                   const Scope &scope = {});
};

// The figures of the report. Days are calendar days for posts (a post is filled on a day a
// placement covers it) and working days for attendance (the attendance rule). Every figure
// counts from `from` to `countedTo`: the period inside the contract's term, up to the as-of day.
struct PurchaserReport
{
    Q_DECLARE_TR_FUNCTIONS(core::PurchaserReport)
public:
    ReportRequest request;
    QString agencyName;
    QString scopeLabel; // "协议 GM-2026-01-1" / "东城区" / "整个机构"
    QDate from;         // the period inside the contract's term
    QDate to;
    QDate countedTo; // to, or the as-of day when earlier
    bool running() const { return countedTo < to; }
    QString attendanceRule; // AttendanceRule::describe()

    struct ContractLine
    {
        qint64 id = 0;
        QString code;
        QString title;
        QString purchaser;
        QDate start;
        QDate end;
        ContractStatus status = ContractStatus::Active;
        int posts = 0;
    };
    QList<ContractLine> contracts; // the contracts whose posts the report covers

    // 一、岗位: per post, the days of the contract's term inside the report and those filled.
    struct PostLine
    {
        qint64 postId = 0;
        qint64 streetId = 0;
        QString street;
        QString district;
        QString contractCode;
        qint64 days = 0;
        qint64 filledDays = 0;
        QStringList holders; // the workers placed in it during the report, in order
    };
    QList<PostLine> posts;
    qint64 postDaysTotal = 0;
    qint64 postDaysFilled = 0;
    std::optional<double> fillRate() const
    {
        return postDaysTotal > 0 ? std::optional<double>(double(postDaysFilled) / double(postDaysTotal)) : std::nullopt;
    }
    struct Vacancy
    {
        QString street;
        QString contractCode;
        QDate from;
        QDate to;
        qint64 days = 0;
        bool open = false; // still vacant on the counted day
    };
    QList<Vacancy> vacancies;
    struct Change // a placement that started or ended in the report
    {
        QString worker;
        QString street;
        QDate day;
        std::optional<PlacementEndReason> reason; // ended
        bool hasNote = false;                     // ended: a handover note (交接记录) was written
        bool contractBoundary = false;            // on the contract's first (started) or last (ended) day
    };
    QList<Change> started;
    QList<Change> ended;
    int handoversWithNote = 0;
    int handoversWithoutNote = 0;

    // 二、出勤 (Reports::attendance / attendanceByStreet).
    struct StreetFigures
    {
        qint64 streetId = 0;
        QString street;
        QString district;
        AttendanceMonth attendance;
        WorkloadMonth workload;
    };
    QList<StreetFigures> streets; // by district and street (pinyin order under zh_CN)
    QList<AttendanceMonth> attendanceMonths;
    AttendanceMonth attendanceTotal; // the months summed

    // 三、活动 (Reports::activities, held).
    QList<ActivityMonth> activityMonths;
    ActivityMonth activityTotal;
    int applicationsSubmitted = 0; // submitted in the report
    int applicationsApproved = 0;  // approved in the report
    int applicationsRejected = 0;  // rejected in the report
    int applicationsPending = 0;   // submitted and not reviewed on the counted day

    // 四、工作量 (Reports::workload / workloadByStreet).
    WorkloadMonth workloadTotal;
    // Logged by the agency's workers on days they held no post (only the agency's total has them).
    WorkloadMonth outsidePosts() const;

    // 五、督导与交流.
    QList<SupervisionMonth> supervisionMonths;
    SupervisionMonth supervisionTotal;
    int unsupervisedDays = 45;          // Settings: alert_unsupervised_days
    QList<SupervisionGap> unsupervised; // placed on the counted day, no session for that many days
    int followUpsDue = 0;               // due in the report
    int followUpsDone = 0;              // done in the report
    struct OverdueFollowUp
    {
        QString worker; // empty: the whole group
        QString action;
        QDate due;
    };
    QList<OverdueFollowUp> followUpsOverdue; // due before the counted day and not done by it
    struct Meeting
    {
        QDate day;
        MeetingKind kind = MeetingKind::Experience;
        QString topic;
        int attendees = 0;        // all
        int attendeesInScope = 0; // placed in the report's posts on that day
    };
    QList<Meeting> meetings;

    // 六、考核: the evaluations of the periods inside the report's period, by period and grade.
    struct GradeLine
    {
        QString period; // label
        QDate start;
        QMap<Grade, int> grades;
        int finals = 0;
        int drafts = 0;
        int interim = 0;
        int total() const { return finals + drafts; }
    };
    QList<GradeLine> evaluations;
    QMap<Grade, int> gradeTotals;

    // 七、经费 (Reports::fundingByContract): per contract, up to the counted day (since the
    // beginning) and within the report.
    struct FundingRow
    {
        QString contractCode;
        FundingLine total;  // all entries up to the counted day
        FundingLine period; // the entries dated inside the report
    };
    QList<FundingRow> funding;
    FundingLine fundingTotal;  // the contracts summed
    FundingLine fundingPeriod; // likewise, inside the report
    // Net monthly pay (Reports::monthlyPay) per worker, beside the reference wage.
    struct PayLine
    {
        qint64 workerId = 0;
        QString worker;
        int months = 0;
        Money total;
        Money lowest;
        int monthsBelowReference = 0;
        Money average() const; // total ÷ months, rounded half up to the fen
    };
    QList<PayLine> pay;
    Money referenceWage;
    int payMonths() const;
    Money payTotal() const;
    Money payAverage() const; // all months paid
    int payMonthsBelowReference() const;
};

// Computes the report. Refused (nothing to write): a contract that is not there or a draft, a
// period that does not meet the contract's term, a period that begins after the as-of day, a
// worker scope.
Result<PurchaserReport> makePurchaserReport(const Database &db, const ReportRequest &request);

// The report as sections of tables (what the PDF prints and the workbook holds), in the
// user's language.
ReportDocument reportDocument(const PurchaserReport &report);

// The figures for scripts: the keys listed in README ("report --json"); money in fen, shares
// 0..1 or null, dates yyyy-MM-dd.
QJsonObject toJson(const PurchaserReport &report);

} // namespace core
