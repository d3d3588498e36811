// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "attendancepage.h"

#include "attendanceprint.h"
#include "core/io/attendancegrid.h"
#include "core/period.h"
#include "core/reports.h"
#include "ui/choices.h"
#include "ui/fields.h"
#include "ui/flowlayout.h"
#include "ui/screenfit.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

// ---------------------------------------------------------------------------------------------
// The flat list

AttendanceListPage::AttendanceListPage(QWidget *parent)
    : ListPage(parent)
{
    // Records are typed in the grid: "edit" (Enter, double-click) opens the record's month there.
    setActions(Edit | Export);
    filters()->enablePeriod();
    filters()->enableDistrictStreet(
        [this] { return database() ? choices::districts(*database()) : FilterBar::Choices(); },
        [this](std::optional<qint64> district) {
            return database() ? choices::streets(*database(), district) : FilterBar::Choices();
        });
    filters()->enableWorker([this] { return database() ? choices::workers(*database(), true) : FilterBar::Choices(); });
    filters()->enableStatus(tr("Any status"), choices::enumeration<core::AttendanceStatus>());
}

bool AttendanceListPage::editRecord(qint64 id)
{
    const core::ListRow row = currentRow();
    const QDate day = core::fromIsoDate(row.cells.value(0).toString());
    if (row.id == id && day.isValid())
        emit monthRequested(day);
    return false; // nothing changed yet
}

ListPage::SourceFactory AttendanceListPage::sourceFactory() const
{
    return [](const core::Database &db) {
        return std::make_shared<core::SqlListSource>(core::AttendanceRepository::listing(db));
    };
}

// ---------------------------------------------------------------------------------------------
// Fill range

FillRangeDialog::FillRangeDialog(const core::Database &db, const QList<std::pair<qint64, QString>> &workers,
                                 qint64 workerId, QDate from, QDate to, QWidget *parent)
    : RecordDialog(tr("Fill range"), parent)
    , m_db(db)
{
    m_worker = new QComboBox(this);
    choices::fill(m_worker, workers, workerId);
    m_from = newDateEdit(from, this);
    m_to = newDateEdit(to, this);
    m_status = new QComboBox(this);
    for (core::AttendanceStatus s : core::allValues<core::AttendanceStatus>())
        m_status->addItem(QStringLiteral("%1  %2").arg(core::shortCode(s)).arg(core::label(s)), int(s));
    form()->addRow(tr("&Worker"), m_worker);
    form()->addRow(tr("&From"), m_from);
    form()->addRow(tr("&To"), m_to);
    form()->addRow(tr("&Status"), m_status);
    auto *note = new QLabel(tr("Only required working days inside the worker's placement are filled; "
                               "days already recorded are kept."),
                            this);
    note->setWordWrap(true);
    form()->addRow(note);
    for (QWidget *w : std::initializer_list<QWidget *>{m_worker, m_from, m_to, m_status})
        watch(w);
}

QString FillRangeDialog::problem() const
{
    if (m_worker->currentIndex() < 0)
        return tr("Choose a worker.");
    if (m_from->date() > m_to->date())
        return tr("The end date is before the start date: choose an end on or after %1.")
            .arg(core::isoDate(m_from->date()));
    return {};
}

core::Status FillRangeDialog::save()
{
    // Days after today are not filled without asking: they have not happened yet.
    if (m_to->date() > QDate::currentDate() &&
        QMessageBox::question(this, tr("Fill range"),
                              tr("The range runs past today (%1) into days that have not happened yet. Fill "
                                 "them too?")
                                  .arg(core::isoDate(QDate::currentDate()))) != QMessageBox::Yes)
        return core::Error::invalid(
            tr("Nothing was filled. Choose an end on or before %1.").arg(core::isoDate(QDate::currentDate())));
    const auto written =
        core::AttendanceRepository(m_db).fill(m_worker->currentData().toLongLong(), m_from->date(), m_to->date(),
                                              core::AttendanceStatus(m_status->currentData().toInt()));
    if (!written)
        return written.error();
    m_written = written.value();
    return {};
}

// ---------------------------------------------------------------------------------------------
// The page

