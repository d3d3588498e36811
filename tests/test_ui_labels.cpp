// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The words of every dialog and page, in Chinese and in English: no literal "&" on screen, one
// mnemonic per letter on a dialog, no English left under zh_CN, a person's name called 姓名.
#include "core/i18n.h"
#include "dialogwalker.h"
#include "ui/mnemonics.h"
#include "ui/qtdialogs.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>

namespace {

// The mnemonic in a text ("&Name", "名称(&N)"), or a null QChar; "&&" is a literal ampersand.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toUpper();
    }
    return {};
}

bool shown(const QWidget *w, const QWidget *root)
{
    return w->isVisibleTo(const_cast<QWidget *>(root));
}

// What is wrong with the words of `root` (a dialog, or a page with the window's menu bar).
QStringList problems(const QWidget *root, bool chinese, const QMenuBar *menuBar = nullptr)
{
    QStringList found;
    QMap<QChar, QStringList> keys; // mnemonic → the texts that claim it
    QStringList texts{root->windowTitle()};
    auto claim = [&](const QString &text) {
        const QChar key = mnemonic(text);
        if (key.isNull())
            return;
        if (!(key.isLetterOrNumber() && key.unicode() < 128))
            found << QStringLiteral("“%1”: the mnemonic is not a letter one can type").arg(text);
        keys[key] << text;
    };
    for (const QLabel *l : root->findChildren<QLabel *>()) {
        if (!shown(l, root) || l->textFormat() == Qt::RichText || Qt::mightBeRichText(l->text()))
            continue;
        texts << l->text();
        if (mnemonic(l->text()).isNull())
            continue;
        if (!l->buddy())
            found << QStringLiteral("“%1” shows its “&”: the label has no buddy").arg(l->text());
        else
            claim(l->text());
    }
    for (const QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        if (!shown(b, root) || b->text().isEmpty())
            continue;
        texts << b->text() << b->toolTip();
        claim(b->text());
    }
    for (const QGroupBox *g : root->findChildren<QGroupBox *>()) {
        if (!shown(g, root))
            continue;
        texts << g->title();
        if (g->isCheckable())
            claim(g->title());
    }
    for (const QTabBar *t : root->findChildren<QTabBar *>()) {
        if (!shown(t, root))
            continue;
        for (int i = 0; i < t->count(); ++i) {
            texts << t->tabText(i);
            claim(t->tabText(i));
        }
    }
    for (const QLineEdit *e : root->findChildren<QLineEdit *>())
        if (shown(e, root))
            texts << e->placeholderText();
    if (menuBar)
        for (const QAction *a : menuBar->actions())
            claim(a->text());
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        if (it->size() > 1)
            found << QStringLiteral("Alt+%1 is taken by %2").arg(it.key(), it->join(QStringLiteral(", ")));
    if (chinese) {
        // Names, not words: file formats, the program, keys (Ctrl+N); and what is quoted is data.
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
        static const QRegularExpression quoted(QStringLiteral("“[^”]*”"));
        static const QStringList names{QStringLiteral("PDF"),   QStringLiteral("CSV"),       QStringLiteral("XLSX"),
                                       QStringLiteral("Excel"), QStringLiteral("OneStreet"), QStringLiteral("PNG"),
                                       QStringLiteral("Ctrl"),  QStringLiteral("Shift"),     QStringLiteral("Alt"),
                                       QStringLiteral("Enter"), QStringLiteral("Del"),       QStringLiteral("Delete"),
                                       QStringLiteral("Esc"),   QStringLiteral("Tab")};
        for (const QString &t : std::as_const(texts)) {
            const QString words = QString(t).remove(quoted);
            for (auto it = word.globalMatch(words); it.hasNext();) {
                const QString w = it.next().captured(0);
                if (!names.contains(w))
                    found << QStringLiteral("English under zh_CN: “%1” in “%2”").arg(w, t);
            }
        }
    }
    found.removeDuplicates();
    return found;
}

void walkAll(const QString &language)
{
    core::installTranslations(*qApp, language);
    ui::localiseQtDialogs(*qApp);
    ui::mnemonics::install(*qApp);
    QTemporaryDir dir;
    const QString path = dialogwalker::makeDemo(dir);
    ui::MainWindow window;
    REQUIRE(window.openDatabase(path));
    window.show();
    const bool chinese = language == u"zh_CN";
    QStringList all;
    // The pages themselves, with the window's menu bar (Alt+F is the File menu on every page).
    for (ui::Page *page : window.pages()) {
        window.showPage(page->key());
        QApplication::processEvents();
        for (const QString &p : problems(page, chinese, window.menuBar()))
            all << page->title() + QStringLiteral(": ") + p;
    }
    dialogwalker::Walker walker([&](QWidget *dialog, const QString &where) {
        if (qobject_cast<QFileDialog *>(dialog))
            return; // Qt's own (test_ui_qtdialogs.cpp)
        for (const QString &p : problems(dialog, chinese))
            all << where + QStringLiteral(": ") + p;
    });
    walker.walk(window);
    INFO("dialogs seen:\n" + walker.seen.join(QLatin1Char('\n')).toStdString());
    CHECK(walker.seen.size() > 20);
    INFO(all.join(QLatin1Char('\n')).toStdString());
    CHECK(all.isEmpty());
    window.close();
    core::installTranslations(*qApp, QStringLiteral("en"));
}

} // namespace

TEST_CASE("every dialog and page in Chinese: no literal &, one mnemonic per key, no English", "[ui][labels]")
{
    walkAll(QStringLiteral("zh_CN"));
}

TEST_CASE("every dialog and page in English: no literal &, one mnemonic per key", "[ui][labels]")
{
    walkAll(QStringLiteral("en"));
}
