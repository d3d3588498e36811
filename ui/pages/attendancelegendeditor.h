// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/attendancelegend.h"

#include <QWidget>

class QTableWidget;

namespace ui {

// 图例: the sign-in grid's mark and word for each attendance status (√ 出勤, 迟 迟到 …), as the
// grid shows them under Chinese and the exported sheet prints them. One row per status.
class AttendanceLegendEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AttendanceLegendEditor(QWidget *parent = nullptr);
    void setLegend(const core::AttendanceLegend &legend);
    core::AttendanceLegend legend() const;
    QTableWidget *table() const { return m_table; }

signals:
    void changed();

private:
    QTableWidget *m_table = nullptr;
};

} // namespace ui