AttendancePage::AttendancePage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildGridTab(), tr("Monthly &grid"));
    m_list = new AttendanceListPage(this);
    m_tabs->addTab(m_list, tr("&Records"));
    layout->addWidget(m_tabs);

    connect(m_list, &AttendanceListPage::monthRequested, this, [this](QDate day) { showMonth(day); });
    connect(m_list, &Page::dataChanged, this, &AttendancePage::changed);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 0) {
            loadGrid();
        } else if (m_listStale) {
            m_listStale = false;
            m_list->refresh();
        }
    });
}

QWidget *AttendancePage::buildGridTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    layout->addLayout(bar);

    auto *previous = new QToolButton(tab);
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous month (Page Up)"));
    previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    auto *next = new QToolButton(tab);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next month (Page Down)"));
    next->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_month = new QDateEdit(QDate::currentDate(), tab);
    m_month->setObjectName(QStringLiteral("month"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    m_street = new QComboBox(tab);
    m_street->setObjectName(QStringLiteral("street"));
    m_street->setMinimumContentsLength(16);
    m_street->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *fill = new QPushButton(tr("&Fill range…"), tab);
    fill->setObjectName(QStringLiteral("fillRange"));
    fill->setToolTip(tr("Mark a worker's working days in a period with one status (select cells first to pre-fill)"));

    auto *monthLabel = new QLabel(tr("&Month"), tab);
    monthLabel->setBuddy(m_month);
    auto *streetLabel = new QLabel(tr("&Street"), tab);
    streetLabel->setBuddy(m_street);
    bar->addWidget(monthLabel);
    bar->addWidget(previous);
    bar->addWidget(m_month);
    bar->addWidget(next);
    bar->addSpacing(12);
    bar->addWidget(streetLabel);
    bar->addWidget(m_street);
    bar->addSpacing(12);
    bar->addWidget(fill);
    auto *exportGrid = new QPushButton(tr("E&xport grid…"), tab);
    exportGrid->setObjectName(QStringLiteral("exportGrid"));
    exportGrid->setToolTip(tr("Save the month as a sign-in grid (XLSX or CSV) that imports back"));
    auto *printGrid = new QPushButton(tr("&Print…"), tab);
    printGrid->setObjectName(QStringLiteral("printGrid"));
    printGrid->setToolTip(tr("Print the grid, one street per A4 landscape page"));
    auto *printBlank = new QPushButton(tr("&Blank sheet…"), tab);
    printBlank->setObjectName(QStringLiteral("printBlank"));
    printBlank->setToolTip(tr("Print an empty sign-in sheet for the street and month, to fill in by hand"));
    bar->addWidget(exportGrid);
    bar->addWidget(printGrid);
    bar->addWidget(printBlank);
    bar->addSpacing(12);
    m_asOf = new QLabel(tab);
    m_asOf->setObjectName(QStringLiteral("gridAsOf"));
    bar->addWidget(m_asOf);
    bar->addStretch(1);

    m_model = new AttendanceGridModel(this);
    m_view = new AttendanceGridView(tab);
    m_view->setGridModel(m_model);
    layout->addWidget(m_view, 1);

    // The legend: every code in its colour, with its label; on a narrow window it wraps.
    auto *legend = new FlowLayout;
    legend->setSpacing(10);
    for (core::AttendanceStatus s : core::allValues<core::AttendanceStatus>()) {
        auto *item = new QLabel(QStringLiteral("<span style=\"background:%1\">&nbsp;<b>%2</b>&nbsp;</span> %3")
                                    .arg(AttendanceGridModel::colour(s).name())
                                    .arg(core::shortCode(s))
                                    .arg(core::label(s).toHtmlEscaped()),
                                tab);
        item->setObjectName(QStringLiteral("legend_") + core::code(s));
        m_legendLabels << item;
        legend->addWidget(item);
    }
    auto *shading =
        new QLabel(QStringLiteral("<span style=\"background:#dddddd\">&nbsp;&nbsp;&nbsp;</span> %1 "
                                  "<span style=\"background:#fff3c4\">&nbsp;&nbsp;&nbsp;</span> %2")
                       .arg(tr("weekend or holiday").toHtmlEscaped(), tr("make-up working day").toHtmlEscaped()),
                   tab);
    legend->addWidget(shading);
    legend->addStretch(1);
    layout->addLayout(legend);
    m_summary = new QLabel(tab);
    m_summary->setObjectName(QStringLiteral("gridSummary"));
    layout->addWidget(m_summary);

    connect(previous, &QToolButton::clicked, this, [this] { m_month->setDate(m_month->date().addMonths(-1)); });
    connect(next, &QToolButton::clicked, this, [this] { m_month->setDate(m_month->date().addMonths(1)); });
    connect(m_month, &QDateEdit::dateChanged, this, [this] {
        m_stale = true;
        loadGrid();
    });
    connect(m_street, &QComboBox::currentIndexChanged, this, [this] {
        m_stale = true;
        loadGrid();
    });
    connect(fill, &QPushButton::clicked, this, &AttendancePage::openFillDialog);
    connect(exportGrid, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export grid"), tr("attendance-%1.xlsx").arg(m_model->month().toString(u"yyyy-MM")),
            tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        if (!path.isEmpty())
            exportGridTo(path);
    });
    connect(printGrid, &QPushButton::clicked, this, [this] { printPreview(false); });
    connect(printBlank, &QPushButton::clicked, this, [this] { printPreview(true); });
    connect(m_view, &AttendanceGridView::fillRequested, this, &AttendancePage::openFillDialog);
    connect(m_view, &AttendanceGridView::edited, this, &AttendancePage::changed);
    return tab;
}

