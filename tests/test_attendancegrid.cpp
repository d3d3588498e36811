// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "core/attendancelegend.h"
#include "core/calendar.h"
#include "core/i18n.h"
#include "core/io/attendancegrid.h"
#include "core/io/importer.h"
#include "core/io/xlsxworkbook.h"
#include "core/period.h"
#include "helpers.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace core;
using namespace core::io;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Two workers placed all of 2026 at two streets: 张伟 (W001) and 李娜 (W002).
void seed(const Database &db)
{
    REQUIRE(Calendar(db).ensureYears(2026, 2026).ok());
    REQUIRE(db.run(QStringLiteral("INSERT INTO district (id, name) VALUES (1, '天河区')")).ok());
    REQUIRE(db.run(QStringLiteral("INSERT INTO purchaser (id, name) VALUES (1, '民政局')")).ok());
    REQUIRE(db.run(QStringLiteral("INSERT INTO contract (id, code, purchaser_id, start_date, end_date, status) "
                                  "VALUES (1, 'HT-2026', 1, '2026-01-01', '2026-12-31', 'active')"))
                .ok());
    const char *names[] = {"张伟", "李娜"};
    for (int i = 1; i <= 2; ++i) {
        REQUIRE(db.run(QStringLiteral("INSERT INTO street (id, district_id, name) VALUES (?, 1, ?)"),
                       {i, QStringLiteral("街道%1").arg(i)})
                    .ok());
        REQUIRE(db.run(QStringLiteral("INSERT INTO post (id, contract_id, street_id) VALUES (?, 1, ?)"), {i, i}).ok());
        REQUIRE(db.run(QStringLiteral("INSERT INTO social_worker (id, code, name) VALUES (?, ?, ?)"),
                       {i, QStringLiteral("W%1").arg(i, 3, 10, QLatin1Char('0')), s(names[i - 1])})
                    .ok());
        REQUIRE(db.run(QStringLiteral("INSERT INTO placement (worker_id, post_id, start_date) "
                                      "VALUES (?, ?, '2026-01-01')"),
                       {i, i})
                    .ok());
    }
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

// A November 2026 grid as CSV: title, header with `dayForm` for day d, weekday row, two workers.
QByteArray gridCsv(const std::function<QString(int)> &dayForm, const QString &title = s("2026年11月考勤表"),
                   const QString &legend = {}, const QString &zhang = s("√,√,迟"), const QString &li = s("√,病,P"))
{
    QString text = title + QStringLiteral("\n");
    QStringList header{s("序号"), s("姓名")};
    QStringList weekdays{QString(), QString()};
    for (int d = 1; d <= 30; ++d) {
        header << dayForm(d);
        weekdays << QStringList{s("一"), s("二"), s("三"), s("四"), s("五"), s("六"), s("日")}.at(
            QDate(2026, 11, d).dayOfWeek() - 1);
    }
    header << s("出勤天数") << s("合计");
    text += header.join(u',') + u'\n' + weekdays.join(u',') + u'\n';
    // 2, 3, 4 November 2026 are Monday to Wednesday.
    text += s("1,张伟,,") + zhang + QStringLiteral(",,,,,,,,,,,,,,,,,,,,,,,,,,,,3,3\n");
    text += s("2,李娜,,") + li + QStringLiteral(",,,,,,,,,,,,,,,,,,,,,,,,,,,,3,3\n");
    if (!legend.isEmpty())
        text += legend + u'\n';
    text += s("制表人：王芳,,,审核：,,,日期：\n");
    return text.toUtf8();
}

ImportPlan planOf(const Database &db, const QString &path, QDate month = {})
{
    ImportOptions options;
    options.month = month;
    auto plan = Importer(db).plan(ImportKind::Attendance, path, options);
    if (!plan)
        FAIL(plan.error().message.toStdString());
    return std::move(plan).value();
}

// worker code|day|status of the plan's rows.
QStringList records(const ImportPlan &plan)
{
    QStringList list;
    for (const auto &r : plan.rows)
        list << QStringLiteral("%1|%2|%3").arg(r.workerId).arg(isoDate(r.day), code(AttendanceStatus(r.status)));
    list.sort();
    return list;
}

const QStringList kExpected{QStringLiteral("1|2026-11-02|present"), QStringLiteral("1|2026-11-03|present"),
                            QStringLiteral("1|2026-11-04|late"),    QStringLiteral("2|2026-11-02|present"),
                            QStringLiteral("2|2026-11-03|sick"),    QStringLiteral("2|2026-11-04|present")};

bool hasProblem(const ImportPlan &plan, const char *fragment)
{
    for (const ImportProblem &p : plan.problems)
        if (QString(p.column + u' ' + p.reason).contains(QString::fromUtf8(fragment)))
            return true;
    return false;
}

QString dump(const Database &db)
{
    auto q = db.run(QStringLiteral("SELECT worker_id, day, status FROM attendance ORDER BY worker_id, day"));
    QString text;
    while (q.value().next())
        text += q.value().value(0).toString() + u'|' + q.value().value(1).toString() + u'|' +
                q.value().value(2).toString() + u'\n';
    return text;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("A grid's day columns read in every written form", "[grid]")
{
    const QList<std::pair<const char *, std::function<QString(int)>>> forms{
        {"1",
         [](int d) {
             return QString::number(d);
         }},
        {"1日",
         [](int d) {
             return QStringLiteral("%1日").arg(d);
         }},
        {"11-01",
         [](int d) {
             return QStringLiteral("11-%1").arg(d, 2, 10, QLatin1Char('0'));
         }},
        {"11月1日",
         [](int d) {
             return QStringLiteral("11月%1日").arg(d);
         }},
    };
    for (const auto &[name, form] : forms) {
        INFO(name);
        Database db = memoryDb();
        seed(db);
        QTemporaryDir dir;
        const ImportPlan plan = planOf(db, writeFile(dir, QStringLiteral("g.csv"), gridCsv(form)));
        CHECK(records(plan) == kExpected);
        CHECK(plan.errorRows == 0);
        CHECK(plan.sheets.size() == 1);
    }
}

TEST_CASE("A grid with real Excel dates in its header, two sheets, each reported", "[grid]")
{
    Database db = memoryDb();
    seed(db);
    QTemporaryDir dir;
    XlsxWorkbook book;
    for (int m : {3, 9}) { // months with no public holiday in their first ten days
        XlsxWorkbook::Sheet &sheet = book.addSheet(QStringLiteral("%1月").arg(m));
        sheet.rows.append({{s("考勤表")}}); // no month in the title: the dates say it
        QList<XlsxWorkbook::Cell> header{{s("工号")}, {s("姓名")}};
        for (int d = 1; d <= 10; ++d)
            header.append({QDate(2026, m, d), XlsxWorkbook::Format::Date});
        sheet.rows.append(header);
        QList<XlsxWorkbook::Cell> row{{QStringLiteral("W001")}, {s("张伟")}};
        for (int d = 1; d <= 10; ++d)
            row.append({QDate(2026, m, d).dayOfWeek() < 6 ? QVariant(s("√")) : QVariant()});
        sheet.rows.append(row);
    }
    const QString path = dir.filePath(QStringLiteral("two.xlsx"));
    REQUIRE(book.write(path).ok());
    const ImportPlan plan = planOf(db, path);
    REQUIRE(plan.sheets.size() == 2);
    CHECK(plan.sheets.at(0).contains(QStringLiteral("2026-03")));
    CHECK(plan.sheets.at(1).contains(QStringLiteral("2026-09")));
    CHECK(plan.newRows == 7 + 8); // the weekdays of 1–10 March and of 1–10 September 2026
    CHECK(plan.errorRows == 0);
}

TEST_CASE("A grid's month comes from --month, the title, the sheet name with a year, or is asked for", "[grid]")
{
    Database db = memoryDb();
    seed(db);
    QTemporaryDir dir;
    const auto day = [](int d) {
        return QString::number(d);
    };
    // The title.
    CHECK(planOf(db, writeFile(dir, QStringLiteral("a.csv"), gridCsv(day))).sheets.first().contains(s("title")));
    // --month wins over the title.
    const ImportPlan forced = planOf(db, writeFile(dir, QStringLiteral("b.csv"), gridCsv(day)), QDate(2026, 12, 1));
    CHECK(records(forced).first().contains(QStringLiteral("2026-12-02")));
    // Nothing says it: an error asking for --month.
    const QString none = writeFile(dir, QStringLiteral("c.csv"), gridCsv(day, s("考勤表")));
    auto refused = Importer(db).plan(ImportKind::Attendance, none);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("--month")));
    // The sheet's name "11月" with the year from the file name.
    XlsxWorkbook book;
    XlsxWorkbook::Sheet &sheet = book.addSheet(s("11月"));
    sheet.rows.append({{s("考勤表")}});
    QList<XlsxWorkbook::Cell> header{{s("姓名")}};
    for (int d = 1; d <= 30; ++d)
        header.append(XlsxWorkbook::Cell{d});
    sheet.rows.append(header);
    sheet.rows.append({{s("张伟")}, {}, {s("√")}});
    const QString path = dir.filePath(QStringLiteral("考勤2026.xlsx"));
    REQUIRE(book.write(path).ok());
    const ImportPlan named = planOf(db, path);
    CHECK(records(named) == QStringList{QStringLiteral("1|2026-11-02|present")});
    CHECK(named.sheets.first().contains(s("sheet's name")));
}

