// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/setupprogress.h"

#include <QFrame>

#include <array>
#include <optional>

class QLabel;

namespace ui {

// 开始使用: the checklist the Overview shows on a new file — purchaser → contract with its
// streets → social workers → placements → the first month's attendance. Each step is a link
// that opens the dialog where it is done (on the page where such records live) and ticks
// itself once done; the whole list goes once every step is done.
class FirstSteps : public QFrame
{
    Q_OBJECT
public:
    enum Step { Purchaser, Contract, Workers, Placements, Attendance };
    static constexpr int kSteps = 5;

    explicit FirstSteps(QWidget *parent = nullptr);

    // Keeps the file; refresh() reads it.
    void setDatabase(const core::Database &db);
    // Reads the file again: ticks the steps done, hides the list once all are.
    void refresh();

    const core::SetupProgress &progress() const { return m_progress; }
    bool isDone(Step step) const;
    // The line of a step (its link, or its ticked title); tests read and click it.
    QLabel *stepLabel(Step step) const { return m_labels.at(step); }

public slots:
    // What the step's link does: opens the dialog (or page) where the step is done.
    void activate(ui::FirstSteps::Step step);

signals:
    // A step wrote something: the Overview computes its figures again.
    void changed();

private:
    void openAdd(const QString &pageKey);
    void showSteps();

    std::optional<core::Database> m_db;
    core::SetupProgress m_progress;
    QLabel *m_intro = nullptr;
    std::array<QLabel *, kSteps> m_marks{};
    std::array<QLabel *, kSteps> m_labels{};
};

} // namespace ui
