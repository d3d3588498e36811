// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "rubricdialog.h"

#include "ui/choices.h"
#include "ui/recorddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

RubricDialog::RubricDialog(const core::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_repo(db)
{
    setWindowTitle(tr("Rubric templates"));
    auto *layout = new QHBoxLayout(this);

    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templates"));
    left->addWidget(m_list, 1);
    auto *addTemplateButton = new QPushButton(tr("&New template"), this);
    m_removeTemplate = new QPushButton(tr("&Remove template"), this);
    m_default = new QPushButton(tr("Make &default"), this);
    m_default->setToolTip(tr("New evaluations use the default template unless another is chosen"));
    left->addWidget(addTemplateButton);
    left->addWidget(m_removeTemplate);
    left->addWidget(m_default);
    layout->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    form->addRow(tr("Template &name"), m_name);
    right->addLayout(form);
    m_items = new QTableWidget(0, ColumnCount, this);
    m_items->setObjectName(QStringLiteral("items"));
    m_items->setHorizontalHeaderLabels({tr("Name (Chinese)"), tr("Name (English)"), tr("Dimension"), tr("Weight %"),
                                        tr("Scored by"), tr("Monthly target"), tr("Scoring standard")});
    m_items->verticalHeader()->setVisible(false);
    m_items->horizontalHeader()->setStretchLastSection(true);
    right->addWidget(m_items, 1);
    auto *itemButtons = new QHBoxLayout;
    auto *addItemButton = new QPushButton(tr("Add &item"), this);
    auto *removeItemButton = new QPushButton(tr("Remove i&tem"), this);
    m_weights = new QLabel(this);
    m_weights->setObjectName(QStringLiteral("weights"));
    itemButtons->addWidget(addItemButton);
    itemButtons->addWidget(removeItemButton);
    itemButtons->addStretch(1);
    itemButtons->addWidget(m_weights);
    right->addLayout(itemButtons);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    right->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    right->addWidget(buttons);
    layout->addLayout(right, 4);

    connect(buttons, &QDialogButtonBox::accepted, this, &RubricDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RubricDialog::reject);
    connect(addTemplateButton, &QPushButton::clicked, this, &RubricDialog::addTemplate);
    connect(m_removeTemplate, &QPushButton::clicked, this, &RubricDialog::removeTemplate);
    connect(m_default, &QPushButton::clicked, this, &RubricDialog::makeDefault);
    connect(addItemButton, &QPushButton::clicked, this, &RubricDialog::addItem);
    connect(removeItemButton, &QPushButton::clicked, this, &RubricDialog::removeItem);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_quiet)
            return;
        collect();
        showTemplate(row);
    });
    connect(m_name, &QLineEdit::textEdited, this, &RubricDialog::revalidate);
    connect(m_items, &QTableWidget::itemChanged, this, [this] {
        if (!m_quiet)
            revalidate();
    });

    auto all = m_repo.list();
    if (!all)
        m_problem->setText(all.error().message);
    else
        m_templates = all.value();
    for (int i = 0; i < m_templates.size(); ++i)
        m_dirty << false;
    fillList();
    if (!m_templates.isEmpty())
        m_list->setCurrentRow(0);
    revalidate();
    resize(1100, 560);
}

void RubricDialog::fillList()
{
    m_quiet = true;
    const int row = m_list->currentRow();
    m_list->clear();
    for (const core::RubricTemplate &t : m_templates)
        m_list->addItem(choices::rubricLabel(t));
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
    m_quiet = false;
}

