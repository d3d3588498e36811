// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The text layer of the printed sheets: what pdftotext (search, copy and paste) gets from an
// archived PDF is what was printed, in Chinese and in English.
#include "core/evaluation.h"
#include "helpers.h"
#include "ui/sheet/sheetrenderer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QPrinter>
#include <QProcess>
#include <QTranslator>

namespace {

QString pdftotext(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The program's own Chinese, as the window and the command line load it.
struct Chinese
{
    QTranslator translator;
    Chinese()
    {
        REQUIRE(translator.load(QStringLiteral(":/i18n/onestreet_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
    ~Chinese()
    {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

// Every character the sheets print (the text runs of their layout), counted, spaces left out.
QMap<uint, int> printed(const QList<core::SheetData> &sheets)
{
    QMap<uint, int> count;
    for (const core::SheetData &s : sheets) {
        const QStringList lines = ui::SheetRenderer::layoutText(s).split(QLatin1Char('\n'));
        for (const QString &line : lines)
            if (line.startsWith(QLatin1String("text ")))
                for (char32_t c : line.section(QLatin1Char(' '), 4).toUcs4())
                    if (!QChar::isSpace(c))
                        ++count[c];
    }
    return count;
}

QMap<uint, int> extracted(const QString &text)
{
    QMap<uint, int> count;
    for (char32_t c : text.toUcs4())
        if (!QChar::isSpace(c) && c != U'\f')
            ++count[c];
    return count;
}

// What differs between the two counts, readable in a failure message.
QString difference(const QMap<uint, int> &want, const QMap<uint, int> &got)
{
    QString out;
    QList<uint> keys = want.keys() + got.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (uint c : keys)
        if (want.value(c) != got.value(c))
            out += QStringLiteral("%1 U+%2 printed %3, extracted %4\n")
                       .arg(QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1))
                       .arg(c, 4, 16, QLatin1Char('0'))
                       .arg(want.value(c))
                       .arg(got.value(c));
    return out;
}

core::SheetData sheet(const QString &worker)
{
    core::SheetData s;
    s.evaluationId = 35;
    s.agencyName = QStringLiteral("北京市协力社会工作服务中心");
    s.periodLabel = QStringLiteral("2026年第3季度");
    s.workerName = worker;
    s.qualification = QStringLiteral("高级社会工作师");
    s.street = QStringLiteral("万寿路街道");
    s.department = QStringLiteral("民政科");
    s.placementFrom = QDate(2026, 3, 2);
    s.placementTo = QDate(2027, 3, 1);
    s.contractCode = QStringLiteral("GM-2026-04-3");
    s.items = {{QStringLiteral("勤"), QStringLiteral("出勤"),
                QStringLiteral("按出勤率计分：出勤率×100；每次迟到、早退扣1分，旷工一天扣5分"), 20,
                QStringLiteral("出勤 64/66 天, 97.0%"), std::nullopt, 93.0, std::nullopt, QString()},
               {QStringLiteral("绩"), QStringLiteral("工作总结"), QStringLiteral("按时提交工作总结得满分"), 15,
                QStringLiteral("已按时提交工作总结"), 77.0, 100.0, std::nullopt, QString()}};
    s.total = 87.7;
    s.gradeLabel = QStringLiteral("良好");
    s.workSummary =
        QStringLiteral("本期完成个案跟进多宗，开展小组活动与社区活动若干场。链接社区资源，组织志愿者参与服务。");
    s.summaryOn = QDate(2026, 10, 3);
    s.comments = QStringLiteral("表现良好，个案记录需更及时。");
    s.supervisorName = QStringLiteral("余阳");
    s.isFinal = true;
    s.finalisedOn = QDate(2026, 10, 11);
    return s;
}

} // namespace

TEST_CASE("a Chinese sheet's PDF gives back exactly the characters printed", "[sheet][text]")
{
    Chinese chinese;
    // 工 一 力 民 高 至 share their glyphs with Kangxi radicals in Noto CJK; 𠮷 lies outside the BMP.
    const QList<core::SheetData> sheets{sheet(QStringLiteral("王一工")), sheet(QStringLiteral("吉𠮷力"))};
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sheets.pdf"));
    REQUIRE(ui::SheetRenderer::writePdf(sheets, pdf).ok());
    const QString text = pdftotext(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("GM-2026-04-3")));
    CHECK(text.contains(QStringLiteral("一街一社工")));
    CHECK(text.contains(QStringLiteral("北京市协力社会工作服务中心")));
    CHECK(text.contains(QStringLiteral("高级社会工作师")));
    CHECK(text.contains(QStringLiteral("民政科")));
    CHECK(text.contains(QStringLiteral("王一工")));
    CHECK(text.contains(QStringLiteral("吉𠮷力")));
    CHECK(text.contains(QStringLiteral("2026-03-02 至")));
    const auto radicals = std::count_if(text.cbegin(), text.cend(),
                                        [](QChar c) { return c.unicode() >= 0x2e80 && c.unicode() <= 0x2fdf; });
    CHECK(radicals == 0); // no look-alike radicals
    const auto want = printed(sheets);
    const auto got = extracted(text);
    INFO(difference(want, got).toStdString());
    CHECK(want == got);
}

TEST_CASE("an English sheet's PDF gives back its words, ligatures and digits included", "[sheet][text]")
{
    core::SheetData s = sheet(QStringLiteral("Li Fang"));
    s.agencyName = QStringLiteral("Xiehe Social Work Office, Beijing");
    s.periodLabel = QStringLiteral("2026 Q3");
    s.qualification = QStringLiteral("Senior social worker (certified)");
    s.street = QStringLiteral("Wanshoulu");
    s.department = QStringLiteral("Civil affairs office");
    s.items[0].name = QStringLiteral("Attendance");
    s.items[0].standard =
        QStringLiteral("Attendance rate × 100; each late arrival or early leave −1, a day absent without leave −5");
    s.items[0].dataText = QStringLiteral("Present 64/66 days, 97.0%");
    s.items[1].name = QStringLiteral("Work summary");
    s.items[1].standard = QStringLiteral("Full marks for a summary filed on time; efficiency and fluency");
    s.items[1].dataText = QStringLiteral("Filed on time");
    s.gradeLabel = QStringLiteral("Good");
    s.workSummary = QStringLiteral("Office hours, fifty-five visits, affiliated offices.");
    s.comments = QStringLiteral("Fine work; file the records sooner.");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("english.pdf"));
    REQUIRE(ui::SheetRenderer::writePdf({s}, pdf).ok());
    const QString text = pdftotext(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("GM-2026-04-3")));
    CHECK(text.contains(QStringLiteral("Qualification")));
    CHECK(text.contains(QStringLiteral("Office hours, fifty-five visits, affiliated offices.")));
    CHECK(text.simplified().contains(QStringLiteral("efficiency and fluency")));
    const auto want = printed({s});
    const auto got = extracted(text);
    INFO(difference(want, got).toStdString());
    CHECK(want == got);
}

TEST_CASE("printing a sheet to a PDF file gives it the same text layer", "[sheet][text]")
{
    Chinese chinese;
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    const auto s = sheet(QStringLiteral("王一工"));
    REQUIRE(ui::SheetRenderer::print(&printer, {s}).ok());
    const QString text = pdftotext(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("GM-2026-04-3")));
    CHECK(text.contains(QStringLiteral("一街一社工")));
    CHECK(extracted(text) == printed({s}));
}
