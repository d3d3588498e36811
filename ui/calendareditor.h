// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/calendar.h"

#include <QWidget>

#include <optional>

class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ui {

// 工作日历 editor: the days of a year that differ from Monday–Friday (public holidays and
// make-up working days), with add/edit/remove and the official arrangements we ship.
class CalendarEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarEditor(QWidget *parent = nullptr);
    void setDatabase(const core::Database &db);
    void setYear(int year);
    int year() const;
    int dayCount() const; // rows shown (tests)

public slots:
    void addDay();
    void editDay();
    void removeDay();
    // Applies the official arrangements of the year (overwriting the same days' entries).
    void loadOfficial();

private:
    void reload();
    void updateButtons();
    bool editSpecialDay(core::Calendar::SpecialDay day, bool isNew);

    std::optional<core::Database> m_db;
    QList<core::Calendar::SpecialDay> m_days;
    QSpinBox *m_year = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_official = nullptr;
};

} // namespace ui
