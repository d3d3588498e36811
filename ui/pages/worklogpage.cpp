// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "worklogpage.h"

#include "core/period.h"
#include "ui/choices.h"
#include "ui/fields.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ui {

std::optional<int> parseHours(const QString &text)
{
    const QString t = text.trimmed();
    // "1:30" = one hour thirty.
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2}):([0-5]\\d)$"));
    if (const auto m = clock.match(t); m.hasMatch()) {
        const int minutes = m.captured(1).toInt() * 60 + m.captured(2).toInt();
        return minutes > 0 ? std::optional(minutes) : std::nullopt;
    }
    // Decimal hours, with a point or the user's decimal separator ("1.5", "1,5").
    bool ok = false;
    double h = QLocale::c().toDouble(t, &ok);
    if (!ok)
        h = QLocale().toDouble(t, &ok);
    if (!ok) {
        QString swapped = t;
        swapped.replace(QLatin1Char(','), QLatin1Char('.'));
        h = QLocale::c().toDouble(swapped, &ok);
    }
    if (!ok || !std::isfinite(h) || h <= 0)
        return std::nullopt;
    const int minutes = int(std::lround(h * 60));
    return minutes > 0 ? std::optional(minutes) : std::nullopt;
}

QString formatHours(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

namespace {

void fillCategories(QComboBox *combo, core::WorkCategory current)
{
    for (core::WorkCategory c : core::allValues<core::WorkCategory>())
        combo->addItem(core::isAdministrative(c) ? WorkLogPage::tr("%1 (administrative)").arg(core::label(c))
                                                 : core::label(c),
                       int(c));
    combo->setCurrentIndex(combo->findData(int(current)));
}

QString hoursProblem()
{
    return WorkLogPage::tr("Enter the hours as a number, e.g. 1.5 for an hour and a half (or 1:30).");
}

} // namespace

// ---------------------------------------------------------------------------------------------

WorkLogDialog::WorkLogDialog(const core::Database &db, const core::WorkLogEntry &entry, QWidget *parent)
    : RecordDialog(entry.id ? tr("Edit work log entry") : tr("New work log entry"), parent)
    , m_repo(db)
    , m_entry(entry)
{
    m_worker = new QComboBox(this);
    choices::fill(m_worker, choices::workers(db, entry.id != 0), entry.workerId);
    m_day = newDateEdit(entry.day, this);
    m_hours = new QLineEdit(entry.minutes > 0 ? QLocale::c().toString(entry.minutes / 60.0, 'g', 4) : QString(), this);
    m_hours->setPlaceholderText(tr("e.g. 1.5"));
    m_category = new QComboBox(this);
    fillCategories(m_category, entry.category);
    m_note = new QLineEdit(entry.note, this);
    form()->addRow(tr("&Worker"), m_worker);
    form()->addRow(tr("&Day"), m_day);
    form()->addRow(tr("&Hours"), m_hours);
    form()->addRow(tr("&Category"), m_category);
    form()->addRow(tr("&Note"), m_note);
    for (QWidget *w : std::initializer_list<QWidget *>{m_worker, m_day, m_hours, m_category, m_note})
        watch(w);
    resize(420, sizeHint().height());
}

core::WorkLogEntry WorkLogDialog::collect() const
{
    core::WorkLogEntry e = m_entry;
    e.workerId = m_worker->currentData().toLongLong();
    e.day = m_day->date();
    e.minutes = parseHours(m_hours->text()).value_or(0);
    e.category = core::WorkCategory(m_category->currentData().toInt());
    e.note = m_note->text().trimmed();
    return e;
}

QString WorkLogDialog::problem() const
{
    if (m_worker->currentIndex() < 0)
        return tr("Choose a worker.");
    if (!parseHours(m_hours->text()))
        return hoursProblem();
    const core::Status valid = m_repo.validate(collect());
    return valid ? QString() : valid.error().message;
}

core::Status WorkLogDialog::save()
{
    const core::WorkLogEntry e = collect();
    if (e.id)
        return m_repo.update(e);
    const auto added = m_repo.add(e);
    return added ? core::Status() : core::Status(added.error());
}

// ---------------------------------------------------------------------------------------------

WorkLogQuickEntry::WorkLogQuickEntry(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("quickEntry"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_worker = new QComboBox(this);
    m_worker->setObjectName(QStringLiteral("quickWorker"));
    m_worker->setMinimumContentsLength(10);
    m_worker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_day = newDateEdit(QDate::currentDate(), this);
    m_day->setObjectName(QStringLiteral("quickDay"));
    m_hours = new QLineEdit(this);
    m_hours->setObjectName(QStringLiteral("quickHours"));
    m_hours->setPlaceholderText(tr("Hours"));
    m_hours->setToolTip(tr("Hours spent, e.g. 1.5 for an hour and a half"));
    m_hours->setMaximumWidth(m_hours->fontMetrics().horizontalAdvance(QStringLiteral("00000000")));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("quickCategory"));
    fillCategories(m_category, core::WorkCategory::Casework);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("quickNote"));
    m_note->setPlaceholderText(tr("Note (Enter adds the entry)"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("quickAdd"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("quickMessage"));
    m_message->setWordWrap(true);

    auto *label = new QLabel(tr("Quick entry:"), this);
    label->setBuddy(m_worker);
    layout->addWidget(label);
    layout->addWidget(m_worker);
    layout->addWidget(m_day);
    layout->addWidget(m_hours);
    layout->addWidget(m_category);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_add);
    layout->addWidget(m_message, 1);

    for (QWidget *w : std::initializer_list<QWidget *>{m_worker, m_day, m_category})
        w->installEventFilter(this);
    connect(m_hours, &QLineEdit::returnPressed, this, &WorkLogQuickEntry::add);
    connect(m_note, &QLineEdit::returnPressed, this, &WorkLogQuickEntry::add);
    connect(m_add, &QPushButton::clicked, this, &WorkLogQuickEntry::add);
    connect(m_hours, &QLineEdit::textEdited, m_message, &QLabel::clear);
}

void WorkLogQuickEntry::setDatabase(const core::Database &db)
{
    m_db = db;
    reloadWorkers();
}

void WorkLogQuickEntry::reloadWorkers()
{
    const qint64 current = m_worker->currentData().toLongLong();
    if (m_db)
        choices::fill(m_worker, choices::workers(*m_db), current);
    else
        m_worker->clear();
}

bool WorkLogQuickEntry::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            add();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool WorkLogQuickEntry::add()
{
    if (!m_db)
        return false;
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    if (m_worker->currentIndex() < 0) {
        m_message->setText(tr("Choose a worker."));
        return false;
    }
    const auto minutes = parseHours(m_hours->text());
    if (!minutes) {
        m_message->setText(hoursProblem());
        m_hours->setFocus();
        return false;
    }
    core::WorkLogEntry e;
    e.workerId = m_worker->currentData().toLongLong();
    e.day = m_day->date();
    e.minutes = *minutes;
    e.category = core::WorkCategory(m_category->currentData().toInt());
    e.note = m_note->text().trimmed();
    const auto stored = core::WorkLogRepository(*m_db).add(e);
    if (!stored) {
        m_message->setText(stored.error().message);
        return false;
    }
    // The worker and the day stay: a worker logs several entries of one day in a row.
    m_message->setText(tr("Added %1 h of %2.").arg(formatHours(e.minutes), core::label(e.category)));
    m_message->setStyleSheet(QString());
    m_hours->clear();
    m_note->clear();
    m_hours->setFocus();
    emit added(stored.value());
    return true;
}

// ---------------------------------------------------------------------------------------------

WorkerMonthDialog::WorkerMonthDialog(const core::Database &db, qint64 workerId, QDate month, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Work log of a month"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_worker = new QComboBox(this);
    choices::fill(m_worker, choices::workers(db, true), workerId);
    m_month = new QDateEdit(month.isValid() ? month : QDate::currentDate(), this);
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    bar->addWidget(new QLabel(tr("Worker"), this));
    bar->addWidget(m_worker, 1);
    bar->addWidget(new QLabel(tr("Month"), this));
    bar->addWidget(m_month);
    layout->addLayout(bar);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    layout->addWidget(m_table, 1);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("monthTotals"));
    layout->addWidget(m_totals);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_worker, &QComboBox::currentIndexChanged, this, &WorkerMonthDialog::reload);
    connect(m_month, &QDateEdit::dateChanged, this, &WorkerMonthDialog::reload);
    reload();
    resize(900, 520);
}

