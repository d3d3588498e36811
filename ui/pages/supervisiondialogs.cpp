// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "supervisiondialogs.h"

#include "core/period.h"
#include "core/supervisor.h"
#include "ui/choices.h"
#include "ui/fields.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

QPlainTextEdit *newTextField(const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    // Three lines visible: enough for a paragraph, and the dialog still fits a laptop screen.
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 14);
    return edit;
}

QString nameOf(const FilterBar::Choices &choices, std::optional<qint64> id)
{
    if (!id)
        return {};
    for (const auto &[i, name] : choices)
        if (i == *id)
            return name;
    return {};
}

} // namespace

WorkerChecklist::WorkerChecklist(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("workerSearch"));
    m_search->setPlaceholderText(tr("Find a worker…"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    layout->addLayout(top);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("workers"));
    m_list->setMinimumHeight(120);
    layout->addWidget(m_list, 1);
    connect(m_search, &QLineEdit::textChanged, this, &WorkerChecklist::filter);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateCount();
        emit changed();
    });
}

void WorkerChecklist::setWorkers(const FilterBar::Choices &workers, const QList<qint64> &checked)
{
    QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const auto &[id, name] : workers) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    filter();
    updateCount();
}

QList<qint64> WorkerChecklist::checkedIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

void WorkerChecklist::setChecked(qint64 workerId, bool checked)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == workerId)
            m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void WorkerChecklist::filter()
{
    // Ticked workers stay visible, so that narrowing the list never hides a choice made.
    const QString text = m_search->text().trimmed();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!text.isEmpty() && item->checkState() != Qt::Checked &&
                        !item->text().contains(text, Qt::CaseInsensitive));
    }
}

void WorkerChecklist::updateCount()
{
    m_count->setText(tr("%n chosen", nullptr, int(checkedIds().size())));
}

SupervisionDialog::SupervisionDialog(const core::Database &db, const core::SupervisionSession &session, QWidget *parent)
    : RecordDialog(session.id ? tr("Edit supervision session") : tr("New supervision session"), parent)
    , m_repo(db)
    , m_session(session)
{
    m_supervisor = new QComboBox(this);
    m_supervisor->setObjectName(QStringLiteral("supervisor"));
    FilterBar::Choices supervisors;
    if (const auto list = core::SupervisorRepository(db).list())
        for (const core::Supervisor &s : list.value())
            supervisors.append({s.id, s.name});
    choices::fill(m_supervisor, supervisors, session.supervisorId);
    m_date = newDateEdit(session.heldOn.isValid() ? session.heldOn : QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("heldOn"));
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setSingleStep(15);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(session.minutes);
    m_form = new QComboBox(this);
    m_form->setObjectName(QStringLiteral("form"));
    for (core::SupervisionForm f : core::allValues<core::SupervisionForm>())
        m_form->addItem(core::label(f), core::code(f));
    m_form->setCurrentIndex(std::max(0, m_form->findData(core::code(session.form))));
    m_workers = new WorkerChecklist(this);
    // An old session may name workers who have left since; a new one is for those employed.
    m_workers->setWorkers(choices::workers(db, session.id != 0), session.workerIds);
    m_topics = newTextField(QStringLiteral("topics"), this);
    m_topics->setPlainText(session.topics);
    m_issues = newTextField(QStringLiteral("issues"), this);
    m_issues->setPlainText(session.issues);
    m_advice = newTextField(QStringLiteral("advice"), this);
    m_advice->setPlainText(session.advice);

    form()->addRow(tr("&Supervisor"), m_supervisor);
    form()->addRow(tr("&Date"), m_date);
    form()->addRow(tr("&Length"), m_minutes);
    form()->addRow(tr("&Form"), m_form);
    form()->addRow(tr("&Workers"), m_workers);
    form()->addRow(tr("&Topics"), m_topics);
    form()->addRow(tr("&Issues raised"), m_issues);
    form()->addRow(tr("&Advice given"), m_advice);

    for (QWidget *w : std::initializer_list<QWidget *>{m_supervisor, m_date, m_minutes, m_form, m_topics})
        watch(w);
    connect(m_workers, &WorkerChecklist::changed, this, &RecordDialog::revalidate);
    resize(560, 680);
}

core::SupervisionSession SupervisionDialog::collect() const
{
    core::SupervisionSession s = m_session;
    s.supervisorId = m_supervisor->currentData().toLongLong();
    s.heldOn = m_date->date();
    s.minutes = m_minutes->value();
    s.form = core::fromCode<core::SupervisionForm>(m_form->currentData().toString())
                 .value_or(core::SupervisionForm::Individual);
    s.workerIds = m_workers->checkedIds();
    s.topics = m_topics->toPlainText().trimmed();
    s.issues = m_issues->toPlainText().trimmed();
    s.advice = m_advice->toPlainText().trimmed();
    return s;
}

