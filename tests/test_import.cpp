// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "core/calendar.h"
#include "core/io/backups.h"
#include "core/io/exporter.h"
#include "core/io/importer.h"
#include "core/io/tablereader.h"
#include "core/period.h"
#include "helpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace core;
using namespace core::io;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// One contract over 2026 with `streets` posts, a worker placed in each (code W001…, name 社工1…),
// and a second 张伟 without a placement to make that name ambiguous.
void seed(const Database &db, int workers = 3, const char *placementEnd = nullptr)
{
    REQUIRE(db.run(QStringLiteral("INSERT INTO district (id, name) VALUES (1, '天河区')")).ok());
    REQUIRE(db.run(QStringLiteral("INSERT INTO purchaser (id, name) VALUES (1, '民政局')")).ok());
    REQUIRE(db.run(QStringLiteral("INSERT INTO contract (id, code, purchaser_id, start_date, end_date, status) "
                                  "VALUES (1, 'HT-2026', 1, '2026-01-01', '2026-12-31', 'active')"))
                .ok());
    Transaction t(db);
    for (int i = 1; i <= workers; ++i) {
        REQUIRE(db.run(QStringLiteral("INSERT INTO street (id, district_id, name) VALUES (?, 1, ?)"),
                       {i, QStringLiteral("街道%1").arg(i)})
                    .ok());
        REQUIRE(db.run(QStringLiteral("INSERT INTO post (id, contract_id, street_id) VALUES (?, 1, ?)"), {i, i}).ok());
        REQUIRE(db.run(QStringLiteral("INSERT INTO social_worker (id, code, name) VALUES (?, ?, ?)"),
                       {i, QStringLiteral("W%1").arg(i, 3, 10, QLatin1Char('0')),
                        i == 1 ? s("张伟") : QStringLiteral("社工%1").arg(i)})
                    .ok());
        REQUIRE(db.run(QStringLiteral("INSERT INTO placement (worker_id, post_id, start_date, end_date) "
                                      "VALUES (?, ?, '2026-01-01', ?)"),
                       {i, i, placementEnd ? QVariant(QString::fromLatin1(placementEnd)) : QVariant()})
                    .ok());
    }
    REQUIRE(t.commit().ok());
}

void addSecondZhangWei(const Database &db)
{
    REQUIRE(
        db.run(QStringLiteral("INSERT INTO social_worker (id, code, name) VALUES (99, 'W099', ?)"), {s("张伟")}).ok());
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

ImportPlan planOf(const Database &db, ImportKind kind, const QString &path)
{
    auto plan = Importer(db).plan(kind, path);
    if (!plan)
        FAIL(plan.error().message.toStdString());
    return std::move(plan).value();
}

ImportPlan planOf(const Database &db, ImportKind kind, const QList<QStringList> &rows)
{
    auto plan = Importer(db).planRows(kind, rows);
    if (!plan)
        FAIL(plan.error().message.toStdString());
    return std::move(plan).value();
}

bool hasProblem(const ImportPlan &plan, int row, const QString &column, const char *fragment)
{
    for (const ImportProblem &p : plan.problems)
        if (p.row == row && p.column == column && p.reason.contains(QString::fromUtf8(fragment)))
            return true;
    return false;
}

int count(const Database &db, const char *table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table)).value().toInt();
}

QByteArray fileHash(const QString &path)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &p : QStringList{path, path + QStringLiteral("-wal")}) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            h.addData(&f);
        h.addData("|");
    }
    return h.result();
}

QString tableDump(const Database &db, const char *table)
{
    auto q = db.run(QStringLiteral("SELECT * FROM ") + QString::fromLatin1(table) + QStringLiteral(" ORDER BY id"));
    QString dump;
    while (q.value().next()) {
        for (int c = 0; c < q.value().record().count(); ++c)
            dump += q.value().value(c).toString() + QLatin1Char('|');
        dump += QLatin1Char('\n');
    }
    return dump;
}

} // namespace

TEST_CASE("CSV files in UTF-8, UTF-8 with BOM and GB18030 read the same", "[import]")
{
    const QString text = s("姓名,日期,状态,备注\n张伟,2026-03-02,病假,\"发烧, 就医\"\n社工2,2026-03-02,出勤,\n");
    QStringEncoder gb("GB18030");
    REQUIRE(gb.isValid());
    const QByteArray gbBytes = gb(text);
    REQUIRE(gbBytes != text.toUtf8()); // really a different encoding
    const QList<QByteArray> files = {text.toUtf8(), QByteArray("\xEF\xBB\xBF") + text.toUtf8(), gbBytes};
    for (const QByteArray &bytes : files) {
        Database db = memoryDb();
        seed(db);
        QTemporaryDir dir;
        const ImportPlan plan = planOf(db, ImportKind::Attendance, writeFile(dir, QStringLiteral("a.csv"), bytes));
        INFO(bytes.toHex().left(16).toStdString());
        REQUIRE(plan.problems.isEmpty());
        REQUIRE(plan.newRows == 2);
        CHECK(plan.rows[0].workerId == 1);
        CHECK(AttendanceStatus(plan.rows[0].status) == AttendanceStatus::SickLeave);
        CHECK(plan.rows[0].note == s("发烧, 就医"));
        CHECK(plan.rows[1].workerId == 2);
    }
}

