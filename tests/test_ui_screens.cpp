// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// Small screens: on a 1280×720 laptop the window, every page and every dialog (print preview
// included) fit the screen, and the filter bars show their choices unclipped, in Chinese and in
// English. The checks run in a child process whose offscreen screen is 1280×720.
#include "core/i18n.h"
#include "dialogwalker.h"
#include "ui/filterbar.h"
#include "ui/mnemonics.h"
#include "ui/qtdialogs.h"
#include "ui/screenfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QScreen>

namespace {

// What does not fit on the screen, or is squeezed below the width its text needs.
QStringList problems(const QWidget *w, const QString &where, const QRect &area)
{
    QStringList found;
    // The window with its frame is no larger than the screen, and what is inside the frame is on it.
    const QRect frame = w->frameGeometry();
    if (frame.width() > area.width() || frame.height() > area.height() || !area.contains(w->geometry()))
        found << QStringLiteral("%1: %2×%3 at (%4, %5) leaves the %6×%7 screen")
                     .arg(where)
                     .arg(frame.width())
                     .arg(frame.height())
                     .arg(frame.x())
                     .arg(frame.y())
                     .arg(area.width())
                     .arg(area.height());
    return found;
}

QStringList squeezed(const ui::FilterBar *bar, const QString &where)
{
    QStringList found;
    for (const QWidget *child : bar->findChildren<QWidget *>()) {
        if (!child->isVisibleTo(bar) || child->parentWidget() != bar)
            continue;
        int needed = 0;
        if (auto *combo = qobject_cast<const QComboBox *>(child))
            needed = std::min(combo->sizeHint().width(), combo->maximumWidth());
        else if (qobject_cast<const QDateEdit *>(child) || qobject_cast<const QCheckBox *>(child) ||
                 qobject_cast<const QLabel *>(child) || qobject_cast<const QAbstractButton *>(child))
            needed = child->sizeHint().width();
        if (needed > 0 && child->width() < needed)
            found << QStringLiteral("%1: %2 “%3” is %4 wide, needs %5")
                         .arg(where, QLatin1String(child->metaObject()->className()), child->objectName())
                         .arg(child->width())
                         .arg(needed);
    }
    return found;
}

} // namespace

// Run by the case below in a child process with a 1280×720 screen; ONESTREET_SCREEN_LANG says the language.
TEST_CASE("screen child", "[.screen-child]")
{
    const QString language = qEnvironmentVariable("ONESTREET_SCREEN_LANG", QStringLiteral("en"));
    core::installTranslations(*qApp, language);
    ui::localiseQtDialogs(*qApp);
    ui::mnemonics::install(*qApp);
    ui::installScreenFit(*qApp);
    const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
    REQUIRE(area.size() == QSize(1280, 720));

    QTemporaryDir dir;
    const QString path = dialogwalker::makeDemo(dir);
    ui::MainWindow window;
    REQUIRE(window.openDatabase(path));
    window.show();
    QApplication::processEvents();
    QStringList all = problems(&window, QStringLiteral("the window"), area);
    for (ui::Page *page : window.pages()) {
        window.showPage(page->key());
        QApplication::processEvents();
        all << problems(&window, page->title(), area);
        const int room = area.width() - window.frameGeometry().width() + window.centralWidget()->width();
        if (page->minimumSizeHint().width() > room - 190)
            all << QStringLiteral("%1 needs %2 pixels beside the navigation; there are %3")
                       .arg(page->title())
                       .arg(page->minimumSizeHint().width())
                       .arg(room - 190);
        for (const ui::FilterBar *bar : page->findChildren<ui::FilterBar *>())
            all << squeezed(bar, page->title());
    }
    dialogwalker::Walker walker([&](QWidget *dialog, const QString &where) { all << problems(dialog, where, area); });
    walker.walk(window);
    const bool previewed = walker.seen.contains(QStringLiteral("Evaluations › Print preview…")) ||
                           walker.seen.contains(QStringLiteral("考核 › 打印预览(V)…"));
    CHECK(previewed);
    INFO(all.join(QLatin1Char('\n')).toStdString());
    CHECK(all.isEmpty());
}

TEST_CASE("the window, its pages and dialogs fit a 1280×720 screen, in Chinese and English", "[ui][screens]")
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 720,
                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    for (const char *language : {"zh_CN", "en"}) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen:configfile=") + config);
        env.insert(QStringLiteral("ONESTREET_SCREEN_LANG"), QLatin1String(language));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("screen child")});
        REQUIRE(child.waitForFinished(300000));
        const QString output = QString::fromUtf8(child.readAllStandardOutput() + child.readAllStandardError());
        INFO(language << "\n" << output.toStdString());
        CHECK(child.exitCode() == 0);
    }
}
