// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "chartspage.h"

#include "chartstyle.h"
#include "ui/choices.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTabBar>
#include <QVBoxLayout>

namespace ui {

namespace {

QDateEdit *monthEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    edit->setCalendarPopup(true);
    return edit;
}

QDate firstOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

} // namespace

ChartsPage::ChartsPage(QWidget *parent)
    : Page(parent)
    , m_builders(charts::allCharts())
{
    auto *layout = new QVBoxLayout(this);

    m_tabs = new QTabBar(this);
    m_tabs->setExpanding(false);
    m_tabs->setDocumentMode(true);
    for (const auto &builder : m_builders)
        m_tabs->addTab(builder->title());
    layout->addWidget(m_tabs);

    auto *bar = new QHBoxLayout;
    m_from = monthEdit(this);
    m_to = monthEdit(this);
    const QDate thisMonth = firstOfMonth(QDate::currentDate());
    m_from->setDate(thisMonth.addMonths(-11));
    m_to->setDate(thisMonth);
    m_district = new QComboBox(this);
    m_street = new QComboBox(this);
    m_worker = new QComboBox(this);
    for (QComboBox *combo : {m_district, m_street, m_worker}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    auto *save = new QPushButton(tr("Save as PNG…"), this);
    auto *copy = new QPushButton(tr("Copy"), this);
    save->setToolTip(tr("Save the chart as a PNG picture"));
    copy->setToolTip(tr("Copy the chart to the clipboard as a picture (Ctrl+Shift+C)"));
    bar->addWidget(new QLabel(tr("From"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(m_district);
    bar->addWidget(m_street);
    bar->addWidget(m_worker);
    bar->addStretch();
    bar->addWidget(save);
    bar->addWidget(copy);
    layout->addLayout(bar);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_view = new QChartView(new QChart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *saveAction = new QAction(tr("Save as PNG…"), m_view);
    auto *copyAction = new QAction(tr("Copy"), m_view);
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(saveAction);
    m_view->addAction(copyAction);
    addAction(copyAction);
    layout->addWidget(m_view, 1);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("chartNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    connect(m_tabs, &QTabBar::currentChanged, this, [this] { rebuild(); });
    connect(m_from, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (d > m_to->date())
            m_to->setDate(d);
        rebuild();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (d < m_from->date())
            m_from->setDate(d);
        rebuild();
    });
    connect(m_district, &QComboBox::currentIndexChanged, this, [this] {
        reloadStreets();
        rebuild();
    });
    connect(m_street, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    connect(m_worker, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    connect(save, &QPushButton::clicked, this, &ChartsPage::savePicture);
    connect(saveAction, &QAction::triggered, this, &ChartsPage::savePicture);
    connect(copy, &QPushButton::clicked, this, &ChartsPage::copyPicture);
    connect(copyAction, &QAction::triggered, this, &ChartsPage::copyPicture);
}

ChartsPage::~ChartsPage() = default;

void ChartsPage::setDatabase(const core::Database &db)
{
    m_db = db;
    refresh();
}

void ChartsPage::refresh()
{
    reloadChoices();
    rebuild();
}

QChart *ChartsPage::chart() const
{
    return m_view->chart();
}

QString ChartsPage::currentChart() const
{
    const int i = m_tabs->currentIndex();
    return i >= 0 && i < int(m_builders.size()) ? m_builders.at(i)->key() : QString();
}

bool ChartsPage::showChart(const QString &chartKey)
{
    for (int i = 0; i < int(m_builders.size()); ++i) {
        if (m_builders.at(i)->key() == chartKey) {
            if (m_tabs->currentIndex() == i)
                rebuild();
            else
                m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void ChartsPage::setRange(QDate fromMonth, QDate toMonth)
{
    {
        m_quiet = true;
        m_from->setDate(firstOfMonth(fromMonth));
        m_to->setDate(firstOfMonth(toMonth));
        m_quiet = false;
    }
    rebuild();
}

void ChartsPage::setScope(std::optional<qint64> districtId, std::optional<qint64> streetId,
                          std::optional<qint64> workerId)
{
    m_quiet = true;
    m_district->setCurrentIndex(std::max(0, m_district->findData(districtId.value_or(0))));
    reloadStreets();
    m_street->setCurrentIndex(std::max(0, m_street->findData(streetId.value_or(0))));
    m_worker->setCurrentIndex(std::max(0, m_worker->findData(workerId.value_or(0))));
    m_quiet = false;
    rebuild();
}

charts::ChartRequest ChartsPage::request() const
{
    charts::ChartRequest r;
    r.range = core::MonthRange(m_from->date(), m_to->date());
    // Only the filters the chart understands, so its subtitle never claims one it ignored.
    const int i = m_tabs->currentIndex();
    const int filters = i >= 0 && i < int(m_builders.size()) ? m_builders.at(i)->filters() : 0;
    if (filters & charts::ChartBuilder::ByDistrict)
        r.districtId = selectedId(m_district);
    if (filters & charts::ChartBuilder::ByStreet)
        r.streetId = selectedId(m_street);
    if (filters & charts::ChartBuilder::ByWorker)
        r.workerId = selectedId(m_worker);
    return r;
}

std::optional<qint64> ChartsPage::selectedId(const QComboBox *combo)
{
    const qint64 id = combo->currentData().toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

void ChartsPage::reloadChoices()
{
    if (!m_db)
        return;
    m_quiet = true;
    const qint64 district = m_district->currentData().toLongLong();
    const qint64 worker = m_worker->currentData().toLongLong();
    choices::fill(m_district, choices::districts(*m_db), district);
    m_district->insertItem(0, tr("All districts"), qint64(0));
    m_district->setCurrentIndex(std::max(0, m_district->findData(district)));
    reloadStreets();
    choices::fill(m_worker, choices::workers(*m_db), worker);
    m_worker->insertItem(0, tr("All workers"), qint64(0));
    m_worker->setCurrentIndex(std::max(0, m_worker->findData(worker)));
    m_quiet = false;
}

void ChartsPage::reloadStreets()
{
    if (!m_db)
        return;
    const bool quiet = m_quiet;
    m_quiet = true;
    const qint64 street = m_street->currentData().toLongLong();
    choices::fill(m_street, choices::streets(*m_db, selectedId(m_district)), street);
    m_street->insertItem(0, tr("All streets"), qint64(0));
    m_street->setCurrentIndex(std::max(0, m_street->findData(street)));
    m_quiet = quiet;
}

void ChartsPage::rebuild()
{
    if (m_quiet || !m_db)
        return;
    const int i = m_tabs->currentIndex();
    if (i < 0 || i >= int(m_builders.size()))
        return;
    const charts::ChartBuilder &builder = *m_builders.at(i);
    m_district->setEnabled(builder.filters() & charts::ChartBuilder::ByDistrict);
    m_street->setEnabled(builder.filters() & charts::ChartBuilder::ByStreet);
    m_worker->setEnabled(builder.filters() & charts::ChartBuilder::ByWorker);

    const charts::ChartRequest asked = request();
    auto values = builder.data(*m_db, asked);
    if (!values) {
        m_message->setText(values.error().message);
        m_message->show();
        return;
    }
    m_message->hide();
    m_data = values.value();
    // Under the chart: the as-of day every figure is counted to, and the rule they follow.
    QStringList note{tr("Figures as of %1 (today): nothing after it is counted; a month still running counts "
                        "its days up to it.")
                         .arg(core::isoDate(asked.asOf))};
    if (!m_data.note.isEmpty())
        note << m_data.note;
    m_note->setText(note.join(QLatin1Char('\n')));
    QChart *old = m_view->chart();
    m_view->setChart(builder.draw(m_data).release());
    delete old; // the view does not delete the chart it gives up
    emit chartShown();
}

QImage ChartsPage::picture() const
{
    return m_view->grab().toImage();
}

void ChartsPage::savePicture()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = folder + QLatin1Char('/') + currentChart() + QLatin1Char('_') +
                              m_from->date().toString(QStringLiteral("yyyy-MM")) + QLatin1Char('_') +
                              m_to->date().toString(QStringLiteral("yyyy-MM")) + QStringLiteral(".png");
    QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), suggested, tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    if (!picture().save(path, "PNG"))
        QMessageBox::warning(this, tr("Save chart"),
                             tr("Could not write %1. Check that the folder exists and that you may write there, "
                                "or choose another place.")
                                 .arg(path));
}

void ChartsPage::copyPicture()
{
    QApplication::clipboard()->setImage(picture());
}

} // namespace ui