TEST_CASE("CSV: quotes, doubled quotes, line breaks in fields, tabs, CRLF", "[import]")
{
    QList<QStringList> rows;
    TableReader::parseCsv(s("a\tb\tc\r\n\"x\"\"y\"\t\"line1\nline2\"\t\r\n\r\nlast\t2\t3"),
                          [&](int, const QStringList &cells) {
                              rows << cells;
                              return true;
                          });
    REQUIRE(rows.size() == 3);
    CHECK(rows[1] == QStringList{QStringLiteral("x\"y"), QStringLiteral("line1\nline2"), QString()});
    CHECK(rows[2] == QStringList{QStringLiteral("last"), QStringLiteral("2"), QStringLiteral("3")});
    CHECK(Exporter::csvField(QStringLiteral("a,\"b\"")) == QStringLiteral("\"a,\"\"b\"\"\""));
}

TEST_CASE("Every date form is read", "[import]")
{
    const QDate march5(2026, 3, 5);
    for (const char *text : {"2026-03-05", "2026-3-5", "2026/3/5", "2026/03/05", "2026年3月5日", "2026.3.5",
                             "2026.03.05", "20260305", "2026/3/5 0:00", " 2026-03-05 "})
        CHECK(Importer::parseDate(s(text)) == march5);
    const qint64 serial = QDate(1899, 12, 30).daysTo(march5);
    CHECK(Importer::parseDate(QString::number(serial)) == march5);
    CHECK(Importer::parseDate(QString(QString::number(serial) + QStringLiteral(".5"))) == march5);
    // The 1900 system and its leap-year bug.
    CHECK(Importer::fromExcelSerial(1) == QDate(1900, 1, 1));
    CHECK(Importer::fromExcelSerial(59) == QDate(1900, 2, 28));
    CHECK(!Importer::fromExcelSerial(60).isValid());
    CHECK(Importer::fromExcelSerial(61) == QDate(1900, 3, 1));
    for (const char *bad : {"", "2026-13-01", "2026-02-30", "3/5/2026", "yesterday", "2026-03"})
        CHECK(!Importer::parseDate(s(bad)).isValid());
    CHECK(Importer::parseTime(QStringLiteral("9:05")) == 545);
    CHECK(Importer::parseTime(QStringLiteral("09:05:30")) == 545);
    CHECK(Importer::parseTime(QStringLiteral("0.375")) == 540);
    CHECK(Importer::parseTime(QStringLiteral("25:00")) == -1);
    CHECK(Importer::parseDuration(QStringLiteral("1.5"), true) == 90);
    CHECK(Importer::parseDuration(s("2小时"), false) == 120);
    CHECK(Importer::parseDuration(QStringLiteral("45"), false) == 45);
    CHECK(Importer::parseDuration(QStringLiteral("-1"), true) == -1);
}

TEST_CASE("Status words, stored codes and one-letter codes", "[import]")
{
    using S = AttendanceStatus;
    const QList<std::pair<const char *, S>> words = {
        {"出勤", S::Present},     {"正常", S::Present},     {"在岗", S::Present},    {"迟到", S::Late},
        {"早退", S::LeftEarly},   {"旷工", S::Absent},      {"病假", S::SickLeave},  {"事假", S::PersonalLeave},
        {"年假", S::AnnualLeave}, {"公出", S::BusinessOut}, {"外出", S::BusinessOut}};
    for (const auto &[word, status] : words)
        CHECK(Importer::parseStatus(s(word)) == status);
    for (S status : allValues<S>()) {
        CHECK(Importer::parseStatus(code(status)) == status);
        CHECK(Importer::parseStatus(QString(shortCode(status))) == status);
        CHECK(Importer::parseStatus(label(status)) == status);
    }
    CHECK(!Importer::parseStatus(QStringLiteral("maybe")));
    using C = WorkCategory;
    const QList<std::pair<const char *, C>> categories = {
        {"个案", C::Casework},  {"小组", C::Group},   {"社区活动", C::Community}, {"资源链接", C::Resource},
        {"行政事务", C::Admin}, {"会议", C::Meeting}, {"统计报表", C::Report}};
    for (const auto &[word, category] : categories)
        CHECK(Importer::parseCategory(s(word)) == category);
    for (C category : allValues<C>())
        CHECK(Importer::parseCategory(code(category)) == category);
}

