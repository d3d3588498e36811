// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "attendancelegendeditor.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

AttendanceLegendEditor::AttendanceLegendEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<core::AttendanceStatus> statuses = core::allValues<core::AttendanceStatus>();
    m_table = new QTableWidget(int(statuses.size()), 3, this);
    m_table->setObjectName(QStringLiteral("attendanceLegend"));
    m_table->setHorizontalHeaderLabels({tr("Status"), tr("Mark"), tr("Word")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < statuses.size(); ++r) {
        auto *status = new QTableWidgetItem(core::label(statuses.at(r)));
        status->setFlags(Qt::ItemIsEnabled);
        status->setData(Qt::UserRole, int(statuses.at(r)));
        m_table->setItem(r, 0, status);
        m_table->setItem(r, 1, new QTableWidgetItem);
        m_table->setItem(r, 2, new QTableWidgetItem);
    }
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * (int(statuses.size()) + 1) + 8);
    layout->addWidget(m_table);
    auto *note = new QLabel(tr("The marks the monthly grid shows under Chinese and the exported sign-in sheet "
                               "prints; a file's own legend row (注：…) wins when it is imported. The letters "
                               "P L E A S C N B are always understood."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    connect(m_table, &QTableWidget::itemChanged, this, &AttendanceLegendEditor::changed);
}

void AttendanceLegendEditor::setLegend(const core::AttendanceLegend &legend)
{
    const QSignalBlocker block(m_table);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const auto status = core::AttendanceStatus(m_table->item(r, 0)->data(Qt::UserRole).toInt());
        QString mark, word;
        for (const auto &e : legend.entries)
            if (e.status == status) {
                mark = e.mark;
                word = e.word;
                break;
            }
        m_table->item(r, 1)->setText(mark);
        m_table->item(r, 2)->setText(word);
    }
}

core::AttendanceLegend AttendanceLegendEditor::legend() const
{
    core::AttendanceLegend legend;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString mark = m_table->item(r, 1)->text().trimmed();
        if (mark.isEmpty())
            continue; // the status's letter only
        const auto status = core::AttendanceStatus(m_table->item(r, 0)->data(Qt::UserRole).toInt());
        const QString word = m_table->item(r, 2)->text().trimmed();
        legend.entries.append({mark, word.isEmpty() ? core::label(status) : word, status});
    }
    return legend;
}

} // namespace ui
