// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// Charts as of a day: a month still running counts its days up to the as-of day (no collapse),
// each chart draws exactly the values its data() gives, and `onestreet chart --json` prints them.
// Calendar: figuresfixture.h.
#include "figuresfixture.h"
#include "ui/charts/chartbuilders.h"
#include "ui/charts/chartspage.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

using namespace ui::charts;
using figures::d;

namespace {

// Two workers all year, every working day recorded present up to the end of the year (as a
// street office that fills its sheet ahead would), a few activities, sessions and log entries.
struct Charted : figures::Agency
{
    qint64 wang = 0, li = 0;
    Charted()
    {
        wang = worker(QStringLiteral("王芳"), d(2026, 1, 1));
        li = worker(QStringLiteral("李娜"), d(2026, 1, 1));
        for (qint64 w : {wang, li})
            attend(w, d(2026, 11, 1), d(2026, 12, 31));
        set(li, d(2026, 11, 3), QStringLiteral("sick"));
        set(li, d(2026, 11, 4), QStringLiteral("annual"));
        held(wang, d(2026, 11, 10));
        held(li, d(2026, 12, 1));
        held(li, d(2026, 12, 15)); // after the as-of day
        supervised(wang, d(2026, 11, 20));
        exec("INSERT INTO work_log (worker_id, day, minutes, category) VALUES (?, '2026-11-10', 120, 'admin')", {wang});
        exec("INSERT INTO work_log (worker_id, day, minutes, category) VALUES (?, '2026-11-10', 360, 'casework')",
             {wang});
        exec("INSERT INTO funding_entry (contract_id, kind, entry_date, amount) VALUES (?, 'receipt', "
             "'2026-01-15', 6000000)",
             {contract});
        exec("INSERT INTO funding_entry (contract_id, post_id, worker_id, kind, entry_date, month, amount) "
             "SELECT ?, pl.post_id, pl.worker_id, 'pay', '2026-11-05', '2026-11', 250000 FROM placement pl "
             "WHERE pl.worker_id = ?",
             {contract, wang});
    }
};

ChartRequest onFirstOfDecember()
{
    ChartRequest r;
    r.range = core::MonthRange(d(2026, 11, 1), d(2026, 12, 1));
    r.asOf = d(2026, 12, 1);
    return r;
}

ChartData dataOf(const ChartBuilder &builder, const core::Database &db, const ChartRequest &request)
{
    auto data = builder.data(db, request);
    if (!data)
        FAIL(data.error().message.toStdString());
    return data.value();
}

// Every value the chart draws, by series name and category, read back from the QChart.
QHash<QString, QHash<int, double>> drawn(QChart *chart)
{
    QHash<QString, QHash<int, double>> result;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series)) {
            for (const QPointF &p : line->points())
                result[line->name()][qRound(p.x())] = p.y();
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (const QBarSet *set : bars->barSets())
                for (int i = 0; i < set->count(); ++i)
                    result[set->label()][i] = set->at(i);
        }
    }
    return result;
}

} // namespace

TEST_CASE("the attendance chart's running month counts the days up to the as-of day", "[charts][asof]")
{
    Charted a;
    const ChartData data = dataOf(AttendanceChart(), a.db, onFirstOfDecember());
    REQUIRE(data.points.size() == 2);
    // November: n = 21 working days each (2–6, 9–13, 16–20, 23–27, 30); Li sick once (against) and
    // on annual leave once (excused): (2n − 2) ÷ (2n − 1).
    const int november = core::Calendar(a.db).workdays(d(2026, 11, 1), d(2026, 11, 30));
    const ChartPoint &nov = data.points.at(0);
    CHECK(nov.month == d(2026, 11, 1));
    CHECK(*nov.numerator == 2 * november - 2);
    CHECK(*nov.denominator == 2 * november - 1);
    CHECK(*nov.value == Approx(100.0 * (2 * november - 2) / (2 * november - 1)));
    // December on its first day: 2 of 2 required days, not 2 of 46 (4.3%).
    const ChartPoint &dec = data.points.at(1);
    CHECK(dec.label == QStringLiteral("2026-12"));
    CHECK(*dec.numerator == 2);
    CHECK(*dec.denominator == 2);
    CHECK(*dec.value == Approx(100.0));
    CHECK(data.asOf == d(2026, 12, 1));
    CHECK(data.subtitle.contains(QStringLiteral("2026-12 as of 1 Dec")));
    CHECK(data.note == core::AttendanceRule().describe());
    // The line is drawn through both months at those heights.
    auto chart = AttendanceChart().draw(data);
    const auto values = drawn(chart.get());
    CHECK(values.value(QStringLiteral("Attendance rate")).value(1) == Approx(100.0));
    CHECK(values.value(QStringLiteral("Attendance rate")).value(0) == Approx(*nov.value));

    // Seen on the last day of November, December has not begun: no point.
    ChartRequest earlier = onFirstOfDecember();
    earlier.asOf = d(2026, 11, 30);
    const ChartData before = dataOf(AttendanceChart(), a.db, earlier);
    CHECK_FALSE(before.points.at(1).value.has_value());
    CHECK(drawn(AttendanceChart().draw(before).get()).value(QStringLiteral("Attendance rate")).size() == 1);
}