TEST_CASE("Every heading alias is understood", "[import]")
{
    // For each column, each alias in turn, the other columns with their first alias.
    const auto aliases = Importer::headerAliases();
    REQUIRE(aliases.size() == 10);
    const QStringList attendanceValues = {s("社工2"),
                                          QStringLiteral("W002"),
                                          QStringLiteral("2026-03-02"),
                                          s("迟到"),
                                          QStringLiteral("09:20"),
                                          QStringLiteral("17:30"),
                                          QString(),
                                          QString(),
                                          QString(),
                                          s("堵车")};
    const QStringList worklogValues = {s("社工2"),
                                       QStringLiteral("W002"),
                                       QStringLiteral("2026-03-02"),
                                       QString(),
                                       QString(),
                                       QString(),
                                       QStringLiteral("1.5"),
                                       QString(),
                                       s("个案"),
                                       s("家访")};
    for (int field = 0; field < aliases.size(); ++field) {
        for (const QString &alias : aliases.at(field).second) {
            for (ImportKind kind : {ImportKind::Attendance, ImportKind::WorkLog}) {
                const QStringList &values = kind == ImportKind::Attendance ? attendanceValues : worklogValues;
                if (values.at(field).isEmpty() && !(kind == ImportKind::WorkLog && field == 7))
                    continue;
                QStringList header, row;
                for (int f = 0; f < aliases.size(); ++f) {
                    const bool tested = f == field;
                    QString value = values.at(f);
                    if (kind == ImportKind::WorkLog && field == 7 && f == 7)
                        value = QStringLiteral("90"); // minutes instead of hours
                    if (kind == ImportKind::WorkLog && field == 7 && f == 6)
                        continue;
                    if (value.isEmpty() || (f <= 1 && field <= 1 && !tested))
                        continue; // test the name and the code columns each alone
                    header << (tested ? alias : aliases.at(f).second.first());
                    row << value;
                }
                Database db = memoryDb();
                seed(db);
                const ImportPlan plan = planOf(db, kind, {header, row});
                INFO(alias.toStdString() << " in " << header.join(QLatin1Char(',')).toStdString());
                CHECK(plan.problems.isEmpty());
                REQUIRE(plan.newRows == 1);
                CHECK(plan.rows[0].workerId == 2);
                if (kind == ImportKind::Attendance) {
                    CHECK(AttendanceStatus(plan.rows[0].status) == AttendanceStatus::Late);
                } else {
                    CHECK(plan.rows[0].minutes == 90);
                    CHECK(WorkCategory(plan.rows[0].status) == WorkCategory::Casework);
                }
            }
        }
    }
    // Case, spaces and a bracketed explanation do not matter.
    Database db = memoryDb();
    seed(db);
    const ImportPlan plan =
        planOf(db, ImportKind::Attendance,
               {{QStringLiteral(" Name "), QStringLiteral("Date (yyyy-MM-dd)"), QStringLiteral("Sign In")},
                {s("社工2"), QStringLiteral("2026-03-02"), QStringLiteral("08:55")}});
    CHECK(plan.newRows == 1);
}

TEST_CASE("A file without the columns it needs is refused with their names", "[import]")
{
    Database db = memoryDb();
    seed(db);
    auto plan =
        Importer(db).planRows(ImportKind::WorkLog, {{s("姓名"), s("日期")}, {s("张伟"), QStringLiteral("2026-03-02")}});
    REQUIRE(!plan.ok());
    CHECK(plan.error().message.contains(QStringLiteral("category")));
}

TEST_CASE("Without a status, sign-in and sign-out times against the office hours tell it", "[import]")
{
    Database db = memoryDb();
    seed(db);
    const ImportPlan plan =
        planOf(db, ImportKind::Attendance,
               {{s("姓名"), s("日期"), s("签到"), s("签退")},
                {s("社工2"), QStringLiteral("2026-03-02"), QStringLiteral("08:50"), QStringLiteral("17:40")},
                {s("社工2"), QStringLiteral("2026-03-03"), QStringLiteral("09:15"), QStringLiteral("17:40")},
                {s("社工2"), QStringLiteral("2026-03-04"), QStringLiteral("08:50"), QStringLiteral("16:00")},
                {s("社工2"), QStringLiteral("2026-03-05"), QString(), QString()}});
    REQUIRE(plan.rows.size() == 4);
    CHECK(AttendanceStatus(plan.rows[0].status) == AttendanceStatus::Present);
    CHECK(AttendanceStatus(plan.rows[1].status) == AttendanceStatus::Late);
    CHECK(AttendanceStatus(plan.rows[2].status) == AttendanceStatus::LeftEarly);
    CHECK(plan.rows[3].outcome == RowOutcome::Error);
    CHECK(hasProblem(plan, 5, s("签到"), "status is missing"));
}

