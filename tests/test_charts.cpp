// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The charts (ui/charts): every series holds core's report figures, the page draws each chart,
// and `onestreet chart` writes a PNG of the asked size.
#include "core/reports.h"
#include "helpers.h"
#include "ui/charts/chartbuilders.h"
#include "ui/charts/chartspage.h"
#include "ui/charts/chartstyle.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QProcess>
#include <QStackedBarSeries>
#include <QTemporaryDir>

using namespace core;
using namespace ui::charts;

namespace {

qint64 add(const Database &db, const char *sql, const QVariantList &values)
{
    auto id = db.insert(QString::fromLatin1(sql), values);
    if (!id)
        FAIL(id.error().message.toStdString());
    return id.value();
}

void exec(const Database &db, const char *sql, const QVariantList &values)
{
    auto q = db.run(QString::fromLatin1(sql), values);
    if (!q)
        FAIL(q.error().message.toStdString());
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Two streets of one district, one contract for 2026, two workers placed from Mon 2 March.
// March 2026 has 22 working days (no holiday); April 21 (Qingming on the 6th).
struct Agency
{
    Database db = memoryDb();
    qint64 district = 0, s1 = 0, s2 = 0, contract = 0, p1 = 0, p2 = 0, w1 = 0, w2 = 0, w3 = 0;

    Agency()
    {
        district = add(db, "INSERT INTO district (name) VALUES (?)", {s("East")});
        s1 = add(db, "INSERT INTO street (district_id, name) VALUES (?, ?)", {district, s("S1")});
        s2 = add(db, "INSERT INTO street (district_id, name) VALUES (?, ?)", {district, s("S2")});
        const qint64 purchaser = add(db, "INSERT INTO purchaser (name) VALUES (?)", {s("Bureau")});
        contract = add(db,
                       "INSERT INTO contract (code, purchaser_id, start_date, end_date, post_count, status)"
                       " VALUES (?, ?, ?, ?, ?, ?)",
                       {s("C1"), purchaser, s("2026-01-01"), s("2026-12-31"), 2, s("active")});
        p1 = add(db, "INSERT INTO post (contract_id, street_id) VALUES (?, ?)", {contract, s1});
        p2 = add(db, "INSERT INTO post (contract_id, street_id) VALUES (?, ?)", {contract, s2});
        w1 = add(db, "INSERT INTO social_worker (name) VALUES (?)", {s("Wang")});
        w2 = add(db, "INSERT INTO social_worker (name) VALUES (?)", {s("Li")});
        w3 = add(db, "INSERT INTO social_worker (name) VALUES (?)", {s("Zhao")}); // never placed
        const char *placement = "INSERT INTO placement (worker_id, post_id, start_date, end_date) VALUES (?, ?, ?, ?)";
        add(db, placement, {w1, p1, s("2026-03-02"), QVariant()});
        add(db, placement, {w2, p2, s("2026-03-02"), QVariant()});

        // Wang in March: 22 required days, absent on the 3rd, sick on the 4th, the 31st not
        // recorded → 19 present. Li: nothing recorded.
        for (QDate d(2026, 3, 2); d <= QDate(2026, 3, 30); d = d.addDays(1)) {
            if (d.dayOfWeek() > 5)
                continue;
            const QString status = d.day() == 3 ? s("absent") : d.day() == 4 ? s("sick") : s("present");
            add(db, "INSERT INTO attendance (worker_id, day, status) VALUES (?, ?, ?)", {w1, isoDate(d), status});
        }

        const char *log = "INSERT INTO work_log (worker_id, day, minutes, category) VALUES (?, ?, ?, ?)";
        add(db, log, {w1, s("2026-03-10"), 240, s("casework")});
        add(db, log, {w1, s("2026-03-11"), 60, s("admin")});
        add(db, log, {w2, s("2026-03-12"), 120, s("report")});
        add(db, log, {w2, s("2026-04-02"), 90, s("group")});

        activity(w1, s1, "community", "2026-03-12", {s("elderly"), s("disabled")});
        activity(w1, s1, "group", "2026-03-20", {s("elderly")});
        activity(w2, s2, "casework", "2026-04-08", {s("youth")});

        const qint64 supervisor = add(db, "INSERT INTO supervisor (name) VALUES (?)", {s("Teacher")});
        const char *session = "INSERT INTO supervision_session (supervisor_id, held_on, form) VALUES (?, ?, ?)";
        const qint64 march = add(db, session, {supervisor, s("2026-03-20"), s("group")});
        add(db, "INSERT INTO supervision_attendee (session_id, worker_id) VALUES (?, ?)", {march, w1});
        const qint64 april = add(db, session, {supervisor, s("2026-04-10"), s("individual")});
        add(db, "INSERT INTO supervision_attendee (session_id, worker_id) VALUES (?, ?)", {april, w2});

        const char *entry =
            "INSERT INTO funding_entry (contract_id, post_id, worker_id, kind, entry_date, month, amount)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)";
        add(db, entry, {contract, QVariant(), QVariant(), s("receipt"), s("2026-01-15"), QVariant(), 6000000});
        add(db, entry, {contract, QVariant(), QVariant(), s("overhead"), s("2026-01-15"), QVariant(), 900000});
        add(db, entry, {contract, p1, w1, s("pay"), s("2026-04-05"), s("2026-03"), 250000});
        add(db, entry, {contract, p1, w1, s("pay"), s("2026-05-05"), s("2026-04"), 230000});
        add(db, entry, {contract, p2, w2, s("pay"), s("2026-04-05"), s("2026-03"), 300000});
    }

    // A held activity, walked through the workflow the schema allows.
    void activity(qint64 worker, qint64 street, const char *type, const char *day, const QStringList &groups)
    {
        const qint64 id =
            add(db, "INSERT INTO activity (title, worker_id, street_id, type, planned_on) VALUES (?, ?, ?, ?, ?)",
                {s("Activity"), worker, street, s(type), s(day)});
        for (const QString &g : groups)
            add(db, "INSERT INTO activity_target (activity_id, target_group) VALUES (?, ?)", {id, g});
        exec(db, "UPDATE activity SET status = 'submitted', submitted_on = ? WHERE id = ?", {s("2026-02-01"), id});
        exec(db, "UPDATE activity SET status = 'approved', reviewed_on = ? WHERE id = ?", {s("2026-02-02"), id});
        exec(db, "UPDATE activity SET status = 'held', held_on = ?, actual_participants = 10 WHERE id = ?",
             {s(day), id});
    }
};

ChartRequest spring()
{
    ChartRequest r;
    r.range = MonthRange(QDate(2026, 2, 1), QDate(2026, 4, 1));
    r.asOf = QDate(2026, 11, 28);
    return r;
}

std::unique_ptr<QChart> build(const ChartBuilder &builder, const Database &db, const ChartRequest &request)
{
    auto chart = builder.build(db, request);
    if (!chart)
        FAIL(chart.error().message.toStdString());
    return std::move(chart).value();
}

template <typename S> S *seriesOf(QChart *chart, int index = 0)
{
    int seen = 0;
    for (QAbstractSeries *series : chart->series())
        if (auto *s = qobject_cast<S *>(series))
            if (seen++ == index)
                return s;
    FAIL("no such series in the chart");
    return nullptr;
}

QList<double> values(const QAbstractBarSeries *series, const QString &label)
{
    for (const QBarSet *set : series->barSets()) {
        if (set->label() != label)
            continue;
        QList<double> result;
        for (int i = 0; i < set->count(); ++i)
            result << set->at(i);
        return result;
    }
    FAIL("no bar set " << label.toStdString());
    return {};
}

QList<QPointF> points(const QLineSeries *series)
{
    return series->points();
}

} // namespace

TEST_CASE("The attendance line holds core's rates for the scope, in percent", "[charts]")
{
    Agency a;
    ChartRequest request = spring();
    request.streetId = a.s1;
    auto chart = build(AttendanceChart(), a.db, request);
    auto report = Reports(a.db).attendance(request.range, Scope::street(a.s1));
    REQUIRE(report.ok());

    // February: nobody placed yet, no point. March: 19 of 22. April: none recorded, 0 of 21.
    const QList<QPointF> line = points(seriesOf<QLineSeries>(chart.get()));
    REQUIRE(line.size() == 2);
    CHECK(line.at(0) == QPointF(1, *report->at(1).rate() * 100.0));
    CHECK(line.at(0).y() == Approx(100.0 * 19 / 22));
    CHECK(line.at(1) == QPointF(2, 0.0));
    CHECK(report->at(2).requiredDays == 21);

    // The district takes both streets: Li adds 22 required days with nothing recorded.
    request.streetId.reset();
    request.districtId = a.district;
    auto district = build(AttendanceChart(), a.db, request);
    CHECK(points(seriesOf<QLineSeries>(district.get())).at(0).y() == Approx(100.0 * 19 / 44));

    auto *axis = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).first());
    REQUIRE(axis);
    CHECK(axis->categoriesLabels() == QStringList{s("2026-02"), s("2026-03"), s("2026-04")});
}

