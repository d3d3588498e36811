// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/result.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace ui {

// The add/edit dialog of a record. A subclass puts its fields into form(), calls watch() on
// each, says in problem() what keeps the input from being saved (OK stays disabled and the
// reason shows beneath, as the user types), and writes through core in save(). A refusal from
// core is shown in a warning and the dialog stays open with the user's input.
class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecordDialog(const QString &title, QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }
    // Why OK is disabled, empty when it is not (tests read it).
    QString shownProblem() const;

public slots:
    void accept() override;
    // Checks the input again; called on every change of a watched field.
    void revalidate();

protected:
    // Empty when the input can be saved, else what is wrong and how to fix it (translated).
    virtual QString problem() const = 0;
    // Writes the record; an error keeps the dialog open.
    virtual core::Status save() = 0;
    // Revalidates whenever `field` (line edit, text edit, combo, spin box, date edit, check box) changes.
    void watch(QWidget *field);
    void showEvent(QShowEvent *event) override;

private:
    QFormLayout *m_form = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// Shows core's refusal as a warning, titled with what the user tried.
void showError(QWidget *parent, const QString &action, const core::Error &error);

} // namespace ui