TEST_CASE("Each kind of bad row is reported with its row, column and reason", "[import]")
{
    Database db = memoryDb();
    seed(db, 3, "2026-06-30");
    addSecondZhangWei(db);
    const QString name = s("姓名"), date = s("日期"), status = s("状态"), in = s("签到");
    const ImportPlan plan =
        planOf(db, ImportKind::Attendance,
               {{name, date, status, in},
                {s("李四"), QStringLiteral("2026-03-02"), s("出勤"), QString()},                // 2 unknown
                {s("张伟"), QStringLiteral("2026-03-02"), s("出勤"), QString()},                // 3 ambiguous
                {s("社工2"), QStringLiteral("2026-07-01"), s("出勤"), QString()},               // 4 not placed
                {s("社工2"), QStringLiteral("2026-03-02"), s("出勤"), QString()},               // 5 ok
                {s("社工2"), QStringLiteral("2026-03-02"), s("病假"), QString()},               // 6 duplicate
                {s("社工2"), QStringLiteral("2026-02-30"), s("出勤"), QString()},               // 7 bad date
                {s("社工2"), QStringLiteral("2026-03-03"), s("休息"), QString()},               // 8 bad status
                {s("社工2"), QStringLiteral("2026-03-04"), s("出勤"), QStringLiteral("9点")},   // 9 bad time
                {QStringLiteral("W001"), QStringLiteral("2026-03-04"), s("出勤"), QString()}}); // 10 code in name
    CHECK(hasProblem(plan, 2, name, "No worker is called"));
    CHECK(hasProblem(plan, 3, name, "2 workers are called"));
    CHECK(hasProblem(plan, 4, date, "not placed"));
    CHECK(hasProblem(plan, 6, date, "Row 5 already has"));
    CHECK(hasProblem(plan, 7, date, "is not a date"));
    CHECK(hasProblem(plan, 8, status, "is not an attendance status"));
    CHECK(hasProblem(plan, 9, in, "is not a time"));
    CHECK(plan.newRows == 2);
    CHECK(plan.errorRows == 7);
    CHECK(plan.blocked());

    const ImportPlan logs = planOf(db, ImportKind::WorkLog,
                                   {{name, date, s("工时"), s("类别")},
                                    {s("社工2"), QStringLiteral("2026-03-02"), QStringLiteral("abc"), s("个案")},
                                    {s("社工2"), QStringLiteral("2026-03-02"), QStringLiteral("30"), s("个案")},
                                    {s("社工2"), QStringLiteral("2026-03-02"), QStringLiteral("1"), s("跳舞")}});
    CHECK(hasProblem(logs, 2, s("工时"), "is not a length of time"));
    CHECK(hasProblem(logs, 3, s("工时"), "more than a day"));
    CHECK(hasProblem(logs, 4, s("类别"), "is not a work category"));

    // Nothing is written while there are errors; with skipBad only the good rows.
    CHECK(!Importer(db).write(plan).ok());
    CHECK(count(db, "attendance") == 0);
    ImportOptions skip;
    skip.skipBad = true;
    auto written = Importer(db).write(plan, skip);
    INFO((written.ok() ? QString() : written.error().message).toStdString());
    REQUIRE(written.ok());
    CHECK(written->written == 2);
    CHECK(written->skipped == 7);
    CHECK(count(db, "attendance") == 2);
}

