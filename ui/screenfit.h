// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include <QRect>
#include <QSize>

class QApplication;
class QWidget;

namespace ui {

// Windows and dialogs fit the screen they open on: a 1280×720 laptop (1280×680 with a task bar)
// as well as a 2560×1440 desktop monitor.

// The part of the screen a window may use: the available geometry (without task bars) of the
// screen `widget` is on, or will open on (its parent's), else of the primary screen.
QRect availableArea(const QWidget *widget);

// Resizes the top-level `window` to `wanted`, made smaller where the screen is smaller (title
// bar and frame included), and moves it inside the screen's available area.
void fitToScreen(QWidget *window, QSize wanted);

// Makes every dialog that is about to be shown fit the screen (Qt's print preview and file
// dialogs included): a dialog asking for more than the screen has gets the screen.
void installScreenFit(QApplication &application);

} // namespace ui