void RubricDialog::addItemRow(const core::RubricItem &item)
{
    const int row = m_items->rowCount();
    m_items->insertRow(row);
    m_items->setItem(row, NameZhColumn, new QTableWidgetItem(item.nameZh));
    m_items->setItem(row, NameEnColumn, new QTableWidgetItem(item.nameEn));
    m_items->setItem(row, StandardColumn, new QTableWidgetItem(item.standard));
    auto *dimension = new QComboBox(m_items);
    dimension->addItem(tr("(none)"), QString());
    for (const char16_t d : {u'德', u'能', u'勤', u'绩', u'廉'})
        dimension->addItem(core::dimensionLabel(QString(QChar(d))), QString(QChar(d)));
    int found = dimension->findData(item.dimension);
    if (found < 0 && !item.dimension.isEmpty()) {
        dimension->addItem(item.dimension, item.dimension);
        found = dimension->count() - 1;
    }
    dimension->setCurrentIndex(std::max(found, 0));
    m_items->setCellWidget(row, DimensionColumn, dimension);
    auto *weight = new QSpinBox(m_items);
    weight->setRange(0, 100);
    weight->setValue(item.weight);
    m_items->setCellWidget(row, WeightColumn, weight);
    auto *method = new QComboBox(m_items);
    for (core::ScoringMethod m : core::allValues<core::ScoringMethod>())
        method->addItem(core::label(m), int(m));
    method->setCurrentIndex(std::max(method->findData(int(item.method)), 0));
    m_items->setCellWidget(row, MethodColumn, method);
    auto *target = new QDoubleSpinBox(m_items);
    target->setRange(0, 1000);
    target->setDecimals(1);
    target->setValue(item.target);
    m_items->setCellWidget(row, TargetColumn, target);
    connect(dimension, &QComboBox::currentIndexChanged, this, &RubricDialog::revalidate);
    connect(weight, &QSpinBox::valueChanged, this, &RubricDialog::revalidate);
    connect(method, &QComboBox::currentIndexChanged, this, &RubricDialog::revalidate);
    connect(target, &QDoubleSpinBox::valueChanged, this, &RubricDialog::revalidate);
}

void RubricDialog::showTemplate(int index)
{
    m_quiet = true;
    m_current = index;
    m_items->setRowCount(0);
    const bool valid = index >= 0 && index < m_templates.size();
    m_name->setEnabled(valid);
    m_items->setEnabled(valid);
    m_name->setText(valid ? m_templates.at(index).name : QString());
    if (valid)
        for (const core::RubricItem &item : m_templates.at(index).items)
            addItemRow(item);
    m_items->resizeColumnsToContents();
    m_quiet = false;
    revalidate();
}

void RubricDialog::collect()
{
    if (m_current < 0 || m_current >= m_templates.size())
        return;
    core::RubricTemplate t = m_templates.at(m_current);
    t.name = m_name->text().trimmed();
    QList<core::RubricItem> items;
    for (int row = 0; row < m_items->rowCount(); ++row) {
        core::RubricItem item = row < t.items.size() ? t.items.at(row) : core::RubricItem();
        item.position = row + 1;
        item.nameZh = m_items->item(row, NameZhColumn) ? m_items->item(row, NameZhColumn)->text().trimmed() : QString();
        item.nameEn = m_items->item(row, NameEnColumn) ? m_items->item(row, NameEnColumn)->text().trimmed() : QString();
        item.standard =
            m_items->item(row, StandardColumn) ? m_items->item(row, StandardColumn)->text().trimmed() : QString();
        item.dimension = static_cast<QComboBox *>(m_items->cellWidget(row, DimensionColumn))->currentData().toString();
        item.weight = static_cast<QSpinBox *>(m_items->cellWidget(row, WeightColumn))->value();
        item.method = core::ScoringMethod(
            static_cast<QComboBox *>(m_items->cellWidget(row, MethodColumn))->currentData().toInt());
        item.target = static_cast<QDoubleSpinBox *>(m_items->cellWidget(row, TargetColumn))->value();
        items << item;
    }
    t.items = items;
    // Compare what matters, so that merely looking at a template does not rewrite it.
    const core::RubricTemplate &old = m_templates.at(m_current);
    bool same = old.name == t.name && old.items.size() == t.items.size();
    for (int i = 0; same && i < t.items.size(); ++i) {
        const core::RubricItem &a = old.items.at(i), &b = t.items.at(i);
        same = a.nameZh == b.nameZh && a.nameEn == b.nameEn && a.dimension == b.dimension && a.weight == b.weight &&
               a.method == b.method && qFuzzyCompare(a.target + 1, b.target + 1) && a.standard == b.standard;
    }
    if (!same) {
        m_templates[m_current] = t;
        m_dirty[m_current] = true;
    }
}

void RubricDialog::setWeight(int row, int weight)
{
    if (auto *spin = qobject_cast<QSpinBox *>(m_items->cellWidget(row, WeightColumn)))
        spin->setValue(weight);
}

QString RubricDialog::weightText() const
{
    return m_weights->text();
}

QString RubricDialog::shownProblem() const
{
    return m_problem->text();
}