TEST_CASE("A conflict with a stored value is reported and never overwritten; re-import adds nothing", "[import]")
{
    Database db = memoryDb();
    seed(db);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("a.csv"),
                                   s("工号,日期,状态,签到,签退\nW002,2026-03-02,出勤,08:55,17:35\n"
                                     "W002,2026-03-03,病假,,\nW003,2026/3/3,外出,,\n")
                                       .toUtf8());
    Importer importer(db);
    auto first = importer.plan(ImportKind::Attendance, path);
    REQUIRE(first.ok());
    CHECK(first->newRows == 3);
    REQUIRE(importer.write(first.value()).ok());
    CHECK(count(db, "attendance") == 3);

    auto again = importer.plan(ImportKind::Attendance, path);
    REQUIRE(again.ok());
    CHECK(again->newRows == 0);
    CHECK(again->existingRows == 3);
    CHECK(!again->blocked());
    auto none = importer.write(again.value());
    REQUIRE(none.ok());
    CHECK(none->written == 0);
    CHECK(count(db, "attendance") == 3);

    REQUIRE(db.run(QStringLiteral("UPDATE attendance SET status = 'annual' WHERE worker_id = 2 AND day = '2026-03-03'"))
                .ok());
    auto changed = importer.plan(ImportKind::Attendance, path);
    REQUIRE(changed.ok());
    CHECK(changed->conflictRows == 1);
    CHECK(changed->blocked());
    REQUIRE(changed->problems.size() == 1);
    CHECK(changed->problems.first().row == 3);
    CHECK(!importer.write(changed.value()).ok());
    ImportOptions skip;
    skip.skipBad = true;
    REQUIRE(importer.write(changed.value(), skip).ok());
    CHECK(db.scalar(QStringLiteral("SELECT status FROM attendance WHERE worker_id = 2 AND day = '2026-03-03'"))
              .value()
              .toString() == QStringLiteral("annual"));
}

TEST_CASE("Work logs: hours to minutes, categories, idempotent re-import", "[import]")
{
    Database db = memoryDb();
    seed(db);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("w.csv"),
                                   s("社工姓名,日期,工时,工作类别,说明\n社工2,2026-03-02,1.5,个案,家访\n"
                                     "社工2,2026-03-02,0.5,行政事务,\n社工3,2026年3月2日,2,社区活动,义诊\n")
                                       .toUtf8());
    Importer importer(db);
    auto plan = importer.plan(ImportKind::WorkLog, path);
    REQUIRE(plan.ok());
    REQUIRE(plan->problems.isEmpty());
    REQUIRE(importer.write(plan.value()).ok());
    CHECK(db.scalar(QStringLiteral("SELECT sum(minutes) FROM work_log")).value().toInt() == 90 + 30 + 120);
    CHECK(db.scalar(QStringLiteral("SELECT category FROM work_log WHERE note = '义诊'")).value().toString() ==
          QStringLiteral("community"));
    auto again = importer.plan(ImportKind::WorkLog, path);
    REQUIRE(again.ok());
    CHECK(again->existingRows == 3);
    CHECK(again->newRows == 0);
}

TEST_CASE("XLSX: shared strings, inline strings, serial dates and times", "[import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.xlsx"));
    {
        QuaZip zip(path);
        REQUIRE(zip.open(QuaZip::mdCreate));
        const auto put = [&](const char *name, const QString &text) {
            QuaZipFile f(&zip);
            REQUIRE(f.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromLatin1(name))));
            f.write(text.toUtf8());
            f.close();
        };
        put("[Content_Types].xml", QStringLiteral("<?xml version=\"1.0\"?><Types/>"));
        put("xl/workbook.xml",
            QStringLiteral(
                "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                "<sheet name=\"考勤\" sheetId=\"1\" r:id=\"rId7\"/><sheet name=\"other\" sheetId=\"2\" r:id=\"rId1\"/>"
                "</sheets></workbook>"));
        put("xl/_rels/workbook.xml.rels",
            QStringLiteral("<?xml version=\"1.0\"?><Relationships "
                           "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                           "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                           "<Relationship Id=\"rId7\" Type=\"worksheet\" Target=\"worksheets/sheet2.xml\"/>"
                           "</Relationships>"));
        put("xl/sharedStrings.xml",
            s("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
              "<si><t>姓名</t></si><si><t>日期</t></si><si><r><t>状</t></r><r><t>态</t></r><rPh><t>ジョウタイ</t></"
              "rPh></si>"
              "<si><t>社工2</t></si><si><t>病假</t></si></sst>"));
        put("xl/worksheets/sheet1.xml",
            QStringLiteral("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>wrong "
                           "sheet</t></is></c></row></sheetData></worksheet>"));
        const qint64 serial = QDate(1899, 12, 30).daysTo(QDate(2026, 3, 5));
        put("xl/worksheets/sheet2.xml",
            s("<?xml version=\"1.0\"?><worksheet "
              "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
              "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" "
              "t=\"s\"><v>2</v></c>"
              "<c r=\"D1\" t=\"inlineStr\"><is><t>签到</t></is></c><c r=\"E1\" "
              "t=\"inlineStr\"><is><t>备注</t></is></c></row>"
              "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\" s=\"1\"><v>%1</v></c><c r=\"C2\" "
              "t=\"s\"><v>4</v></c></row>"
              "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>社工3</t></is></c><c r=\"B4\"><v>%2</v></c>"
              "<c r=\"D4\"><v>0.40625</v></c><c r=\"E4\" t=\"str\"><v>公式</v></c></row>"
              "</sheetData></worksheet>")
                .arg(serial)
                .arg(serial + 1));
        zip.close();
    }
    Database db = memoryDb();
    seed(db);
    const ImportPlan plan = planOf(db, ImportKind::Attendance, path);
    INFO((plan.problems.isEmpty() ? QString() : plan.problems.first().reason).toStdString());
    REQUIRE(plan.problems.isEmpty());
    REQUIRE(plan.rows.size() == 2);
    CHECK(plan.headers.at(2) == s("状态"));
    CHECK(plan.rows[0].workerId == 2);
    CHECK(plan.rows[0].day == QDate(2026, 3, 5));
    CHECK(AttendanceStatus(plan.rows[0].status) == AttendanceStatus::SickLeave);
    CHECK(plan.rows[1].fileRow == 4);
    CHECK(plan.rows[1].day == QDate(2026, 3, 6));
    CHECK(plan.rows[1].signIn == QStringLiteral("09:45"));
    CHECK(AttendanceStatus(plan.rows[1].status) == AttendanceStatus::Late);
    CHECK(plan.rows[1].note == s("公式"));
}

