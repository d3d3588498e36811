// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// Rubrics, evaluations and the printed evaluation sheet (岗位考核表).
#include "core/evaluation.h"
#include "core/rubric.h"
#include "helpers.h"
#include "sheetfixture.h"
#include "ui/sheet/sheetrenderer.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTranslator>

using core::EvaluationRepository;
using core::Period;

namespace {

const Period kMarch = Period::month(2026, 3);

QString tool(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    const auto m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(tool(QStringLiteral("pdfinfo"), {path}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

struct Made
{
    core::Database db;
    sheetfixture::Data data;
    QList<qint64> evaluations;
};

Made makeEvaluations(int workers)
{
    Made m{memoryDb(), {}, {}};
    m.data = sheetfixture::make(m.db, workers);
    EvaluationRepository repo(m.db);
    auto made = repo.generate(kMarch, 1, m.data.supervisorId, QDate(2026, 3, 31));
    INFO(made.error().message);
    REQUIRE(made.ok());
    REQUIRE(made->created == workers);
    auto ids = repo.idsFor(kMarch);
    REQUIRE(ids.ok());
    m.evaluations = ids.value();
    return m;
}

// Scores the judgement item and finalises.
void scoreAndFinalise(const EvaluationRepository &repo, qint64 evaluationId, double judgement = 85)
{
    auto e = repo.get(evaluationId);
    REQUIRE(e.ok());
    for (const auto &item : e->items)
        if (item.method == core::ScoringMethod::Judgement)
            REQUIRE(repo.setItemScore(item.id, judgement).ok());
    const auto s = repo.finalise(evaluationId, QDate(2026, 4, 2));
    INFO(s.error().message);
    REQUIRE(s.ok());
}

// Chinese for the sheet's labels, as the translation will give them (the golden file is Chinese).
class ChineseSheet : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        static const QHash<QString, QString> zh{
            {QStringLiteral("One Street, One Social Worker — Post Evaluation"),
             QStringLiteral("一街一社工 岗位考核表")},
            {QStringLiteral("Period: %1"), QStringLiteral("考核期间：%1")},
            {QStringLiteral("(draft)"), QStringLiteral("（草稿）")},
            {QStringLiteral("%1 to %2"), QStringLiteral("%1 至 %2")},
            {QStringLiteral("Worker"), QStringLiteral("社工姓名")},
            {QStringLiteral("Qualification"), QStringLiteral("职业资格")},
            {QStringLiteral("Street"), QStringLiteral("派驻街道")},
            {QStringLiteral("Department"), QStringLiteral("所在科室")},
            {QStringLiteral("Placement"), QStringLiteral("派驻期间")},
            {QStringLiteral("Contract"), QStringLiteral("协议编号")},
            {QStringLiteral("Scores"), QStringLiteral("考核评分")},
            {QStringLiteral("Dimension"), QStringLiteral("维度")},
            {QStringLiteral("Item"), QStringLiteral("考核项目")},
            {QStringLiteral("Scoring standard"), QStringLiteral("评分标准")},
            {QStringLiteral("Weight"), QStringLiteral("权重")},
            {QStringLiteral("Record"), QStringLiteral("考核依据")},
            {QStringLiteral("Self score"), QStringLiteral("自评")},
            {QStringLiteral("Supervisor score"), QStringLiteral("督导评分")},
            {QStringLiteral("Points"), QStringLiteral("得分")},
            {QStringLiteral("Total"), QStringLiteral("合计")},
            {QStringLiteral("Total score"), QStringLiteral("总分")},
            {QStringLiteral("Grade"), QStringLiteral("考核等级")},
            {QStringLiteral("Work summary"), QStringLiteral("工作总结")},
            {QStringLiteral("(submitted on %1)"), QStringLiteral("（%1 提交）")},
            {QStringLiteral("(not submitted)"), QStringLiteral("（未提交）")},
            {QStringLiteral("Supervisor's comments"), QStringLiteral("督导意见")},
            {QStringLiteral("Supervisor (signature):"), QStringLiteral("督导签字：")},
            {QStringLiteral("Worker (signature):"), QStringLiteral("社工签字：")},
            {QStringLiteral("Agency (seal):"), QStringLiteral("机构盖章：")},
            {QStringLiteral("Date:"), QStringLiteral("日期：")},
            {QStringLiteral("Page %1 of %2"), QStringLiteral("第 %1 页 / 共 %2 页")},
            {QStringLiteral("Supervisor"), QStringLiteral("考核督导")},
            {QStringLiteral("Status"), QStringLiteral("考核状态")},
            {QStringLiteral("Final (%1)"), QStringLiteral("已定稿（%1）")},
            {QStringLiteral("Draft"), QStringLiteral("草稿")},
            {QStringLiteral("Evaluation no."), QStringLiteral("考核编号")},
            {QStringLiteral("Note: %1"), QStringLiteral("注：%1")},
            {QStringLiteral("(interim evaluation, as of %1)"), QStringLiteral("（中期考核，截至 %1）")},
            {QStringLiteral("%1: supervisor's score %2, the records propose %3. Reason: %4"),
             QStringLiteral("%1：督导评分 %2，记录建议 %3。调整理由：%4")},
            {QStringLiteral("%1: reason for the score: %2"), QStringLiteral("%1：评分理由：%2")},
        };
        if (qstrcmp(context, "ui::SheetRenderer") != 0)
            return {};
        return zh.value(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

// Fixed data for the golden file and the look of the sheet.
core::SheetData fixedSheet(int summaryParagraphs = 3)
{
    core::SheetData s;
    s.evaluationId = 1;
    s.agencyName = QStringLiteral("北京市东城区阳光社会工作服务中心");
    s.periodLabel = QStringLiteral("2026年上半年");
    s.workerName = QStringLiteral("张晓明");
    s.qualification = QStringLiteral("助理社会工作师");
    s.street = QStringLiteral("东华门街道");
    s.department = QStringLiteral("民政科");
    s.placementFrom = QDate(2026, 1, 1);
    s.placementTo = QDate(2026, 12, 31);
    s.contractCode = QStringLiteral("DC-2026-001");
    s.items = {
        {QStringLiteral("勤"), QStringLiteral("出勤"),
         QStringLiteral("按出勤率计分：出勤率×100；每次迟到、早退扣1分，旷工一天扣5分"), 20,
         QStringLiteral("出勤 118/120 天, 98.3%"), 95.0, 95.0, 88.5,
         QStringLiteral("三月承担街道防汛值守，经科室证明补记出勤")},
        {QStringLiteral("能"),
         QStringLiteral("工作表现"),
         QStringLiteral("督导根据岗位职责完成情况、专业能力与服务对象反馈评分"),
         30,
         QString(),
         90.0,
         88.0,
         std::nullopt,
         {}},
        {QStringLiteral("绩"),
         QStringLiteral("举办活动"),
         QStringLiteral("每月举办活动达到目标场次得满分，不足按比例计分"),
         25,
         QStringLiteral("举办活动 11 场, 服务 420 人次"),
         90.0,
         91.7,
         91.7,
         {}},
        {QStringLiteral("绩"),
         QStringLiteral("工作总结"),
         QStringLiteral("按时提交工作总结得满分，未提交不得分"),
         15,
         QStringLiteral("工作总结 2026-06-28 提交"),
         100.0,
         100.0,
         100.0,
         {}},
        {QStringLiteral("德"),
         QStringLiteral("参加督导"),
         QStringLiteral("每月参加督导达到应参加次数得满分，不足按比例计分"),
         10,
         QStringLiteral("参加督导 5/6 次"),
         std::nullopt,
         83.3,
         83.3,
         {}},
    };
    s.total = 91.0;
    s.grade = core::Grade::Excellent;
    s.gradeLabel = QStringLiteral("优秀");
    const QString paragraph = QStringLiteral(
        "上半年在东华门街道开展社区为老服务，建立独居老人探访台账 86 户，组织长者健康讲座、手工小组与邻里互助活动，"
        "协助民政科完成低保复核与残疾人两项补贴的入户核查。专业服务与行政事务之间的时间分配仍需与街道进一步沟通。");
    for (int i = 0; i < summaryParagraphs; ++i)
        s.workSummary += (i ? QStringLiteral("\n") : QString()) + paragraph;
    s.summaryOn = QDate(2026, 6, 28);
    s.comments = QStringLiteral("服务扎实，台账规范；下半年请加强小组工作的专业记录，并主动与科室协商行政事务的分工。");
    s.supervisorName = QStringLiteral("王督导");
    s.isFinal = true;
    s.finalisedOn = QDate(2026, 7, 5);
    s.attendanceRule = QStringLiteral("出勤率 = 出勤天数 ÷（应出勤天数 − 年假天数）；计为出勤：出勤、迟到、早退、公出；"
                                      "计为缺勤：旷工、病假、事假");
    return s;
}

struct ChineseUi
{
    ChineseSheet translator;
    ChineseUi()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCoreApplication::installTranslator(&translator);
    }
    ~ChineseUi()
    {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

} // namespace

TEST_CASE("rubric templates are validated and saved with their items", "[rubric]")
{
    auto db = memoryDb();
    core::RubricRepository rubrics(db);
    auto all = rubrics.list();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    CHECK(all->first().isDefault);
    CHECK(all->first().items.size() == 5);
    CHECK(all->first().weightSum() == 100);

    core::RubricTemplate t{0, QStringLiteral("月度考核"), false, all->first().items};
    t.items[0].weight = 25; // 105 in all
    auto bad = rubrics.add(t);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("105")));

    t.items[0].weight = 20;
    t.items[2].target = 0; // activities need a target
    CHECK_FALSE(core::RubricRepository::validate(t).ok());
    t.items[2].target = 3;
    t.items[1].nameZh = QStringLiteral("  ");
    CHECK_FALSE(core::RubricRepository::validate(t).ok());
    t.items[1].nameZh = QStringLiteral("工作表现");

    auto id = rubrics.add(t);
    REQUIRE(id.ok());
    auto saved = rubrics.get(id.value());
    REQUIRE(saved.ok());
    CHECK(saved->items.size() == 5);
    CHECK(saved->items[2].target == 3);
    CHECK_FALSE(rubrics.remove(1).ok()); // the default template stays
    CHECK(rubrics.remove(id.value()).ok());
    CHECK_FALSE(rubrics.get(id.value()).ok());
}

TEST_CASE("generating evaluations fills the record-based items", "[evaluation]")
{
    auto db = memoryDb();
    const auto data = sheetfixture::make(db, 3);
    EvaluationRepository repo(db);
    int calls = 0;
    auto made = repo.generate(kMarch, 1, data.supervisorId, QDate(2026, 3, 31), [&](int, int total) {
        ++calls;
        CHECK(total == 3);
        return true;
    });
    INFO(made.error().message);
    REQUIRE(made.ok());
    CHECK(made->created == 3);
    CHECK(made->skipped == 0);
    CHECK(calls >= 3);
    auto again = repo.generate(kMarch, 1, data.supervisorId, QDate(2026, 3, 31));
    REQUIRE(again.ok());
    CHECK(again->created == 0);
    CHECK(again->skipped == 3);

    const int required = core::Calendar(db).workdays(QDate(2026, 3, 1), QDate(2026, 3, 31));
    auto ids = repo.idsFor(kMarch, data.workers[2]);
    REQUIRE(ids->size() == 1);
    auto e = repo.get(ids->first());
    REQUIRE(e.ok());
    CHECK(e->period == kMarch);
    CHECK(e->supervisorName == QStringLiteral("王督导"));
    REQUIRE(e->items.size() == 5);
    // Worker 2 was absent twice: rate (n-2)/n, minus 5 per day absent.
    const double rate = double(required - 2) / required * 100;
    CHECK(e->items[0].dataText.startsWith(QStringLiteral("Present %1/%2 days, %3%")
                                              .arg(required - 2)
                                              .arg(required)
                                              .arg(QLocale().toString(rate, 'f', 1))));
    CHECK(e->items[0].proposedScore.value() == Approx(EvaluationRepository::round1(rate - 10)));
    CHECK(e->items[0].score == e->items[0].proposedScore);
    CHECK_FALSE(e->items[1].proposedScore.has_value());                                    // judgement
    CHECK(e->items[2].dataText == QStringLiteral("Held 2/2 activities, 80 participants")); // held / target
    CHECK(e->items[2].proposedScore.value() == 100);
    CHECK(e->items[3].proposedScore.value() == 0);
    CHECK(e->items[4].dataText == QStringLiteral("Attended supervision 1/1 times"));
    CHECK(e->status == core::EvaluationStatus::Draft);

    // A quarter expects three months of activities: 2 held of 2 × 3.
    auto quarter = repo.generate(Period::quarter(2026, 1), 1, {}, QDate(2026, 3, 31));
    REQUIRE(quarter.ok());
    auto q = repo.get(repo.idsFor(Period::quarter(2026, 1), data.workers[0])->first());
    CHECK(q->items[2].proposedScore.value() == Approx(33.3));
}

TEST_CASE("scores, overrides, totals and grade thresholds", "[evaluation]")
{
    auto m = makeEvaluations(1);
    EvaluationRepository repo(m.db);
    auto e = repo.get(m.evaluations.first());
    const auto &items = e->items;
    // An override of a proposed score needs a reason, which is kept.
    CHECK_FALSE(repo.setItemScore(items[2].id, 80).ok());
    REQUIRE(repo.setItemScore(items[2].id, 80, QStringLiteral("两场活动未留影像记录")).ok());
    REQUIRE(repo.setItemScore(items[1].id, 90).ok());
    CHECK_FALSE(repo.setItemScore(items[1].id, 101).ok());
    REQUIRE(repo.setSelfScore(items[1].id, 95).ok());
    REQUIRE(repo.setWorkSummary(e->id, QStringLiteral("三月工作总结"), QDate(2026, 3, 30)).ok());
    e = repo.get(e->id);
    CHECK(e->items[2].overrideReason == QStringLiteral("两场活动未留影像记录"));
    CHECK(e->items[1].selfScore.value() == 95);
    CHECK(e->items[3].score.value() == 100);
    CHECK(e->summaryOn == QDate(2026, 3, 30));
    // 100×20 + 90×30 + 80×25 + 100×15 + 100×10 = 9200 → 92.0
    CHECK(e->total == Approx(92.0));
    CHECK(e->grade == core::Grade::Excellent);

    REQUIRE(m.db.setSetting(QStringLiteral("grade_excellent"), QStringLiteral("95")).ok());
    REQUIRE(repo.recompute(e->id).ok());
    CHECK(repo.get(e->id)->grade == core::Grade::Good);
    const core::GradeScale scale{90, 80, 60};
    CHECK(scale.gradeFor(90) == core::Grade::Excellent);
    CHECK(scale.gradeFor(89.9) == core::Grade::Good);
    CHECK(scale.gradeFor(60) == core::Grade::Pass);
    CHECK(scale.gradeFor(59.9) == core::Grade::Fail);
}

TEST_CASE("a final evaluation refuses edits until unlocked with a reason", "[evaluation]")
{
    auto m = makeEvaluations(1);
    EvaluationRepository repo(m.db);
    const qint64 id = m.evaluations.first();
    CHECK_FALSE(repo.finalise(id, QDate(2026, 4, 1)).ok()); // judgement item not scored
    scoreAndFinalise(repo, id);
    auto e = repo.get(id);
    CHECK(e->status == core::EvaluationStatus::Final);
    CHECK(e->finalisedOn == QDate(2026, 4, 2));

    const auto refused = repo.setComments(id, QStringLiteral("改一下"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("final")));
    CHECK_FALSE(repo.setItemScore(e->items[1].id, 70).ok());
    CHECK_FALSE(repo.setWorkSummary(id, QStringLiteral("x"), QDate(2026, 4, 3)).ok());
    CHECK_FALSE(repo.remove(id).ok());
    // The schema backs it up for any other path.
    CHECK_FALSE(m.db.run(QStringLiteral("UPDATE evaluation SET comments = 'x' WHERE id = ?"), {id}).ok());
    CHECK_FALSE(m.db.run(QStringLiteral("UPDATE evaluation_item SET score = 1 WHERE evaluation_id = ?"), {id}).ok());
    CHECK_FALSE(m.db.run(QStringLiteral("UPDATE evaluation SET status = 'draft' WHERE id = ?"), {id}).ok());

    CHECK_FALSE(repo.unlock(id, QStringLiteral("  "), QStringLiteral("王督导"), QDate(2026, 4, 5)).ok());
    REQUIRE(repo.unlock(id, QStringLiteral("出勤记录补录"), QStringLiteral("王督导"), QDate(2026, 4, 5)).ok());
    e = repo.get(id);
    CHECK(e->status == core::EvaluationStatus::Draft);
    CHECK(e->unlockCount == 1);
    auto reason =
        m.db.scalar(QStringLiteral("SELECT reason || '|' || unlocked_by || '|' || unlocked_on FROM evaluation_unlock "
                                   "WHERE evaluation_id = ?"),
                    {id});
    CHECK(reason.value().toString() == QStringLiteral("出勤记录补录|王督导|2026-04-05"));
    CHECK(repo.setComments(id, QStringLiteral("补录后重新定稿")).ok());
    CHECK_FALSE(repo.unlock(id, QStringLiteral("again"), {}, QDate(2026, 4, 6)).ok()); // a draft already
}

TEST_CASE("editing a template later never changes past evaluations", "[evaluation]")
{
    auto m = makeEvaluations(1);
    core::RubricRepository rubrics(m.db);
    auto t = rubrics.get(1).value();
    t.items[0].nameZh = QStringLiteral("考勤");
    t.items[0].weight = 10;
    t.items[1].weight = 40;
    t.items[0].standard = QStringLiteral("新标准");
    REQUIRE(rubrics.update(t).ok());
    auto e = EvaluationRepository(m.db).get(m.evaluations.first());
    CHECK(e->items[0].nameZh == QStringLiteral("出勤"));
    CHECK(e->items[0].weight == 20);
    CHECK(e->items[1].weight == 30);
    CHECK(e->items[0].standard.startsWith(QStringLiteral("按出勤率")));
}

TEST_CASE("the evaluations listing shows period, worker, street and grade", "[evaluation]")
{
    auto m = makeEvaluations(2);
    auto source = EvaluationRepository::listing(m.db);
    CHECK(source->headers().size() == 7);
    core::ListFilter filter;
    CHECK(source->count(filter).value() == 2);
    auto rows = source->fetch(filter, 0, 10);
    REQUIRE(rows.ok());
    CHECK(rows->first().cells[0].toString() == kMarch.label());
    CHECK(rows->first().cells[2].toString().endsWith(QStringLiteral("街道")));
    filter.search = QStringLiteral("第2街道");
    CHECK(source->count(filter).value() == 1);
}

TEST_CASE("a sheet's PDF holds the name, items, total and grade in an embedded CJK font", "[sheet]")
{
    auto m = makeEvaluations(1);
    EvaluationRepository repo(m.db);
    scoreAndFinalise(repo, m.evaluations.first());
    auto sheet = repo.sheetData(m.evaluations.first());
    REQUIRE(sheet.ok());
    CHECK(sheet->isFinal);
    CHECK(sheet->contractCode == QStringLiteral("DC-2026-001"));
    CHECK(sheet->department == QStringLiteral("民政科"));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
    auto pages = ui::SheetRenderer::writePdf({sheet.value()}, pdf);
    REQUIRE(pages.ok());
    CHECK(pages.value() == 1);
    CHECK(pdfPages(pdf) == 1);
    // Words wrap inside the table's cells: compare without white space.
    const QString text =
        tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(text.contains(sheet->workerName));
    for (const auto &item : sheet->items)
        for (const QString &word : item.name.split(QLatin1Char(' ')))
            CHECK(text.contains(word));
    CHECK(text.contains(QLocale().toString(sheet->total, 'f', 1)));
    CHECK(text.contains(sheet->gradeLabel));
    const QString fonts = tool(QStringLiteral("pdffonts"), {pdf});
    INFO(fonts.toStdString());
    CHECK(QRegularExpression(QStringLiteral("NotoSansCJK\\S*\\s+CID.*Identity-H\\s+yes")).match(fonts).hasMatch());
}

TEST_CASE("a batch prints one sheet per evaluation, long summaries on a second page", "[sheet]")
{
    auto m = makeEvaluations(4);
    EvaluationRepository repo(m.db);
    QString longSummary;
    for (int i = 0; i < 60; ++i)
        longSummary +=
            QStringLiteral("第%1条：本月走访独居老人、组织小组活动并整理服务台账，协助科室完成统计报表。\n").arg(i + 1);
    REQUIRE(repo.setWorkSummary(m.evaluations[1], longSummary, QDate(2026, 3, 31)).ok());
    auto sheets = repo.sheetDataFor(kMarch);
    REQUIRE(sheets->size() == 4);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("batch.pdf"));
    int progressed = 0;
    auto pages = ui::SheetRenderer::writePdf(sheets.value(), pdf, [&](int done, int total) {
        progressed = done;
        CHECK(total == 4);
    });
    REQUIRE(pages.ok());
    CHECK(progressed == 4);
    CHECK(pages.value() > 4); // the long summary continues...
    CHECK(pdfPages(pdf) == pages.value());
    const QString text = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("第60条"))); // ... and nothing is clipped
    CHECK(text.count(QChar(u'\f')) == pages.value());

