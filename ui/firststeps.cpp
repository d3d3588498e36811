// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "firststeps.h"

#include "helpbrowser.h"
#include "listpage.h"
#include "mainwindow.h"
#include "pages/attendancepage.h"
#include "pages/streetpanel.h"
#include "pages/streetspage.h"
#include "purchaserdialog.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

namespace {

// A round mark in front of a step: a green disc with a tick when done, else a ring with its number.
QPixmap stepMark(int number, bool done, const QPalette &palette, qreal ratio)
{
    const int size = 22;
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF disc(1.5, 1.5, size - 3, size - 3);
    if (done) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2E, 0x7D, 0x32));
        p.drawEllipse(disc);
        QPen tick(Qt::white, 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(tick);
        QPainterPath path;
        path.moveTo(6.5, 11.5);
        path.lineTo(9.8, 14.8);
        path.lineTo(15.8, 7.8);
        p.drawPath(path);
    } else {
        p.setPen(QPen(palette.color(QPalette::Highlight), 1.6));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(disc);
        QFont font = p.font();
        font.setPixelSize(12);
        font.setBold(true);
        p.setFont(font);
        p.setPen(palette.color(QPalette::Highlight));
        p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, QString::number(number));
    }
    return pixmap;
}

} // namespace

FirstSteps::FirstSteps(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("firstSteps"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("First steps"), this);
    heading->setObjectName(QStringLiteral("firstStepsHeading"));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    connect(m_intro, &QLabel::linkActivated, this, [this] { HelpBrowser::showTopic(this, QStringLiteral("index")); });
    layout->addWidget(m_intro);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(10);
    for (int i = 0; i < kSteps; ++i) {
        m_marks[i] = new QLabel(this);
        m_labels[i] = new QLabel(this);
        m_labels[i]->setObjectName(QStringLiteral("firstStep%1").arg(i + 1));
        m_labels[i]->setTextFormat(Qt::RichText);
        m_labels[i]->setWordWrap(true);
        grid->addWidget(m_marks[i], i, 0, Qt::AlignTop);
        grid->addWidget(m_labels[i], i, 1);
        connect(m_labels[i], &QLabel::linkActivated, this, [this, i] { activate(Step(i)); });
    }
    layout->addLayout(grid);
    hide(); // until a file shows what is missing
}

void FirstSteps::setDatabase(const core::Database &db)
{
    m_db = db; // read by refresh(), which the Overview calls with its own
}

void FirstSteps::refresh()
{
    if (!m_db)
        return;
    const auto progress = core::setupProgress(*m_db);
    // Unreadable: the Overview's figures say why; a checklist would only guess.
    m_progress = progress ? progress.value() : core::SetupProgress();
    setVisible(progress && !m_progress.complete());
    showSteps();
}

bool FirstSteps::isDone(Step step) const
{
    switch (step) {
    case Purchaser:
        return m_progress.purchaser;
    case Contract:
        return m_progress.contract && m_progress.post;
    case Workers:
        return m_progress.worker;
    case Placements:
        return m_progress.placement;
    case Attendance:
        return m_progress.attendance;
    }
    return false;
}

void FirstSteps::showSteps()
{
    int done = 0;
    for (int i = 0; i < kSteps; ++i)
        done += isDone(Step(i)) ? 1 : 0;
    m_intro->setText(
        tr("This file is still new. Five steps set it up: each link opens the form where the step is done, and the "
           "step ticks itself once it is (%1 of %2 done). The figures below fill in as you go; the "
           "<a href=\"help\">user guide</a> (F1) explains every page.")
            .arg(done)
            .arg(kSteps));

    QString contractTitle = tr("Add the contract and its streets");
    if (m_progress.contract && !m_progress.street)
        contractTitle = tr("Add the streets the contract funds a post at");
    else if (m_progress.contract && !m_progress.post)
        contractTitle = tr("Give each street of the contract its post");
    const std::array<std::pair<QString, QString>, kSteps> steps{{
        {tr("Add the purchaser"),
         tr("the government body that buys the service and signs the contract, e.g. the district civil-affairs "
            "bureau")},
        {contractTitle, tr("the purchase-of-service contract, its term, and one post at each street it funds "
                           "(on the Contracts and the Streets & posts pages)")},
        {tr("Add the social workers"), tr("the agency's workers, with their qualification and hire date")},
        {tr("Place a worker at each post"), tr("who works at which street, in which department, from which day; "
                                               "when a worker leaves, the handover note goes here too")},
        {tr("Record the first month's attendance"),
         tr("in the monthly grid: fill the month with “present”, then type the exceptions (late, leave …)")},
    }};
    // Half-way between text and background: PlaceholderText carries its greyness in alpha, which
    // rich text ignores.
    const QColor text = palette().color(QPalette::Text), base = palette().color(QPalette::Base);
    const QString grey =
        QColor((text.red() + base.red()) / 2, (text.green() + base.green()) / 2, (text.blue() + base.blue()) / 2)
            .name();
    for (int i = 0; i < kSteps; ++i) {
        const bool ticked = isDone(Step(i));
        m_marks[i]->setPixmap(stepMark(i + 1, ticked, palette(), devicePixelRatioF()));
        const QString title = steps[i].first.toHtmlEscaped();
        const QString hint = steps[i].second.toHtmlEscaped();
        m_labels[i]->setText(
            ticked ? QStringLiteral("<span style=\"color:%1\">%2 — %3</span>").arg(grey, title, tr("done"))
                   : QStringLiteral("<a href=\"step\"><b>%1…</b></a><br><span style=\"color:%2\">%3</span>")
                         .arg(title, grey, hint));
        m_labels[i]->setToolTip(ticked ? QString() : hint);
    }
}

void FirstSteps::openAdd(const QString &pageKey)
{
    auto *window = qobject_cast<MainWindow *>(this->window());
    if (auto *page = window ? qobject_cast<ListPage *>(window->page(pageKey)) : nullptr)
        page->addRecord();
}

void FirstSteps::activate(Step step)
{
    if (!m_db)
        return;
    auto *window = qobject_cast<MainWindow *>(this->window());
    switch (step) {
    case Purchaser: {
        PurchaserDialog dialog(*m_db, core::Purchaser(), this);
        dialog.exec();
        break;
    }
    case Contract:
        if (!m_progress.contract) {
            openAdd(QStringLiteral("contracts"));
        } else if (!m_progress.street) {
            openAdd(QStringLiteral("streets"));
        } else if (window) {
            // Posts are added beside their street: show the page, then ask for the contract.
            window->showPage(QStringLiteral("streets"));
            if (auto *streets = qobject_cast<StreetsPage *>(window->page(QStringLiteral("streets")))) {
                // The panel shows the selected street; select the first one when none is.
                if (!streets->view()->currentIndex().isValid() && streets->model()->rowCount() > 0)
                    streets->view()->setCurrentIndex(streets->model()->index(0, 0));
                streets->panel()->addPost();
            }
        }
        break;
    case Workers:
        openAdd(QStringLiteral("workers"));
        break;
    case Placements:
        openAdd(QStringLiteral("placements"));
        break;
    case Attendance:
        // Attendance is typed into the monthly grid: show it at the first placement's month and
        // offer to fill that month.
        if (window) {
            window->showPage(QStringLiteral("attendance"));
            if (auto *page = qobject_cast<AttendancePage *>(window->page(QStringLiteral("attendance")))) {
                if (m_progress.firstPlacementStart.isValid())
                    page->showMonth(m_progress.firstPlacementStart);
                page->openFillDialog();
            }
        }
        break;
    }
    refresh();
    emit changed();
}

} // namespace ui
