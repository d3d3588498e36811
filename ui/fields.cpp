// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "fields.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace ui {

QDateEdit *newDateEdit(QDate date, QWidget *parent)
{
    auto *edit = new QDateEdit(date.isValid() ? date : QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

OptionalDateEdit::OptionalDateEdit(const QString &label, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_on = new QCheckBox(label, this);
    m_date = newDateEdit(QDate::currentDate(), this);
    m_date->setEnabled(false);
    layout->addWidget(m_on);
    layout->addWidget(m_date, 1);
    connect(m_on, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_on, &QCheckBox::toggled, this, &OptionalDateEdit::changed);
    connect(m_date, &QDateEdit::dateChanged, this, &OptionalDateEdit::changed);
}

QDate OptionalDateEdit::date() const
{
    return m_on->isChecked() ? m_date->date() : QDate();
}

void OptionalDateEdit::setDate(QDate date)
{
    m_on->setChecked(date.isValid());
    if (date.isValid())
        m_date->setDate(date);
}

MoneyEdit::MoneyEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setPlaceholderText(tr("yuan, e.g. 30000.00"));
}

std::optional<core::Money> MoneyEdit::money() const
{
    return core::Money::parse(text());
}

void MoneyEdit::setMoney(core::Money money)
{
    setText(money.toPlainString());
}

} // namespace ui