TEST_CASE("Activity bars stack core's counts by type and by target group", "[charts]")
{
    Agency a;
    ChartRequest request = spring();
    ActivityFilter filter;
    auto report = Reports(a.db).activities(request.range, filter);
    REQUIRE(report.ok());

    auto byType = build(ActivityChart(ActivityChart::Split::ByType), a.db, request);
    auto *typeSeries = seriesOf<QStackedBarSeries>(byType.get());
    CHECK(typeSeries->barSets().size() == allValues<ActivityType>().size());
    for (ActivityType t : allValues<ActivityType>()) {
        QList<double> expected;
        for (const auto &m : report.value())
            expected << m.byType.value(t);
        CHECK(values(typeSeries, label(t)) == expected);
    }
    CHECK(values(typeSeries, label(ActivityType::Community)) == QList<double>{0, 1, 0});

    auto byGroup = build(ActivityChart(ActivityChart::Split::ByGroup), a.db, request);
    auto *groupSeries = seriesOf<QStackedBarSeries>(byGroup.get());
    for (TargetGroup g : allValues<TargetGroup>()) {
        QList<double> expected;
        for (const auto &m : report.value())
            expected << m.byGroup.value(g);
        CHECK(values(groupSeries, label(g)) == expected);
    }
    CHECK(values(groupSeries, label(TargetGroup::Elderly)) == QList<double>{0, 2, 0});

    // Narrowed to Li: only the April casework.
    request.workerId = a.w2;
    auto li = build(ActivityChart(ActivityChart::Split::ByType), a.db, request);
    CHECK(values(seriesOf<QStackedBarSeries>(li.get()), label(ActivityType::Casework)) == QList<double>{0, 0, 1});
}

