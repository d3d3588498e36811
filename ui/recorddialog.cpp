// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "recorddialog.h"

#include "fields.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ui {

RecordDialog::RecordDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xB0, 0x20, 0x20));
    m_problem->setPalette(palette);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
}

QString RecordDialog::shownProblem() const
{
    return m_problem->text();
}

void RecordDialog::showEvent(QShowEvent *event)
{
    revalidate();
    QDialog::showEvent(event);
}

void RecordDialog::watch(QWidget *field)
{
    auto again = [this] {
        revalidate();
    };
    if (auto *line = qobject_cast<QLineEdit *>(field))
        connect(line, &QLineEdit::textChanged, this, again);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        connect(text, &QPlainTextEdit::textChanged, this, again);
    else if (auto *combo = qobject_cast<QComboBox *>(field))
        connect(combo, &QComboBox::currentIndexChanged, this, again);
    else if (auto *date = qobject_cast<QDateTimeEdit *>(field))
        connect(date, &QDateTimeEdit::dateTimeChanged, this, again);
    else if (auto *spin = qobject_cast<QSpinBox *>(field))
        connect(spin, &QSpinBox::valueChanged, this, again);
    else if (auto *real = qobject_cast<QDoubleSpinBox *>(field))
        connect(real, &QDoubleSpinBox::valueChanged, this, again);
    else if (auto *optional = qobject_cast<OptionalDateEdit *>(field))
        connect(optional, &OptionalDateEdit::changed, this, again);
    else if (auto *button = qobject_cast<QAbstractButton *>(field))
        connect(button, &QAbstractButton::toggled, this, again);
}

void RecordDialog::revalidate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void RecordDialog::accept()
{
    revalidate();
    if (!problem().isEmpty())
        return;
    const core::Status saved = save();
    if (!saved) {
        showError(this, windowTitle(), saved.error());
        return;
    }
    QDialog::accept();
}

void showError(QWidget *parent, const QString &action, const core::Error &error)
{
    QMessageBox::warning(parent, action, error.message);
}

} // namespace ui
