// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// `onestreet report` on the hand-made agency of reportfixture.h: the PDF's words through
// pdftotext (zh_CN and en), the XLSX read back sheet by sheet, the JSON against what both show,
// refusals that write nothing, and tables that go on over a page break with their header.
#include "cliprocess.h"
#include "core/io/xlsxworkbook.h"
#include "core/purchaserreport.h"
#include "reportfixture.h"
#include "ui/report/reportlayout.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace core;

namespace {

using testcli::onestreet;
using testcli::Run;

QString tool(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// A file (the command opens it) with the agency; the March report of DC-2026 (contract 1).
struct Made
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("report.db"));
    Made()
    {
        {
            auto opened = Database::open(db);
            REQUIRE(opened.ok());
            reportfixture::Agency agency(opened.value());
        }
    }
    QString path(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }
    Run report(const QString &lang, const QStringList &more) const
    {
        return onestreet(QStringList{QStringLiteral("--db"), db, QStringLiteral("--lang"), lang,
                                     QStringLiteral("report"), QStringLiteral("--contract"), QStringLiteral("1"),
                                     QStringLiteral("--period"), QStringLiteral("2026-03"), QStringLiteral("--on"),
                                     QStringLiteral("2026-04-15")} +
                         more);
    }
};

// The PDF's text, row by row as laid out (a table's label and value on one line), no white space.
QString pdfText(const QString &pdf)
{
    return tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
        .remove(QRegularExpression(QStringLiteral("\\s")));
}

bool has(const QString &text, const QString &words)
{
    return text.contains(words);
}

QString squeezed(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}

// A number as the report prints it (ReportCell::display) in the en/zh_CN locales.
QString percent(double share)
{
    return QLocale(QLocale::English).toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}
