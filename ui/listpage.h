// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "filterbar.h"
#include "lazytablemodel.h"
#include "page.h"

class QAction;
class QLabel;
class QMenu;
class QTableView;

namespace ui {

// A page that lists one kind of record: search and filters above a lazy, sortable table,
// "N records" beneath, add/edit/delete through the page's own dialog, a context menu and
// export of what is shown. A concrete page (社工, 合同 ...) says where its rows come from
// (sourceFactory), which filters apply (filters()->enable...) and which actions it offers,
// and implements the hooks for those actions.
class ListPage : public Page
{
    Q_OBJECT
public:
    enum Action { Add = 0x1, Edit = 0x2, Delete = 0x4, Export = 0x8 };
    Q_DECLARE_FLAGS(Actions, Action)

    explicit ListPage(QWidget *parent = nullptr);

    void setDatabase(const core::Database &db) override;
    void showFiltered(const core::ListFilter &filter) override;
    void refresh() override;

    const core::Database *database() const { return m_db ? &*m_db : nullptr; }
    LazyTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    FilterBar *filters() const { return m_filters; }
    QLabel *statusLine() const { return m_status; }
    // The record in the current row, id 0 when none is selected.
    core::ListRow currentRow() const;
    // Selects record `id` and scrolls to it; when the filters hide it, shows every record first.
    // False when the list does not hold it.
    bool selectRecord(qint64 id);

public slots:
    void addRecord();
    void editCurrent();
    // Asks for confirmation naming the record, then deletes it through removeRecord().
    void deleteCurrent();
    // Writes the rows shown (filter and order as on screen, all of them, not just the
    // loaded ones) to a file the user picks. Pages with a richer export override it.
    virtual void exportCurrentView();

public:
    // Writes the rows shown to `path`, CSV or XLSX by its suffix (CSV without one), through
    // core::io::Exporter; big lists on a worker thread with progress. The number of rows, or
    // -1 when the user cancelled (no file then).
    core::Result<int> exportTo(const QString &path);
    // The file name export offers, in the user's language: "活动.csv", "Activities.csv".
    QString suggestedExportName() const;
    // `name` made safe as a file name on every system (no / \\ : * ? " < > |).
    static QString fileNameSafe(const QString &name);

protected:
    void setActions(Actions actions);
    // Adds a page-specific action to the context menu (after the standard ones).
    void addContextAction(QAction *action);
    // A name for the file export offers (without extension): the page's title.
    virtual QString exportBaseName() const { return title(); }

    // Builds where the rows come from on a connection. It is made on the GUI thread from what
    // the page's widgets say now and captures values only, never the page: a big export calls
    // it on a worker thread with that thread's own connection.
    using SourceFactory = std::function<std::shared_ptr<core::ListSource>(const core::Database &db)>;
    virtual SourceFactory sourceFactory() const = 0;
    // Opens the page's dialog for a new record; true when something was saved.
    virtual bool createRecord() { return false; }
    // Opens the page's dialog for record `id`; true when something was saved.
    virtual bool editRecord(qint64 id)
    {
        Q_UNUSED(id);
        return false;
    }
    // Deletes record `id` through core (which refuses when other records still need it).
    virtual core::Status removeRecord(qint64 id);
    // How the confirmation names a record; by default its first two cells.
    virtual QString describe(const core::ListRow &row) const;

private:
    void applyFilters();
    void updateActions();
    void showContextMenu(const QPoint &position);
    void changed();
    // Sizes the columns to the rows on screen, once per file (the user's widths stay after that).
    void fitColumns();
    void showEvent(QShowEvent *event) override;

    std::optional<core::Database> m_db;
    Actions m_actions = {Add, Edit, Delete, Export};
    FilterBar *m_filters = nullptr;
    QTableView *m_view = nullptr;
    LazyTableModel *m_model = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_export = nullptr;
    QList<QAction *> m_extra;
    bool m_fitted = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ListPage::Actions)

} // namespace ui
