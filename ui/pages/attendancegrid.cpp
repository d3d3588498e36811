// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "attendancegrid.h"

#include "core/dayrules.h"
#include "core/placement.h"
#include "core/reports.h"
#include "ui/recorddialog.h"

#include <QBrush>
#include <QFont>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QToolTip>

namespace ui {

namespace {

const QColor kNonWorking(0xdd, 0xdd, 0xdd);
const QColor kMakeUp(0xff, 0xf3, 0xc4);

} // namespace

AttendanceGridModel::AttendanceGridModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QColor AttendanceGridModel::colour(core::AttendanceStatus status)
{
    using S = core::AttendanceStatus;
    switch (status) {
    case S::Present:
        return QColor(0xc8, 0xe6, 0xc9);
    case S::Late:
        return QColor(0xff, 0xe0, 0xb2);
    case S::LeftEarly:
        return QColor(0xff, 0xf5, 0x9d);
    case S::Absent:
        return QColor(0xef, 0x9a, 0x9a);
    case S::SickLeave:
        return QColor(0xbb, 0xde, 0xfb);
    case S::PersonalLeave:
        return QColor(0xe1, 0xbe, 0xe7);
    case S::AnnualLeave:
        return QColor(0xb2, 0xdf, 0xdb);
    case S::BusinessOut:
        return QColor(0xc5, 0xca, 0xe9);
    }
    return Qt::white;
}

void AttendanceGridModel::clear()
{
    beginResetModel();
    m_db.reset();
    m_grid = core::AttendanceMonthGrid();
    m_spans.clear();
    m_workdays.clear();
    m_holidays.clear();
    m_makeUp.clear();
    m_dayNames.clear();
    endResetModel();
}

core::Status AttendanceGridModel::load(const core::Database &db, QDate month, std::optional<qint64> streetId,
                                       QDate asOf)
{
    const QDate first(month.year(), month.month(), 1);
    auto grid = core::AttendanceRepository(db).month(first, streetId, asOf);
    if (!grid) {
        clear();
        return grid.error();
    }
    // Which days each worker was placed (at the street): one small query per row, the
    // placements overlapping the month; the end is the contract's when the placement is open.
    const core::SqlListSource placements = core::PlacementRepository::listing(db);
    QList<QList<Span>> spans;
    for (const auto &row : grid.value().rows) {
        core::ListFilter filter;
        filter.from = first;
        filter.to = first.addMonths(1).addDays(-1);
        filter.workerId = row.workerId;
        filter.streetId = streetId;
        const auto list = placements.fetch(filter, 0, 50);
        if (!list) {
            clear();
            return list.error();
        }
        QList<Span> mine;
        for (const auto &p : list.value())
            mine.append(
                {core::fromIsoDate(p.cells.value(5).toString()), core::fromIsoDate(p.cells.value(6).toString())});
        spans << mine;
    }
    const auto special = core::Calendar(db).specialDays(first.year());

    beginResetModel();
    m_legend = core::AttendanceLegend::load(db);
    m_db = db;
    m_streetId = streetId;
    m_asOf = asOf;
    m_grid = grid.value();
    m_spans = spans;
    m_workdays = QSet<QDate>(m_grid.workdays.cbegin(), m_grid.workdays.cend());
    m_holidays.clear();
    m_makeUp.clear();
    m_dayNames.clear();
    if (special)
        for (const auto &d : special.value()) {
            if (d.day.month() != first.month())
                continue;
            (d.kind == core::CalendarKind::Holiday ? m_holidays : m_makeUp).insert(d.day);
            m_dayNames.insert(d.day, d.name);
        }
    endResetModel();
    return {};
}

core::Status AttendanceGridModel::reload()
{
    if (!m_db)
        return {};
    return load(*m_db, m_grid.first, m_streetId, m_asOf);
}

QDate AttendanceGridModel::dayAt(int column) const
{
    if (column < 1 || column > dayCount())
        return {};
    return m_grid.first.addDays(column - 1);
}

qint64 AttendanceGridModel::workerAt(int row) const
{
    return row >= 0 && row < m_grid.rows.size() ? m_grid.rows.at(row).workerId : 0;
}

QString AttendanceGridModel::workerNameAt(int row) const
{
    return row >= 0 && row < m_grid.rows.size() ? m_grid.rows.at(row).workerName : QString();
}

int AttendanceGridModel::rowOfWorker(qint64 workerId) const
{
    for (int i = 0; i < m_grid.rows.size(); ++i)
        if (m_grid.rows.at(i).workerId == workerId)
            return i;
    return -1;
}

bool AttendanceGridModel::inPlacement(int row, QDate day) const
{
    if (row < 0 || row >= m_spans.size())
        return false;
    for (const Span &s : m_spans.at(row))
        if (s.start <= day && (!s.end.isValid() || day <= s.end))
            return true;
    return false;
}

bool AttendanceGridModel::isEditable(const QModelIndex &index) const
{
    const QDate day = dayAt(index.column());
    return index.isValid() && day.isValid() && isWorkday(day) && inPlacement(index.row(), day);
}

std::optional<core::AttendanceStatus> AttendanceGridModel::statusAt(int row, QDate day) const
{
    if (row < 0 || row >= m_grid.rows.size())
        return std::nullopt;
    const auto &days = m_grid.rows.at(row).days;
    const auto it = days.constFind(day);
    return it == days.constEnd() ? std::nullopt : std::optional(*it);
}

void AttendanceGridModel::count(core::AttendanceMonthGrid::Row &row, QDate day, core::AttendanceStatus status,
                                int sign) const
{
    // Only required days inside the placement, up to the as-of day, count, as in
    // AttendanceRepository::month(), by the same rule.
    if (!isWorkday(day) || !m_grid.counts(day) || !inPlacement(rowOfWorker(row.workerId), day))
        return;
    if (m_grid.rule.isAttended(status)) {
        row.attended += sign;
        row.late += status == core::AttendanceStatus::Late ? sign : 0;
        row.leftEarly += status == core::AttendanceStatus::LeftEarly ? sign : 0;
    } else {
        row.absences[status] += sign;
        row.excused += m_grid.rule.isExcused(status) ? sign : 0;
        if (row.absences[status] <= 0)
            row.absences.remove(status);
    }
}

core::Status AttendanceGridModel::setStatus(const QModelIndex &index, std::optional<core::AttendanceStatus> status)
{
    const QDate day = dayAt(index.column());
    if (!m_db || !day.isValid() || index.row() >= m_grid.rows.size())
        return {};
    core::AttendanceMonthGrid::Row &row = m_grid.rows[index.row()];
    const core::AttendanceRepository repo(*m_db);
    const auto old = statusAt(index.row(), day);
    if (old == status)
        return {};
    if (status) {
        // Keep the times (and note) already recorded for the day; only the status changes.
        core::AttendanceRecord record;
        if (auto existing = repo.get(row.workerId, day); existing && existing.value())
            record = *existing.value();
        record.workerId = row.workerId;
        record.day = day;
        record.status = *status;
        if (core::Status s = repo.set(record); !s)
            return s;
    } else if (core::Status s = repo.remove(row.workerId, day); !s) {
        return s;
    }
    if (old)
        count(row, day, *old, -1);
    if (status) {
        row.days.insert(day, *status);
        count(row, day, *status, +1);
    } else {
        row.days.remove(day);
    }
    emit dataChanged(index, index);
    emit dataChanged(this->index(index.row(), firstTotalColumn()), this->index(index.row(), columnCount() - 1));
    return {};
}

int AttendanceGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grid.rows.size());
}

int AttendanceGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_grid.first.isValid() ? 0 : 1 + dayCount() + TotalCount;
}

QString AttendanceGridModel::tooltip(int row, QDate day) const
{
    QStringList lines;
    lines << workerNameAt(row) + QStringLiteral(" · ") + QLocale().toString(day, QLocale::ShortFormat);
    if (m_dayNames.contains(day) && !m_dayNames.value(day).isEmpty())
        lines << m_dayNames.value(day);
    if (isMakeUpDay(day))
        lines << tr("Make-up working day");
    else if (isHoliday(day))
        lines << tr("Public holiday");
    else if (!isWorkday(day))
        lines << tr("Weekend");
    if (!inPlacement(row, day))
        lines << tr("Not placed on this day");
    if (const auto status = statusAt(row, day)) {
        lines << QStringLiteral("%1 — %2").arg(markOf(*status)).arg(core::label(*status));
        // The times are read for the one cell under the mouse only.
        if (m_db)
            if (auto record = core::AttendanceRepository(*m_db).get(workerAt(row), day); record && record.value()) {
                const auto &r = *record.value();
                if (r.signIn)
                    lines << tr("Signed in %1").arg(r.signIn->toString(QStringLiteral("HH:mm")));
                if (r.signOut)
                    lines << tr("Signed out %1").arg(r.signOut->toString(QStringLiteral("HH:mm")));
                if (!r.note.isEmpty())
                    lines << r.note;
            }
    } else if (isWorkday(day) && inPlacement(row, day)) {
        lines << tr("Not recorded: type a letter (P, L, E, A, S, C, N, B) or right-click");
    }
    if (isWorkday(day) && !m_grid.counts(day))
        lines << tr("After %1: not counted in the totals yet")
                     .arg(QLocale().toString(m_grid.countedTo.isValid() ? m_grid.countedTo : m_asOf,
                                             QLocale::ShortFormat));
    return lines.join(QLatin1Char('\n'));
}

