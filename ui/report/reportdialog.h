// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/database.h"
#include "core/purchaserreport.h"
#include "preparedreport.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;

namespace ui::report {

// 报告: the report for the purchaser of one contract (from the Contracts page) or of the scope
// and months a chart shows (from the Charts page). The user picks the period and the as-of day,
// then previews it, or saves it as PDF or XLSX. The figures are computed on a worker thread
// with its own connection; printing (fonts, charts) then runs on the GUI thread.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    // `custom`: a run of days that is not a calendar period (the months a chart shows), offered
    // as the first choice; else the period of `request` is preselected.
    ReportDialog(const core::Database &db, const core::ReportRequest &request, QWidget *parent = nullptr);

    // The report of the contract, for the quarter running today (or the term's last quarter when
    // it has ended, its first when it has not begun).
    static core::ReportRequest forContract(const core::Database &db, qint64 contractId, QDate today);

    core::ReportRequest request() const;
    // Computes the report (a progress dialog while it takes); nullopt after an error (shown) or Cancel.
    std::optional<PreparedReport> prepare();
    // What the buttons do; true when a file was written.
    void preview();
    bool savePdf(const QString &path);
    bool saveXlsx(const QString &path);

    // How the dialog asks for a file to write (title, suggested name, filter). Tests replace it.
    using FileChooser = std::function<QString(const QString &title, const QString &suggested, const QString &filter)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    // Errors go to a message box unless a test catches them.
    using ErrorSink = std::function<void(const QString &message)>;
    void setErrorSink(ErrorSink sink) { m_showError = std::move(sink); }

private:
    void fillIndexes();
    void askAndSave(bool pdf);
    QString suggestedName(const QString &suffix) const;

    core::Database m_db;
    core::ReportRequest m_base; // scope, contract; the custom days
    bool m_custom = false;
    QString m_name; // the contract's code or the scope's name, for file names
    QLabel *m_scope = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_index = nullptr;
    QDateEdit *m_asOf = nullptr;
    FileChooser m_chooseFile;
    ErrorSink m_showError;
};

// Opens the dialog for a contract / for a scope and a run of months; returns when it closes.
void showContractReport(QWidget *parent, const core::Database &db, qint64 contractId);
void showScopeReport(QWidget *parent, const core::Database &db, const core::Scope &scope, QDate firstMonth,
                     QDate lastMonth);

} // namespace ui::report