    // Cancelling leaves no file behind.
    std::atomic_bool cancel{true};
    const QString cancelled = dir.filePath(QStringLiteral("cancelled.pdf"));
    CHECK_FALSE(ui::SheetRenderer::writePdf(sheets.value(), cancelled, {}, &cancel).ok());
    CHECK_FALSE(QFile::exists(cancelled));
    CHECK_FALSE(QFile::exists(cancelled + QStringLiteral(".part")));

    CHECK(repo.sheetDataFor(kMarch, m.data.workers[0])->size() == 1);
    CHECK(repo.sheetDataFor(kMarch, {}, true)->isEmpty());
}

TEST_CASE("the sheet's layout source matches the golden file", "[sheet]")
{
    ChineseUi chinese;
    // The layout the painter paints from: every box, ruled line and text run with its place in mm.
    const QString layout = ui::SheetRenderer::layoutText(fixedSheet());
    CHECK(layout.contains(QStringLiteral("一街一社工 岗位考核表")));
    CHECK(layout.contains(QStringLiteral("机构盖章")));
    CHECK(layout.contains(QStringLiteral("第 1 页 / 共 1 页")));
    CHECK(ui::SheetRenderer::sheetHtml(fixedSheet()).contains(QStringLiteral("张晓明")));

    const QString path = QStringLiteral(ONESTREET_SOURCE_DIR "/tests/golden/sheet_zh.txt");
    QFile golden(path);
    if (qEnvironmentVariableIsSet("ONESTREET_UPDATE_GOLDEN")) {
        REQUIRE(golden.open(QIODevice::WriteOnly | QIODevice::Truncate));
        golden.write(layout.toUtf8());
        golden.close();
    }
    // Line breaks and positions follow the fonts' metrics; the golden file was made with Noto CJK.
    if (ui::SheetRenderer::sansFamily() != QStringLiteral("Noto Sans CJK SC") ||
        ui::SheetRenderer::serifFamily() != QStringLiteral("Noto Serif CJK SC")) {
        WARN("Noto Sans/Serif CJK SC are not installed: the layout is not compared with the golden file.");
    } else {
        REQUIRE(golden.open(QIODevice::ReadOnly));
        CHECK(layout == QString::fromUtf8(golden.readAll()));
    }
}

