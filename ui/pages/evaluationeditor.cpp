// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "evaluationeditor.h"

#include "core/rubric.h"
#include "ui/fields.h"
#include "ui/recorddialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ui {

namespace {
QString scoreText(const std::optional<double> &score)
{
    return score ? QLocale().toString(*score, 'f', 1) : QString();
}

bool sameScore(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::abs(*a - *b) < 0.05;
}

// Who unlocks: the account's name is the best the program knows of the person at the desk.
QString currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}
} // namespace

EvaluationEditor::EvaluationEditor(const core::Database &db, qint64 evaluationId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_repo(db)
    , m_id(evaluationId)
    , m_scale(core::GradeScale::fromSettings(db))
{
    setWindowTitle(tr("Evaluation"));
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("header"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    m_lockLine = new QLabel(this);
    m_lockLine->setObjectName(QStringLiteral("lockLine"));
    m_lockLine->setWordWrap(true);
    m_lockLine->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    layout->addWidget(m_lockLine);

    m_items = new QTableWidget(0, ColumnCount, this);
    m_items->setObjectName(QStringLiteral("items"));
    m_items->setHorizontalHeaderLabels({tr("Item"), tr("Weight"), tr("Data from the records"), tr("Proposed"),
                                        tr("Self score"), tr("Supervisor's score"),
                                        tr("Reason for a different score")});
    m_items->verticalHeader()->setVisible(false);
    m_items->horizontalHeader()->setStretchLastSection(true);
    m_items->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_items->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_items->setWordWrap(false);

    auto *texts = new QWidget(this);
    auto *form = new QFormLayout(texts);
    form->setContentsMargins(0, 0, 0, 0);
    m_comments = new QPlainTextEdit(texts);
    m_comments->setObjectName(QStringLiteral("comments"));
    m_summary = new QPlainTextEdit(texts);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summaryOn = new OptionalDateEdit(tr("submitted"), texts);
    form->addRow(tr("Supervisor's &comments"), m_comments);
    form->addRow(tr("&Work summary"), m_summary);
    form->addRow(tr("Summary &date"), m_summaryOn);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_items);
    splitter->addWidget(texts);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("total"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    layout->addWidget(m_total);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_finalise = buttons->addButton(tr("&Finalise…"), QDialogButtonBox::ActionRole);
    m_unlock = buttons->addButton(tr("&Unlock…"), QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    m_save->setDefault(true);
    layout->addWidget(buttons);

    connect(m_save, &QPushButton::clicked, this, &EvaluationEditor::save);
    connect(m_finalise, &QPushButton::clicked, this, &EvaluationEditor::finalise);
    connect(m_unlock, &QPushButton::clicked, this, &EvaluationEditor::unlock);
    connect(close, &QPushButton::clicked, this, &EvaluationEditor::reject);
    connect(m_items, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            updateState();
    });
    connect(m_comments, &QPlainTextEdit::textChanged, this, &EvaluationEditor::updateState);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &EvaluationEditor::updateState);
    connect(m_summaryOn, &OptionalDateEdit::changed, this, &EvaluationEditor::updateState);

    load();
    resize(1100, 680);
}

void EvaluationEditor::load()
{
    auto evaluation = m_repo.get(m_id);
    if (!evaluation) {
        m_header->setText(evaluation.error().message);
        m_readOnly = true;
        m_evaluation = core::Evaluation();
        m_evaluation.id = m_id;
        fillItems();
        updateState();
        return;
    }
    m_evaluation = evaluation.value();
    m_readOnly = m_evaluation.status == core::EvaluationStatus::Final;
    auto sheet = m_repo.sheetData(m_id);
    const QString street = sheet ? sheet.value().street : QString();
    m_header->setText(tr("%1 · %2 · %3 · %4 · supervisor: %5 · template: %6")
                          .arg(m_evaluation.workerName, m_evaluation.period.label(),
                               street.isEmpty() ? tr("no street") : street, core::label(m_evaluation.status),
                               m_evaluation.supervisorName.isEmpty() ? tr("none") : m_evaluation.supervisorName,
                               m_evaluation.templateName));
    setWindowTitle(tr("Evaluation – %1, %2").arg(m_evaluation.workerName, m_evaluation.period.label()));
    if (m_readOnly)
        m_lockLine->setText(tr("This evaluation was finalised on %1 and cannot change. Use Unlock… (with a reason, "
                               "which is recorded) to take it back to a draft.")
                                .arg(core::isoDate(m_evaluation.finalisedOn)));
    else if (m_evaluation.unlockCount > 0)
        m_lockLine->setText(
            tr("A draft again: unlocked %n time(s) after it was finalised.", nullptr, m_evaluation.unlockCount));
    else
        m_lockLine->setText(QString());
    m_lockLine->setVisible(!m_lockLine->text().isEmpty());

    const QSignalBlocker b1(m_comments), b2(m_summary), b3(m_summaryOn);
    m_comments->setPlainText(m_evaluation.comments);
    m_summary->setPlainText(m_evaluation.workSummary);
    m_summaryOn->setDate(m_evaluation.summaryOn);
    m_comments->setReadOnly(m_readOnly);
    m_summary->setReadOnly(m_readOnly);
    m_summaryOn->setEnabled(!m_readOnly);
    fillItems();
    updateState();
}

void EvaluationEditor::fillItems()
{
    m_filling = true;
    m_items->setRowCount(int(m_evaluation.items.size()));
    const auto fixed = [](const QString &text) {
        auto *cell = new QTableWidgetItem(text);
        cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        return cell;
    };
    const auto editable = [this](const QString &text) {
        auto *cell = new QTableWidgetItem(text);
        cell->setFlags(m_readOnly ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                  : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        return cell;
    };
    for (int row = 0; row < m_evaluation.items.size(); ++row) {
        const core::EvaluationItem &item = m_evaluation.items.at(row);
        QString name = item.name();
        if (!item.dimension.isEmpty())
            name = core::dimensionLabel(item.dimension) + QStringLiteral(" · ") + name;
        QTableWidgetItem *nameCell = fixed(name);
        nameCell->setToolTip(item.standard);
        m_items->setItem(row, ItemColumn, nameCell);
        QTableWidgetItem *weight = fixed(QString::number(item.weight));
        weight->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_items->setItem(row, WeightColumn, weight);
        m_items->setItem(row, DataColumn, fixed(item.dataText));
        QTableWidgetItem *proposed = fixed(item.proposedScore ? scoreText(item.proposedScore) : tr("by judgement"));
        proposed->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_items->setItem(row, ProposedColumn, proposed);
        for (int column : {SelfColumn, ScoreColumn}) {
            QTableWidgetItem *cell = editable(scoreText(column == SelfColumn ? item.selfScore : item.score));
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cell->setToolTip(tr("0 to 100; leave empty for not scored yet"));
            m_items->setItem(row, column, cell);
        }
        m_items->setItem(row, ReasonColumn, editable(item.overrideReason));
    }
    m_items->resizeColumnsToContents();
    m_items->setColumnWidth(DataColumn, std::min(m_items->columnWidth(DataColumn), 260));
    m_items->setColumnWidth(ItemColumn, std::min(m_items->columnWidth(ItemColumn), 220));
    m_filling = false;
}

std::optional<std::optional<double>> EvaluationEditor::parseScore(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::optional<double>();
    bool ok = false;
    double value = QLocale().toDouble(t, &ok);
    if (!ok)
        value = t.toDouble(&ok); // "85.5" also reads where the decimal separator is a comma
    if (!ok || value < 0 || value > 100)
        return std::nullopt;
    return std::optional<double>(core::EvaluationRepository::round1(value));
}

QString EvaluationEditor::cellText(int row, int column) const
{
    const QTableWidgetItem *cell = m_items->item(row, column);
    return cell ? cell->text() : QString();
}

std::optional<double> EvaluationEditor::cellScore(int row, int column) const
{
    const auto parsed = parseScore(cellText(row, column));
    return parsed ? *parsed : std::nullopt;
}

QString EvaluationEditor::problem() const
{
    if (m_readOnly)
        return {};
    for (int row = 0; row < m_evaluation.items.size(); ++row) {
        const core::EvaluationItem &item = m_evaluation.items.at(row);
        for (int column : {SelfColumn, ScoreColumn}) {
            if (!parseScore(cellText(row, column)))
                return tr("“%1”: a score is a number from 0 to 100 (or empty while not scored).").arg(item.name());
        }
        const std::optional<double> score = cellScore(row, ScoreColumn);
        const bool overridden = item.proposedScore && !sameScore(score, item.proposedScore);
        if (overridden && cellText(row, ReasonColumn).trimmed().isEmpty())
            return tr("The records propose %1 for “%2”; say why you score it differently.")
                .arg(scoreText(item.proposedScore), item.name());
    }
    return {};
}

QString EvaluationEditor::shownProblem() const
{
    return m_problem->text();
}

QString EvaluationEditor::totalText() const
{
    return m_total->text();
}

bool EvaluationEditor::hasUnsavedChanges() const
{
    if (m_readOnly)
        return false;
    for (int row = 0; row < m_evaluation.items.size(); ++row) {
        const core::EvaluationItem &item = m_evaluation.items.at(row);
        const auto self = parseScore(cellText(row, SelfColumn));
        const auto score = parseScore(cellText(row, ScoreColumn));
        if (!self || !score || !sameScore(*self, item.selfScore) || !sameScore(*score, item.score) ||
            cellText(row, ReasonColumn).trimmed() != item.overrideReason)
            return true;
    }
    return m_comments->toPlainText().trimmed() != m_evaluation.comments.trimmed() ||
           m_summary->toPlainText().trimmed() != m_evaluation.workSummary.trimmed() ||
           (!m_summary->toPlainText().trimmed().isEmpty() && m_summaryOn->date() != m_evaluation.summaryOn);
}

void EvaluationEditor::updateState()
{
    // The total as core computes it: Σ score × weight / 100, one decimal; unscored items count 0.
    double total = 0;
    int unscored = 0;
    for (int row = 0; row < m_evaluation.items.size(); ++row) {
        const std::optional<double> score = cellScore(row, ScoreColumn);
        if (score)
            total += *score * m_evaluation.items.at(row).weight / 100.0;
        else
            ++unscored;
    }
    total = core::EvaluationRepository::round1(total);
    QString text =
        tr("Total %1 · grade %2").arg(QLocale().toString(total, 'f', 1), core::label(m_scale.gradeFor(total)));
    if (unscored)
        text += QLatin1Char(' ') + tr("(%n item(s) not scored yet)", nullptr, unscored);
    m_total->setText(text);

    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_save->setEnabled(!m_readOnly && why.isEmpty() && hasUnsavedChanges());
    m_finalise->setEnabled(!m_readOnly && why.isEmpty() && !m_evaluation.items.isEmpty());
    m_unlock->setEnabled(m_readOnly && m_evaluation.status == core::EvaluationStatus::Final);
}

bool EvaluationEditor::save()
{
    if (m_readOnly || !problem().isEmpty())
        return false;
    // Each change goes through core's rules; the summary first, as it re-proposes the summary items.
    const auto fail = [this](const core::Status &status) {
        // The input stays for the user to correct; saving again repeats what was written already.
        showError(this, tr("Save the evaluation"), status.error());
        m_wrote = true;
        return false;
    };
    const QString summary = m_summary->toPlainText().trimmed();
    if (summary != m_evaluation.workSummary.trimmed() ||
        (!summary.isEmpty() && m_summaryOn->date() != m_evaluation.summaryOn)) {
        if (core::Status s = m_repo.setWorkSummary(m_id, summary, m_summaryOn->date()); !s)
            return fail(s);
        m_wrote = true;
        // The summary items may have new proposed scores: compare the scores against those.
        auto fresh = m_repo.get(m_id);
        if (fresh)
            for (int row = 0; row < m_evaluation.items.size() && row < fresh.value().items.size(); ++row)
                m_evaluation.items[row].proposedScore = fresh.value().items.at(row).proposedScore;
    }
    for (int row = 0; row < m_evaluation.items.size(); ++row) {
        const core::EvaluationItem &item = m_evaluation.items.at(row);
        const std::optional<double> self = cellScore(row, SelfColumn);
        if (!sameScore(self, item.selfScore)) {
            if (core::Status s = m_repo.setSelfScore(item.id, self); !s)
                return fail(s);
            m_wrote = true;
        }
        const std::optional<double> score = cellScore(row, ScoreColumn);
        const QString reason = cellText(row, ReasonColumn).trimmed();
        if (!sameScore(score, item.score) || reason != item.overrideReason) {
            if (core::Status s = m_repo.setItemScore(item.id, score, reason); !s)
                return fail(s);
            m_wrote = true;
        }
    }
    if (m_comments->toPlainText().trimmed() != m_evaluation.comments.trimmed()) {
        if (core::Status s = m_repo.setComments(m_id, m_comments->toPlainText().trimmed()); !s)
            return fail(s);
        m_wrote = true;
    }
    load();
    return true;
}

void EvaluationEditor::finalise()
{
    if (m_readOnly)
        return;
    if (hasUnsavedChanges() && !save())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Finalise the evaluation"),
        tr("Finalise the evaluation of %1 for %2 with a total of %3? A final evaluation cannot change unless it is "
           "unlocked with a reason.")
            .arg(m_evaluation.workerName, m_evaluation.period.label(), QLocale().toString(m_evaluation.total, 'f', 1)));
    if (answer != QMessageBox::Yes)
        return;
    if (core::Status s = m_repo.finalise(m_id, QDate::currentDate()); !s) {
        showError(this, tr("Finalise the evaluation"), s.error());
        return;
    }
    m_wrote = true;
    load();
}

void EvaluationEditor::unlock()
{
    if (m_evaluation.status != core::EvaluationStatus::Final)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Unlock the evaluation"),
                                                 tr("Why must the final evaluation change? The reason is recorded."),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (core::Status s = m_repo.unlock(m_id, reason, currentUser(), QDate::currentDate()); !s) {
        showError(this, tr("Unlock the evaluation"), s.error());
        return;
    }
    m_wrote = true;
    load();
}

void EvaluationEditor::reject()
{
    if (hasUnsavedChanges()) {
        const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                                  tr("Save the changes to this evaluation before closing?"),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !save())
            return;
    }
    if (m_wrote)
        QDialog::accept(); // the page re-reads the list
    else
        QDialog::reject();
}

} // namespace ui