TEST_CASE("Workload bars are core's hours and the line its administrative share", "[charts]")
{
    Agency a;
    ChartRequest request = spring();
    auto chart = build(WorkloadChart(), a.db, request);
    auto report = Reports(a.db).workload(request.range, Scope::agency());
    REQUIRE(report.ok());
    auto *bars = seriesOf<QStackedBarSeries>(chart.get());
    const QList<double> professional = values(bars, WorkloadChart::tr("Professional services"));
    const QList<double> admin = values(bars, WorkloadChart::tr("Administrative work"));
    REQUIRE(professional.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(professional.at(i) == Approx(report->at(i).professionalMinutes / 60.0));
        CHECK(admin.at(i) == Approx(report->at(i).adminMinutes / 60.0));
    }
    // March: casework 240 professional; admin 60 + report 120 = 180 → share 180 / 420.
    CHECK(professional.at(1) == Approx(4.0));
    CHECK(admin.at(1) == Approx(3.0));
    const QList<QPointF> share = points(seriesOf<QLineSeries>(chart.get()));
    REQUIRE(share.size() == 2); // February has no time logged
    CHECK(share.at(0).x() == 1);
    CHECK(share.at(0).y() == Approx(*report->at(1).adminShare() * 100.0));
    CHECK(share.at(1).y() == Approx(0.0)); // April: group work only
    CHECK(chart->axes(Qt::Vertical).size() == 2);
}

TEST_CASE("Supervision charts: sessions by form, and days since the last session", "[charts]")
{
    Agency a;
    ChartRequest request = spring();
    auto sessions = build(SupervisionChart(), a.db, request);
    auto report = Reports(a.db).supervisionSessions(request.range);
    REQUIRE(report.ok());
    auto *bars = seriesOf<QStackedBarSeries>(sessions.get());
    for (SupervisionForm f : allValues<SupervisionForm>()) {
        QList<double> expected;
        for (const auto &m : report.value())
            expected << m.byForm.value(f);
        CHECK(values(bars, label(f)) == expected);
    }
    CHECK(values(bars, label(SupervisionForm::Group)) == QList<double>{0, 1, 0});

    // As of 30 April (the range's end): Wang last on 20 March (41 days), Li on 10 April (20 days).
    auto gaps = build(SupervisionGapChart(), a.db, request);
    auto gapReport = Reports(a.db).supervisionGaps(request.lastCounted());
    REQUIRE(gapReport.ok());
    REQUIRE(gapReport->size() == 2);
    auto *gapBars = seriesOf<QAbstractBarSeries>(gaps.get());
    // Drawn bottom-up, so the longest (the report's first) is the last bar.
    CHECK(values(gapBars, SupervisionGapChart::tr("Days since the last session")) ==
          QList<double>{double(*gapReport->at(1).daysSince), double(*gapReport->at(0).daysSince)});
    CHECK(values(gapBars, SupervisionGapChart::tr("Days since the last session")) == QList<double>{20, 41});
    auto *names = qobject_cast<QCategoryAxis *>(gaps->axes(Qt::Vertical).first());
    REQUIRE(names);
    CHECK(names->categoriesLabels() == QStringList{s("Li"), s("Wang")});
    // The threshold line stands at alert_unsupervised_days.
    exec(a.db, "UPDATE settings SET value = '30' WHERE key = 'alert_unsupervised_days'", {});
    auto lower = build(SupervisionGapChart(), a.db, request);
    const QList<QPointF> line = points(seriesOf<QLineSeries>(lower.get()));
    REQUIRE(line.size() == 2);
    CHECK(line.at(0).x() == 30);
    CHECK(line.at(1).x() == 30);

    // Narrowed to street S2: Li only.
    request.streetId = a.s2;
    auto s2 = build(SupervisionGapChart(), a.db, request);
    CHECK(values(seriesOf<QAbstractBarSeries>(s2.get()), SupervisionGapChart::tr("Days since the last session")) ==
          QList<double>{20});
}