TEST_CASE("Export to CSV and XLSX, then import back into another file: the same records", "[import][export]")
{
    Database source = memoryDb();
    seed(source);
    REQUIRE(source
                .run(QStringLiteral(
                    "INSERT INTO attendance (worker_id, day, status, sign_in, sign_out, note) VALUES "
                    "(1, '2026-03-02', 'late', '09:20', '17:30', '堵车, \"地铁\"'), "
                    "(2, '2026-03-02', 'sick', NULL, NULL, ''), (3, '2026-04-01', 'present', '08:58', NULL, '')"))
                .ok());
    REQUIRE(source
                .run(QStringLiteral("INSERT INTO work_log (worker_id, day, minutes, category, note) VALUES "
                                    "(1, '2026-03-02', 90, 'casework', '家访'), (2, '2026-03-03', 45, 'report', '')"))
                .ok());
    QTemporaryDir dir;
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        const QString suffix = format == ExportFormat::Csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
        const QString attendancePath = dir.filePath(QStringLiteral("attendance") + suffix);
        const QString worklogPath = dir.filePath(QStringLiteral("worklog") + suffix);
        auto written =
            Exporter::write(*Exporter::table(source, QStringLiteral("attendance")), {}, attendancePath, format);
        REQUIRE(written.ok());
        CHECK(written.value() == 3);
        REQUIRE(Exporter::write(*Exporter::table(source, QStringLiteral("worklog")), {}, worklogPath, format).ok());
        CHECK(!QFile::exists(attendancePath + QStringLiteral(".partial")));
        if (format == ExportFormat::Csv) {
            QFile f(attendancePath);
            REQUIRE(f.open(QIODevice::ReadOnly));
            CHECK(f.peek(3) == QByteArray("\xEF\xBB\xBF"));
        }

        Database target = memoryDb();
        seed(target);
        Importer importer(target);
        for (const auto &[kind, path] :
             {std::pair{ImportKind::Attendance, attendancePath}, std::pair{ImportKind::WorkLog, worklogPath}}) {
            auto plan = importer.plan(kind, path);
            INFO((plan.ok() ? QString() : plan.error().message).toStdString());
            REQUIRE(plan.ok());
            INFO((plan->problems.isEmpty() ? QString() : plan->problems.first().reason).toStdString());
            REQUIRE(plan->problems.isEmpty());
            REQUIRE(importer.write(plan.value()).ok());
        }
        const auto dump = [](const Database &db, const char *sql) {
            auto q = db.run(QString::fromLatin1(sql));
            QStringList lines;
            while (q.value().next()) {
                QStringList cells;
                for (int c = 0; c < q.value().record().count(); ++c)
                    cells << q.value().value(c).toString();
                lines << cells.join(QLatin1Char('|'));
            }
            return lines;
        };
        const char *attendanceSql =
            "SELECT worker_id, day, status, sign_in, sign_out, note FROM attendance ORDER BY worker_id, day";
        const char *worklogSql = "SELECT worker_id, day, minutes, category, note FROM work_log ORDER BY worker_id, day";
        CHECK(dump(target, attendanceSql) == dump(source, attendanceSql));
        CHECK(dump(target, worklogSql) == dump(source, worklogSql));

        // --from/--to through the filter.
        ListFilter march;
        march.from = QDate(2026, 3, 1);
        march.to = QDate(2026, 3, 31);
        auto inMarch = Exporter::write(*Exporter::table(source, QStringLiteral("attendance")), march,
                                       dir.filePath(QStringLiteral("march") + suffix), format);
        REQUIRE(inMarch.ok());
        CHECK(inMarch.value() == 2);
    }
    // Every table the command line names exports.
    for (const QString &table : Exporter::tableNames()) {
        auto list = Exporter::table(source, table);
        REQUIRE(list);
        INFO(table.toStdString());
        CHECK(Exporter::write(*list, {}, dir.filePath(table + QStringLiteral(".xlsx")), ExportFormat::Xlsx).ok());
    }
    CHECK(!Exporter::table(source, QStringLiteral("nonsense")));
}

