// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/attendance.h"
#include "core/attendancelegend.h"
#include "core/calendar.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTableView>

#include <optional>

namespace ui {

// The monthly sign-in grid (月度考勤表) as a table: column 0 the worker, then one column per day
// of the month, then the row's totals. Cells store through core as they are set.
class AttendanceGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The totals follow the attendance rule (core::AttendanceRule) and count up to the grid's
    // as-of day: attended, excused, against (recorded), required, rate.
    enum TotalColumn { Present, Excused, Absences, Required, Rate, TotalCount };

    explicit AttendanceGridModel(QObject *parent = nullptr);

    // Reads the month (any day of it) for `streetId` (or all streets), its totals as of `asOf`.
    // The grid stays empty on an error.
    core::Status load(const core::Database &db, QDate month, std::optional<qint64> streetId,
                      QDate asOf = QDate::currentDate());
    void clear();
    QDate month() const { return m_grid.first; }
    // The last day the totals count (the as-of day in a running month), and whether the month runs.
    QDate countedTo() const { return m_grid.countedTo; }
    bool isRunning() const { return m_grid.running(); }
    const core::AttendanceRule &rule() const { return m_grid.rule; }
    int dayCount() const { return m_grid.first.isValid() ? m_grid.first.daysInMonth() : 0; }

    // The day a column shows, invalid for the worker and total columns.
    QDate dayAt(int column) const;
    int columnOf(QDate day) const { return day.isValid() ? day.day() : -1; }
    int firstTotalColumn() const { return 1 + dayCount(); }
    qint64 workerAt(int row) const;
    QString workerNameAt(int row) const;
    int rowOfWorker(qint64 workerId) const;
    // A required working day inside the worker's placement: the cells one may type into.
    bool isEditable(const QModelIndex &index) const;
    bool isWorkday(QDate day) const { return m_workdays.contains(day); }
    bool isMakeUpDay(QDate day) const { return m_makeUp.contains(day); }
    bool isHoliday(QDate day) const { return m_holidays.contains(day); }
    bool inPlacement(int row, QDate day) const;
    std::optional<core::AttendanceStatus> statusAt(int row, QDate day) const;
    const core::AttendanceMonthGrid::Row &rowData(int row) const { return m_grid.rows.at(row); }

    // Stores `status` (or removes the record when nullopt) for the cell, through core, and
    // updates the row's totals. Core's refusal comes back unchanged.
    core::Status setStatus(const QModelIndex &index, std::optional<core::AttendanceStatus> status);
    // Re-reads the month as it is (after a fill).
    core::Status reload();

    // What a cell shows for a status: under Chinese the legend's mark (√ 迟 退 …), else the letter.
    QString markOf(core::AttendanceStatus status) const;
    // The status typed: a legend mark, a letter or a status word; nullopt when none.
    std::optional<core::AttendanceStatus> statusOfText(const QString &text) const;
    const core::AttendanceLegend &legend() const { return m_legend; }
    // Why a cell cannot take a record (translated), empty when it can.
    QString whyNotEditable(const QModelIndex &index) const;

    // The colour of a status in the grid and its legend.
    static QColor colour(core::AttendanceStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Span
    {
        QDate start, end;
    };
    QVariant totalData(int row, int total, int role) const;
    QString tooltip(int row, QDate day) const;
    // Counts (sign = +1) or uncounts (-1) a record in the row's totals, as core's month() does.
    void count(core::AttendanceMonthGrid::Row &row, QDate day, core::AttendanceStatus status, int sign) const;

    std::optional<core::Database> m_db;
    std::optional<qint64> m_streetId;
    QDate m_asOf;
    core::AttendanceMonthGrid m_grid;
    QList<QList<Span>> m_spans; // per row: the placements (at the street) overlapping the month
    QSet<QDate> m_workdays, m_holidays, m_makeUp;
    QHash<QDate, QString> m_dayNames; // the names of holidays and make-up days
    core::AttendanceLegend m_legend = core::AttendanceLegend::defaults();
};

// The grid's view: narrow day columns; typing a status letter stores it in the selected
// cells, Delete clears them, the context menu lists every status with its label.
class AttendanceGridView : public QTableView
{
    Q_OBJECT
public:
    explicit AttendanceGridView(QWidget *parent = nullptr);
    void setGridModel(AttendanceGridModel *model);
    AttendanceGridModel *gridModel() const { return m_model; }
    // Applies `status` (nullopt clears) to the selected editable cells; core's refusal shows in a message.
    void applyToSelection(std::optional<core::AttendanceStatus> status);
    // Sizes the columns to the month (call after a load).
    void fitColumns();
    // Stores the status a typed text names (a mark, a letter); says why when it cannot. True when known.
    bool typeText(const QString &text);
    // The last "cannot record here" message shown (for tests).
    QString lastRefusal() const { return m_lastRefusal; }
    // The last warning about a record that was taken (business out on a day off).
    QString lastWarning() const { return m_lastWarning; }

signals:
    // Something was stored (the page tells the other pages).
    void edited();
    void fillRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;

private:
    void showMenu(const QPoint &position);
    AttendanceGridModel *m_model = nullptr;
    QString m_lastRefusal;
    QString m_lastWarning;
};

} // namespace ui
