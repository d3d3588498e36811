// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/io/importer.h"

#include <QDialog>

#include <optional>

class QPushButton;
class QTableWidget;

namespace ui {

// The preview of an import (导入预览): the counts, every row with its outcome (new / already
// there / conflict / error) and its problems. Import is offered only when nothing is wrong;
// "Import, skipping bad rows" has to be chosen explicitly.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { Cancelled, ImportAll, SkipBad };

    ImportPreviewDialog(const core::io::ImportPlan &plan, QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }
    QTableWidget *table() const { return m_table; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *skipButton() const { return m_skip; }

private:
    Choice m_choice = Cancelled;
    QTableWidget *m_table = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_skip = nullptr;
};

// The whole import of `file` into the file at `databasePath` (or, for an in-memory file in tests,
// `db` on the GUI thread): plan off the GUI thread, preview, write off the GUI thread, a message
// saying what was written. The result when something was written, nullopt when cancelled or failed
// (the failure has been shown).
std::optional<core::io::ImportResult> importFile(QWidget *parent, const core::Database &db, core::io::ImportKind kind,
                                                 const QString &file);

} // namespace ui
