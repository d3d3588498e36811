// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// Evaluations of a period that has not ended: refused unless asked for as an interim
// evaluation, whose targets are pro-rated to the working days elapsed; targets pro-rated for a
// worker placed for part of the period; too short placements skipped and listed; the sheet says
// so and shows an override's reason. Calendar: figuresfixture.h.
#include "core/evaluation.h"
#include "core/rubric.h"
#include "figuresfixture.h"
#include "ui/sheet/sheetrenderer.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace core;
using figures::d;

namespace {

const Period kQ2 = Period::quarter(2026, 2);

// The default rubric: activities target 2 a month, supervision 1 a month.
const EvaluationItem &item(const Evaluation &e, ScoringMethod method)
{
    for (const EvaluationItem &i : e.items)
        if (i.method == method)
            return i;
    FAIL("no such item");
    return e.items.first();
}

Evaluation only(const EvaluationRepository &repo, const Period &period, qint64 worker)
{
    auto ids = repo.idsFor(period, worker);
    REQUIRE(ids.ok());
    REQUIRE(ids->size() == 1);
    return repo.get(ids->first()).value();
}

EvaluationRepository::GenerateRequest request(const Period &period, QDate asOf, bool interim)
{
    EvaluationRepository::GenerateRequest r;
    r.period = period;
    r.templateId = 1;
    r.asOf = asOf;
    r.interim = interim;
    return r;
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

TEST_CASE("a period that ends after the as-of day is refused unless an interim evaluation is asked for",
          "[evaluation][interim]")
{
    figures::Agency a;
    const qint64 wang = a.worker(QStringLiteral("王芳"), d(2026, 1, 1));
    a.attend(wang, d(2026, 4, 1), d(2026, 6, 30));
    EvaluationRepository repo(a.db);

    auto refused = repo.generate(request(kQ2, d(2026, 5, 15), false));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("2026-06-30"))); // names the end
    CHECK(refused.error().message.contains(QStringLiteral("interim")));
    CHECK(repo.idsFor(kQ2)->isEmpty()); // nothing written
    // The old form counts to the period's end only.
    CHECK_FALSE(repo.generate(kQ2, 1, {}, d(2026, 6, 29)).ok());
    // Before the period there is nothing to evaluate, interim or not.
    CHECK_FALSE(repo.generate(request(kQ2, d(2026, 3, 31), true)).ok());

    // On the quarter's last day it has ended: a whole evaluation, no interim mark.
    auto whole = repo.generate(request(kQ2, d(2026, 6, 30), false));
    REQUIRE(whole.ok());
    CHECK(whole->created == 1);
    CHECK_FALSE(whole->interimAsOf.isValid());
    const Evaluation e = only(repo, kQ2, wang);
    CHECK_FALSE(e.interimAsOf.isValid());
    CHECK(e.items.first().dataText.startsWith(QStringLiteral("Present ")));
    CHECK_FALSE(repo.sheetData(e.id)->interimAsOf.isValid());
}

TEST_CASE("an interim evaluation pro-rates every target to the working days elapsed", "[evaluation][interim]")
{
    figures::Agency a;
    const qint64 wang = a.worker(QStringLiteral("王芳"), d(2026, 1, 1));
    a.attend(wang, d(2026, 4, 1), d(2026, 6, 30));
    a.held(wang, d(2026, 4, 10));
    a.held(wang, d(2026, 4, 20));
    a.held(wang, d(2026, 5, 20)); // after the as-of day: not counted
    a.supervised(wang, d(2026, 4, 15));
    EvaluationRepository repo(a.db);
    const int quarterDays = Calendar(a.db).workdays(kQ2.first(), kQ2.last());
    // Q2 2026 as of Thursday 30 April: April's 21 working days.
    const QDate asOf(2026, 4, 30);
    auto made = repo.generate(request(kQ2, asOf, true));
    REQUIRE(made.ok());
    CHECK(made->created == 1);
    CHECK(made->interimAsOf == asOf);
    CHECK(made->elapsedDays == 21);
    CHECK(made->periodDays == quarterDays);

    const Evaluation e = only(repo, kQ2, wang);
    CHECK(e.interimAsOf == asOf);
    // Activities: 2 a month × 3 months × 21 / quarterDays, to a tenth; 2 held.
    const double activities = EvaluationRepository::round1(6.0 * 21 / quarterDays);
    const EvaluationItem &held = item(e, ScoringMethod::Activities);
    CHECK(held.dataText.startsWith(QStringLiteral("Held 2/%1 activities").arg(QLocale().toString(activities, 'g', 6))));
    CHECK(held.dataText.contains(QStringLiteral("21 of the period's %1 working days").arg(quarterDays)));
    CHECK(*held.proposedScore == Approx(EvaluationRepository::round1(std::min(100.0, 2 / activities * 100))));
    // Supervision: 1 a month × 3 × 21 / quarterDays; 1 attended.
    const double sessions = EvaluationRepository::round1(3.0 * 21 / quarterDays);
    const EvaluationItem &supervision = item(e, ScoringMethod::Supervision);
    CHECK(supervision.dataText.startsWith(
        QStringLiteral("Attended supervision 1/%1 times").arg(QLocale().toString(sessions, 'g', 6))));
    CHECK(*supervision.proposedScore == Approx(EvaluationRepository::round1(std::min(100.0, 1 / sessions * 100))));
    // Attendance: April only, 21 of 21.
    CHECK(item(e, ScoringMethod::Attendance).dataText.startsWith(QStringLiteral("Present 21/21 days, 100.0%")));

    // The list of evaluations says so beside the period.
    auto rows = EvaluationRepository::listing(a.db)->fetch({}, 0, 10);
    REQUIRE(rows.ok());
    CHECK(rows->first().cells[0].toString() == QStringLiteral("%1 (interim, as of 2026-04-30)").arg(kQ2.label()));

    // The sheet says it is interim, as of that day.
    auto sheet = repo.sheetData(e.id);
    REQUIRE(sheet.ok());
    CHECK(sheet->interimAsOf == asOf);
    CHECK(
        ui::SheetRenderer::layoutText(sheet.value()).contains(QStringLiteral("interim evaluation, as of 2026-04-30")));
}