QString SupervisionDialog::problem() const
{
    if (m_supervisor->count() == 0)
        return tr("There is no supervisor yet. Add the agency's supervisors on the Settings page first.");
    const core::SupervisionSession s = collect();
    if (s.workerIds.isEmpty())
        return tr("Tick at least one social worker who attended the session.");
    if (s.form == core::SupervisionForm::Individual && s.workerIds.size() > 1)
        return tr("An individual session is with one worker; %1 are ticked. Tick one worker, or choose the group "
                  "form.")
            .arg(s.workerIds.size());
    return {};
}

core::Status SupervisionDialog::save()
{
    const core::SupervisionSession s = collect();
    if (s.id)
        return m_repo.update(s);
    const auto added = m_repo.add(s);
    if (!added)
        return added.error();
    m_session.id = added.value();
    return {};
}

FollowUpDialog::FollowUpDialog(const core::Database &db, const core::FollowUp &followUp,
                               const FilterBar::Choices &attendees, QDate sessionDate, QWidget *parent)
    : RecordDialog(followUp.id ? tr("Edit follow-up") : tr("New follow-up"), parent)
    , m_repo(db)
    , m_followUp(followUp)
    , m_sessionDate(sessionDate)
{
    m_action = new QLineEdit(followUp.action, this);
    m_action->setObjectName(QStringLiteral("action"));
    m_action->setPlaceholderText(tr("e.g. write the case assessment again, using the new template"));
    m_worker = new QComboBox(this);
    m_worker->setObjectName(QStringLiteral("worker"));
    FilterBar::Choices list{{0, tr("(the whole group)")}};
    list.append(attendees);
    // One attendee: the follow-up is theirs; else the whole group until someone is chosen.
    choices::fill(m_worker, list,
                  followUp.workerId.value_or(attendees.size() == 1 && !followUp.id ? attendees[0].first : 0));
    const QDate start = sessionDate.isValid() ? std::max(sessionDate, QDate::currentDate()) : QDate::currentDate();
    m_due = newDateEdit(followUp.dueOn.isValid() ? followUp.dueOn : start.addDays(14), this);
    m_due->setObjectName(QStringLiteral("due"));
    m_done = new OptionalDateEdit(tr("done on"), this);
    m_done->setObjectName(QStringLiteral("done"));
    m_done->setDate(followUp.doneOn);

    form()->addRow(tr("&Action"), m_action);
    form()->addRow(tr("&Worker"), m_worker);
    form()->addRow(tr("D&ue"), m_due);
    form()->addRow(tr("D&one"), m_done);
    for (QWidget *w : std::initializer_list<QWidget *>{m_action, m_worker, m_due, m_done})
        watch(w);
    resize(480, sizeHint().height());
}

core::FollowUp FollowUpDialog::collect() const
{
    core::FollowUp f = m_followUp;
    f.action = m_action->text().trimmed();
    const qint64 worker = m_worker->currentData().toLongLong();
    f.workerId = worker ? std::optional<qint64>(worker) : std::nullopt;
    f.dueOn = m_due->date();
    f.doneOn = m_done->date();
    return f;
}

QString FollowUpDialog::problem() const
{
    const core::FollowUp f = collect();
    if (f.action.isEmpty())
        return tr("Enter what is to be done.");
    if (m_sessionDate.isValid() && f.dueOn < m_sessionDate)
        return tr("The follow-up cannot be due before its session (%1).").arg(core::isoDate(m_sessionDate));
    if (m_sessionDate.isValid() && f.doneOn.isValid() && f.doneOn < m_sessionDate)
        return tr("The follow-up cannot be done before its session (%1).").arg(core::isoDate(m_sessionDate));
    return {};
}

core::Status FollowUpDialog::save()
{
    const core::FollowUp f = collect();
    if (f.id)
        return m_repo.updateFollowUp(f);
    const auto added = m_repo.addFollowUp(f);
    return added ? core::Status() : core::Status(added.error());
}

FollowUpPanel::FollowUpPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("followUps"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Worker"), tr("Due"), tr("Done")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("followUpAdd"));
    m_edit = new QPushButton(tr("Ed&it…"), this);
    m_edit->setObjectName(QStringLiteral("followUpEdit"));
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("followUpRemove"));
    m_doneToday = new QPushButton(tr("Done &today"), this);
    m_doneToday->setObjectName(QStringLiteral("followUpDone"));
    m_doneToday->setToolTip(tr("Mark the selected follow-up as done today"));
    for (QPushButton *b : {m_add, m_edit, m_remove, m_doneToday})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &FollowUpPanel::addFollowUp);
    connect(m_edit, &QPushButton::clicked, this, &FollowUpPanel::editFollowUp);
    connect(m_remove, &QPushButton::clicked, this, &FollowUpPanel::removeFollowUp);
    connect(m_doneToday, &QPushButton::clicked, this, &FollowUpPanel::markDoneToday);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &FollowUpPanel::editFollowUp);
    connect(m_table, &QTableWidget::currentCellChanged, this, &FollowUpPanel::updateButtons);
    showSession(0);
}