TEST_CASE("A grid's own legend wins over the one in Settings; unknown marks are errors", "[grid]")
{
    Database db = memoryDb();
    seed(db);
    QTemporaryDir dir;
    const auto day = [](int d) {
        return QString::number(d);
    };
    // The file says ○ is personal leave and ＊ late.
    const ImportPlan own =
        planOf(db, writeFile(dir, QStringLiteral("a.csv"),
                             gridCsv(day, s("2026年11月考勤表"), s("注：√出勤 ○事假 △年假 ☆病假 ×旷工 ＊迟到"),
                                     s("√,○,＊"), s("√,☆,△"))));
    CHECK(own.errorRows == 0);
    CHECK(records(own) == QStringList{QStringLiteral("1|2026-11-02|present"), QStringLiteral("1|2026-11-03|personal"),
                                      QStringLiteral("1|2026-11-04|late"), QStringLiteral("2|2026-11-02|present"),
                                      QStringLiteral("2|2026-11-03|sick"), QStringLiteral("2|2026-11-04|annual")});
    CHECK(own.sheets.first().contains(s("its own legend")));

    // Without a legend row, the Settings legend: here ○ means sick leave.
    AttendanceLegend legend = AttendanceLegend::defaults();
    legend.entries.append({s("○"), s("病假"), AttendanceStatus::SickLeave});
    REQUIRE(db.setSetting(AttendanceLegend::settingKey(), legend.toText()).ok());
    const ImportPlan settings =
        planOf(db, writeFile(dir, QStringLiteral("b.csv"), gridCsv(day, s("2026年11月"), {}, s("√,○,迟"))));
    CHECK(records(settings).contains(QStringLiteral("1|2026-11-03|sick")));

    // A mark no legend explains: an error naming the row, the day and the mark; nothing is written.
    const ImportPlan bad =
        planOf(db, writeFile(dir, QStringLiteral("c.csv"), gridCsv(day, s("2026年11月"), {}, s("√,★,迟"))));
    CHECK(bad.errorRows == 1);
    CHECK(bad.blocked());
    CHECK(hasProblem(bad, "Row 4, day 3"));
    CHECK(hasProblem(bad, "★"));
    CHECK_FALSE(Importer(db).write(bad).ok());
}