void WorkerMonthDialog::reload()
{
    const QList<core::WorkCategory> categories = core::allValues<core::WorkCategory>();
    QStringList headers{tr("Day")};
    for (core::WorkCategory c : categories)
        headers << core::label(c);
    headers << tr("Professional") << tr("Administrative");
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(0);
    const QDate d = m_month->date();
    const auto month =
        core::WorkLogRepository(m_db).workerMonth(m_worker->currentData().toLongLong(), QDate(d.year(), d.month(), 1));
    if (!month) {
        m_totals->setText(month.error().message);
        return;
    }
    const auto cell = [](const QString &text, bool right = true) {
        auto *item = new QTableWidgetItem(text);
        item->setTextAlignment(right ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
        return item;
    };
    const auto &days = month.value().days;
    m_table->setRowCount(int(days.size()) + 1);
    QMap<core::WorkCategory, int> sums;
    for (int r = 0; r < days.size(); ++r) {
        const auto &day = days.at(r);
        m_table->setItem(r, 0,
                         cell(core::isoDate(day.day) + QLatin1Char(' ') +
                                  QLocale().dayName(day.day.dayOfWeek(), QLocale::ShortFormat),
                              false));
        for (int c = 0; c < categories.size(); ++c) {
            const int minutes = day.minutes.value(categories.at(c));
            sums[categories.at(c)] += minutes;
            m_table->setItem(r, 1 + c, cell(minutes ? formatHours(minutes) : QString()));
        }
        m_table->setItem(r, 1 + int(categories.size()), cell(formatHours(day.professional)));
        m_table->setItem(r, 2 + int(categories.size()), cell(formatHours(day.administrative)));
    }
    // The month's totals as the last row, in bold.
    const int last = int(days.size());
    m_table->setItem(last, 0, cell(tr("Total"), false));
    for (int c = 0; c < categories.size(); ++c)
        m_table->setItem(last, 1 + c, cell(formatHours(sums.value(categories.at(c)))));
    m_table->setItem(last, 1 + int(categories.size()), cell(formatHours(month.value().professionalMinutes)));
    m_table->setItem(last, 2 + int(categories.size()), cell(formatHours(month.value().administrativeMinutes)));
    for (int c = 0; c < m_table->columnCount(); ++c) {
        QFont bold = m_table->item(last, c)->font();
        bold.setBold(true);
        m_table->item(last, c)->setFont(bold);
    }
    m_table->resizeColumnsToContents();
    m_totals->setText(tr("Professional %1 h, administrative %2 h: administrative share %3%.")
                          .arg(formatHours(month.value().professionalMinutes),
                               formatHours(month.value().administrativeMinutes),
                               QLocale().toString(100.0 * month.value().adminShare(), 'f', 1)));
}

// ---------------------------------------------------------------------------------------------

WorkLogPage::WorkLogPage(QWidget *parent)
    : ListPage(parent)
{
    filters()->enablePeriod();
    filters()->enableDistrictStreet(
        [this] { return database() ? choices::districts(*database()) : FilterBar::Choices(); },
        [this](std::optional<qint64> district) {
            return database() ? choices::streets(*database(), district) : FilterBar::Choices();
        });
    filters()->enableWorker([this] { return database() ? choices::workers(*database(), true) : FilterBar::Choices(); });
    filters()->enableStatus(tr("Any category"), choices::enumeration<core::WorkCategory>());

    // Quick entry sits between the filters and the list.
    m_quick = new WorkLogQuickEntry(this);
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->insertWidget(1, m_quick);
    connect(m_quick, &WorkLogQuickEntry::added, this, [this] {
        refresh();
        emit dataChanged();
    });

    auto *month = new QAction(tr("Worker &month…"), this);
    month->setObjectName(QStringLiteral("workerMonth"));
    month->setToolTip(tr("The selected worker's month: hours per day and category, administrative share"));
    month->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(month, &QAction::triggered, this, &WorkLogPage::showWorkerMonth);
    addAction(month);
    addContextAction(month);
    auto *button = new QPushButton(month->text(), this);
    button->setToolTip(month->toolTip());
    connect(button, &QPushButton::clicked, month, &QAction::trigger);
    filters()->addTrailingWidget(button);
}

void WorkLogPage::setDatabase(const core::Database &db)
{
    m_quick->setDatabase(db);
    ListPage::setDatabase(db);
}

void WorkLogPage::refresh()
{
    m_quick->reloadWorkers();
    ListPage::refresh();
}

ListPage::SourceFactory WorkLogPage::sourceFactory() const
{
    return [](const core::Database &db) {
        return std::make_shared<core::SqlListSource>(core::WorkLogRepository::listing(db));
    };
}

bool WorkLogPage::createRecord()
{
    core::WorkLogEntry e;
    e.workerId = model()->filter().workerId.value_or(m_quick->workerField()->currentData().toLongLong());
    e.day = QDate::currentDate();
    WorkLogDialog dialog(*database(), e, this);
    return dialog.exec() == QDialog::Accepted;
}

bool WorkLogPage::editRecord(qint64 id)
{
    const auto entry = core::WorkLogRepository(*database()).get(id);
    if (!entry) {
        showError(this, tr("Edit work log entry"), entry.error());
        return false;
    }
    WorkLogDialog dialog(*database(), entry.value(), this);
    return dialog.exec() == QDialog::Accepted;
}

core::Status WorkLogPage::removeRecord(qint64 id)
{
    return core::WorkLogRepository(*database()).remove(id);
}

QString WorkLogPage::describe(const core::ListRow &row) const
{
    return tr("the entry of %1 on %2 (%3, %4 h)")
        .arg(row.cells.value(1).toString(), row.cells.value(0).toString(), row.cells.value(3).toString(),
             row.cells.value(5).toString());
}

void WorkLogPage::showWorkerMonth()
{
    if (!database())
        return;
    // The selected entry's worker and month; else the filter's worker, else the quick entry's.
    qint64 worker = model()->filter().workerId.value_or(m_quick->workerField()->currentData().toLongLong());
    QDate month = QDate::currentDate();
    if (const core::ListRow row = currentRow(); row.id != 0)
        if (const auto entry = core::WorkLogRepository(*database()).get(row.id)) {
            worker = entry.value().workerId;
            month = entry.value().day;
        }
    WorkerMonthDialog dialog(*database(), worker, month, this);
    dialog.exec();
}

} // namespace ui