// For a look at the pages: ONESTREET_SHEET_PREVIEW=dir writes sheet_zh.pdf (a normal sheet and one
// with long names and a summary running onto a second page) and sheet_en.pdf there.
TEST_CASE("sheet preview", "[sheet][preview]")
{
    const QString out = qEnvironmentVariable("ONESTREET_SHEET_PREVIEW");
    if (out.isEmpty())
        return;
    auto longer = fixedSheet(14);
    longer.workerName = QStringLiteral("欧阳娜娜·阿依古丽·买买提");
    longer.agencyName =
        QStringLiteral("北京市东城区阳光社会工作服务中心（东华门街道、景山街道、交道口街道联合项目部）");
    longer.street = QStringLiteral("东城区东华门街道办事处社区建设办公室");
    longer.department = QStringLiteral("民政和社会保障科（残疾人联合会）");
    longer.items[0].dataText =
        QStringLiteral("出勤 118/120 天, 98.3%；迟到 2 次，早退 1 次，病假 3 天，事假 1 天，公出 6 天");
    longer.comments.clear();
    longer.isFinal = false;
    {
        ChineseUi chinese;
        REQUIRE(ui::SheetRenderer::writePdf({fixedSheet(), longer}, out + QStringLiteral("/sheet_zh.pdf")).ok());
    }
    auto english = fixedSheet(1);
    english.periodLabel = QStringLiteral("2026 H1");
    english.gradeLabel = QStringLiteral("Excellent");
    english.items[0].name = QStringLiteral("Attendance");
    english.items[0].standard =
        QStringLiteral("Attendance rate × 100; each late arrival or early leave −1, a day absent without leave −5");
    english.items[0].dataText = QStringLiteral("Present 118/120 days, 98.3%");
    REQUIRE(ui::SheetRenderer::writePdf({english}, out + QStringLiteral("/sheet_en.pdf")).ok());
}

