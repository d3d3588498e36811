// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include <QUrl>
#include <QWidget>

class QListWidget;
class QTextBrowser;
class QToolButton;

namespace ui {

// 使用手册: the user guide compiled into the program (resources/help/<language>/<topic>.html),
// one page per area, Chinese and English. One window for the whole program: Help → User guide
// and F1 open it at the current page's section.
class HelpBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit HelpBrowser(QWidget *parent = nullptr);

    // Opens the guide's window (one per program, created on first use) at `topic` — a page name
    // with an optional section ("placements#handover") — in the program's language, and raises it.
    static HelpBrowser *showTopic(QWidget *parent, const QString &topic);
    // The section that explains the window's page `pageKey` (Page::key()); "index" for others.
    static QString topicForPage(const QString &pageKey);
    // The guide's pages in reading order (file names without ".html").
    static QStringList topics();
    // "zh_CN" when the program speaks Chinese, else "en".
    static QString programLanguage();
    // The guide's address of `topic` in `language`.
    static QUrl url(const QString &topic, const QString &language);

    void open(const QString &topic);
    QTextBrowser *browser() const { return m_browser; }
    QString language() const { return m_language; }
    // Shows the page open now in the other language.
    void switchLanguage();

private:
    void fillContents();
    void sourceChanged(const QUrl &url);

    QString m_language;
    QListWidget *m_contents = nullptr;
    QTextBrowser *m_browser = nullptr;
    QToolButton *m_languageButton = nullptr;
};

} // namespace ui
