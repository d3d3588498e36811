// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/rubric.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace ui {

// 考核模板: the rubric templates, edited together and written when OK is pressed. The weight
// sum shows as the user types; OK stays disabled until every template is valid (its weights
// adding up to 100 among others). Evaluations keep their own copy of the items, so editing or
// removing a template never changes an evaluation already made.
class RubricDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column {
        NameZhColumn,
        NameEnColumn,
        DimensionColumn,
        WeightColumn,
        MethodColumn,
        TargetColumn,
        StandardColumn,
        ColumnCount
    };

    explicit RubricDialog(const core::Database &db, QWidget *parent = nullptr);

    QListWidget *templateList() const { return m_list; }
    QTableWidget *itemsTable() const { return m_items; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *okButton() const { return m_ok; }
    QString weightText() const;
    QString shownProblem() const;
    // Sets the weight of item `row` of the template shown (tests drive the dialog through it).
    void setWeight(int row, int weight);

public slots:
    void addTemplate();
    void removeTemplate();
    void makeDefault();
    void addItem();
    void removeItem();
    void accept() override;

private:
    void showTemplate(int index);
    // Reads the editor into m_templates[m_current].
    void collect();
    void addItemRow(const core::RubricItem &item);
    void fillList();
    void revalidate();
    QString problem() const;

    core::RubricRepository m_repo;
    QList<core::RubricTemplate> m_templates;
    QList<bool> m_dirty;
    QList<qint64> m_removed;
    int m_current = -1;
    bool m_quiet = false;

    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QTableWidget *m_items = nullptr;
    QLabel *m_weights = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_removeTemplate = nullptr;
    QPushButton *m_default = nullptr;
};

} // namespace ui
