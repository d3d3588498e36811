// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// Names in the reader's order (pinyin for Chinese) in SQL lists and pickers; the words of the
// worker dialog and of the rubric templates; export file names in the user's language.
#include "core/collation.h"
#include "core/i18n.h"
#include "core/organisation.h"
#include "core/rubric.h"
#include "core/supervisor.h"
#include "core/worker.h"
#include "helpers.h"
#include "ui/choices.h"
#include "ui/listpage.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace {

// Names whose code-point order (张 U+5F20 < 李 U+674E < 王 U+738B) is not their pinyin order.
const QStringList kNames{QStringLiteral("张伟"), QStringLiteral("李娜"),   QStringLiteral("王芳"),
                         QStringLiteral("安静"), QStringLiteral("欧阳明"), QStringLiteral("陈晨")};
const QStringList kPinyin{QStringLiteral("安静"),   QStringLiteral("陈晨"), QStringLiteral("李娜"),
                          QStringLiteral("欧阳明"), QStringLiteral("王芳"), QStringLiteral("张伟")};

QStringList namesOf(const ui::FilterBar::Choices &choices)
{
    QStringList out;
    for (const auto &c : choices)
        out << c.second;
    return out;
}

struct Chinese
{
    Chinese() { core::installTranslations(*qApp, QStringLiteral("zh_CN")); }
    ~Chinese() { core::installTranslations(*qApp, QStringLiteral("en")); }
};

} // namespace

TEST_CASE("names sort by pinyin in memory and in SQL", "[i18n][sort]")
{
    QStringList sorted = kNames;
    const QCollator collator = core::nameCollator();
    std::sort(sorted.begin(), sorted.end(), collator);
    CHECK(sorted == kPinyin);
    // Numbers inside names by value.
    CHECK(collator.compare(QStringLiteral("第2街道"), QStringLiteral("第10街道")) < 0);

    auto db = memoryDb();
    core::OrganisationRepository places(db);
    core::WorkerRepository workers(db);
    core::SupervisorRepository supervisors(db);
    const QStringList districts{QStringLiteral("朝阳区"), QStringLiteral("东城区"), QStringLiteral("海淀区"),
                                QStringLiteral("西城区"), QStringLiteral("丰台区")};
    qint64 district = 0;
    for (const QString &d : districts)
        district = places.addDistrict({0, d}).value();
    for (const QString &n : kNames) {
        core::Street s;
        s.districtId = district;
        s.name = n + QStringLiteral("街道");
        REQUIRE(places.addStreet(s).ok());
        core::SocialWorker w;
        w.name = n;
        REQUIRE(workers.add(w).ok());
        core::Supervisor sup;
        sup.name = n;
        REQUIRE(supervisors.add(sup).ok());
    }
    const QStringList pinyinDistricts{QStringLiteral("朝阳区"), QStringLiteral("东城区"), QStringLiteral("丰台区"),
                                      QStringLiteral("海淀区"), QStringLiteral("西城区")};
    CHECK(namesOf(ui::choices::districts(db)) == pinyinDistricts);
    QStringList streets;
    for (const QString &n : kPinyin)
        streets << n + QStringLiteral("街道");
    CHECK(namesOf(ui::choices::streets(db, district)) == streets);
    CHECK(namesOf(ui::choices::workers(db)) == kPinyin);
    QStringList supervisorNames;
    const auto listedSupervisors = supervisors.list();
    REQUIRE(listedSupervisors.ok());
    for (const auto &s : listedSupervisors.value())
        supervisorNames << s.name;
    CHECK(supervisorNames == kPinyin);

    // The social workers list sorted by its name column, both ways.
    const core::SqlListSource list = core::WorkerRepository::listing(db);
    core::ListFilter filter;
    filter.sortColumn = 1;
    QStringList listed;
    const auto ascending = list.fetch(filter, 0, 100);
    REQUIRE(ascending.ok());
    for (const auto &row : ascending.value())
        listed << row.cells.value(1).toString();
    CHECK(listed == kPinyin);
    filter.sortOrder = Qt::DescendingOrder;
    listed.clear();
    const auto descending = list.fetch(filter, 0, 100);
    REQUIRE(descending.ok());
    for (const auto &row : descending.value())
        listed << row.cells.value(1).toString();
    QStringList reversed = kPinyin;
    std::reverse(reversed.begin(), reversed.end());
    CHECK(listed == reversed);
}

