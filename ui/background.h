// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace ui {

// Long work (import, export) runs on a worker thread while a window-modal progress dialog
// with a Cancel button keeps the window responsive. The job gets a progress callback (0..100,
// callable from its thread) and the cancel flag; it must open its own database connection.
using BackgroundJob = std::function<void(const std::function<void(int)> &progress, const std::atomic_bool *cancel)>;

// Runs `job` and returns when it has finished; false when the user pressed Cancel (the job
// has still finished: it should have stopped early and written nothing).
bool runInBackground(QWidget *parent, const QString &title, const QString &label, const BackgroundJob &job);

} // namespace ui