QVariant AttendanceGridModel::totalData(int row, int total, int role) const
{
    const auto &r = m_grid.rows.at(row);
    int absences = 0; // recorded days counted against
    for (auto it = r.absences.cbegin(); it != r.absences.cend(); ++it)
        if (!m_grid.rule.isExcused(it.key()))
            absences += it.value();
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && total == Rate)
        return m_grid.rule.describe();
    if (role == Qt::ToolTipRole && (total == Absences || total == Excused)) {
        QStringList parts;
        for (auto it = r.absences.cbegin(); it != r.absences.cend(); ++it)
            parts << QStringLiteral("%1: %2").arg(core::label(it.key())).arg(it.value());
        if (r.unrecorded() > 0)
            parts << tr("Not recorded: %1").arg(r.unrecorded());
        return parts.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (total) {
    case Present:
        return r.attended;
    case Excused:
        return r.excused;
    case Absences:
        return absences;
    case Required:
        return r.required;
    case Rate:
        if (const auto rate = r.rate())
            return QString(QLocale().toString(100.0 * *rate, 'f', 0) + QLatin1Char('%'));
        return QString();
    }
    return {};
}

QVariant AttendanceGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_grid.rows.size())
        return {};
    const int row = index.row();
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return m_grid.rows.at(row).workerName;
        if (role == Qt::ToolTipRole)
            return m_grid.rows.at(row).streets;
        return {};
    }
    if (index.column() >= firstTotalColumn())
        return totalData(row, index.column() - firstTotalColumn(), role);
    const QDate day = dayAt(index.column());
    const auto status = statusAt(row, day);
    switch (role) {
    case Qt::DisplayRole:
        return status ? markOf(*status) : QString();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return tooltip(row, day);
    case Qt::BackgroundRole:
        if (!inPlacement(row, day))
            return QBrush(QColor(0xb0, 0xb0, 0xb0), Qt::BDiagPattern);
        if (status)
            return QBrush(colour(*status));
        if (!isWorkday(day))
            return QBrush(kNonWorking);
        if (isMakeUpDay(day))
            return QBrush(kMakeUp);
        return {};
    case Qt::ForegroundRole:
        return status && !isWorkday(day) ? QBrush(Qt::darkGray) : QVariant();
    }
    return {};
}

