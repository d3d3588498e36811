// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "attendancegrid.h"
#include "ui/listpage.h"
#include "ui/recorddialog.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;

namespace ui {

// The flat list of attendance records (years of them, read lazily) with period, street,
// worker and status filters. Records are edited in the grid; the list finds and exports them.
class AttendanceListPage : public ListPage
{
    Q_OBJECT
public:
    explicit AttendanceListPage(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("attendance-list"); }
    QString title() const override { return tr("Attendance records"); }

signals:
    // Enter or double-click on a record: show its month in the grid.
    void monthRequested(QDate day);

protected:
    SourceFactory sourceFactory() const override;
    // Opens the record's month in the grid (where records are typed).
    bool editRecord(qint64 id) override;
};

// "Fill range…": marks a worker's required working days in a period with one status; days
// already recorded are kept (AttendanceRepository::fill).
class FillRangeDialog : public RecordDialog
{
    Q_OBJECT
public:
    // `workers`: the grid's rows (id, name); the selection pre-fills worker, from and to.
    FillRangeDialog(const core::Database &db, const QList<std::pair<qint64, QString>> &workers, qint64 workerId,
                    QDate from, QDate to, QWidget *parent = nullptr);
    QComboBox *workerField() const { return m_worker; }
    QDateEdit *fromField() const { return m_from; }
    QDateEdit *toField() const { return m_to; }
    QComboBox *statusField() const { return m_status; }
    // The days written by the last save.
    int written() const { return m_written; }

protected:
    QString problem() const override;
    core::Status save() override;

private:
    core::Database m_db;
    QComboBox *m_worker = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_status = nullptr;
    int m_written = 0;
};

// 出勤 Attendance: the monthly sign-in grid (typed letters are stored at once) and the flat list.
class AttendancePage : public Page
{
    Q_OBJECT
public:
    explicit AttendancePage(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("attendance"); }
    QString title() const override { return tr("Attendance"); }

    void setDatabase(const core::Database &db) override;
    void showFiltered(const core::ListFilter &filter) override;
    void refresh() override;

    AttendanceGridView *gridView() const { return m_view; }
    AttendanceGridModel *gridModel() const { return m_model; }
    AttendanceListPage *listPage() const { return m_list; }
    QTabWidget *tabs() const { return m_tabs; }
    // Shows the grid of the month holding `day` for `streetId` (nullopt = all streets).
    void showMonth(QDate day, std::optional<qint64> streetId = std::nullopt);
    void showList();

public slots:
    void openFillDialog();
    // The grid of the month and street shown: to XLSX/CSV (by the suffix), to a PDF (blank: the
    // sign-in sheet to fill by hand), to the print preview.
    bool exportGridTo(const QString &path);
    core::Result<int> writeGridPdf(const QString &path, bool blank) const;
    void printPreview(bool blank);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildGridTab();
    void reloadStreets();
    // Reads the grid when it is on screen (setDatabase only marks it stale).
    void loadGrid();
    std::optional<qint64> chosenStreet() const;
    void changed();

    std::optional<core::Database> m_db;
    QTabWidget *m_tabs = nullptr;
    QDateEdit *m_month = nullptr;
    QComboBox *m_street = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_asOf = nullptr; // "截至 12月1日" while the month shown is still running
    AttendanceGridModel *m_model = nullptr;
    QList<QLabel *> m_legendLabels; // one per status: its mark and word
    AttendanceGridView *m_view = nullptr;
    AttendanceListPage *m_list = nullptr;
    bool m_stale = true;      // the grid must be read again
    bool m_listStale = false; // the list must count again (the grid changed records)
};

} // namespace ui
