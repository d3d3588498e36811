// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "listpage.h"

#include "background.h"
#include "core/io/exporter.h"
#include "recorddialog.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

ListPage::ListPage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_filters = new FilterBar(this);
    layout->addWidget(m_filters);

    m_model = new LazyTableModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("list"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // Fixed row heights and no per-row sizing: the view then asks only for the visible rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setResizeContentsPrecision(0);
    m_view->horizontalHeader()->setResizeContentsPrecision(0);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    layout->addWidget(m_view, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("count"));
    layout->addWidget(m_status);

    QStyle *s = style();
    m_add = new QAction(s->standardIcon(QStyle::SP_FileIcon), tr("&New…"), this);
    m_add->setShortcut(QKeySequence::New);
    m_edit = new QAction(s->standardIcon(QStyle::SP_FileDialogContentsView), tr("&Edit…"), this);
    m_edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_edit->setShortcutContext(Qt::WidgetShortcut); // Enter in the search box must not open a record
    m_delete = new QAction(s->standardIcon(QStyle::SP_TrashIcon), tr("&Delete…"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut); // Del in the search box deletes a letter
    m_export = new QAction(s->standardIcon(QStyle::SP_DialogSaveButton), tr("E&xport…"), this);
    auto *find = new QAction(tr("Search"), this);
    find->setShortcut(QKeySequence::Find);
    addAction(m_add); // window-wide while this page is shown (hidden pages' actions do not fire)
    addAction(find);
    m_view->addAction(m_edit);
    m_view->addAction(m_delete);
    connect(m_add, &QAction::triggered, this, &ListPage::addRecord);
    connect(m_edit, &QAction::triggered, this, &ListPage::editCurrent);
    connect(m_delete, &QAction::triggered, this, &ListPage::deleteCurrent);
    connect(m_export, &QAction::triggered, this, &ListPage::exportCurrentView);
    connect(find, &QAction::triggered, this, [this] {
        m_filters->searchBox()->setFocus(Qt::ShortcutFocusReason);
        m_filters->searchBox()->selectAll();
    });
    m_add->setToolTip(tr("New record (%1)").arg(m_add->shortcut().toString(QKeySequence::NativeText)));
    m_edit->setToolTip(tr("Edit the selected record (Enter or double-click)"));
    m_delete->setToolTip(tr("Delete the selected record (Del)"));
    m_export->setToolTip(tr("Export the records shown to a file"));
    for (QAction *a : {m_add, m_edit, m_delete, m_export}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        // Icons only: a page with many filters must still fit a 1366-pixel screen.
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setAutoRaise(true);
        m_filters->addTrailingWidget(button);
    }

    connect(m_filters, &FilterBar::changed, this, &ListPage::applyFilters);
    connect(m_view, &QTableView::doubleClicked, this, &ListPage::editCurrent);
    connect(m_view, &QTableView::customContextMenuRequested, this, &ListPage::showContextMenu);
    connect(m_model, &LazyTableModel::countChanged, this, [this](int n) {
        m_status->setText(tr("%n record(s)", nullptr, n));
        updateActions();
    });
    connect(m_model, &LazyTableModel::errorOccurred, this,
            [this](const QString &message) { m_status->setText(tr("Could not read the list: %1").arg(message)); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { QTimer::singleShot(0, this, &ListPage::fitColumns); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ListPage::updateActions);
    updateActions();
}

void ListPage::setActions(Actions actions)
{
    m_actions = actions;
    m_add->setVisible(actions.testFlag(Add));
    m_edit->setVisible(actions.testFlag(Edit));
    m_delete->setVisible(actions.testFlag(Delete));
    m_export->setVisible(actions.testFlag(Export));
    updateActions();
}

void ListPage::addContextAction(QAction *action)
{
    m_extra << action;
}

void ListPage::setDatabase(const core::Database &db)
{
    m_db = db;
    m_fitted = false;
    m_filters->reloadChoices();
    core::ListFilter filter = m_filters->apply(m_model->filter());
    // Headers and sort order of the new source; the sort the user chose is kept across files.
    m_model->setSource(sourceFactory()(db));
    m_model->setFilter(filter);
}

void ListPage::showFiltered(const core::ListFilter &filter)
{
    m_filters->setFilter(filter);
    core::ListFilter f = filter;
    f.sortColumn = m_model->filter().sortColumn;
    f.sortOrder = m_model->filter().sortOrder;
    m_model->setFilter(f);
}

void ListPage::refresh()
{
    if (!m_db)
        return;
    m_filters->reloadChoices();
    const int row = m_view->currentIndex().row();
    m_model->reload();
    if (row >= 0 && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
}

void ListPage::applyFilters()
{
    m_model->setFilter(m_filters->apply(m_model->filter()));
}

bool ListPage::selectRecord(qint64 id)
{
    auto find = [this, id] {
        if (m_model->rowCount() > 0)
            m_model->rowAt(0); // the first rows are read
        return m_model->cachedRowOf(id);
    };
    int row = find();
    if (row < 0) {
        showFiltered(core::ListFilter());
        row = find();
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

core::ListRow ListPage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->rowAt(current.row()) : core::ListRow();
}

void ListPage::updateActions()
{
    const bool open = m_db.has_value();
    const bool selected = m_view->currentIndex().isValid();
    m_add->setEnabled(open && m_actions.testFlag(Add));
    m_edit->setEnabled(open && selected && m_actions.testFlag(Edit));
    m_delete->setEnabled(open && selected && m_actions.testFlag(Delete));
    m_export->setEnabled(open && m_actions.testFlag(Export) && m_model->rowCount() > 0);
}

void ListPage::changed()
{
    refresh();
    emit dataChanged();
}

void ListPage::addRecord()
{
    if (m_db && m_actions.testFlag(Add) && createRecord())
        changed();
}

void ListPage::editCurrent()
{
    const core::ListRow row = currentRow();
    if (m_db && row.id != 0 && m_actions.testFlag(Edit) && editRecord(row.id))
        changed();
}

void ListPage::deleteCurrent()
{
    const core::ListRow row = currentRow();
    if (!m_db || row.id == 0 || !m_actions.testFlag(Delete))
        return;
    QMessageBox confirm(QMessageBox::Question, tr("Delete"),
                        tr("Delete %1?\nThis cannot be undone.").arg(describe(row)), QMessageBox::Yes | QMessageBox::No,
                        this);
    confirm.setObjectName(QStringLiteral("confirmDelete"));
    confirm.setDefaultButton(QMessageBox::No);
    if (confirm.exec() != QMessageBox::Yes)
        return;
    const core::Status removed = removeRecord(row.id);
    if (!removed) {
        showError(this, tr("Delete"), removed.error());
        return;
    }
    changed();
}

core::Status ListPage::removeRecord(qint64 id)
{
    Q_UNUSED(id);
    return core::Error::invalid(tr("Records of this kind cannot be deleted here."));
}

QString ListPage::describe(const core::ListRow &row) const
{
    QStringList parts;
    for (int i = 0; i < std::min<qsizetype>(2, row.cells.size()); ++i)
        if (!row.cells.at(i).toString().isEmpty())
            parts << row.cells.at(i).toString();
    return parts.isEmpty() ? tr("record %1").arg(row.id) : QStringLiteral("“%1”").arg(parts.join(QStringLiteral(" ")));
}

void ListPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    QTimer::singleShot(0, this, &ListPage::fitColumns);
}

void ListPage::fitColumns()
{
    if (m_fitted || !m_view->isVisible() || m_model->rowCount() == 0)
        return;
    m_fitted = true;
    m_view->resizeColumnsToContents();
    const int widest = std::max(120, m_view->viewport()->width() / 3);
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c) + 16, widest));
}

void ListPage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (index.isValid())
        m_view->setCurrentIndex(index);
    QMenu menu(this);
    for (QAction *a : {m_add, m_edit, m_delete})
        if (a->isVisible())
            menu.addAction(a);
    if (!m_extra.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_extra);
    }
    if (m_export->isVisible()) {
        menu.addSeparator();
        menu.addAction(m_export);
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void ListPage::exportCurrentView()
{
    if (!m_model->source())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString csv = tr("CSV files (*.csv)");
    const QString xlsx = tr("Excel workbooks (*.xlsx)");
    QString selected = csv;
    QString path = QFileDialog::getSaveFileName(this, tr("Export"), folder + QLatin1Char('/') + suggestedExportName(),
                                                csv + QStringLiteral(";;") + xlsx, &selected);
    if (path.isEmpty())
        return;
    // The suffix decides; without one, the filter chosen does (and gives the suffix).
    if (!core::io::Exporter::formatFromName(path)) {
        const bool wantsXlsx = selected == xlsx;
        path += wantsXlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    }
    const auto written = exportTo(path);
    if (!written)
        showError(this, tr("Export"), written.error());
    else if (written.value() >= 0)
        m_status->setText(
            tr("%n record(s) exported to %1.", nullptr, written.value()).arg(QDir::toNativeSeparators(path)));
}

QString ListPage::fileNameSafe(const QString &name)
{
    QString safe = name;
    safe.remove(QLatin1Char('&')); // a mnemonic in the title
    static const QRegularExpression unsafe(QStringLiteral("[/\\\\:*?\"<>|]+"));
    safe.replace(unsafe, QStringLiteral("-"));
    return safe.simplified();
}

QString ListPage::suggestedExportName() const
{
    return fileNameSafe(exportBaseName()) + QStringLiteral(".csv");
}

core::Result<int> ListPage::exportTo(const QString &path)
{
    if (!m_model->source() || !m_db)
        return core::Error::invalid(tr("There is no list to export. Open a file first."));
    const auto format = core::io::Exporter::formatFromName(path).value_or(core::io::ExportFormat::Csv);
    const core::ListFilter filter = m_model->filter();
    const SourceFactory source = sourceFactory(); // here: it reads the page's widgets
    BackgroundTask task{tr("Export"), tr("Writing %1…").arg(QFileInfo(path).fileName())};
    task.mode = core::Database::Mode::ReadOnly;
    // The exporter cannot stop half-way: after Cancel its file is removed.
    task.lateResultCounts = false;
    // A few thousand rows take a moment: write them here. More run on a worker thread.
    constexpr int kInline = 5000;
    task.here = m_model->rowCount() <= kInline;
    const auto written = runInBackground<int>(
        this, task, *m_db, [source, filter, path, format](const core::Database &db, const JobProgress &progress) {
            return core::io::Exporter::write(*source(db), filter, path, format, progress.percent());
        });
    if (written && !written.value()) {
        QFile::remove(path); // cancelled: the export went on in the background, drop its result
        return -1;
    }
    if (!written)
        return written.error();
    return *written.value();
}

} // namespace ui
