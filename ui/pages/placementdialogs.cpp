// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "placementdialogs.h"

#include "core/contract.h"
#include "core/organisation.h"
#include "core/period.h"
#include "core/post.h"
#include "core/worker.h"
#include "ui/choices.h"
#include "ui/fields.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSet>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

// Item data of the post combo beside the post id: its contract's term.
constexpr int kContractStartRole = Qt::UserRole + 1;
constexpr int kContractEndRole = Qt::UserRole + 2;

QString dateText(QDate day)
{
    return day.isValid() ? core::isoDate(day) : QString();
}

} // namespace

qint64 streetOfPlacement(const core::Database &db, qint64 placementId)
{
    const auto placement = core::PlacementRepository(db).get(placementId);
    if (!placement)
        return 0;
    const auto post = core::PostRepository(db).get(placement->postId);
    return post ? post->streetId : 0;
}

PlacementDialog::PlacementDialog(const core::Database &db, const core::Placement &placement, QWidget *parent)
    : RecordDialog(placement.id ? tr("Edit placement") : tr("Place a worker"), parent)
    , m_db(db)
    , m_repo(db)
    , m_placement(placement)
{
    m_worker = new QComboBox(this);
    m_worker->setObjectName(QStringLiteral("worker"));
    m_workerNames = choices::workers(db, placement.id != 0);
    choices::fill(m_worker, m_workerNames, placement.workerId);
    m_free = new QLabel(this);
    m_free->setObjectName(QStringLiteral("freeWorkers"));
    m_free->setEnabled(false);
    m_street = new QComboBox(this);
    m_street->setObjectName(QStringLiteral("street"));
    qint64 streetId = 0;
    if (placement.postId)
        if (const auto post = core::PostRepository(db).get(placement.postId))
            streetId = post->streetId;
    choices::fill(m_street, choices::streets(db, std::nullopt), streetId);
    m_post = new QComboBox(this);
    m_post->setObjectName(QStringLiteral("post"));
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("department"));
    const QDate today = QDate::currentDate();
    m_start = newDateEdit(placement.start.isValid() ? placement.start : today, this);
    m_end = new OptionalDateEdit(tr("ends on"), this);
    m_end->setDate(placement.end);

    form()->addRow(tr("Social &worker"), m_worker);
    form()->addRow(QString(), m_free);
    form()->addRow(tr("S&treet"), m_street);
    form()->addRow(tr("&Post (contract)"), m_post);
    form()->addRow(tr("&Department"), m_department);
    form()->addRow(tr("&Start"), m_start);
    form()->addRow(tr("&End"), m_end);
    auto *hint = new QLabel(tr("Without an end the placement runs until its contract ends."), this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    form()->addRow(QString(), hint);

    loadPosts(placement.postId);
    loadDepartments(placement.departmentId.value_or(0));
    connect(m_street, &QComboBox::currentIndexChanged, this, [this] {
        loadPosts(0);
        loadDepartments(0);
    });
    connect(m_post, &QComboBox::currentIndexChanged, this, &PlacementDialog::postChosen);
    connect(m_start, &QDateEdit::dateChanged, this, &PlacementDialog::markPlaced);
    for (QWidget *w : std::initializer_list<QWidget *>{m_worker, m_street, m_post, m_department, m_start, m_end})
        watch(w);
    markPlaced();
    resize(520, sizeHint().height());
}