QVariant AttendanceGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QDate day = dayAt(section);
    if (day.isValid()) {
        if (role == Qt::DisplayRole)
            // The day and its weekday's initial ("3\nM", "3\n一"), so that 31 columns stay narrow.
            return QStringLiteral("%1\n%2").arg(day.day()).arg(
                QLocale().dayName(day.dayOfWeek(), QLocale::NarrowFormat));
        if (role == Qt::ToolTipRole) {
            QString tip = QLocale().toString(day, QLocale::LongFormat);
            if (!m_dayNames.value(day).isEmpty())
                tip += QStringLiteral(" — ") + m_dayNames.value(day);
            if (isMakeUpDay(day))
                tip += QLatin1Char('\n') + tr("Make-up working day");
            else if (!isWorkday(day))
                tip += QLatin1Char('\n') + (isHoliday(day) ? tr("Public holiday") : tr("Weekend"));
            return tip;
        }
        if (role == Qt::BackgroundRole)
            return isMakeUpDay(day) ? QBrush(kMakeUp) : !isWorkday(day) ? QBrush(kNonWorking) : QVariant();
        if (role == Qt::ForegroundRole && isHoliday(day))
            return QBrush(Qt::red);
        return {};
    }
    if (role == Qt::DisplayRole) {
        if (section == 0)
            return tr("Worker");
        switch (section - firstTotalColumn()) {
        case Present:
            return tr("Pres.");
        case Excused:
            return tr("Exc.");
        case Absences:
            return tr("Abs.");
        case Required:
            return tr("Req.");
        case Rate:
            return tr("Rate");
        }
    }
    if (role == Qt::ToolTipRole) {
        const auto labels = [this](core::AttendanceClass cls) {
            QStringList names;
            for (core::AttendanceStatus st : m_grid.rule.statuses(cls))
                names << core::label(st);
            return names.join(core::AttendanceRule::tr(", ", "between the statuses of a list"));
        };
        const QString upTo =
            m_grid.running() ? QStringLiteral(" (") + core::asOfText(m_grid.countedTo) + QLatin1Char(')') : QString();
        QString tip;
        switch (section - firstTotalColumn()) {
        case Present:
            tip = tr("Days attended on required days: %1").arg(labels(core::AttendanceClass::Attended));
            break;
        case Excused:
            tip = tr("Days excused, not required: %1").arg(labels(core::AttendanceClass::Excused));
            break;
        case Absences:
            tip = tr("Days counted against on required days: %1").arg(labels(core::AttendanceClass::Against));
            break;
        case Required:
            tip = tr("Required working days during the placement");
            break;
        case Rate:
            tip = m_grid.rule.describe();
            break;
        }
        return tip.isEmpty() ? QVariant() : QVariant(tip + upTo);
    }
    return {};
}

QString AttendanceGridModel::markOf(core::AttendanceStatus status) const
{
    return QLocale().language() == QLocale::Chinese ? m_legend.markOf(status) : QString(core::shortCode(status));
}

std::optional<core::AttendanceStatus> AttendanceGridModel::statusOfText(const QString &text) const
{
    if (auto s = m_legend.statusOf(text))
        return s;
    return core::AttendanceLegend::statusWord(text);
}

QString AttendanceGridModel::whyNotEditable(const QModelIndex &index) const
{
    if (!index.isValid() || isEditable(index))
        return {};
    const QDate day = dayAt(index.column());
    if (!day.isValid())
        return tr("Only the day cells take a mark.");
    const QString dayText = QLocale().toString(day, QLocale::ShortFormat);
    if (!inPlacement(index.row(), day))
        return tr("%1 was not placed in a post on %2: a record there would count for no placement.")
            .arg(workerNameAt(index.row()), dayText);
    if (isHoliday(day))
        return tr("%1 is a public holiday, not a working day; change the work calendar in Settings to record it.")
            .arg(dayText);
    if (!isWorkday(day))
        return tr("%1 is not a working day (weekend); mark a make-up working day in Settings to record it.")
            .arg(dayText);
    return tr("This day cannot take a record.");
}

Qt::ItemFlags AttendanceGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditable(index))
        f |= Qt::ItemIsEditable;
    return f;
}

// ---------------------------------------------------------------------------------------------

AttendanceGridView::AttendanceGridView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("attendanceGrid"));
    setAttribute(Qt::WA_InputMethodEnabled);
    // The letters are typed straight into the cells; no editor opens.
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWordWrap(false);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setAlternatingRowColors(false);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    setFont(small);
    horizontalHeader()->setFont(small);
    horizontalHeader()->setMinimumSectionSize(12);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    connect(this, &QWidget::customContextMenuRequested, this, &AttendanceGridView::showMenu);
}

void AttendanceGridView::setGridModel(AttendanceGridModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &AttendanceGridView::fitColumns);
}

void AttendanceGridView::fitColumns()
{
    if (!m_model || m_model->columnCount() == 0)
        return;
    // 31 days fit 1366 pixels: a day column is as wide as "28" plus a little.
    const int dayWidth = fontMetrics().horizontalAdvance(QStringLiteral("288"));
    int nameWidth = fontMetrics().horizontalAdvance(tr("Worker")) + 12;
    for (int r = 0; r < m_model->rowCount(); ++r)
        nameWidth = std::max(nameWidth, fontMetrics().horizontalAdvance(m_model->workerNameAt(r)) + 12);
    setColumnWidth(0, std::min(nameWidth, 140));
    for (int c = 1; c < m_model->firstTotalColumn(); ++c)
        setColumnWidth(c, dayWidth);
    const int totalWidth = fontMetrics().horizontalAdvance(QStringLiteral("100%")) + 10;
    for (int c = m_model->firstTotalColumn(); c < m_model->columnCount(); ++c)
        setColumnWidth(c, totalWidth);
    horizontalHeader()->setFixedHeight(2 * horizontalHeader()->fontMetrics().height() + 8);
}