TEST_CASE("Funding bars are core's sums per contract, in yuan", "[charts]")
{
    Agency a;
    ChartRequest request = spring();
    auto chart = build(FundingChart(), a.db, request);
    auto report = Reports(a.db).fundingByContract();
    REQUIRE(report.ok());
    REQUIRE(report->size() == 1);
    const FundingLine &line = report->first();
    auto *bars = seriesOf<QAbstractBarSeries>(chart.get());
    CHECK(values(bars, label(FundingKind::Receipt)) == QList<double>{line.received.fen() / 100.0});
    CHECK(values(bars, label(FundingKind::Overhead)) == QList<double>{line.overhead.fen() / 100.0});
    CHECK(values(bars, label(FundingKind::Pay)) == QList<double>{line.paid.fen() / 100.0});
    // 60,000 − 9,000 − (2,500 + 2,300 + 3,000) = 43,200 yuan.
    CHECK(values(bars, FundingChart::tr("Left")) == QList<double>{43200.0});

    // A range before the contract shows no contract.
    request.range = MonthRange(QDate(2025, 1, 1), QDate(2025, 6, 1));
    auto before = build(FundingChart(), a.db, request);
    CHECK(values(seriesOf<QAbstractBarSeries>(before.get()), FundingChart::tr("Left")).isEmpty());
}

TEST_CASE("Net pay bars are core's monthly pay beside the reference wage", "[charts]")
{
    Agency a;
    ChartRequest request = spring();
    request.workerId = a.w1;
    auto chart = build(PayChart(), a.db, request);
    const Money reference = Reports(a.db).referenceWage();
    auto *bars = seriesOf<QAbstractBarSeries>(chart.get());
    CHECK(values(bars, PayChart::tr("Net pay")) == QList<double>{0, 2500, 2300});
    const QList<QPointF> line = points(seriesOf<QLineSeries>(chart.get()));
    REQUIRE(line.size() == 2);
    CHECK(line.at(0).y() == Approx(reference.fen() / 100.0));

    // Everyone: the average of the paid months, lowest on top (last): Wang 2,400, Li 3,000.
    request.workerId.reset();
    auto all = build(PayChart(), a.db, request);
    CHECK(values(seriesOf<QAbstractBarSeries>(all.get()), PayChart::tr("Average net pay per month")) ==
          QList<double>{3000, 2400});
}

TEST_CASE("Month axes label at most a dozen or so months, always the last", "[charts]")
{
    QList<QDate> months;
    for (QDate m(2017, 1, 1); m <= QDate(2026, 12, 1); m = m.addMonths(1))
        months << m;
    std::unique_ptr<QCategoryAxis> axis(monthAxis(months));
    const QStringList labels = axis->categoriesLabels();
    CHECK(labels.size() <= 13);
    CHECK(labels.size() >= 10);
    CHECK(labels.last() == s("2026-12"));
    CHECK(axis->min() == -0.5);
    CHECK(axis->max() == 119.5);
}

