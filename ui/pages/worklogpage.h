// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/worklog.h"
#include "ui/listpage.h"
#include "ui/recorddialog.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ui {

// Hours as typed ("1.5", "1,5", "1:30", "2") in minutes (90), nullopt when unreadable or ≤ 0.
std::optional<int> parseHours(const QString &text);
// Minutes as the lists show them ("1:30").
QString formatHours(int minutes);

// The add/edit dialog of a work log entry.
class WorkLogDialog : public RecordDialog
{
    Q_OBJECT
public:
    WorkLogDialog(const core::Database &db, const core::WorkLogEntry &entry, QWidget *parent = nullptr);
    core::WorkLogEntry collect() const;
    QComboBox *workerField() const { return m_worker; }
    QLineEdit *hoursField() const { return m_hours; }

protected:
    QString problem() const override;
    core::Status save() override;

private:
    core::WorkLogRepository m_repo;
    core::WorkLogEntry m_entry;
    QComboBox *m_worker = nullptr;
    QDateEdit *m_day = nullptr;
    QLineEdit *m_hours = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_note = nullptr;
};

// Quick entry above the list: worker, date, hours, category, note; Enter adds the entry and
// keeps the worker and date for the next one.
class WorkLogQuickEntry : public QWidget
{
    Q_OBJECT
public:
    explicit WorkLogQuickEntry(QWidget *parent = nullptr);
    void setDatabase(const core::Database &db);
    void reloadWorkers();

    QComboBox *workerField() const { return m_worker; }
    QDateEdit *dayField() const { return m_day; }
    QLineEdit *hoursField() const { return m_hours; }
    QComboBox *categoryField() const { return m_category; }
    QLineEdit *noteField() const { return m_note; }

public slots:
    // Adds the entry through core; on a refusal the message shows beside the row and the input stays.
    bool add();

signals:
    void added(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::optional<core::Database> m_db;
    QComboBox *m_worker = nullptr;
    QDateEdit *m_day = nullptr;
    QLineEdit *m_hours = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_message = nullptr;
};

// A worker's month of work log: per day the hours by category, the professional and
// administrative totals and the administrative share (行政化).
class WorkerMonthDialog : public QDialog
{
    Q_OBJECT
public:
    WorkerMonthDialog(const core::Database &db, qint64 workerId, QDate month, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QLabel *totals() const { return m_totals; }
    void reload();

private:
    core::Database m_db;
    QComboBox *m_worker = nullptr;
    QDateEdit *m_month = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_totals = nullptr;
};

// 工作日志 Work log: the lazy list with filters, quick entry and the worker-month view.
class WorkLogPage : public ListPage
{
    Q_OBJECT
public:
    explicit WorkLogPage(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("worklog"); }
    QString title() const override { return tr("Work log"); }

    void setDatabase(const core::Database &db) override;
    void refresh() override;
    WorkLogQuickEntry *quickEntry() const { return m_quick; }

public slots:
    void showWorkerMonth();

protected:
    SourceFactory sourceFactory() const override;
    bool createRecord() override;
    bool editRecord(qint64 id) override;
    core::Status removeRecord(qint64 id) override;
    QString describe(const core::ListRow &row) const override;

private:
    WorkLogQuickEntry *m_quick = nullptr;
};

} // namespace ui