TEST_CASE("every chart draws exactly the values its data gives", "[charts][asof]")
{
    Charted a;
    ChartRequest request = onFirstOfDecember();
    for (const auto &builder : allCharts()) {
        INFO(builder->key().toStdString());
        const ChartData data = dataOf(*builder, a.db, request);
        CHECK(data.key == builder->key());
        const auto values = drawn(builder->draw(data).get());
        int compared = 0;
        for (const ChartPoint &p : data.points) {
            if (!p.value)
                continue;
            INFO(p.series.toStdString() << " " << p.label.toStdString());
            REQUIRE(values.contains(p.series));
            CHECK(values.value(p.series).value(p.category) == Approx(*p.value));
            ++compared;
        }
        CHECK(compared > 0);
    }
    // Held after the as-of day is not counted: December has Li's activity of the 1st only.
    const ChartData activities = dataOf(ActivityChart(ActivityChart::Split::ByType), a.db, request);
    double december = 0;
    for (const ChartPoint &p : activities.points)
        if (p.month == d(2026, 12, 1))
            december += p.value.value_or(0);
    CHECK(december == 1);
}

TEST_CASE("the charts page says which day its figures are counted to", "[charts][asof][ui]")
{
    Charted a;
    ui::ChartsPage page;
    page.setDatabase(a.db);
    page.showChart(QStringLiteral("attendance"));
    const QLabel *note = page.findChild<QLabel *>(QStringLiteral("chartNote"));
    REQUIRE(note);
    CHECK(note->text().contains(core::isoDate(QDate::currentDate())));
    CHECK(note->text().contains(core::AttendanceRule().describe()));
    CHECK(page.shownData().key == QStringLiteral("attendance"));
    CHECK(page.shownData().asOf == QDate::currentDate());
}

TEST_CASE("onestreet chart --json prints the values each chart draws, --on sets the as-of day", "[charts][cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("c.db"));
    {
        auto db = core::Database::open(file);
        REQUIRE(db.ok());
        figures::Agency f(db.value(), d(2026, 1, 1), d(2026, 12, 31));
        const qint64 wang = f.worker(QStringLiteral("王芳"), d(2026, 1, 1));
        f.attend(wang, d(2026, 11, 1), d(2026, 12, 31));
        f.held(wang, d(2026, 11, 10));
    }
    auto run = [&](const QStringList &arguments) {
        QProcess p;
        p.start(QStringLiteral(ONESTREET_BINARY),
                QStringList{QStringLiteral("--db"), file, QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
        p.waitForFinished(60000);
        return std::make_pair(p.exitCode(), p.readAllStandardOutput());
    };
    const QSet<QString> topKeys{QStringLiteral("chart"),  QStringLiteral("title"), QStringLiteral("subtitle"),
                                QStringLiteral("as_of"),  QStringLiteral("note"),  QStringLiteral("points"),
                                QStringLiteral("markers")};
    const QSet<QString> pointKeys{QStringLiteral("series"), QStringLiteral("label"),     QStringLiteral("month"),
                                  QStringLiteral("value"),  QStringLiteral("numerator"), QStringLiteral("denominator")};
    for (const QString &kind : chartKeys()) {
        INFO(kind.toStdString());
        auto [code, out] = run({QStringLiteral("chart"), kind, QStringLiteral("--from"), QStringLiteral("2026-11"),
                                QStringLiteral("--to"), QStringLiteral("2026-12"), QStringLiteral("--on"),
                                QStringLiteral("2026-12-01"), QStringLiteral("--json")});
        REQUIRE(code == 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(out, &error).object();
        REQUIRE(error.error == QJsonParseError::NoError);
        const QStringList keys = json.keys();
        CHECK(QSet<QString>(keys.cbegin(), keys.cend()) == topKeys);
        CHECK(json.value(QStringLiteral("chart")).toString() == kind);
        CHECK(json.value(QStringLiteral("as_of")).toString() == QStringLiteral("2026-12-01"));
        for (const QJsonValue &p : json.value(QStringLiteral("points")).toArray()) {
            const QStringList pk = p.toObject().keys();
            CHECK(QSet<QString>(pk.cbegin(), pk.cend()) == pointKeys);
        }
    }

    // The done-when check of issue 9: December as of its first day is a rate like November's.
    auto [code, out] = run({QStringLiteral("chart"), QStringLiteral("attendance"), QStringLiteral("--from"),
                            QStringLiteral("2026-11"), QStringLiteral("--to"), QStringLiteral("2026-12"),
                            QStringLiteral("--on"), QStringLiteral("2026-12-01"), QStringLiteral("--json")});
    REQUIRE(code == 0);
    const QJsonArray points = QJsonDocument::fromJson(out).object().value(QStringLiteral("points")).toArray();
    REQUIRE(points.size() == 2);
    const QJsonObject dec = points.at(1).toObject();
    CHECK(dec.value(QStringLiteral("month")).toString() == QStringLiteral("2026-12"));
    CHECK(dec.value(QStringLiteral("value")).toDouble() == Approx(100.0));
    CHECK(dec.value(QStringLiteral("numerator")).toDouble() == 1);
    CHECK(dec.value(QStringLiteral("denominator")).toDouble() == 1);
    CHECK(points.at(0).toObject().value(QStringLiteral("value")).toDouble() == Approx(100.0));

    // --json needs no -o, and refuses one; a bad --on is a usage error.
    CHECK(run({QStringLiteral("chart"), QStringLiteral("attendance"), QStringLiteral("--json"), QStringLiteral("-o"),
               dir.filePath(QStringLiteral("x.png"))})
              .first == 2);
    CHECK(run({QStringLiteral("chart"), QStringLiteral("attendance"), QStringLiteral("--on"), QStringLiteral("1 Dec"),
               QStringLiteral("--json")})
              .first == 2);
}
