// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/attendancerule.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QLabel;

namespace ui {

// 出勤规则: one row per attendance status, one choice per class (attended / excused / against),
// and the rule's one line beneath, as every sheet prints it.
class AttendanceRuleEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AttendanceRuleEditor(QWidget *parent = nullptr);
    void setRule(const core::AttendanceRule &rule);
    core::AttendanceRule rule() const;
    // The choice of a status's class, for tests: clicks that button.
    void choose(core::AttendanceStatus status, core::AttendanceClass cls);

signals:
    void changed();

private:
    void showLine();
    QHash<core::AttendanceStatus, QButtonGroup *> m_groups;
    QLabel *m_line = nullptr;
};

} // namespace ui