TEST_CASE("A grid ignores totals and signatures and warns of unrecorded working days", "[grid]")
{
    Database db = memoryDb();
    seed(db);
    QTemporaryDir dir;
    const ImportPlan plan =
        planOf(db, writeFile(dir, QStringLiteral("a.csv"), gridCsv([](int d) { return QString::number(d); })));
    CHECK(plan.rowCount() == 6); // the totals "3" and the signature row are not records
    CHECK(hasProblem(plan, "not recorded on working day(s) 5, 6, 9"));
    CHECK_FALSE(plan.blocked()); // a warning only
    REQUIRE(Importer(db).write(plan).ok());
    // Imported again: nothing new; a changed mark is a conflict naming the day.
    const ImportPlan again =
        planOf(db, writeFile(dir, QStringLiteral("a.csv"), gridCsv([](int d) { return QString::number(d); })));
    CHECK(again.existingRows == 6);
    CHECK(again.newRows == 0);
    const ImportPlan changed =
        planOf(db, writeFile(dir, QStringLiteral("b.csv"),
                             gridCsv([](int d) { return QString::number(d); }, s("2026年11月"), {}, s("√,√,旷"))));
    CHECK(changed.conflictRows == 1);
    CHECK(hasProblem(changed, "day 4"));
}

TEST_CASE("A grid reads from GB18030 and UTF-8 CSV alike; the long layout still imports", "[grid]")
{
    Database db = memoryDb();
    seed(db);
    QTemporaryDir dir;
    const QByteArray utf8 = gridCsv([](int d) { return QStringLiteral("%1日").arg(d); });
    QStringEncoder gb("GB18030");
    const QByteArray gbBytes = gb(QString::fromUtf8(utf8));
    REQUIRE(gbBytes != utf8);
    CHECK(records(planOf(db, writeFile(dir, QStringLiteral("u.csv"), utf8))) == kExpected);
    CHECK(records(planOf(db, writeFile(dir, QStringLiteral("g.csv"), gbBytes))) == kExpected);
    const ImportPlan longPlan =
        planOf(db, writeFile(dir, QStringLiteral("l.csv"), s("姓名,日期,状态\n张伟,2026-11-02,病假\n").toUtf8()));
    CHECK(records(longPlan) == QStringList{QStringLiteral("1|2026-11-02|sick")});
    CHECK(longPlan.sheets.isEmpty());
}