void PlacementDialog::markPlaced()
{
    const QDate day = m_start->date();
    QHash<qint64, QString> placedAt;
    auto q = m_db.run(QStringLiteral("SELECT pl.worker_id, s.name FROM placement pl "
                                     "JOIN post p ON p.id = pl.post_id JOIN contract c ON c.id = p.contract_id "
                                     "JOIN street s ON s.id = p.street_id WHERE pl.id <> ? "
                                     "AND pl.start_date <= ? AND COALESCE(pl.end_date, c.end_date) >= ?"),
                      {m_placement.id, core::isoDate(day), core::isoDate(day)});
    if (q)
        for (QSqlQuery &r = q.value(); r.next();)
            placedAt.insert(r.value(0).toLongLong(), r.value(1).toString());
    QHash<qint64, QString> names;
    for (const auto &[id, name] : m_workerNames)
        names.insert(id, name);
    auto *items = qobject_cast<QStandardItemModel *>(m_worker->model());
    int free = 0;
    int firstFree = -1;
    for (int i = 0; i < m_worker->count(); ++i) {
        const qint64 id = m_worker->itemData(i).toLongLong();
        const auto at = placedAt.constFind(id);
        const bool placed = at != placedAt.constEnd() && id != m_placement.workerId;
        m_worker->setItemText(i, placed ? tr("%1 — placed at %2").arg(names.value(id), at.value()) : names.value(id));
        if (items)
            if (QStandardItem *item = items->item(i))
                item->setEnabled(!placed);
        if (!placed) {
            ++free;
            if (firstFree < 0)
                firstFree = i;
        }
    }
    m_free->setText(tr("%n of %1 social worker(s) free on %2; those placed elsewhere are greyed.", nullptr, free)
                        .arg(m_worker->count())
                        .arg(dateText(day)));
    // A new placement with nobody chosen yet starts from someone who is free.
    if (!m_placement.id && !m_placement.workerId && firstFree >= 0 && items && m_worker->currentIndex() >= 0 &&
        !items->item(m_worker->currentIndex())->isEnabled())
        m_worker->setCurrentIndex(firstFree);
}

void PlacementDialog::loadPosts(qint64 current)
{
    // The street's posts in all contracts, newest first, with who holds each today.
    const core::SqlListSource posts = core::PostRepository::listing(m_db);
    core::ListFilter filter;
    filter.streetId = m_street->currentData().toLongLong();
    filter.sortColumn = 3;
    filter.sortOrder = Qt::DescendingOrder;
    QSignalBlocker blocker(m_post);
    m_post->clear();
    if (filter.streetId != 0) {
        if (const auto rows = posts.fetch(filter, 0, 500)) {
            for (const core::ListRow &row : rows.value()) {
                const QString label = tr("%1 (%2 to %3), today: %4")
                                          .arg(row.cells.value(2).toString(), row.cells.value(3).toString(),
                                               row.cells.value(4).toString(), row.cells.value(5).toString());
                m_post->addItem(label, row.id);
                m_post->setItemData(m_post->count() - 1, row.cells.value(3), kContractStartRole);
                m_post->setItemData(m_post->count() - 1, row.cells.value(4), kContractEndRole);
            }
        }
    }
    const int i = m_post->findData(current);
    m_post->setCurrentIndex(i >= 0 ? i : (m_post->count() > 0 ? 0 : -1));
    if (!m_placement.id)
        postChosen();
    revalidate();
}

void PlacementDialog::loadDepartments(qint64 current)
{
    FilterBar::Choices list;
    list.append({0, tr("(none yet)")});
    if (const auto departments = core::OrganisationRepository(m_db).departments(m_street->currentData().toLongLong()))
        for (const core::Department &d : departments.value())
            list.append({d.id, d.name});
    choices::fill(m_department, list, current);
}

void PlacementDialog::postChosen()
{
    // A new placement starts inside the chosen contract: today when the contract runs today,
    // else the contract's first day, so the dates the user sees are ones core accepts.
    if (m_placement.id || m_post->currentIndex() < 0)
        return;
    const QDate first = core::fromIsoDate(m_post->currentData(kContractStartRole).toString());
    const QDate last = core::fromIsoDate(m_post->currentData(kContractEndRole).toString());
    const QDate start = m_start->date();
    if (first.isValid() && last.isValid() && (start < first || start > last))
        m_start->setDate(QDate::currentDate() >= first && QDate::currentDate() <= last ? QDate::currentDate() : first);
}

core::Placement PlacementDialog::collect() const
{
    core::Placement p = m_placement;
    p.workerId = m_worker->currentData().toLongLong();
    p.postId = m_post->currentData().toLongLong();
    const qint64 department = m_department->currentData().toLongLong();
    p.departmentId = department ? std::optional<qint64>(department) : std::nullopt;
    p.start = m_start->date();
    p.end = m_end->date();
    if (!p.end.isValid())
        p.endReason.reset();
    // The column is NOT NULL and a null QString binds as NULL: store an empty note instead.
    if (p.handoverNote.isNull())
        p.handoverNote = QStringLiteral("");
    return p;
}

