// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "overviewpage.h"

#include "core/worker.h"
#include "ui/fields.h"
#include "ui/firststeps.h"

#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ui {

namespace {

QString percent(const std::optional<double> &share)
{
    return share ? QLocale().toString(*share * 100.0, 'f', 1) + QStringLiteral(" %") : QStringLiteral("—");
}

QDate firstOfLastMonth(QDate asOf)
{
    return QDate(asOf.year(), asOf.month(), 1).addMonths(-1);
}

// The one value all ids share, if they do (a filter holds one id, not a list).
std::optional<qint64> common(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return std::nullopt;
    for (qint64 id : ids)
        if (id != ids.first())
            return std::nullopt;
    return ids.first();
}

// Which page lists the records of an alert, filtered as closely as a ListFilter can: to the one
// record when the alert names one, else to the status or period the alert is about.
std::pair<QString, core::ListFilter> target(const core::Alert &alert, QDate asOf)
{
    core::ListFilter filter;
    const std::optional<qint64> only = alert.ids.size() == 1 ? std::optional<qint64>(alert.ids.first()) : std::nullopt;
    const QString kind = alert.kind;
    if (kind == QLatin1String(core::Alert::ContractEnding)) {
        filter.ids = alert.ids; // exactly the contracts named
        return {QStringLiteral("contracts"), filter};
    }
    if (kind == QLatin1String(core::Alert::PostVacant)) {
        filter.streetId = common(alert.relatedIds);
        return {QStringLiteral("streets"), filter};
    }
    if (kind == QLatin1String(core::Alert::Unsupervised)) {
        filter.workerId = only;
        return {QStringLiteral("supervision"), filter};
    }
    if (kind == QLatin1String(core::Alert::FollowUpOverdue)) {
        filter.workerId = common(alert.relatedIds);
        return {QStringLiteral("supervision"), filter};
    }
    if (kind == QLatin1String(core::Alert::ApplicationPending)) {
        filter.ids = alert.ids; // exactly the applications named
        return {QStringLiteral("activities"), filter};
    }
    if (kind == QLatin1String(core::Alert::AttendanceMissing)) {
        filter.workerId = only;
        filter.from = firstOfLastMonth(asOf);
        filter.to = filter.from.addMonths(1).addDays(-1);
        return {QStringLiteral("attendance"), filter};
    }
    return {QString(), filter};
}

struct AlertCard
{
    const char *kind;
    const char *caption;
};

// One card per kind, in core's order.
const AlertCard kAlertCards[] = {
    {core::Alert::ContractEnding, QT_TRANSLATE_NOOP("ui::OverviewPage", "Contracts ending")},
    {core::Alert::PostVacant, QT_TRANSLATE_NOOP("ui::OverviewPage", "Vacant posts")},
    {core::Alert::Unsupervised, QT_TRANSLATE_NOOP("ui::OverviewPage", "Without supervision")},
    {core::Alert::FollowUpOverdue, QT_TRANSLATE_NOOP("ui::OverviewPage", "Follow-ups overdue")},
    {core::Alert::ApplicationPending, QT_TRANSLATE_NOOP("ui::OverviewPage", "Applications waiting")},
    {core::Alert::AttendanceMissing, QT_TRANSLATE_NOOP("ui::OverviewPage", "Attendance missing")},
};

} // namespace

OverviewCard::OverviewCard(const QString &caption, QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Click to open the list"));
    auto *box = new QVBoxLayout(this);
    auto *label = new QLabel(caption, this);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    m_value = new QLabel(QStringLiteral("—"), this);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_value->setFont(big);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->hide();
    box->addWidget(label);
    box->addWidget(m_value);
    box->addWidget(m_text, 1);
}

void OverviewCard::setValue(const QString &value)
{
    m_value->setText(value);
}

QString OverviewCard::value() const
{
    return m_value->text();
}

void OverviewCard::setText(const QString &text)
{
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
}