TEST_CASE("the sheets and evaluate commands", "[sheet][cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("one.db"));
    {
        auto db = core::Database::open(file);
        REQUIRE(db.ok());
        sheetfixture::make(db.value(), 2);
    }
    auto onestreet = [&](const QStringList &arguments) {
        QProcess p;
        p.start(QStringLiteral(ONESTREET_BINARY),
                QStringList{QStringLiteral("--db"), file, QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
        p.waitForFinished(60000);
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    const QString pdf = dir.filePath(QStringLiteral("march.pdf"));
    CHECK(onestreet({QStringLiteral("sheets"), QStringLiteral("--period"), QStringLiteral("2026-13"),
                     QStringLiteral("-o"), pdf})
              .first == 2);
    auto nothing = onestreet(
        {QStringLiteral("sheets"), QStringLiteral("--period"), QStringLiteral("2026-03"), QStringLiteral("-o"), pdf});
    CHECK(nothing.first == 1);
    CHECK(nothing.second.contains(QStringLiteral("evaluate")));
    auto made = onestreet({QStringLiteral("evaluate"), QStringLiteral("--period"), QStringLiteral("2026-03")});
    INFO(made.second.toStdString());
    CHECK(made.first == 0);
    auto printed = onestreet(
        {QStringLiteral("sheets"), QStringLiteral("--period"), QStringLiteral("2026-03"), QStringLiteral("-o"), pdf});
    INFO(printed.second.toStdString());
    CHECK(printed.first == 0);
    CHECK(pdfPages(pdf) == 2);
    CHECK(onestreet({QStringLiteral("sheets"), QStringLiteral("--period"), QStringLiteral("2026-03"),
                     QStringLiteral("--final-only"), QStringLiteral("-o"), pdf})
              .first == 1);
}