QString PlacementDialog::problem() const
{
    if (m_worker->count() == 0)
        return tr("There is no social worker to place. Add one on the Social workers page first.");
    if (m_street->count() == 0)
        return tr("There is no street yet. Add the street on the Streets & posts page first.");
    if (m_post->count() == 0)
        return tr("%1 has no post in any contract. Add a post for it on the Streets & posts page first.")
            .arg(m_street->currentText());
    const core::Status valid = m_repo.check(collect());
    return valid ? QString() : valid.error().message;
}

core::Status PlacementDialog::save()
{
    const core::Placement p = collect();
    if (p.id)
        return m_repo.update(p);
    const auto placed = m_repo.place(p);
    return placed ? core::Status() : core::Status(placed.error());
}

EndPlacementDialog::EndPlacementDialog(const core::Database &db, const core::Placement &placement, QWidget *parent)
    : RecordDialog(tr("End placement"), parent)
    , m_repo(db)
    , m_placement(placement)
{
    QString who;
    m_lastDay = placement.end;
    if (const auto post = core::PostRepository(db).get(placement.postId)) {
        who = post->streetName;
        if (const auto contract = core::ContractRepository(db).get(post->contractId))
            m_contractEnd = contract->end;
        if (!m_lastDay.isValid())
            m_lastDay = m_contractEnd;
    }
    QString workerName;
    if (const auto worker = core::WorkerRepository(db).get(placement.workerId))
        workerName = worker->name;
    auto *summary = new QLabel(
        tr("%1 at %2, placed from %3 to %4.").arg(workerName, who, dateText(placement.start), dateText(m_lastDay)),
        this);
    summary->setWordWrap(true);
    QDate day = placement.end.isValid() ? placement.end : QDate::currentDate();
    if (m_lastDay.isValid() && day > m_lastDay)
        day = m_lastDay;
    if (day < placement.start)
        day = placement.start;
    m_day = newDateEdit(day, this);
    m_day->setObjectName(QStringLiteral("day"));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->addItem(tr("(choose)"), -1);
    for (core::PlacementEndReason r : core::allValues<core::PlacementEndReason>())
        m_reason->addItem(core::label(r), int(r));
    m_reason->setCurrentIndex(placement.endReason ? m_reason->findData(int(*placement.endReason)) : 0);
    if (!placement.endReason)
        presetReason();
    connect(m_reason, &QComboBox::activated, this, [this] { m_reasonPreset = false; });
    connect(m_day, &QDateEdit::dateChanged, this, &EndPlacementDialog::presetReason);
    m_note = new QPlainTextEdit(placement.handoverNote, this);
    m_note->setObjectName(QStringLiteral("handoverNote"));
    m_note->setPlaceholderText(tr("For the next worker at this street: open cases, groups, contacts in the "
                                  "departments, what is promised to residents…"));
    m_note->setMinimumHeight(140);
    form()->addRow(summary);
    form()->addRow(tr("&Last day"), m_day);
    form()->addRow(tr("&Reason"), m_reason);
    form()->addRow(tr("&Handover note"), m_note);
    for (QWidget *w : std::initializer_list<QWidget *>{m_day, m_reason, m_note})
        watch(w);
    resize(540, sizeHint().height());
}

void EndPlacementDialog::presetReason()
{
    const bool unchosen = m_reason->currentData().toInt() < 0;
    if (!unchosen && !m_reasonPreset)
        return; // the user's choice stays
    const bool atContractEnd = m_contractEnd.isValid() && m_day->date() == m_contractEnd;
    m_reason->setCurrentIndex(atContractEnd ? m_reason->findData(int(core::PlacementEndReason::ContractEnd)) : 0);
    m_reasonPreset = atContractEnd;
}

QString EndPlacementDialog::problem() const
{
    const QDate day = m_day->date();
    if (m_reason->currentData().toInt() < 0)
        return tr("Choose why the placement ends (resigned, transferred…).");
    if (day < m_placement.start || (m_lastDay.isValid() && day > m_lastDay))
        return tr("The last day must lie within the placement (%1 to %2).")
            .arg(dateText(m_placement.start), dateText(m_lastDay));
    const auto reason = core::PlacementEndReason(m_reason->currentData().toInt());
    const bool leaving =
        reason == core::PlacementEndReason::Resigned || reason == core::PlacementEndReason::Transferred;
    if (leaving && m_note->toPlainText().trimmed().isEmpty())
        return tr("Write the handover note: when a worker resigns or is transferred, it is what the next worker at "
                  "this street has to go on.");
    return {};
}