TEST_CASE("2,000 workers sort by name in SQL quickly", "[i18n][sort]")
{
    auto db = memoryDb();
    const QString given = QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华");
    const QString family = QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹");
    {
        core::Transaction tx(db);
        for (int i = 0; i < 2000; ++i) {
            const QString name =
                QString(family[i % family.size()]) + given[(i / 3) % given.size()] + given[(i / 7) % given.size()];
            REQUIRE(db.run(QStringLiteral("INSERT INTO social_worker (name) VALUES (?)"), {QVariant(name)}).ok());
        }
        REQUIRE(tx.commit().ok());
    }
    const core::SqlListSource list = core::WorkerRepository::listing(db);
    core::ListFilter filter;
    filter.sortColumn = 1;
    QElapsedTimer timer;
    timer.start();
    const auto rows = list.fetch(filter, 0, 2000);
    const qint64 ms = timer.elapsed();
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2000);
    WARN("2,000 workers sorted by name in " << ms << " ms");
    CHECK(ms < 500);
    const QCollator collator = core::nameCollator();
    for (qsizetype i = 1; i < rows->size(); ++i)
        REQUIRE(collator.compare(rows->at(i - 1).cells.value(1).toString(), rows->at(i).cells.value(1).toString()) <=
                0);
}

TEST_CASE("the default rubric template is marked once", "[i18n][labels]")
{
    Chinese chinese;
    auto db = memoryDb();
    const auto all = core::RubricRepository(db).list();
    REQUIRE(all.ok());
    REQUIRE_FALSE(all->isEmpty());
    const core::RubricTemplate &seeded = all->first();
    REQUIRE(seeded.isDefault);
    CHECK(ui::choices::rubricLabel(seeded).count(QStringLiteral("默认")) == 1);
    core::RubricTemplate plain = seeded;
    plain.name = QStringLiteral("月度考核");
    CHECK(ui::choices::rubricLabel(plain) == QStringLiteral("月度考核（默认）"));
    plain.isDefault = false;
    CHECK(ui::choices::rubricLabel(plain) == QStringLiteral("月度考核"));
}

TEST_CASE("the worker dialog asks for a person's 姓名; exports are named in the user's language", "[i18n][labels]")
{
    Chinese chinese;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    ui::MainWindow window;
    REQUIRE(window.openDatabase(path));
    auto *workers = qobject_cast<ui::ListPage *>(window.page(QStringLiteral("workers")));
    REQUIRE(workers);
    QStringList labels;
    QTimer::singleShot(50, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        for (const QLabel *l : dialog->findChildren<QLabel *>())
            labels << l->text();
        qobject_cast<QDialog *>(dialog)->reject();
    });
    workers->addRecord();
    INFO(labels.join(QStringLiteral(", ")).toStdString());
    CHECK(labels.contains(QStringLiteral("姓名(&N)")));
    CHECK_FALSE(labels.join(QString()).contains(QStringLiteral("名称")));

    // Every list page offers a file name in Chinese, not its key ("activities.csv").
    for (ui::Page *page : window.pages())
        if (auto *list = qobject_cast<ui::ListPage *>(page)) {
            const QString name = list->suggestedExportName();
            INFO(name.toStdString());
            CHECK(name.endsWith(QStringLiteral(".csv")));
            CHECK_FALSE(name.chopped(4).contains(QRegularExpression(QStringLiteral("[A-Za-z]"))));
            CHECK_FALSE(name.contains(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|&]"))));
        }
    CHECK(ui::ListPage::fileNameSafe(QStringLiteral("街道与岗位 / 科室: 2026")) ==
          QStringLiteral("街道与岗位 - 科室- 2026"));
}