TEST_CASE("All or nothing: one bad row at row 50000 leaves the file byte-identical", "[import][slow]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("big.db"));
    constexpr int kWorkers = 250; // × 200 of the 248 working days of 2026
    QList<QDate> workdays;        // attendance is recorded on working days only
    {
        auto db = Database::open(dbPath);
        REQUIRE(db.ok());
        seed(db.value(), kWorkers);
        const Calendar calendar(db.value());
        for (QDate d(2026, 1, 1); d.year() == 2026; d = d.addDays(1))
            if (calendar.isWorkday(d))
                workdays << d;
        REQUIRE(workdays.size() >= 200);
    }
    QByteArray csv = s("工号,日期,状态\n").toUtf8();
    int rows = 0;
    for (int d = 0; rows < 49999; ++d)
        for (int w = 1; w <= kWorkers && rows < 49999; ++w, ++rows)
            csv += QStringLiteral("W%1,%2,P\n").arg(w, 3, 10, QLatin1Char('0')).arg(isoDate(workdays.at(d))).toUtf8();
    csv += "W001,2026-02-31,P\n"; // data row 50,000 is file row 50,001
    const QString csvPath = writeFile(dir, QStringLiteral("big.csv"), csv);

    auto db = Database::open(dbPath);
    REQUIRE(db.ok());
    const QString before = tableDump(db.value(), "attendance");
    const QByteArray hashBefore = fileHash(dbPath);
    Importer importer(db.value());
    int lastPercent = -1;
    ImportOptions options;
    options.progress = [&](int p) {
        lastPercent = p;
    };
    auto plan = importer.plan(ImportKind::Attendance, csvPath, options);
    REQUIRE(plan.ok());
    CHECK(lastPercent >= 0);
    CHECK(plan->rowCount() == 50000);
    CHECK(plan->errorRows == 1);
    REQUIRE(plan->problems.size() == 1);
    CHECK(plan->problems.first().row == 50001);
    CHECK(!importer.write(plan.value()).ok());
    CHECK(fileHash(dbPath) == hashBefore);
    CHECK(tableDump(db.value(), "attendance") == before);

    // The command line too: exit 1, nothing written.
    QProcess cli;
    cli.start(QStringLiteral(ONESTREET_BINARY),
              {QStringLiteral("--db"), dbPath, QStringLiteral("import"), QStringLiteral("attendance"), csvPath});
    REQUIRE(cli.waitForFinished(120000));
    CHECK(cli.exitCode() == 1);
    CHECK(QString::fromUtf8(cli.readAllStandardOutput()).contains(QStringLiteral("50001")));
    CHECK(fileHash(dbPath) == hashBefore);

    // A cancelled write leaves nothing either.
    std::atomic_bool cancel{false};
    ImportOptions cancelling;
    cancelling.skipBad = true;
    cancelling.cancel = &cancel;
    cancelling.progress = [&](int p) {
        if (p > 0)
            cancel = true;
    };
    CHECK(!importer.write(plan.value(), cancelling).ok());
    CHECK(tableDump(db.value(), "attendance") == before);

    ImportOptions skip;
    skip.skipBad = true;
    auto written = importer.write(plan.value(), skip);
    REQUIRE(written.ok());
    CHECK(written->written == 49999);
}

