// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "attendancerule.h"
#include "database.h"
#include "enums.h"
#include "listing.h"
#include "period.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace core {

// One scored line of an evaluation: the evaluation's own copy of a rubric item, with the
// data the records give (e.g. "出勤 21/22 天, 95.5%"), the proposed score, the worker's
// self-assessment (自评) and the supervisor's score (督导评分).
struct EvaluationItem
{
    qint64 id = 0;
    qint64 evaluationId = 0;
    int position = 0;
    QString nameZh;
    QString nameEn;
    QString dimension;
    int weight = 0;
    ScoringMethod method = ScoringMethod::Judgement;
    double target = 0;
    QString standard;
    QString dataText;
    std::optional<double> proposedScore;
    std::optional<double> selfScore;
    std::optional<double> score;
    QString overrideReason;

    QString name() const; // in the user's language
};

// 考核: one worker, one period, scored by a supervisor; draft until finalised (定稿).
struct Evaluation
{
    qint64 id = 0;
    qint64 workerId = 0;
    QString workerName;
    Period period;
    std::optional<qint64> supervisorId;
    QString supervisorName;
    QString templateName;
    EvaluationStatus status = EvaluationStatus::Draft;
    double total = 0;
    Grade grade = Grade::None;
    QString comments;
    QString workSummary;
    QDate summaryOn;
    QDate finalisedOn;
    int unlockCount = 0;
    // 中期考核: an evaluation of a period that had not ended counts to this day (invalid for a
    // whole period); its targets were pro-rated to the working days elapsed.
    QDate interimAsOf;
    AttendanceRule attendanceRule; // the rule its attendance figures were counted with
    QList<EvaluationItem> items;
};

// Everything printed on one evaluation sheet (岗位考核表), already in the user's language.
struct SheetData
{
    struct Item
    {
        QString dimension;
        QString name;
        QString standard;
        int weight = 0;
        QString dataText;
        std::optional<double> selfScore;
        std::optional<double> score;
        std::optional<double> proposedScore; // what the records propose
        QString overrideReason;              // why the score differs from the proposed one
    };
    qint64 evaluationId = 0;
    QString agencyName;
    QString periodLabel;
    QString workerName;
    QString qualification;
    QString street;
    QString department;
    QDate placementFrom;
    QDate placementTo;
    QString contractCode;
    QList<Item> items;
    double total = 0;
    Grade grade = Grade::None;
    QString gradeLabel;
    QString workSummary;
    QDate summaryOn;
    QString comments;
    QString supervisorName;
    bool isFinal = false;
    QDate finalisedOn;
    QDate interimAsOf;      // valid for an interim evaluation (中期考核)
    QString attendanceRule; // the rule's one line (AttendanceRule::describe), as counted
};

// Grade thresholds, from the settings grade_excellent / grade_good / grade_pass.
struct GradeScale
{
    double excellent = 90;
    double good = 80;
    double pass = 60;
    static GradeScale fromSettings(const Database &db);
    Grade gradeFor(double total) const;
};

class EvaluationRepository
{
    Q_DECLARE_TR_FUNCTIONS(core::EvaluationRepository)
public:
    explicit EvaluationRepository(Database db)
        : m_db(std::move(db))
    {}

    // What to evaluate: the period, the rubric template, the supervisor, and the day the records
    // are counted to. A period that ends after that day is refused, unless `interim`: then an
    // interim evaluation (中期考核) as of that day is made, its targets pro-rated to the working
    // days elapsed.
    struct GenerateRequest
    {
        Period period;
        qint64 templateId = 0;
        std::optional<qint64> supervisorId;
        QDate asOf = QDate::currentDate();
        bool interim = false;
    };
    // A worker placed for too few working days of the period to be evaluated.
    struct ShortPlacement
    {
        qint64 workerId = 0;
        QString workerName;
        int days = 0; // working days placed in the period (up to the as-of day)
    };
    struct GenerateResult
    {
        int created = 0;
        int skipped = 0;                // workers who already had an evaluation for the period
        QList<ShortPlacement> tooShort; // placed fewer working days than minimumDays: not evaluated
        int minimumDays = 0;            // the setting evaluation_min_days
        QDate interimAsOf;              // valid when the evaluations made are interim
        int elapsedDays = 0;            // working days of the period counted (to the as-of day)
        int periodDays = 0;             // working days of the whole period
    };
    // Called with (done, total); return false to cancel (nothing is written then).
    using Progress = std::function<bool(int done, int total)>;

    // Drafts an evaluation for every worker placed at any time during the period (and for at
    // least the minimum of working days), with the template's items copied and the record-based
    // items filled from attendance (by the attendance rule), activities, supervision and the
    // work summary, counted up to the as-of day. Targets (activities, supervision sessions per
    // month) are pro-rated to the working days the worker was placed in the period, up to that
    // day, out of the period's working days. All or nothing, in one transaction.
    Result<GenerateResult> generate(const GenerateRequest &request, const Progress &progress = {}) const;
    // The same for a whole period: `asOf` on or after its last day.
    Result<GenerateResult> generate(const Period &period, qint64 templateId, std::optional<qint64> supervisorId,
                                    QDate asOf, const Progress &progress = {}) const;
    // The message refusing a period that ends after `asOf`, naming its last day.
    static QString notEndedMessage(const Period &period, QDate asOf);

    Result<Evaluation> get(qint64 evaluationId) const;
    // The evaluations made for exactly this period (a year sheet does not list the monthly ones).
    Result<QList<qint64>> idsFor(const Period &period, std::optional<qint64> workerId = {},
                                 bool finalOnly = false) const;

    // The supervisor's score. A score that differs from the proposed one needs a reason.
    Status setItemScore(qint64 itemId, std::optional<double> score, const QString &overrideReason = {}) const;
    Status setSelfScore(qint64 itemId, std::optional<double> score) const;
    Status setComments(qint64 evaluationId, const QString &comments) const;
    Status setSupervisor(qint64 evaluationId, std::optional<qint64> supervisorId) const;
    // Also scores the summary-based items (submitted: 100, withdrawn: 0) unless overridden.
    Status setWorkSummary(qint64 evaluationId, const QString &summary, QDate submittedOn) const;
    // total = Σ score × weight / 100, one decimal; grade from the thresholds in the settings.
    Status recompute(qint64 evaluationId) const;
    // Needs every item scored and weights adding up to 100. A final evaluation cannot change.
    Status finalise(qint64 evaluationId, QDate day) const;
    // The one way back to a draft: recorded with its reason, who and when.
    Status unlock(qint64 evaluationId, const QString &reason, const QString &by, QDate day) const;
    // Only drafts can be removed.
    Status remove(qint64 evaluationId) const;

    // The Evaluations page: period, worker, street, supervisor, total, grade, status.
    static std::unique_ptr<SqlListSource> listing(const Database &db);

    // What the sheet prints, for one evaluation or all of a period (in a few queries).
    Result<SheetData> sheetData(qint64 evaluationId) const;
    Result<QList<SheetData>> sheetDataFor(const Period &period, std::optional<qint64> workerId = {},
                                          bool finalOnly = false) const;

    // Rounds a score or a total to one decimal, as stored and shown.
    static double round1(double value);

private:
    Result<QList<SheetData>> loadSheets(const QString &where, const QVariantList &values) const;
    // The evaluation's status, or an error naming a missing or final evaluation.
    Status checkEditable(qint64 evaluationId) const;
    Result<qint64> evaluationOfItem(qint64 itemId) const;
    Status recomputeInside(qint64 evaluationId) const;

    Database m_db;
};

} // namespace core