QString RubricDialog::problem() const
{
    for (int i = 0; i < m_templates.size(); ++i) {
        if (core::Status s = core::RubricRepository::validate(m_templates.at(i)); !s)
            return m_templates.size() > 1 ? tr("%1: %2").arg(m_templates.at(i).name, s.error().message)
                                          : s.error().message;
    }
    return {};
}

void RubricDialog::revalidate()
{
    if (m_quiet)
        return;
    collect();
    int sum = 0;
    for (int row = 0; row < m_items->rowCount(); ++row)
        sum += static_cast<QSpinBox *>(m_items->cellWidget(row, WeightColumn))->value();
    m_weights->setText(m_current >= 0 ? tr("Weights add up to %1 of 100").arg(sum) : QString());
    m_weights->setStyleSheet(sum == 100 ? QString() : QStringLiteral("color: #b00020;"));
    const QString why = problem();
    m_problem->setText(why);
    m_ok->setEnabled(why.isEmpty());
    m_removeTemplate->setEnabled(m_current >= 0);
    m_default->setEnabled(m_current >= 0 && !m_templates.at(m_current).isDefault);
    if (m_current >= 0 && m_current < m_list->count()) {
        const core::RubricTemplate &t = m_templates.at(m_current);
        m_list->item(m_current)->setText(choices::rubricLabel(t));
    }
}

void RubricDialog::addTemplate()
{
    collect();
    core::RubricTemplate t;
    t.name = tr("New template %1").arg(m_templates.size() + 1);
    core::RubricItem item;
    item.nameZh = tr("Overall performance");
    item.weight = 100;
    t.items << item;
    m_templates << t;
    m_dirty << true;
    fillList();
    m_list->setCurrentRow(int(m_templates.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void RubricDialog::removeTemplate()
{
    if (m_current < 0)
        return;
    const core::RubricTemplate &t = m_templates.at(m_current);
    if (t.isDefault) {
        QMessageBox::information(
            this, tr("Remove template"),
            tr("“%1” is the default template. Make another template the default first.").arg(t.name));
        return;
    }
    if (t.id)
        m_removed << t.id;
    const int index = m_current;
    m_current = -1; // nothing to collect from the editor of a removed template
    m_templates.removeAt(index);
    m_dirty.removeAt(index);
    fillList();
    m_quiet = true;
    m_list->setCurrentRow(std::min(index, int(m_templates.size()) - 1));
    m_quiet = false;
    showTemplate(m_list->currentRow());
}

void RubricDialog::makeDefault()
{
    if (m_current < 0)
        return;
    collect();
    for (int i = 0; i < m_templates.size(); ++i)
        m_templates[i].isDefault = i == m_current;
    m_dirty[m_current] = true; // saving it takes the mark from the others
    fillList();
    revalidate();
}

void RubricDialog::addItem()
{
    if (m_current < 0)
        return;
    core::RubricItem item;
    addItemRow(item);
    m_items->setCurrentCell(m_items->rowCount() - 1, NameZhColumn);
    m_items->editItem(m_items->item(m_items->rowCount() - 1, NameZhColumn));
    revalidate();
}

void RubricDialog::removeItem()
{
    const int row = m_items->currentRow();
    if (m_current < 0 || row < 0)
        return;
    m_items->removeRow(row);
    revalidate();
}

void RubricDialog::accept()
{
    collect();
    if (!problem().isEmpty())
        return;
    for (qint64 id : std::as_const(m_removed)) {
        if (core::Status s = m_repo.remove(id); !s) {
            showError(this, tr("Remove template"), s.error());
            return;
        }
    }
    m_removed.clear();
    // The default last, so that its mark is the one that stays.
    QList<int> order;
    for (int i = 0; i < m_templates.size(); ++i)
        if (m_dirty.at(i))
            (m_templates.at(i).isDefault ? order.append(i) : order.prepend(i));
    for (int i : order) {
        core::RubricTemplate &t = m_templates[i];
        if (t.id) {
            if (core::Status s = m_repo.update(t); !s) {
                showError(this, tr("Save template “%1”").arg(t.name), s.error());
                return;
            }
        } else {
            auto id = m_repo.add(t);
            if (!id) {
                showError(this, tr("Save template “%1”").arg(t.name), id.error());
                return;
            }
            t.id = id.value();
        }
        m_dirty[i] = false;
    }
    QDialog::accept();
}

} // namespace ui