void AttendanceGridView::applyToSelection(std::optional<core::AttendanceStatus> status)
{
    if (!m_model)
        return;
    QModelIndexList cells = selectionModel()->selectedIndexes();
    if (cells.isEmpty() && currentIndex().isValid())
        cells << currentIndex();
    bool stored = false;
    QString refusal;
    QString warning;
    for (const QModelIndex &cell : std::as_const(cells)) {
        const QDate day = m_model->dayAt(cell.column());
        // Business out (公出) on a weekend or holiday is taken, with a warning (core::DayRules).
        const bool dayOff = day.isValid() && !m_model->isWorkday(day) && m_model->inPlacement(cell.row(), day);
        const bool businessOut = status == core::AttendanceStatus::BusinessOut ||
                                 (!status && m_model->statusAt(cell.row(), day) == core::AttendanceStatus::BusinessOut);
        if (!m_model->isEditable(cell) && !(dayOff && businessOut)) {
            if (refusal.isEmpty())
                refusal = m_model->whyNotEditable(cell);
            continue; // weekends, holidays and days outside the placement are skipped
        }
        const core::Status s = m_model->setStatus(cell, status);
        if (!s) {
            showError(this, status ? tr("Record attendance") : tr("Clear attendance"), s.error());
            break;
        }
        if (dayOff && status)
            if (const auto rule = core::DayRules::attendanceOn(day, false, *status))
                warning = rule.value();
        stored = true;
    }
    if (stored)
        emit edited();
    else if (!refusal.isEmpty()) {
        // Nothing could take the record: say why instead of doing nothing.
        m_lastRefusal = refusal;
        const QRect cell = visualRect(currentIndex());
        QToolTip::showText(viewport()->mapToGlobal(cell.bottomLeft()), refusal, this);
    }
    if (!warning.isEmpty()) {
        // Taken, but worth a second look (business out on a day off): said where the user looks.
        m_lastWarning = warning;
        const QRect cell = visualRect(currentIndex());
        QToolTip::showText(viewport()->mapToGlobal(cell.bottomLeft()), warning, this);
    }
}

bool AttendanceGridView::typeText(const QString &text)
{
    if (!m_model)
        return false;
    const auto status = m_model->statusOfText(text.trimmed());
    if (!status)
        return false;
    applyToSelection(status);
    // Move on to the next day, as one fills a paper sheet.
    const QModelIndex next = currentIndex().sibling(currentIndex().row(), currentIndex().column() + 1);
    if (selectionModel()->selectedIndexes().size() <= 1 && next.isValid() && m_model->dayAt(next.column()).isValid())
        setCurrentIndex(next);
    return true;
}

void AttendanceGridView::inputMethodEvent(QInputMethodEvent *event)
{
    // A mark typed through an input method (√, 迟 …) arrives as committed text.
    if (!event->commitString().isEmpty() && typeText(event->commitString())) {
        event->accept();
        return;
    }
    QTableView::inputMethodEvent(event);
}

void AttendanceGridView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        applyToSelection(std::nullopt);
        return;
    }
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).isPrint() && !text.at(0).isSpace() &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) && typeText(text))
        return;
    QTableView::keyPressEvent(event);
}

void AttendanceGridView::showMenu(const QPoint &position)
{
    if (!m_model || !indexAt(position).isValid())
        return;
    QMenu menu(this);
    for (core::AttendanceStatus s : core::allValues<core::AttendanceStatus>()) {
        QAction *a = menu.addAction(QStringLiteral("%1  %2").arg(m_model->markOf(s)).arg(core::label(s)));
        a->setShortcut(QKeySequence(QString(core::shortCode(s))));
        connect(a, &QAction::triggered, this, [this, s] { applyToSelection(s); });
    }
    menu.addSeparator();
    QAction *clear = menu.addAction(tr("Clear"));
    clear->setShortcut(QKeySequence::Delete);
    connect(clear, &QAction::triggered, this, [this] { applyToSelection(std::nullopt); });
    QAction *fill = menu.addAction(tr("Fill range…"));
    connect(fill, &QAction::triggered, this, &AttendanceGridView::fillRequested);
    menu.exec(viewport()->mapToGlobal(position));
}

} // namespace ui
