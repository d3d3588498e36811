// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "helpbrowser.h"

#include <QFile>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QScreen>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

namespace {

// The page a topic names, without its section.
QString pageOf(const QString &topic)
{
    return topic.section(QLatin1Char('#'), 0, 0);
}

// The <title> of a guide page, for the contents.
QString titleOf(const QString &topic, const QString &language)
{
    QFile file(QStringLiteral(":/help/%1/%2.html").arg(language, topic));
    if (!file.open(QIODevice::ReadOnly))
        return topic;
    static const QRegularExpression title(QStringLiteral("<title>(.*)</title>"));
    const QRegularExpressionMatch m = title.match(QString::fromUtf8(file.readAll()));
    return m.hasMatch() ? m.captured(1).trimmed() : topic;
}

// What QTextBrowser understands of CSS: enough for headings, notes and tables.
const char kStyle[] = "body { margin: 8px; }"
                      "h1 { color: #00695C; margin-bottom: 6px; }"
                      "h2 { color: #00695C; margin-top: 18px; }"
                      "p.coming { background-color: #FFF8E1; }"
                      "span.coming { color: #8D6E00; font-weight: bold; }"
                      "p.shot { margin: 10px 0px; }"
                      "td, th { padding: 3px 6px; }"
                      "th { background-color: #E0F2F1; }"
                      "kbd { font-weight: bold; }";

} // namespace

HelpBrowser::HelpBrowser(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_language(programLanguage())
{
    setObjectName(QStringLiteral("helpBrowser"));
    setWindowTitle(tr("User guide — OneStreet"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *bar = new QToolBar(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDefaultStyleSheet(QString::fromLatin1(kStyle));
    QAction *back =
        bar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), m_browser, &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    QAction *forward = bar->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("Forward"), m_browser,
                                      &QTextBrowser::forward);
    forward->setShortcut(QKeySequence::Forward);
    bar->addAction(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Contents"), this,
                   [this] { open(QStringLiteral("index")); });
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_languageButton = new QToolButton(bar);
    m_languageButton->setObjectName(QStringLiteral("guideLanguage"));
    m_languageButton->setToolTip(tr("Show this page in the other language"));
    connect(m_languageButton, &QToolButton::clicked, this, &HelpBrowser::switchLanguage);
    bar->addWidget(m_languageButton);
    layout->addWidget(bar);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_contents = new QListWidget(split);
    m_contents->setObjectName(QStringLiteral("guideContents"));
    split->addWidget(m_contents);
    split->addWidget(m_browser);
    split->setStretchFactor(1, 1);
    split->setSizes({210, 1000});
    layout->addWidget(split, 1);
    fillContents();

    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        // sourceChanged() moves the row with signals blocked: this is the reader's choice.
        if (row >= 0 && row < topics().size())
            open(topics().at(row));
    });
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpBrowser::sourceChanged);
    // Wide enough for the contents and a screenshot (960 pixels) beside it, within the screen.
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(1240, screen.width()), std::min(840, screen.height()));
}

QStringList HelpBrowser::topics()
{
    return {QStringLiteral("index"),       QStringLiteral("contracts"),  QStringLiteral("placements"),
            QStringLiteral("attendance"),  QStringLiteral("activities"), QStringLiteral("supervision"),
            QStringLiteral("evaluations"), QStringLiteral("charts"),     QStringLiteral("backups"),
            QStringLiteral("server")};
}

QString HelpBrowser::programLanguage()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QUrl HelpBrowser::url(const QString &topic, const QString &language)
{
    QUrl address(QStringLiteral("qrc:/help/%1/%2.html").arg(language, pageOf(topic)));
    const QString section = topic.section(QLatin1Char('#'), 1);
    if (!section.isEmpty())
        address.setFragment(section);
    return address;
}

QString HelpBrowser::topicForPage(const QString &pageKey)
{
    // Pages without a guide page of their own are explained in the nearest one.
    static const QHash<QString, QString> sections{
        {QStringLiteral("overview"), QStringLiteral("index#overview")},
        {QStringLiteral("charts"), QStringLiteral("charts")},
        {QStringLiteral("contracts"), QStringLiteral("contracts")},
        {QStringLiteral("streets"), QStringLiteral("contracts#posts")},
        {QStringLiteral("workers"), QStringLiteral("placements#workers")},
        {QStringLiteral("placements"), QStringLiteral("placements")},
        {QStringLiteral("attendance"), QStringLiteral("attendance")},
        {QStringLiteral("worklog"), QStringLiteral("attendance#worklog")},
        {QStringLiteral("activities"), QStringLiteral("activities")},
        {QStringLiteral("supervision"), QStringLiteral("supervision")},
        {QStringLiteral("exchange"), QStringLiteral("supervision#exchange")},
        {QStringLiteral("evaluations"), QStringLiteral("evaluations")},
        {QStringLiteral("funding"), QStringLiteral("charts#funding")},
        {QStringLiteral("settings"), QStringLiteral("index#settings")},
    };
    return sections.value(pageKey, QStringLiteral("index"));
}

HelpBrowser *HelpBrowser::showTopic(QWidget *parent, const QString &topic)
{
    static QPointer<HelpBrowser> instance;
    if (!instance)
        instance = new HelpBrowser(parent ? parent->window() : nullptr);
    instance->open(topic);
    instance->show();
    instance->raise();
    instance->activateWindow();
    return instance;
}

void HelpBrowser::open(const QString &topic)
{
    const QUrl address = url(topic, m_language);
    if (!QFile::exists(QLatin1Char(':') + address.path()))
        return; // a topic the guide lacks: stay where the reader is
    m_browser->setSource(address);
}

void HelpBrowser::switchLanguage()
{
    const QUrl current = m_browser->source();
    m_language = m_language == u"zh_CN" ? QStringLiteral("en") : QStringLiteral("zh_CN");
    fillContents();
    QString topic = current.fileName().chopped(std::min<qsizetype>(5, current.fileName().size()));
    if (topic.isEmpty())
        topic = QStringLiteral("index");
    if (current.hasFragment())
        topic += QLatin1Char('#') + current.fragment();
    open(topic);
}

void HelpBrowser::fillContents()
{
    const QSignalBlocker block(m_contents);
    m_contents->clear();
    for (const QString &topic : topics())
        m_contents->addItem(titleOf(topic, m_language));
    // Each language's button names the other one, in that language.
    m_languageButton->setText(m_language == u"zh_CN" ? QStringLiteral("English") : QStringLiteral("中文"));
}

void HelpBrowser::sourceChanged(const QUrl &url)
{
    const QSignalBlocker block(m_contents);
    const QString page = url.fileName().chopped(std::min<qsizetype>(5, url.fileName().size()));
    m_contents->setCurrentRow(int(topics().indexOf(page)));
}

} // namespace ui