TEST_CASE("on the first day of a quarter an interim evaluation counts one working day", "[evaluation][interim]")
{
    figures::Agency a;
    a.setting("evaluation_min_days", QStringLiteral("1"));
    const qint64 wang = a.worker(QStringLiteral("王芳"), d(2026, 1, 1));
    a.attend(wang, d(2026, 4, 1), d(2026, 6, 30));
    EvaluationRepository repo(a.db);
    auto made = repo.generate(request(kQ2, d(2026, 4, 1), true));
    REQUIRE(made.ok());
    CHECK(made->elapsedDays == 1);
    const Evaluation e = only(repo, kQ2, wang);
    CHECK(item(e, ScoringMethod::Attendance).dataText.startsWith(QStringLiteral("Present 1/1 days, 100.0%")));
}

TEST_CASE("a worker placed for part of the period is held to a pro-rated target", "[evaluation]")
{
    figures::Agency a;
    // The whole quarter and from Monday 1 June (21 working days in June: 22 weekdays less the
    // Dragon Boat Festival on the 19th).
    const qint64 wang = a.worker(QStringLiteral("王芳"), d(2026, 1, 1));
    const qint64 zhou = a.worker(QStringLiteral("周杰"), d(2026, 6, 1));
    for (qint64 w : {wang, zhou}) {
        a.attend(w, d(2026, 6, 1), d(2026, 6, 30));
        a.held(w, d(2026, 6, 10));
        a.held(w, d(2026, 6, 11));
    }
    EvaluationRepository repo(a.db);
    REQUIRE(repo.generate(request(kQ2, d(2026, 7, 1), false)).ok());
    const int quarterDays = Calendar(a.db).workdays(kQ2.first(), kQ2.last());
    const int juneDays = Calendar(a.db).workdays(d(2026, 6, 1), d(2026, 6, 30));
    CHECK(juneDays == 21);

    // Wang: the whole target, 6; 2 held → 33.3.
    const EvaluationItem full = item(only(repo, kQ2, wang), ScoringMethod::Activities);
    CHECK(full.dataText == QStringLiteral("Held 2/6 activities, 40 participants"));
    CHECK(*full.proposedScore == Approx(33.3));
    // Zhou: 6 × 21 / quarterDays; 2 held.
    const double target = EvaluationRepository::round1(6.0 * juneDays / quarterDays);
    const EvaluationItem part = item(only(repo, kQ2, zhou), ScoringMethod::Activities);
    CHECK(part.dataText.startsWith(QStringLiteral("Held 2/%1 activities").arg(QLocale().toString(target, 'g', 6))));
    CHECK(part.dataText.contains(QStringLiteral("(target for 21 of the period's %1 working days)").arg(quarterDays)));
    CHECK(*part.proposedScore == Approx(EvaluationRepository::round1(std::min(100.0, 2 / target * 100))));
}

TEST_CASE("workers placed fewer working days than the minimum are skipped and listed", "[evaluation]")
{
    figures::Agency a;
    const qint64 wang = a.worker(QStringLiteral("王芳"), d(2026, 1, 1));
    // Placed from Monday 22 June: 7 working days of the quarter (22–26, 29–30), below 10.
    const qint64 zhou = a.worker(QStringLiteral("周杰"), d(2026, 6, 22));
    // Placed the last 10 working days (Tuesday 16 June on, the 19th off): exactly the minimum.
    const qint64 li = a.worker(QStringLiteral("李娜"), d(2026, 6, 16));
    EvaluationRepository repo(a.db);
    auto made = repo.generate(request(kQ2, d(2026, 7, 1), false));
    REQUIRE(made.ok());
    CHECK(made->created == 2);
    CHECK(made->minimumDays == 10);
    REQUIRE(made->tooShort.size() == 1);
    CHECK(made->tooShort.first().workerId == zhou);
    CHECK(made->tooShort.first().workerName == QStringLiteral("周杰"));
    CHECK(made->tooShort.first().days == 7);
    CHECK(repo.idsFor(kQ2, zhou)->isEmpty());
    CHECK(repo.idsFor(kQ2, wang)->size() == 1);
    CHECK(repo.idsFor(kQ2, li)->size() == 1);

    // The minimum is a setting.
    a.setting("evaluation_min_days", QStringLiteral("5"));
    auto again = repo.generate(request(kQ2, d(2026, 7, 1), false));
    CHECK(again->created == 1);
    CHECK(again->skipped == 2);
    CHECK(again->tooShort.isEmpty());
}

