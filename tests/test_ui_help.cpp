// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The user guide inside the program (Help → User guide, F1 on a page) in both languages, and
// the About box with the version, the licence and where the data file is.
#include "helpers.h"
#include "ui/helpbrowser.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

namespace {

const QStringList kLanguages{QStringLiteral("zh_CN"), QStringLiteral("en")};

QString read(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Does the guide page at `address` (qrc:/help/…#section) exist and hold the section?
bool resolves(const QUrl &address)
{
    const QString html = read(QLatin1Char(':') + address.path());
    if (html.isEmpty())
        return false;
    return !address.hasFragment() || html.contains(QStringLiteral("name=\"%1\"").arg(address.fragment()));
}

ui::HelpBrowser *openGuide()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *guide = qobject_cast<ui::HelpBrowser *>(w); guide && guide->isVisible())
            return guide;
    return nullptr;
}

// The window on a file of its own, waiting for its automatic backup before the folder goes.
struct Window
{
    QTemporaryDir dir;
    ui::MainWindow window;
    QSignalSpy backedUp{&window, &ui::MainWindow::backupWritten};
    Window()
    {
        REQUIRE(window.openDatabase(dir.filePath(QStringLiteral("guide.db"))));
        window.show();
    }
    ~Window()
    {
        if (backedUp.isEmpty())
            backedUp.wait(20000);
    }
};

} // namespace

TEST_CASE("Every guide page is there in Chinese and English, with its screenshot, and its links resolve", "[ui][help]")
{
    for (const QString &language : kLanguages) {
        for (const QString &topic : ui::HelpBrowser::topics()) {
            INFO(language.toStdString() << '/' << topic.toStdString());
            const QUrl page = ui::HelpBrowser::url(topic, language);
            const QString html = read(QLatin1Char(':') + page.path());
            REQUIRE_FALSE(html.isEmpty());
            CHECK(html.contains(QStringLiteral("<title>")));
            // Every link inside the guide leads to a page (and section) that exists.
            static const QRegularExpression href(QStringLiteral("href=\"([^\"]+)\""));
            for (auto m = href.globalMatch(html); m.hasNext();) {
                const QString target = m.next().captured(1);
                INFO("link " << target.toStdString());
                CHECK(resolves(page.resolved(QUrl(target))));
            }
            // One screenshot per page, of this language, small enough to ship in the program.
            static const QRegularExpression img(QStringLiteral("<img src=\"([^\"]+)\""));
            const auto shot = img.match(html);
            REQUIRE(shot.hasMatch());
            const QString picture = QLatin1Char(':') + page.resolved(QUrl(shot.captured(1))).path();
            CHECK(picture.contains(QStringLiteral("/images/%1/").arg(language)));
            REQUIRE(QFile::exists(picture));
            CHECK(QFileInfo(picture).size() < 160 * 1024);
            CHECK(QImageReader(picture).size().width() >= 800);
        }
    }
}

TEST_CASE("F1 on each page of the window opens the guide's section about it", "[ui][help]")
{
    Window w;
    QAction *guide = w.window.findChild<QAction *>(QStringLiteral("userGuide"));
    REQUIRE(guide);
    CHECK(guide->shortcut() == QKeySequence(QKeySequence::HelpContents));
    CHECK(guide->shortcut() == QKeySequence(Qt::Key_F1));

    // Every page has a section, in both languages.
    for (ui::Page *page : w.window.pages()) {
        const QString topic = ui::HelpBrowser::topicForPage(page->key());
        INFO(page->key().toStdString() << " → " << topic.toStdString());
        CHECK(topic.contains(QLatin1Char('#')) == (topic.section(QLatin1Char('#'), 0, 0) != page->key()));
        for (const QString &language : kLanguages)
            CHECK(resolves(ui::HelpBrowser::url(topic, language)));
    }

    w.window.showPage(QStringLiteral("placements"));
    QApplication::setActiveWindow(&w.window);
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    QTest::keyClick(w.window.currentPage(), Qt::Key_F1);
    ui::HelpBrowser *browser = openGuide();
    REQUIRE(browser);
    CHECK(browser->browser()->source() == QUrl(QStringLiteral("qrc:/help/en/placements.html")));
    CHECK(browser->browser()->documentTitle() == QStringLiteral("Placements and handover"));

    // The work log has no page of its own: F1 opens its section of the attendance page.
    w.window.showPage(QStringLiteral("worklog"));
    guide->trigger();
    CHECK(openGuide() == browser); // one guide window, moved to the section
    CHECK(browser->browser()->source() == QUrl(QStringLiteral("qrc:/help/en/attendance.html#worklog")));

    SECTION("the guide shows the same page in the other language")
    {
        browser->switchLanguage();
        CHECK(browser->language() == QStringLiteral("zh_CN"));
        CHECK(browser->browser()->source() == QUrl(QStringLiteral("qrc:/help/zh_CN/attendance.html#worklog")));
        CHECK(browser->browser()->documentTitle() == QStringLiteral("月度考勤表与导入"));
        CHECK(browser->browser()->toPlainText().contains(QStringLiteral("工作日志")));
    }
    browser->close();
}

TEST_CASE("The guide opens in Chinese when the program speaks Chinese", "[ui][help][i18n]")
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    ui::HelpBrowser guide;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    guide.open(QStringLiteral("index"));
    CHECK(guide.language() == QStringLiteral("zh_CN"));
    CHECK(guide.browser()->documentTitle() == QStringLiteral("开始使用"));
    CHECK(guide.browser()->toPlainText().contains(QStringLiteral("第一次使用")));
}

TEST_CASE("About shows the version, the licence and where the data file and its backups are", "[ui][help]")
{
    Window w;
    CHECK(w.window.windowIcon().availableSizes().contains(QSize(256, 256)));
    QString text;
    QTimer::singleShot(100, [&text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            box->accept();
        }
    });
    w.window.about();
    CHECK(text.contains(QStringLiteral(ONESTREET_VERSION)));
    CHECK(text.contains(QStringLiteral("MIT licence")));
    const QString file = QDir::toNativeSeparators(w.dir.filePath(QStringLiteral("guide.db")));
    CHECK(text.contains(file));
    CHECK(text.contains(QDir::toNativeSeparators(w.dir.filePath(QStringLiteral("backups")))));
}
