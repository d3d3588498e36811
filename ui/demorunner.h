// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/demo.h"

class QWidget;

namespace ui {

// Fills the file at `path` with demo data on a worker thread with its own connection, while a
// progress dialog with a Cancel button keeps the window responsive. A new file that ends up
// cancelled or failed is removed again. nullopt in the result's value means the user cancelled.
core::Result<std::optional<core::DemoStats>> generateDemo(QWidget *parent, const QString &path,
                                                          const core::DemoOptions &options = {});

} // namespace ui