void AttendancePage::setDatabase(const core::Database &db)
{
    m_db = db;
    m_listStale = false;
    m_list->setDatabase(db);
    reloadStreets();
    m_stale = true;
    m_model->clear();
    if (isVisible())
        loadGrid();
}

void AttendancePage::reloadStreets()
{
    const QVariant current = m_street->currentData();
    const QSignalBlocker block(m_street);
    m_street->clear();
    m_street->addItem(tr("All streets"));
    if (m_db)
        for (const auto &[id, name] : choices::streets(*m_db, std::nullopt))
            m_street->addItem(name, id);
    const int i = current.isValid() ? m_street->findData(current) : 0;
    m_street->setCurrentIndex(std::max(0, i));
}

void AttendancePage::showFiltered(const core::ListFilter &filter)
{
    showList();
    m_list->showFiltered(filter);
}

void AttendancePage::refresh()
{
    m_listStale = false;
    m_list->refresh();
    reloadStreets();
    m_stale = true;
    loadGrid();
}

void AttendancePage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    loadGrid();
}

void AttendancePage::showMonth(QDate day, std::optional<qint64> streetId)
{
    m_tabs->setCurrentIndex(0);
    {
        const QSignalBlocker block(m_street);
        m_street->setCurrentIndex(streetId ? std::max(0, m_street->findData(*streetId)) : 0);
    }
    const QSignalBlocker block(m_month);
    m_month->setDate(day);
    m_stale = true;
    loadGrid();
}

void AttendancePage::showList()
{
    m_tabs->setCurrentIndex(1);
}

void AttendancePage::loadGrid()
{
    if (!m_db || !m_stale || !isVisible() || m_tabs->currentIndex() != 0)
        return;
    m_stale = false;
    const QVariant street = m_street->currentData();
    const core::Status loaded =
        m_model->load(*m_db, m_month->date(), street.isValid() ? std::optional(street.toLongLong()) : std::nullopt);
    if (!loaded) {
        m_summary->setText(tr("Could not read the month: %1").arg(loaded.error().message));
        m_asOf->clear();
        return;
    }
    // The legend shows the marks the cells show (the Settings legend under Chinese, else the letters).
    const QList<core::AttendanceStatus> statuses = core::allValues<core::AttendanceStatus>();
    for (int i = 0; i < m_legendLabels.size() && i < statuses.size(); ++i)
        m_legendLabels.at(i)->setText(QStringLiteral("<span style=\"background:%1\">&nbsp;<b>%2</b>&nbsp;</span> %3")
                                          .arg(AttendanceGridModel::colour(statuses.at(i)).name())
                                          .arg(m_model->markOf(statuses.at(i)).toHtmlEscaped())
                                          .arg(core::label(statuses.at(i)).toHtmlEscaped()));
    // A month still running counts its required days up to today only, and says so.
    if (m_model->isRunning()) {
        m_asOf->setText(QStringLiteral("<b>%1</b>").arg(core::asOfText(m_model->countedTo()).toHtmlEscaped()));
        m_asOf->setToolTip(tr("This month is still running: the totals count the working days up to %1.")
                               .arg(core::isoDate(m_model->countedTo())));
    } else if (!m_model->countedTo().isValid()) {
        m_asOf->setText(tr("Not begun: nothing counted yet"));
        m_asOf->setToolTip({});
    } else {
        m_asOf->clear();
        m_asOf->setToolTip({});
    }
    m_asOf->setVisible(!m_asOf->text().isEmpty());
    m_summary->setText(m_model->rowCount() == 0
                           ? tr("No worker was placed here in this month.")
                           : tr("%n worker(s); type a mark or letter in a cell to record the day, Delete to clear "
                                "it, or right-click for the list of statuses.",
                                nullptr, m_model->rowCount()));
}

