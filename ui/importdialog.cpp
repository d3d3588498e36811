// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "importdialog.h"

#include "background.h"
#include "recorddialog.h"

#include <QBrush>
#include <QColor>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMultiMap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

QString outcomeText(core::io::RowOutcome outcome)
{
    switch (outcome) {
    case core::io::RowOutcome::New:
        return ImportPreviewDialog::tr("New");
    case core::io::RowOutcome::Existing:
        return ImportPreviewDialog::tr("Already there");
    case core::io::RowOutcome::Conflict:
        return ImportPreviewDialog::tr("Conflict");
    case core::io::RowOutcome::Error:
        return ImportPreviewDialog::tr("Error");
    }
    return {};
}

QString kindTitle(core::io::ImportKind kind)
{
    return kind == core::io::ImportKind::Attendance ? ImportPreviewDialog::tr("Import attendance")
                                                    : ImportPreviewDialog::tr("Import work log");
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const core::io::ImportPlan &plan, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importPreview"));
    setWindowTitle(tr("%1 — %2").arg(kindTitle(plan.kind), QFileInfo(plan.path).fileName()));
    auto *layout = new QVBoxLayout(this);
    const QLocale locale;
    auto *counts = new QLabel(tr("%1 rows: %2 new, %3 already there, %4 conflicts, %5 errors.")
                                  .arg(locale.toString(plan.rowCount()), locale.toString(plan.newRows),
                                       locale.toString(plan.existingRows), locale.toString(plan.conflictRows),
                                       locale.toString(plan.errorRows)),
                              this);
    counts->setObjectName(QStringLiteral("counts"));
    QFont bold = counts->font();
    bold.setBold(true);
    counts->setFont(bold);
    layout->addWidget(counts);
    // A monthly grid: what each sheet held.
    if (!plan.sheets.isEmpty()) {
        auto *sheets = new QLabel(plan.sheets.join(QLatin1Char('\n')), this);
        sheets->setObjectName(QStringLiteral("sheets"));
        sheets->setWordWrap(true);
        layout->addWidget(sheets);
    }
    // A million bad rows: the first of each kind are listed below, and a count of each here.
    if (const QStringList summary = plan.problemSummary(); !summary.isEmpty()) {
        auto *kinds = new QLabel(summary.join(QLatin1Char('\n')), this);
        kinds->setObjectName(QStringLiteral("problemCounts"));
        kinds->setWordWrap(true);
        layout->addWidget(kinds);
    }
    if (plan.blocked()) {
        auto *hint = new QLabel(tr("Rows with conflicts or errors are never written. Correct the file and import "
                                   "again, or import the other rows and skip the bad ones."),
                                this);
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }

    // Problems by row; row 0 is about the whole file.
    QMultiMap<int, core::io::ImportProblem> byRow;
    for (const core::io::ImportProblem &problem : plan.problems)
        byRow.insert(problem.row, problem);
    auto describe = [&byRow](int row) {
        QStringList texts;
        const auto problems = byRow.values(row);
        for (auto it = problems.crbegin(); it != problems.crend(); ++it) // values() is newest first
            texts << (it->column.isEmpty() ? it->reason : tr("%1: %2").arg(it->column, it->reason));
        return texts.join(QStringLiteral("; "));
    };

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("rows"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Row"), tr("Outcome"), tr("Date"), tr("Problems")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const bool fileProblems = byRow.contains(0);
    m_table->setRowCount(int(plan.rows.size()) + (fileProblems ? 1 : 0)); // the plan's sample
    int r = 0;
    auto put = [this](int row, int column, const QString &text, bool bad) {
        auto *item = new QTableWidgetItem(text);
        if (bad)
            item->setForeground(QColor(0xC6, 0x28, 0x28));
        m_table->setItem(row, column, item);
    };
    if (fileProblems) {
        put(r, 0, QString(), true);
        put(r, 1, tr("Whole file"), true);
        put(r, 2, QString(), true);
        put(r, 3, describe(0), true);
        ++r;
    }
    for (const core::io::ImportPlan::Row &row : plan.rows) {
        const bool bad = row.outcome == core::io::RowOutcome::Conflict || row.outcome == core::io::RowOutcome::Error;
        put(r, 0, locale.toString(row.fileRow), bad);
        put(r, 1, outcomeText(row.outcome), bad);
        put(r, 2, row.day.isValid() ? locale.toString(row.day, QLocale::ShortFormat) : QString(), bad);
        put(r, 3, describe(row.fileRow), bad);
        ++r;
    }
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(!plan.blocked() && plan.newRows > 0);
    m_skip = buttons->addButton(tr("Import, &skipping bad rows"), QDialogButtonBox::ActionRole);
    m_skip->setObjectName(QStringLiteral("skipButton"));
    m_skip->setEnabled(plan.blocked() && plan.newRows > 0);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_import, &QPushButton::clicked, this, [this] {
        m_choice = ImportAll;
        accept();
    });
    connect(m_skip, &QPushButton::clicked, this, [this] {
        m_choice = SkipBad;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 520);
}

std::optional<core::io::ImportResult> importFile(QWidget *parent, const core::Database &db, core::io::ImportKind kind,
                                                 const QString &file)
{
    const QString title = kindTitle(kind);

    // 1. The plan, on a worker thread with its own connection.
    QDate month; // a monthly grid's month, asked for when the file does not say
    std::optional<core::io::ImportPlan> plan;
    for (;;) {
        BackgroundTask reading{title,
                               ImportPreviewDialog::tr("Reading and checking %1…").arg(QFileInfo(file).fileName())};
        reading.lateResultCounts = false; // a plan writes nothing: Cancel means no preview
        const auto planned = runInBackground<core::io::ImportPlan>(
            parent, reading, db, [&kind, &file, month](const core::Database &own, const JobProgress &progress) {
                core::io::ImportOptions options;
                options.progress = progress.percent();
                options.cancel = progress.cancelFlag();
                options.month = month;
                return core::io::Importer(own).plan(kind, file, options);
            });
        if (planned) {
            if (!planned.value())
                return std::nullopt;
            plan = *planned.value();
            break;
        }
        // A monthly grid that does not say its month: ask for it, then read again.
        if (kind == core::io::ImportKind::Attendance && !month.isValid() &&
            planned.error().message.contains(QStringLiteral("--month"))) {
            bool ok = false;
            const QString text = QInputDialog::getText(
                parent, title,
                ImportPreviewDialog::tr("This is a monthly attendance grid that does not say its month.\nWhich "
                                        "month is it (yyyy-MM)?"),
                QLineEdit::Normal, QDate::currentDate().addMonths(-1).toString(u"yyyy-MM"), &ok);
            month = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM"));
            if (ok && month.isValid())
                continue;
        }
        showError(parent, title, planned.error());
        return std::nullopt;
    }

    // 2. The preview.
    ImportPreviewDialog preview(*plan, parent);
    if (preview.exec() != QDialog::Accepted || preview.choice() == ImportPreviewDialog::Cancelled)
        return std::nullopt;
    const bool skipBad = preview.choice() == ImportPreviewDialog::SkipBad;

    // 3. The write: one transaction, on a worker thread. Rows it committed before it saw Cancel
    // are reported as written.
    const auto written = runInBackground<core::io::ImportResult>(
        parent, {title, ImportPreviewDialog::tr("Writing %n row(s)…", nullptr, plan->newRows)}, db,
        [&plan, skipBad](const core::Database &own, const JobProgress &progress) {
            core::io::ImportOptions options;
            options.skipBad = skipBad;
            options.progress = progress.percent();
            options.cancel = progress.cancelFlag();
            return core::io::Importer(own).write(*plan, options);
        });
    if (written && !written.value()) {
        QMessageBox::information(parent, title,
                                 ImportPreviewDialog::tr("The import was cancelled; nothing was written."));
        return std::nullopt;
    }
    if (!written) {
        showError(parent, title, written.error());
        return std::nullopt;
    }
    const core::io::ImportResult result = *written.value();
    const QLocale locale;
    QString text =
        ImportPreviewDialog::tr("%1 rows written, %2 already there, %3 bad rows skipped.")
            .arg(locale.toString(result.written), locale.toString(result.existing), locale.toString(result.skipped));
    if (result.meanwhile > 0) // checked again inside the write: someone else was quicker
        text += QLatin1Char('\n') + ImportPreviewDialog::tr("Another import wrote %n of these rows since the preview; "
                                                            "they were not written twice.",
                                                            nullptr, result.meanwhile);
    QMessageBox::information(parent, title, text);
    return result;
}

} // namespace ui