TEST_CASE("The Charts page draws every chart and follows its filters", "[charts][ui]")
{
    Agency a;
    ui::ChartsPage page;
    page.resize(1366, 768);
    page.setDatabase(a.db);
    page.setRange(QDate(2026, 2, 1), QDate(2026, 4, 1));
    for (const QString &key : chartKeys()) {
        INFO(key.toStdString());
        REQUIRE(page.showChart(key));
        CHECK(page.currentChart() == key);
        REQUIRE(page.chart());
        CHECK(!page.chart()->series().isEmpty());
        CHECK(!page.chart()->legend()->markers().isEmpty());
        for (QAbstractAxis *axis : page.chart()->axes())
            CHECK(!axis->titleText().isEmpty());
    }
    CHECK(!page.showChart(s("pie")));

    page.showChart(s("activities"));
    page.setScope(std::nullopt, std::nullopt, a.w2);
    CHECK(page.request().workerId == a.w2);
    CHECK(values(seriesOf<QStackedBarSeries>(page.chart()), label(ActivityType::Casework)) == QList<double>{0, 0, 1});

    // New records show after refresh(), without opening the file again.
    exec(a.db,
         "INSERT INTO activity (title, worker_id, street_id, type, planned_on) VALUES ('More', ?, ?, 'casework', "
         "'2026-03-05')",
         {a.w2, a.s2});
    const qint64 id = a.db.scalar(s("SELECT max(id) FROM activity"))->toLongLong();
    exec(a.db, "UPDATE activity SET status = 'submitted', submitted_on = '2026-02-01' WHERE id = ?", {id});
    exec(a.db, "UPDATE activity SET status = 'approved', reviewed_on = '2026-02-02' WHERE id = ?", {id});
    exec(a.db, "UPDATE activity SET status = 'held', held_on = '2026-03-05', actual_participants = 3 WHERE id = ?",
         {id});
    page.refresh();
    CHECK(values(seriesOf<QStackedBarSeries>(page.chart()), label(ActivityType::Casework)) == QList<double>{0, 1, 1});

    const QImage picture = page.picture();
    CHECK(!picture.isNull());
    CHECK(picture.width() > 100);
}

TEST_CASE("renderChart draws at the asked size", "[charts]")
{
    Agency a;
    auto chart = build(WorkloadChart(), a.db, spring());
    const QImage image = renderChart(chart.get(), QSize(640, 400));
    CHECK(image.size() == QSize(640, 400));
    // Not a blank page: the bars and text leave many non-white pixels.
    int ink = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ink += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    CHECK(ink > 500);
}

TEST_CASE("onestreet chart writes a PNG of the asked size; bad input exits 2", "[charts][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(s("demo.db"));
    auto run = [&](const QStringList &arguments) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(s(ONESTREET_BINARY), QStringList{s("--db"), db} + arguments);
        REQUIRE(p.waitForFinished(180000));
        INFO(QString::fromUtf8(p.readAll()).toStdString());
        return p.exitCode();
    };
    if (run({s("demo"), s("--streets"), s("3"), s("--years"), s("1"), s("--seed"), s("1")}) != 0) {
        // The demo generator is not usable: make the file by hand instead.
        QFile::remove(db);
        auto file = Database::open(db, Database::Mode::ReadWrite);
        REQUIRE(file.ok());
        REQUIRE(file->run(s("INSERT INTO district (name) VALUES ('East')")).ok());
    }
    const QDate thisMonth = QDate::currentDate();
    const QString to = thisMonth.toString(s("yyyy-MM"));
    const QString from = thisMonth.addMonths(-11).toString(s("yyyy-MM"));
    for (const QString &kind : chartKeys()) {
        INFO(kind.toStdString());
        const QString png = dir.filePath(kind + s(".png"));
        CHECK(run({s("chart"), kind, s("--from"), from, s("--to"), to, s("--size"), s("800x500"), s("-o"), png}) == 0);
        const QImage image(png);
        CHECK(image.size() == QSize(800, 500));
    }
    const QString png = dir.filePath(s("x.png"));
    CHECK(run({s("chart"), s("pie"), s("-o"), png}) == 2);
    CHECK(run({s("chart"), s("attendance"), s("--from"), s("2026-13"), s("-o"), png}) == 2);
    CHECK(run({s("chart"), s("attendance"), s("--from"), s("2026-05"), s("--to"), s("2026-01"), s("-o"), png}) == 2);
    CHECK(run({s("chart"), s("attendance"), s("--size"), s("big"), s("-o"), png}) == 2);
    CHECK(run({s("chart"), s("attendance"), s("-o"), dir.filePath(s("x.pdf"))}) == 2);
    CHECK(!QFile::exists(png));
    // A folder that does not exist: a file problem, exit 1.
    CHECK(run({s("chart"), s("attendance"), s("-o"), dir.filePath(s("missing/x.png"))}) == 1);
}
