// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/settings.h"
#include "ui/page.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace ui {

class AttendanceLegendEditor;
class AttendanceRuleEditor;
class CalendarEditor;
class MoneyEdit;

// 设置: the agency's settings and the work calendar.
class SettingsPage : public Page
{
    Q_OBJECT
public:
    explicit SettingsPage(QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("settings"); }
    QString title() const override { return tr("Settings"); }
    void setDatabase(const core::Database &db) override;
    void refresh() override;

    // What the form holds now; the problem shown beneath it (empty when it can be saved).
    core::Settings current() const;
    QString problem() const;

public slots:
    bool save();

private:
    void display(const core::Settings &settings);
    void revalidate();

    std::optional<core::Database> m_db;
    core::Settings m_loaded;
    QLineEdit *m_agency = nullptr;
    QComboBox *m_overheadKind = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    MoneyEdit *m_fixed = nullptr;
    QSpinBox *m_contractDays = nullptr;
    QSpinBox *m_unsupervisedDays = nullptr;
    QSpinBox *m_pendingDays = nullptr;
    QTimeEdit *m_workStart = nullptr;
    QTimeEdit *m_workEnd = nullptr;
    MoneyEdit *m_wage = nullptr;
    QSpinBox *m_excellent = nullptr;
    QSpinBox *m_good = nullptr;
    QSpinBox *m_pass = nullptr;
    QSpinBox *m_minDays = nullptr;
    AttendanceRuleEditor *m_rule = nullptr;
    AttendanceLegendEditor *m_legend = nullptr;
    QSpinBox *m_backupKeep = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    CalendarEditor *m_calendar = nullptr;
};

} // namespace ui