void OverviewCard::mouseReleaseEvent(QMouseEvent *event)
{
    QFrame::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
}

void OverviewCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)
        emit clicked();
    else
        QFrame::keyPressEvent(event);
}

OverviewPage::OverviewPage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("As of"), this));
    m_asOf = newDateEdit(QDate::currentDate(), this);
    top->addWidget(m_asOf);
    auto *update = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Update"), this);
    update->setShortcut(QKeySequence::Refresh);
    top->addWidget(update);
    m_state = new QLabel(this);
    top->addWidget(m_state, 1);
    layout->addLayout(top);
    // On a new file: what to create first (gone once every step is done).
    m_firstSteps = new FirstSteps(this);
    layout->addWidget(m_firstSteps);
    connect(m_firstSteps, &FirstSteps::changed, this, [this] {
        refresh();
        emit dataChanged();
    });

    auto heading = [this, layout](const QString &text) {
        auto *title = new QLabel(text, this);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        layout->addWidget(title);
    };
    heading(tr("Key figures (click a card to open the list)"));
    m_cards = new QGridLayout;
    addCard(0, 0, QStringLiteral("contracts_active"), tr("Contracts running"));
    addCard(0, 1, QStringLiteral("posts"), tr("Posts"));
    addCard(0, 2, QStringLiteral("posts_vacant"), tr("Vacant posts"));
    addCard(0, 3, QStringLiteral("workers_active"), tr("Social workers placed"));
    addCard(1, 0, QStringLiteral("attendance_rate"), tr("Attendance last month"));
    addCard(1, 1, QStringLiteral("activities_held"), tr("Activities held last month"));
    addCard(1, 2, QStringLiteral("admin_share"), tr("Administrative share of work last month"));
    layout->addLayout(m_cards);

    heading(tr("Needs attention"));
    m_alertCards = new QGridLayout;
    int index = 0;
    for (const AlertCard &a : kAlertCards) {
        const QString kind = QString::fromLatin1(a.kind);
        auto *card = new OverviewCard(tr(a.caption), this);
        card->setObjectName(QStringLiteral("card_") + kind);
        card->setMinimumHeight(110);
        card->hide();
        m_cardByName.insert(kind, card);
        m_alertCards->addWidget(card, index / 3, index % 3);
        connect(card, &OverviewCard::clicked, this, [this, kind] { openAlert(kind); });
        ++index;
    }
    layout->addLayout(m_alertCards);
    m_noAlerts = new QLabel(tr("Nothing needs attention."), this);
    m_noAlerts->hide();
    layout->addWidget(m_noAlerts);
    layout->addStretch(1);

    connect(update, &QPushButton::clicked, this, &OverviewPage::refresh);
    connect(m_asOf, &QDateEdit::dateChanged, this, &OverviewPage::refresh);
    connect(&m_watcher, &QFutureWatcher<core::Result<core::KeyFigures>>::finished, this, [this] {
        showFigures(m_watcher.result());
        if (std::exchange(m_again, false))
            refresh();
    });
}

OverviewCard *OverviewPage::addCard(int row, int column, const QString &name, const QString &caption)
{
    auto *card = new OverviewCard(caption, this);
    card->setObjectName(QStringLiteral("card_") + name);
    m_cardByName.insert(name, card);
    m_cards->addWidget(card, row, column);
    connect(card, &OverviewCard::clicked, this, [this, name] { openFigure(name); });
    return card;
}

void OverviewPage::setDatabase(const core::Database &db)
{
    m_db = db;
    m_figures.reset();
    m_firstSteps->setDatabase(db);
    refresh();
}