TEST_CASE("Command line: import with --dry-run and --skip-bad, export with --from/--to", "[import][export][cli]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("cli.db"));
    {
        auto db = Database::open(dbPath);
        REQUIRE(db.ok());
        seed(db.value());
    }
    const QString csv =
        writeFile(dir, QStringLiteral("a.csv"),
                  s("姓名,日期,状态\n社工2,2026-03-02,出勤\n无名,2026-03-02,出勤\n社工3,2026-03-10,事假\n").toUtf8());
    const auto run = [&](const QStringList &args, QString *out = nullptr) {
        QProcess p;
        p.start(QStringLiteral(ONESTREET_BINARY), QStringList{QStringLiteral("--db"), dbPath} + args);
        REQUIRE(p.waitForFinished(60000));
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        return p.exitCode();
    };
    QString out;
    CHECK(run({QStringLiteral("import"), QStringLiteral("attendance"), csv, QStringLiteral("--dry-run")}, &out) == 1);
    CHECK(out.contains(s("无名")));
    CHECK(run({QStringLiteral("import"), QStringLiteral("attendance"), csv, QStringLiteral("--skip-bad")}, &out) == 0);
    CHECK(out.contains(QStringLiteral("Written: 2")));
    const QString exported = dir.filePath(QStringLiteral("out.csv"));
    CHECK(
        run({QStringLiteral("export"), QStringLiteral("attendance"), QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--from"), QStringLiteral("2026-03-05"), QStringLiteral("-o"), exported}) == 0);
    QFile f(exported);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.contains(s("社工3")));
    CHECK(!text.contains(s("社工2")));
    CHECK(run({QStringLiteral("export"), QStringLiteral("nonsense"), QStringLiteral("-o"), exported}) == 2);
}

TEST_CASE("Automatic backups rotate; restore refuses foreign and newer files and keeps the current one", "[backup]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("office.db"));
    auto db = Database::open(dbPath);
    REQUIRE(db.ok());
    QStringList made;
    for (int i = 0; i < 4; ++i) {
        auto b = rotatingBackup(db.value(), {}, 3);
        REQUIRE(b.ok());
        CHECK(b.value().endsWith(QStringLiteral(".onestreet-backup.db")));
        CHECK(QFileInfo(b.value()).fileName().startsWith(QStringLiteral("office-")));
        made << b.value();
    }
    const QStringList kept = listBackups(dbPath);
    REQUIRE(kept.size() == 3);
    CHECK(kept.first() == made.last());
    CHECK(!QFile::exists(made.first()));
    CHECK(QFileInfo(kept.first()).absolutePath() == QDir(dir.path()).filePath(QStringLiteral("backups")));

    // A change after the backup, then restore: the change is gone, and was backed up first.
    const QString chosen = kept.first();
    REQUIRE(db->setSetting(QStringLiteral("agency_name"), QStringLiteral("changed")).ok());
    db.value() = Database::openMemory().value(); // close the file
    auto restored = restoreBackup(dbPath, chosen);
    REQUIRE(restored.ok());
    CHECK(QFile::exists(restored.value()));
    CHECK(listBackups(dbPath).size() == 4);
    {
        auto reopened = Database::open(dbPath);
        REQUIRE(reopened.ok());
        CHECK(reopened->setting(QStringLiteral("agency_name")) != QStringLiteral("changed"));
        auto safety = Database::open(restored.value(), Database::Mode::ReadOnly);
        REQUIRE(safety.ok());
        CHECK(safety->setting(QStringLiteral("agency_name")) == QStringLiteral("changed"));
    }

    const QByteArray before = fileHash(dbPath);
    const QString foreign = writeFile(dir, QStringLiteral("notes.db"), "just text, not a database");
    CHECK(!restoreBackup(dbPath, foreign).ok());
    const QString newer = dir.filePath(QStringLiteral("newer.db"));
    {
        auto n = Database::open(newer);
        REQUIRE(n.ok());
        REQUIRE(n->run(QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1)).ok());
    }
    auto refused = restoreBackup(dbPath, newer);
    REQUIRE(!refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("newer")));
    CHECK(fileHash(dbPath) == before);
}

// Opening the window backs the file up only when it changed since the last automatic backup: a
// 10-year file is hundreds of megabytes, and opening it to look must not copy it each time.
TEST_CASE("The automatic backup is skipped when nothing changed since the last one", "[backup]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("office.db"));
    QString first;
    {
        auto db = Database::open(dbPath);
        REQUIRE(db.ok());
        auto made = automaticBackup(db.value());
        REQUIRE(made.ok());
        CHECK(made.value().written);
        first = made.value().file;
    }
    // Closed and opened again, as the window does on the next day: nothing new.
    {
        auto db = Database::open(dbPath);
        REQUIRE(db.ok());
        auto again = automaticBackup(db.value());
        REQUIRE(again.ok());
        CHECK_FALSE(again.value().written);
        CHECK(again.value().file == first);
        CHECK(listBackups(dbPath).size() == 1);
        // A change, even one still in the write-ahead log: the next open backs it up.
        REQUIRE(db->setSetting(QStringLiteral("agency_name"), QStringLiteral("changed")).ok());
        auto changed = automaticBackup(db.value());
        REQUIRE(changed.ok());
        CHECK(changed.value().written);
        CHECK(listBackups(dbPath).size() == 2);
    }
}
