// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include <QChar>
#include <QSet>
#include <QString>

class QApplication;
class QWidget;

namespace ui::mnemonics {

// The keyboard mnemonics (Alt+letter) of a dialog or page, made to work in every language.
//
// - A label with a mnemonic ("购买方(&P)") works only with a buddy; without one Qt prints the "&".
//   Form labels get the field of their row as buddy (the first widget of a field that is a layout,
//   e.g. a combo with a "New…" button beside it), other labels the widget that follows them; a
//   label with nothing to point at loses its mnemonic instead of showing "&".
// - Two controls on one dialog must not claim one letter (名称(&N) and 工号(&N)): Alt+N would only
//   cycle between them. The first claimant keeps its letter; a later one moves to a free letter of
//   its own text ("S&tart" → "St&art"), else to the first free letter ("备注(&O)" → "备注(&B)").
//   Translators pick letters without seeing the other strings of the dialog; this keeps them apart.
// `reserved`: letters taken elsewhere (the window's menus, for a page).
void fix(QWidget *root, const QSet<QChar> &reserved = {});

// The mnemonic of `text` ("&Name" → N, "名称(&N)" → N), upper case; null when none ("&&" is an ampersand).
QChar of(const QString &text);

// Applies fix() to every OneStreet dialog as it is shown, and to every page with the main
// window's menu letters reserved.
void install(QApplication &application);

} // namespace ui::mnemonics