QColor FollowUpPanel::overdueColor()
{
    return QColor(0xF8, 0xD7, 0xD3);
}

void FollowUpPanel::setDatabase(const core::Database &db)
{
    m_db = db;
    showSession(0);
}

void FollowUpPanel::showSession(qint64 id)
{
    m_sessionId = m_db ? id : 0;
    m_sessionDate = {};
    m_attendees.clear();
    if (m_sessionId) {
        const auto session = core::SupervisionRepository(*m_db).get(m_sessionId);
        if (session) {
            m_sessionDate = session->heldOn;
            const FilterBar::Choices all = choices::workers(*m_db, true);
            for (qint64 worker : session->workerIds)
                m_attendees.append({worker, nameOf(all, worker)});
        } else {
            m_sessionId = 0;
        }
    }
    reload();
}

void FollowUpPanel::reload()
{
    const qint64 keep = currentId();
    m_table->setRowCount(0);
    if (!m_sessionId) {
        m_heading->setText(tr("Select a session to see its follow-ups."));
        updateButtons();
        return;
    }
    const auto list = core::SupervisionRepository(*m_db).followUps(m_sessionId);
    if (!list) {
        m_heading->setText(tr("Could not read the follow-ups: %1").arg(list.error().message));
        updateButtons();
        return;
    }
    const QDate today = QDate::currentDate();
    int overdue = 0;
    for (const core::FollowUp &f : list.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString worker = f.workerId ? nameOf(m_attendees, f.workerId) : tr("(the whole group)");
        const QStringList cells = {f.action, worker, core::isoDate(f.dueOn),
                                   f.doneOn.isValid() ? core::isoDate(f.doneOn) : tr("open")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, f.id);
            if (f.isOverdue(today)) {
                item->setBackground(overdueColor());
                item->setToolTip(tr("Overdue: due %1 and not done yet").arg(core::isoDate(f.dueOn)));
            }
            m_table->setItem(row, c, item);
        }
        if (f.isOverdue(today))
            ++overdue;
        if (f.id == keep)
            m_table->setCurrentCell(row, 0);
    }
    m_table->resizeRowsToContents();
    QString heading =
        tr("Follow-ups of the session on %1: %n", nullptr, int(list->size())).arg(core::isoDate(m_sessionDate));
    if (overdue)
        heading += QStringLiteral(" — ") + tr("%n overdue", nullptr, overdue);
    m_heading->setText(heading);
    updateButtons();
}

qint64 FollowUpPanel::currentId() const
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void FollowUpPanel::updateButtons()
{
    const qint64 id = currentId();
    m_add->setEnabled(m_sessionId != 0);
    m_edit->setEnabled(id != 0);
    m_remove->setEnabled(id != 0);
    bool open = false;
    if (id && m_db)
        if (const auto f = core::SupervisionRepository(*m_db).followUp(id))
            open = f->isOpen();
    m_doneToday->setEnabled(open);
}

void FollowUpPanel::addFollowUp()
{
    if (!m_db || !m_sessionId)
        return;
    core::FollowUp f;
    f.sessionId = m_sessionId;
    FollowUpDialog dialog(*m_db, f, m_attendees, m_sessionDate, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit changed();
}

void FollowUpPanel::editFollowUp()
{
    const qint64 id = currentId();
    if (!m_db || !id)
        return;
    const auto f = core::SupervisionRepository(*m_db).followUp(id);
    if (!f) {
        showError(this, tr("Edit follow-up"), f.error());
        return;
    }
    FollowUpDialog dialog(*m_db, f.value(), m_attendees, m_sessionDate, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit changed();
}

void FollowUpPanel::removeFollowUp()
{
    const qint64 id = currentId();
    if (!m_db || !id)
        return;
    const QString action = m_table->item(m_table->currentRow(), 0)->text();
    if (QMessageBox::question(this, tr("Remove follow-up"), tr("Remove the follow-up “%1”?").arg(action),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const core::Status removed = core::SupervisionRepository(*m_db).removeFollowUp(id);
    if (!removed) {
        showError(this, tr("Remove follow-up"), removed.error());
        return;
    }
    reload();
    emit changed();
}

void FollowUpPanel::markDoneToday()
{
    const qint64 id = currentId();
    if (!m_db || !id)
        return;
    const core::Status done = core::SupervisionRepository(*m_db).markDone(id, QDate::currentDate());
    if (!done) {
        showError(this, tr("Mark follow-up done"), done.error());
        return;
    }
    reload();
    emit changed();
}

} // namespace ui
