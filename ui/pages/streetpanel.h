// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/database.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace ui {

class LazyTableModel;

// Beside the streets list: the selected street's departments (科室), editable in place, and
// its posts (岗位) in every contract with who holds each today; a vacant post stands out.
class StreetPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StreetPanel(QWidget *parent = nullptr);

    void setDatabase(const core::Database &db);
    // Shows street `id` (0 = none selected).
    void showStreet(qint64 id);
    qint64 streetId() const { return m_streetId; }

    QListWidget *departments() const { return m_departments; }
    QTableView *posts() const { return m_posts; }
    LazyTableModel *postModel() const { return m_postModel; }

public slots:
    void addDepartment();
    void renameDepartment();
    void removeDepartment();
    void addPost();
    void removePost();
    void showHistory();

signals:
    // Something was written: the page re-reads its list, other pages refresh later.
    void changed();
    // Open the Placements page on the post's placements.
    void placementsRequested(qint64 postId);

private:
    void reloadDepartments();
    void updateButtons();
    qint64 currentDepartment() const;
    qint64 currentPost() const;

    std::optional<core::Database> m_db;
    qint64 m_streetId = 0;
    QLabel *m_title;
    QListWidget *m_departments;
    QPushButton *m_addDepartment, *m_renameDepartment, *m_removeDepartment;
    QTableView *m_posts;
    LazyTableModel *m_postModel;
    QLabel *m_postSummary;
    QPushButton *m_addPost, *m_removePost, *m_history;
};

} // namespace ui