TEST_CASE("the sheet prints an overridden score's reason and the attendance rule", "[sheet][evaluation]")
{
    figures::Agency a;
    const qint64 wang = a.worker(QStringLiteral("王芳"), d(2026, 1, 1));
    a.attend(wang, d(2026, 3, 1), d(2026, 3, 31));
    a.set(wang, d(2026, 3, 5), QStringLiteral("absent"));
    EvaluationRepository repo(a.db);
    REQUIRE(repo.generate(Period::month(2026, 3), 1, {}, d(2026, 3, 31)).ok());
    Evaluation e = only(repo, Period::month(2026, 3), wang);
    const EvaluationItem attendance = item(e, ScoringMethod::Attendance);
    const QString reason = QStringLiteral("承担街道防汛值守任务，经科室证明补记");
    REQUIRE(repo.setItemScore(attendance.id, 99, reason).ok());

    auto sheet = repo.sheetData(e.id);
    REQUIRE(sheet.ok());
    CHECK(sheet->items.first().overrideReason == reason);
    CHECK(sheet->items.first().proposedScore == attendance.proposedScore);
    CHECK(sheet->attendanceRule == AttendanceRule().describe());
    const QString layout = ui::SheetRenderer::layoutText(sheet.value());
    CHECK(layout.contains(QStringLiteral("supervisor's score 99.0, the records propose %1. Reason: ")
                              .arg(QLocale().toString(*attendance.proposedScore, 'f', 1))));

    // What the PDF's text layer gives back holds the reason and the rule.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
    REQUIRE(ui::SheetRenderer::writePdf({sheet.value()}, pdf).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(reason));
    CHECK(text.contains(QStringLiteral("Reason:")));
    CHECK(text.contains(QStringLiteral("countedasattended:Present,Late,Leftearly,Businessout")));

    // A score that follows the records again has no reason to print.
    REQUIRE(repo.setItemScore(attendance.id, attendance.proposedScore).ok());
    CHECK(repo.sheetData(e.id)->items.first().overrideReason.isEmpty());
    CHECK_FALSE(ui::SheetRenderer::layoutText(repo.sheetData(e.id).value()).contains(QStringLiteral("Reason:")));
}

TEST_CASE("evaluate refuses a period still running and makes interim evaluations with --as-of", "[evaluation][cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("f.db"));
    const QDate today = QDate::currentDate();
    // The year running today, a worker placed since last year and one placed today.
    const Period running = Period::year(today.year());
    const int elapsed = [&] {
        auto db = Database::open(file);
        REQUIRE(db.ok());
        figures::Agency a(db.value(), running.first().addYears(-1), running.last().addYears(1));
        a.worker(QStringLiteral("王芳"), running.first().addYears(-1));
        a.worker(QStringLiteral("周杰"), today); // no more than a working day so far
        return Calendar(db.value()).workdays(running.first(), today);
    }();
    if (today == running.last() || elapsed < 10)
        return; // nothing running, or too early in the year for anyone to be evaluated
    auto onestreet = [&](const QStringList &arguments) {
        QProcess p;
        p.start(QStringLiteral(ONESTREET_BINARY),
                QStringList{QStringLiteral("--db"), file, QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
        p.waitForFinished(60000);
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    auto refused = onestreet({QStringLiteral("evaluate"), QStringLiteral("--period"), running.code()});
    CHECK(refused.first == 1);
    CHECK(refused.second.contains(isoDate(running.last())));
    CHECK(refused.second.contains(QStringLiteral("--as-of %1").arg(isoDate(today))));

    auto interim = onestreet({QStringLiteral("evaluate"), QStringLiteral("--period"), running.code(),
                              QStringLiteral("--as-of"), isoDate(today)});
    INFO(interim.second.toStdString());
    CHECK(interim.first == 0);
    CHECK(interim.second.contains(QStringLiteral("Interim evaluations as of %1").arg(isoDate(today))));
    CHECK(interim.second.contains(QStringLiteral("周杰")));
    CHECK(interim.second.contains(QStringLiteral("placed fewer than 10 working days")));
    auto db = Database::open(file);
    REQUIRE(db.ok());
    auto ids = EvaluationRepository(db.value()).idsFor(running);
    REQUIRE(ids->size() == 1);
    CHECK(EvaluationRepository(db.value()).get(ids->first())->interimAsOf == today);
}