void OverviewPage::refresh()
{
    if (!m_db)
        return;
    m_firstSteps->refresh();
    if (m_watcher.isRunning()) {
        m_again = true; // the date or the file changed while computing: once more afterwards
        return;
    }
    m_state->setText(tr("Computing…"));
    const QDate asOf = m_asOf->date();
    const QString path = m_db->path();
    if (path.isEmpty() || path == QLatin1String(":memory:")) {
        // An in-memory file (tests) cannot be opened from another thread.
        showFigures(core::summarize(*m_db, asOf));
        return;
    }
    m_watcher.setFuture(QtConcurrent::run([path, asOf]() -> core::Result<core::KeyFigures> {
        auto db = core::Database::open(path, core::Database::Mode::ReadOnly);
        if (!db)
            return db.error();
        return core::summarize(db.value(), asOf);
    }));
}

void OverviewPage::showFigures(const core::Result<core::KeyFigures> &result)
{
    if (!result) {
        m_state->setText(result.error().message);
        emit figuresShown();
        return;
    }
    m_figures = result.value();
    const core::KeyFigures &f = *m_figures;
    const QLocale locale;
    m_state->clear();
    card(QStringLiteral("contracts_active"))->setValue(locale.toString(f.contractsActive));
    card(QStringLiteral("posts"))->setValue(locale.toString(f.posts));
    card(QStringLiteral("posts_vacant"))->setValue(locale.toString(f.postsVacant));
    card(QStringLiteral("workers_active"))->setValue(locale.toString(f.workersActive));
    card(QStringLiteral("attendance_rate"))->setValue(percent(f.attendanceRateLastMonth));
    card(QStringLiteral("activities_held"))->setValue(locale.toString(f.activitiesHeldLastMonth));
    card(QStringLiteral("admin_share"))->setValue(percent(f.adminShareLastMonth));
    for (const AlertCard &a : kAlertCards) {
        const QString kind = QString::fromLatin1(a.kind);
        OverviewCard *c = card(kind);
        const auto found = std::find_if(f.alerts.cbegin(), f.alerts.cend(),
                                        [&kind](const core::Alert &alert) { return alert.kind == kind; });
        c->setVisible(found != f.alerts.cend());
        if (found != f.alerts.cend()) {
            c->setValue(locale.toString(found->ids.size()));
            c->setText(found->message);
        }
    }
    m_noAlerts->setVisible(f.alerts.isEmpty());
    emit figuresShown();
}

void OverviewPage::openFigure(const QString &name)
{
    const QDate asOf = m_figures ? m_figures->asOf : m_asOf->date();
    core::ListFilter filter;
    const QDate first = firstOfLastMonth(asOf);
    const QDate last = first.addMonths(1).addDays(-1);
    QString page;
    if (name == QLatin1String("contracts_active")) {
        page = QStringLiteral("contracts");
        filter.status = core::code(core::ContractStatus::Active);
    } else if (name == QLatin1String("posts") || name == QLatin1String("posts_vacant")) {
        page = QStringLiteral("streets"); // the posts, by street; the vacant ones are marked there
    } else if (name == QLatin1String("workers_active")) {
        page = QStringLiteral("workers");
        filter.status = core::WorkerRepository::activeCode();
    } else if (name == QLatin1String("attendance_rate")) {
        page = QStringLiteral("attendance");
        filter.from = first;
        filter.to = last;
    } else if (name == QLatin1String("activities_held")) {
        page = QStringLiteral("activities");
        filter.status = core::code(core::ActivityStatus::Held);
        filter.from = first;
        filter.to = last;
    } else if (name == QLatin1String("admin_share")) {
        page = QStringLiteral("worklog");
        filter.status = core::code(core::WorkCategory::Admin);
        filter.from = first;
        filter.to = last;
    }
    if (!page.isEmpty())
        emit navigateRequested(page, filter);
}

void OverviewPage::openAlert(const QString &kind)
{
    if (!m_figures)
        return;
    for (const core::Alert &alert : m_figures->alerts) {
        if (alert.kind != kind)
            continue;
        const auto [page, filter] = target(alert, m_figures->asOf);
        if (!page.isEmpty())
            emit navigateRequested(page, filter);
        return;
    }
}

} // namespace ui