core::Status EndPlacementDialog::save()
{
    return m_repo.end(m_placement.id, m_day->date(), core::PlacementEndReason(m_reason->currentData().toInt()),
                      m_note->toPlainText().trimmed());
}

StreetHistoryDialog::StreetHistoryDialog(const core::Database &db, qint64 streetId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_streetId(streetId)
{
    QString name;
    if (const auto street = core::OrganisationRepository(db).street(streetId))
        name = street->districtName + QStringLiteral(" · ") + street->name;
    setWindowTitle(tr("Street history – %1").arg(name));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("history"));
    m_table->setHorizontalHeaderLabels({tr("Social worker"), tr("Contract"), tr("Department"), tr("Start"), tr("End"),
                                        tr("End reason"), tr("Handover note")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    split->addWidget(m_table);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setReadOnly(true);
    m_note->setPlaceholderText(tr("Select a placement to read its handover note."));
    split->addWidget(m_note);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_table, &QTableWidget::currentCellChanged, this, &StreetHistoryDialog::showNote);
    reload();
    resize(900, 560);
}

bool StreetHistoryDialog::reload()
{
    m_table->setRowCount(0);
    const auto history = core::PlacementRepository(m_db).history(m_streetId);
    if (!history) {
        m_summary->setText(history.error().message);
        return false;
    }
    const QList<core::PlacementHistoryRow> &rows = history.value();
    QSet<qint64> workers;
    int vacantDays = 0;
    QDate previousEnd;
    auto addRow = [this](const QStringList &cells, const QString &note, bool gap) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (gap) {
                item->setForeground(QColor(0xB0, 0x20, 0x20));
                QFont f = item->font();
                f.setItalic(true);
                item->setFont(f);
            }
            if (c == 0)
                item->setData(Qt::UserRole, note);
            m_table->setItem(r, c, item);
        }
    };
    for (const core::PlacementHistoryRow &row : rows) {
        // A spell with nobody at the street is where continuity broke: show it as a row of its own.
        if (previousEnd.isValid() && row.start > previousEnd.addDays(1)) {
            const QDate from = previousEnd.addDays(1), to = row.start.addDays(-1);
            vacantDays += int(from.daysTo(to)) + 1;
            addRow({tr("(vacant)"), QString(), QString(), dateText(from), dateText(to),
                    tr("%n day(s) without a worker", nullptr, int(from.daysTo(to)) + 1), QString()},
                   QString(), true);
        }
        workers.insert(row.workerId);
        const QString end =
            row.end.isValid() ? dateText(row.end) : tr("%1 (contract end)").arg(dateText(row.effectiveEnd));
        addRow({row.workerName, row.contractCode, row.departmentName, dateText(row.start), end,
                row.endReason ? core::label(*row.endReason) : QString(),
                row.handoverNote.section(QLatin1Char('\n'), 0, 0).trimmed()},
               row.handoverNote, false);
        if (!previousEnd.isValid() || row.effectiveEnd > previousEnd)
            previousEnd = row.effectiveEnd;
    }
    if (rows.isEmpty())
        m_summary->setText(tr("Nobody has been placed at this street yet."));
    else
        m_summary->setText(
            tr("%n placement(s) since %1, ", nullptr, int(rows.size())).arg(dateText(rows.first().start)) +
            tr("%n social worker(s), ", nullptr, int(workers.size())) +
            tr("%n day(s) vacant between placements.", nullptr, vacantDays));
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount() - 1; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c) + 12, 220));
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
    showNote();
    return true;
}

void StreetHistoryDialog::showNote()
{
    const int row = m_table->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, 0) : nullptr;
    m_note->setPlainText(item ? item->data(Qt::UserRole).toString() : QString());
}

QString StreetHistoryDialog::shownNote() const
{
    return m_note->toPlainText();
}

} // namespace ui