TEST_CASE("The exported grid imports back to the same records and the same grid", "[grid]")
{
    for (const bool xlsx : {false, true}) {
        INFO((xlsx ? "xlsx" : "csv"));
        Database db = memoryDb();
        seed(db);
        QTemporaryDir dir;
        REQUIRE(Importer(db)
                    .write(planOf(db, writeFile(dir, QStringLiteral("in.csv"),
                                                gridCsv([](int d) { return QString::number(d); }))))
                    .ok());
        const QString before = dump(db);
        const QString first = dir.filePath(xlsx ? QStringLiteral("1.xlsx") : QStringLiteral("1.csv"));
        auto written = AttendanceGrid::write(db, QDate(2026, 11, 1), std::nullopt, first, xlsx, QDate(2026, 12, 2));
        REQUIRE(written.ok());
        CHECK(written.value() == 2);
        REQUIRE(db.run(QStringLiteral("DELETE FROM attendance")).ok());
        const ImportPlan plan = planOf(db, first);
        CHECK(plan.errorRows == 0);
        CHECK(plan.sheets.size() == (xlsx ? 2 : 1));
        REQUIRE(Importer(db).write(plan).ok());
        CHECK(dump(db) == before);
        const QString second = dir.filePath(xlsx ? QStringLiteral("2.xlsx") : QStringLiteral("2.csv"));
        REQUIRE(AttendanceGrid::write(db, QDate(2026, 11, 1), std::nullopt, second, xlsx, QDate(2026, 12, 2)).ok());
        if (!xlsx)
            CHECK(readAll(first) == readAll(second));
        else
            CHECK(readXlsxWorkbook(first).value().at(0).rows == readXlsxWorkbook(second).value().at(0).rows);
    }
}

TEST_CASE("A grid exported under English imports under Chinese and the reverse", "[grid][i18n]")
{
    Database db = memoryDb();
    seed(db);
    QTemporaryDir dir;
    REQUIRE(Importer(db)
                .write(planOf(
                    db, writeFile(dir, QStringLiteral("in.csv"), gridCsv([](int d) { return QString::number(d); }))))
                .ok());
    const QString before = dump(db);
    auto &app = *QCoreApplication::instance();
    for (const auto &[from, to] : {std::pair{"en", "zh_CN"}, std::pair{"zh_CN", "en"}}) {
        INFO(from);
        installTranslations(app, QString::fromLatin1(from));
        const QString path = dir.filePath(QStringLiteral("%1.csv").arg(QString::fromLatin1(from)));
        REQUIRE(AttendanceGrid::write(db, QDate(2026, 11, 1), std::nullopt, path, false, QDate(2026, 12, 2)).ok());
        const QString text = QString::fromUtf8(readAll(path));
        CHECK(text.contains(std::string_view(from) == "en" ? s("S = Sick leave") : s("病=病假")));
        REQUIRE(db.run(QStringLiteral("DELETE FROM attendance")).ok());
        installTranslations(app, QString::fromLatin1(to));
        const ImportPlan plan = planOf(db, path);
        CHECK(plan.errorRows == 0);
        REQUIRE(Importer(db).write(plan).ok());
        CHECK(dump(db) == before);
    }
    installTranslations(app, QStringLiteral("en"));
}

TEST_CASE("The legend setting keeps marks, words and statuses and refuses a mark twice", "[grid]")
{
    AttendanceLegend legend = AttendanceLegend::defaults();
    CHECK(AttendanceLegend::parse(legend.toText()) == legend);
    CHECK(legend.statusOf(s("迟")) == AttendanceStatus::Late);
    CHECK(legend.statusOf(QStringLiteral("s")) == AttendanceStatus::SickLeave); // the letters too
    CHECK(legend.markOf(AttendanceStatus::AnnualLeave) == s("年"));
    legend.entries.append({s("√"), s("公出"), AttendanceStatus::BusinessOut});
    CHECK_FALSE(legend.validate().ok());
    CHECK(AttendanceLegend::statusWord(QStringLiteral("Left early")) == AttendanceStatus::LeftEarly);
    CHECK(AttendanceLegend::statusWord(s("早退")) == AttendanceStatus::LeftEarly);
}
