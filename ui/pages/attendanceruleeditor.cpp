// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "attendanceruleeditor.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>

namespace ui {

namespace {
const core::AttendanceClass kClasses[] = {core::AttendanceClass::Attended, core::AttendanceClass::Excused,
                                          core::AttendanceClass::Against};
}

AttendanceRuleEditor::AttendanceRuleEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("attendanceRule"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int c = 0; c < 3; ++c) {
        auto *head = new QLabel(QStringLiteral("<b>%1</b>").arg(core::label(kClasses[c]).toHtmlEscaped()), this);
        grid->addWidget(head, 0, c + 1, Qt::AlignHCenter);
    }
    int row = 1;
    for (core::AttendanceStatus s : core::allValues<core::AttendanceStatus>()) {
        grid->addWidget(new QLabel(core::label(s), this), row, 0);
        auto *group = new QButtonGroup(this);
        for (int c = 0; c < 3; ++c) {
            auto *button = new QRadioButton(this);
            button->setObjectName(QStringLiteral("%1_%2").arg(core::code(s)).arg(c));
            button->setAccessibleName(QStringLiteral("%1: %2").arg(core::label(s), core::label(kClasses[c])));
            group->addButton(button, c);
            grid->addWidget(button, row, c + 1, Qt::AlignHCenter);
        }
        connect(group, &QButtonGroup::idClicked, this, [this] {
            showLine();
            emit changed();
        });
        m_groups.insert(s, group);
        ++row;
    }
    m_line = new QLabel(this);
    m_line->setObjectName(QStringLiteral("ruleLine"));
    m_line->setWordWrap(true);
    grid->addWidget(m_line, row, 0, 1, 4);
    grid->setColumnStretch(0, 1);
    setRule(core::AttendanceRule());
}

void AttendanceRuleEditor::setRule(const core::AttendanceRule &rule)
{
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        const QSignalBlocker block(it.value());
        for (int c = 0; c < 3; ++c)
            if (kClasses[c] == rule.classOf(it.key()))
                it.value()->button(c)->setChecked(true);
    }
    showLine();
}

core::AttendanceRule AttendanceRuleEditor::rule() const
{
    core::AttendanceRule rule;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        const int c = it.value()->checkedId();
        if (c >= 0 && c < 3)
            rule.set(it.key(), kClasses[c]);
    }
    return rule;
}

void AttendanceRuleEditor::choose(core::AttendanceStatus status, core::AttendanceClass cls)
{
    for (int c = 0; c < 3; ++c)
        if (kClasses[c] == cls)
            m_groups.value(status)->button(c)->click();
}

void AttendanceRuleEditor::showLine()
{
    m_line->setText(rule().describe());
}

} // namespace ui