std::optional<qint64> AttendancePage::chosenStreet() const
{
    const QVariant street = m_street->currentData();
    if (!street.isValid() || street.isNull() || street.toLongLong() <= 0)
        return std::nullopt;
    return street.toLongLong();
}

bool AttendancePage::exportGridTo(const QString &path)
{
    if (!m_db)
        return false;
    const auto written = core::io::AttendanceGrid::write(*m_db, m_model->month(), chosenStreet(), path,
                                                         !path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive));
    if (!written) {
        showError(this, tr("Export grid"), written.error());
        return false;
    }
    m_summary->setText(
        tr("Wrote the grid of %n worker(s) to %1.", nullptr, written.value()).arg(QDir::toNativeSeparators(path)));
    return true;
}

core::Result<int> AttendancePage::writeGridPdf(const QString &path, bool blank) const
{
    if (!m_db)
        return core::Error::invalid(tr("No file is open."));
    const auto tables = core::io::AttendanceGrid::tables(*m_db, m_model->month(), chosenStreet(), blank);
    if (!tables)
        return tables.error();
    return AttendanceGridPrinter::writePdf(tables.value(), path);
}

void AttendancePage::printPreview(bool blank)
{
    if (!m_db)
        return;
    const auto tables = core::io::AttendanceGrid::tables(*m_db, m_model->month(), chosenStreet(), blank);
    if (!tables) {
        showError(this, tr("Print"), tables.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(blank ? tr("Print preview – blank sign-in sheet") : tr("Print preview – attendance grid"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &tables](QPrinter *p) {
        if (auto pages = AttendanceGridPrinter::print(p, tables.value()); !pages)
            showError(this, tr("Print"), pages.error());
    });
    fitToScreen(&dialog, QSize(1100, 800));
    dialog.exec();
}

void AttendancePage::changed()
{
    // The list counts again when it is shown next, not on every letter typed into the grid.
    m_listStale = true;
    emit dataChanged();
}

void AttendancePage::openFillDialog()
{
    if (!m_db || m_model->rowCount() == 0)
        return;
    QList<std::pair<qint64, QString>> workers;
    for (int r = 0; r < m_model->rowCount(); ++r)
        workers.append({m_model->workerAt(r), m_model->workerNameAt(r)});
    // The selection pre-fills the dialog: its first row's worker, its first and last day.
    qint64 worker = m_model->workerAt(std::max(0, m_view->currentIndex().row()));
    QDate from = m_model->month();
    QDate to = from.addMonths(1).addDays(-1);
    if (m_model->isRunning())
        to = m_model->countedTo(); // not the days after the as-of day
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    QDate first, last;
    for (const QModelIndex &i : selected) {
        const QDate d = m_model->dayAt(i.column());
        if (!d.isValid())
            continue;
        first = first.isValid() ? std::min(first, d) : d;
        last = last.isValid() ? std::max(last, d) : d;
    }
    if (first.isValid()) {
        from = first;
        to = last;
        worker = m_model->workerAt(selected.first().row());
    }
    FillRangeDialog dialog(*m_db, workers, worker, from, to, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_stale = true;
    loadGrid();
    m_summary->setText(tr("%n day(s) filled.", nullptr, dialog.written()));
    changed();
}

} // namespace ui
