// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/money.h"

#include <QDate>
#include <QLineEdit>
#include <QWidget>

#include <optional>

class QCheckBox;
class QDateEdit;

namespace ui {

// A date that may be absent (a leaving date, a signing date): a check box switches it on.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(const QString &label, QWidget *parent = nullptr);
    // Invalid when switched off.
    QDate date() const;
    void setDate(QDate date); // invalid switches it off

signals:
    void changed();

private:
    QCheckBox *m_on = nullptr;
    QDateEdit *m_date = nullptr;
};

// A date edit in the program's yyyy-MM-dd format with a calendar popup.
QDateEdit *newDateEdit(QDate date, QWidget *parent);

// An amount of money in yuan ("30000", "30,000.00", "¥30,000"); money() is nullopt while unreadable.
class MoneyEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit MoneyEdit(QWidget *parent = nullptr);
    std::optional<core::Money> money() const;
    void setMoney(core::Money money);
};

} // namespace ui