QString yuan(qint64 fen)
{
    return QLocale(QLocale::English).toString(fen / 100) +
           QStringLiteral(".%1").arg(fen % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

TEST_CASE("report --json prints the figures the PDF shows", "[report][cli]")
{
    Made m;
    const Run json = m.report(QStringLiteral("zh_CN"), {QStringLiteral("--json")});
    REQUIRE(json.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    REQUIRE_FALSE(o.isEmpty());
    for (const char *key :
         {"activities_held", "participants", "activities_by_group", "attendance_rate", "post_days_filled",
          "post_days_total", "placements_ended", "handovers_without_note", "supervision_sessions", "follow_ups_overdue",
          "admin_share", "funding_received", "funding_overhead", "funding_paid", "funding_left"})
        CHECK(o.contains(QString::fromLatin1(key)));
    const QJsonObject groups = o.value(QStringLiteral("activities_by_group")).toObject();
    CHECK(groups.keys() ==
          QStringList({QStringLiteral("disabled"), QStringLiteral("elderly"), QStringLiteral("migrant"),
                       QStringLiteral("poor"), QStringLiteral("residents"), QStringLiteral("youth")}));

    const QString pdf = m.path("march.pdf");
    const Run written = m.report(QStringLiteral("zh_CN"), {QStringLiteral("-o"), pdf});
    REQUIRE(written.code == 0);
    CHECK(written.out.contains(QStringLiteral("march.pdf")));
    const QString text = pdfText(pdf);
    // Each key figure of the JSON, formatted as printed, is on the key-figures page beside its name.
    const QList<std::pair<QString, QString>> shown = {
        {QStringLiteral("在岗天数"), QString::number(o.value(QStringLiteral("post_days_filled")).toInt())},
        {QStringLiteral("岗位在岗率"), percent(o.value(QStringLiteral("post_fill_rate")).toDouble())},
        {QStringLiteral("出勤率"), percent(o.value(QStringLiteral("attendance_rate")).toDouble())},
        {QStringLiteral("参与人次"), QString::number(o.value(QStringLiteral("participants")).toInt())},
        {QStringLiteral("行政事务占比"), percent(o.value(QStringLiteral("admin_share")).toDouble())},
        {QStringLiteral("督导次数"), QString::number(o.value(QStringLiteral("supervision_sessions")).toInt())},
        {QStringLiteral("运行经费（元）"), yuan(o.value(QStringLiteral("funding_overhead")).toInteger())},
        {QStringLiteral("经费结余（元）"), yuan(o.value(QStringLiteral("funding_left")).toInteger())},
    };
    for (const auto &[label, value] : shown) {
        INFO(label.toStdString() << " " << value.toStdString());
        CHECK(has(text, label + value));
    }
    // The figures worked out in test_purchaserreport.cpp.
    CHECK(has(text, QStringLiteral("在岗天数62")));
    CHECK(has(text, QStringLiteral("出勤率90.9%")));
    CHECK(has(text, QStringLiteral("经费结余（元）55,150.00")));
}

TEST_CASE("report PDF: A4, embedded CJK fonts, vector charts, words in Chinese and English", "[report][cli]")
{
    Made m;
    const QString pdf = m.path("zh.pdf");
    REQUIRE(m.report(QStringLiteral("zh_CN"), {QStringLiteral("-o"), pdf}).code == 0);
    const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.contains(QStringLiteral("(A4)")));
    const QString fonts = tool(QStringLiteral("pdffonts"), {pdf});
    CHECK(QRegularExpression(QStringLiteral("NotoSansCJK\\S*\\s+CID.*Identity-H\\s+yes")).match(fonts).hasMatch());
    // The charts are lines and text, not pictures.
    const QString images = tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    CHECK(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 2); // the header lines only
    const QString text = pdfText(pdf);
    for (const char *word :
         {"出勤情况", "各街道出勤", "甲街道", "乙街道", "丙街道", "空岗", "交接记录", "服务对象", "老年人", "督导形式",
          "交流座谈", "考核", "经费与薪酬", "签字盖章", "购买方（盖章）", "项目服务报告", "一街一社工"})
        CHECK(has(text, QString::fromUtf8(word)));
    // The charts' words are in the sheets' Simplified Chinese face, and come back as printed: not
    // the Japanese fallback face, not its look-alike radicals (每⽉出勤率).
    CHECK_FALSE(fonts.contains(QStringLiteral("CJKjp")));
    CHECK(text.contains(QStringLiteral("每月出勤率")));
    CHECK(text.contains(QStringLiteral("出勤率（%）")));
    CHECK(text.contains(QStringLiteral("月份")));
    CHECK_FALSE(QRegularExpression(QStringLiteral("[\\x{2E80}-\\x{2FDF}]")).match(text).hasMatch()); // radicals
    // Page numbers on every page.
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    CHECK(pages >= 5);
    CHECK(QRegularExpression(QStringLiteral("第%1页，共%1页").arg(pages)).match(text).hasMatch());

    const QString en = m.path("en.pdf");
    REQUIRE(m.report(QStringLiteral("en"), {QStringLiteral("-o"), en}).code == 0);
    const QString english = tool(QStringLiteral("pdftotext"), {en, QStringLiteral("-")});
    for (const char *words : {"Service report to the purchaser", "Attendance per street", "Posts kept filled",
                              "Signatures and seals", "Net monthly pay beside the reference wage"})
        CHECK(english.contains(QString::fromLatin1(words)));
}

// The report's text goes through the evaluation sheets' text layer (ui/sheet/pdftextlayer.h):
// without it pdftotext gives the Kangxi radicals ⼯ ⼀ ⺠ for 工 一 民 and drops the digits of a
// run that starts with Latin letters ("DC-2026" → "DC-").
TEST_CASE("report PDF: 工, 一 and the digits of codes come back from pdftotext", "[report][cli]")
{
    Made m;
    const QString pdf = m.path("zh.pdf");
    REQUIRE(m.report(QStringLiteral("zh_CN"), {QStringLiteral("-o"), pdf}).code == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("北京市协力社会工作服务中心")));
    CHECK(text.contains(QStringLiteral("东城区一街一社工项目")));
    CHECK(text.contains(QStringLiteral("DC-2026")));
    CHECK(text.contains(QStringLiteral("东城区民政局")));
    CHECK(text.contains(QStringLiteral("2026-01-01至2026-12-31")));
    CHECK_FALSE(text.contains(QChar(0x2F2F))); // ⼯
    CHECK_FALSE(text.contains(QChar(0x2F00))); // ⼀
}

TEST_CASE("report XLSX: one sheet per section, real numbers and dates, as the PDF", "[report][cli]")
{
    Made m;
    const QString xlsx = m.path("march.xlsx");
    const Run written = m.report(QStringLiteral("zh_CN"), {QStringLiteral("-o"), xlsx});
    REQUIRE(written.code == 0);
    auto book = io::readXlsxWorkbook(xlsx);
    REQUIRE(book.ok());
    QStringList names;
    for (const auto &sheet : book.value())
        names << sheet.name;
    CHECK(names == QStringList({QStringLiteral("封面"), QStringLiteral("主要指标"), QStringLiteral("岗位"),
                                QStringLiteral("出勤"), QStringLiteral("活动"), QStringLiteral("工作量"),
                                QStringLiteral("督导"), QStringLiteral("考核"), QStringLiteral("经费")}));
    // A row whose first cell is `label`, in the sheet `name`.
    auto row = [&](const QString &name, const QString &label) -> QVariantList {
        for (const auto &sheet : book.value())
            if (sheet.name == name)
                for (const QVariantList &r : sheet.rows)
                    if (!r.isEmpty() && r.first().toString() == label)
                        return r;
        FAIL(QString(name + QLatin1Char('/') + label).toStdString());
        return {};
    };
    const QVariantList rate = row(QStringLiteral("主要指标"), QStringLiteral("出勤率"));
    CHECK(rate.at(1).typeId() == QMetaType::Double);
    CHECK(rate.at(1).toDouble() == Approx(40.0 / 44.0));
    CHECK(row(QStringLiteral("主要指标"), QStringLiteral("在岗天数")).at(1).toDouble() == 62);
    CHECK(row(QStringLiteral("主要指标"), QStringLiteral("经费结余（元）")).at(1).toDouble() == Approx(55150.0));
    // Dates are dates: the vacancy of 丙街道 from 6 to 31 March.
    const QVariantList vacancy = row(QStringLiteral("岗位"), QStringLiteral("丙街道"));
    CHECK(vacancy.at(2).typeId() == QMetaType::QDate);
    CHECK(vacancy.at(2).toDate() == QDate(2026, 3, 6));
    CHECK(vacancy.at(3).toDate() == QDate(2026, 3, 31));
    CHECK(vacancy.at(4).toDouble() == 26);
    // Per street: 乙街道 19 required, 18 attended.
    const QVariantList street = row(QStringLiteral("出勤"), QStringLiteral("东城区"));
    CHECK(street.size() >= 10);

    // Every number of the key figures, formatted as the PDF prints it, is in the PDF.
    const QString pdf = m.path("march.pdf");
    REQUIRE(m.report(QStringLiteral("zh_CN"), {QStringLiteral("-o"), pdf}).code == 0);
    const QString text = pdfText(pdf);
    for (const auto &sheet : book.value()) {
        if (sheet.name != QStringLiteral("主要指标"))
            continue;
        int checked = 0;
        for (const QVariantList &r : sheet.rows) {
            if (r.size() < 2 || r.at(1).typeId() != QMetaType::Double || r.first().toString() == QStringLiteral("指标"))
                continue;
            const QString label = r.first().toString();
            const double v = r.at(1).toDouble();
            const bool share = label.contains(QStringLiteral("率")) || label.contains(QStringLiteral("占比"));
            const bool money = label.contains(QStringLiteral("元"));
            const QString shown = share   ? percent(v)
                                  : money ? yuan(qRound64(v * 100))
                                          : QLocale(QLocale::English).toString(qRound64(v));
            INFO(label.toStdString() << " " << shown.toStdString());
            CHECK(has(text, squeezed(label) + shown));
            ++checked;
        }
        CHECK(checked >= 20);
    }
}

TEST_CASE("report refuses a missing contract, a period outside the term or not begun, and writes nothing",
          "[report][cli]")
{
    Made m;
    const QString pdf = m.path("refused.pdf");
    auto refused = [&](const QStringList &arguments) {
        const Run r = onestreet(QStringList{QStringLiteral("--db"), m.db, QStringLiteral("--lang"),
                                            QStringLiteral("zh_CN"), QStringLiteral("report")} +
                                arguments + QStringList{QStringLiteral("-o"), pdf});
        INFO(r.err.toStdString());
        CHECK(r.code == 1);
        CHECK_FALSE(r.err.trimmed().isEmpty());
        CHECK_FALSE(QFile::exists(pdf));
        CHECK_FALSE(QFile::exists(pdf + QStringLiteral(".part")));
        return r.err;
    };
    const QString on = QStringLiteral("--on");
    CHECK(refused({QStringLiteral("--contract"), QStringLiteral("99"), QStringLiteral("--period"),
                   QStringLiteral("2026-03")})
              .contains(QStringLiteral("99")));
    CHECK(refused({QStringLiteral("--contract"), QStringLiteral("1"), QStringLiteral("--period"),
                   QStringLiteral("2025-Q4"), on, QStringLiteral("2026-04-15")})
              .contains(QStringLiteral("2026-12-31")));
    CHECK(refused({QStringLiteral("--contract"), QStringLiteral("1"), QStringLiteral("--period"),
                   QStringLiteral("2026-05"), on, QStringLiteral("2026-04-15")})
              .contains(QStringLiteral("2026-04-15")));
    refused({QStringLiteral("--period"), QStringLiteral("2024"), on, QStringLiteral("2026-04-15")});
    refused({QStringLiteral("--contract"), QStringLiteral("1"), QStringLiteral("--period"), QStringLiteral("")});
    // A usage error is 2.
    CHECK(onestreet({QStringLiteral("--db"), m.db, QStringLiteral("report"), QStringLiteral("--period"),
                     QStringLiteral("2026-03"), QStringLiteral("-o"), m.path("x.doc")})
              .code == 2);
}

TEST_CASE("report tables go on over a page break with their header row repeated", "[report]")
{
    ReportDocument d;
    d.agency = QStringLiteral("机构");
    d.title = QStringLiteral("报告");
    ReportSection s;
    s.title = QStringLiteral("一、长表");
    ReportTable t;
    t.headers = {QStringLiteral("街道名称"), QStringLiteral("天数")};
    for (int i = 0; i < 150; ++i)
        t.rows << QList<ReportCell>{ReportCell::of(QStringLiteral("第%1街道").arg(i + 1)), ReportCell::count(i)};
    s.tables << t;
    d.sections << s;
    const QList<ui::report::ReportPage> pages = ui::report::ReportLayout().layout(d, {});
    REQUIRE(pages.size() >= 4); // the cover, then the 150 rows over three pages or more
    const QStringList dumped = ui::report::ReportLayout::dump(pages).split(QStringLiteral("page "), Qt::SkipEmptyParts);
    REQUIRE(dumped.size() == pages.size());
    int rows = 0;
    for (qsizetype p = 1; p < dumped.size(); ++p) {
        INFO("page " << p + 1);
        // The header's text is on every page of the table, above its rows.
        const qsizetype head = dumped.at(p).indexOf(QStringLiteral(" head 街道名称"));
        const qsizetype firstRow = dumped.at(p).indexOf(QStringLiteral(" small 第"));
        CHECK(head >= 0);
        CHECK(head < firstRow);
        rows += int(dumped.at(p).count(QStringLiteral(" small 第")));
    }
    CHECK(rows == 150); // every row once, none lost at a break
}
