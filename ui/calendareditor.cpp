// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "calendareditor.h"

#include "fields.h"
#include "recorddialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

QSet<int> shippedYears()
{
    QSet<int> years;
    for (const auto &d : core::Calendar::officialDays())
        years.insert(d.day.year());
    return years;
}

class SpecialDayDialog : public RecordDialog
{
    Q_OBJECT
public:
    SpecialDayDialog(const core::Database &db, const core::Calendar::SpecialDay &day, bool isNew, QWidget *parent)
        : RecordDialog(isNew ? tr("New special day") : tr("Edit special day"), parent)
        , m_calendar(db)
    {
        m_day = newDateEdit(day.day, this);
        m_day->setEnabled(isNew);
        m_kind = new QComboBox(this);
        for (core::CalendarKind k : core::allValues<core::CalendarKind>())
            m_kind->addItem(core::label(k), int(k));
        m_kind->setCurrentIndex(m_kind->findData(int(day.kind)));
        m_name = new QLineEdit(day.name, this);
        m_name->setPlaceholderText(tr("e.g. National Day"));
        form()->addRow(tr("&Date"), m_day);
        form()->addRow(tr("&Kind"), m_kind);
        form()->addRow(tr("&Name"), m_name);
        for (QWidget *w : std::initializer_list<QWidget *>{m_day, m_kind, m_name})
            watch(w);
    }

protected:
    QString problem() const override
    {
        if (m_name->text().trimmed().isEmpty())
            return tr("Enter a name for the day, e.g. the holiday it belongs to.");
        return {};
    }
    core::Status save() override
    {
        return m_calendar.setSpecialDay(
            {m_day->date(), core::CalendarKind(m_kind->currentData().toInt()), m_name->text().trimmed()});
    }

private:
    core::Calendar m_calendar;
    QDateEdit *m_day;
    QComboBox *m_kind;
    QLineEdit *m_name;
};

} // namespace

CalendarEditor::CalendarEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year"), this));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("calendarYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    top->addWidget(m_year);
    top->addStretch(1);
    layout->addLayout(top);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("specialDays"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Name")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_official = new QPushButton(tr("Load official arrangements"), this);
    m_official->setToolTip(tr("The public holidays and make-up working days published by the State Council, "
                              "for the years this version of OneStreet knows."));
    for (QPushButton *b : {m_add, m_edit, m_remove, m_official})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_year, &QSpinBox::valueChanged, this, &CalendarEditor::reload);
    connect(m_add, &QPushButton::clicked, this, &CalendarEditor::addDay);
    connect(m_edit, &QPushButton::clicked, this, &CalendarEditor::editDay);
    connect(m_remove, &QPushButton::clicked, this, &CalendarEditor::removeDay);
    connect(m_official, &QPushButton::clicked, this, &CalendarEditor::loadOfficial);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &CalendarEditor::editDay);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CalendarEditor::updateButtons);
    updateButtons();
}

void CalendarEditor::setDatabase(const core::Database &db)
{
    m_db = db;
    reload();
}

void CalendarEditor::setYear(int year)
{
    m_year->setValue(year);
}

int CalendarEditor::year() const
{
    return m_year->value();
}

int CalendarEditor::dayCount() const
{
    return m_table->rowCount();
}

void CalendarEditor::reload()
{
    m_days.clear();
    m_table->setRowCount(0);
    if (m_db) {
        const auto days = core::Calendar(*m_db).specialDays(year());
        if (days)
            m_days = days.value();
    }
    m_table->setRowCount(int(m_days.size()));
    for (int i = 0; i < m_days.size(); ++i) {
        const auto &d = m_days.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(QLocale().toString(d.day, QStringLiteral("yyyy-MM-dd ddd"))));
        m_table->setItem(i, 1, new QTableWidgetItem(core::label(d.kind)));
        m_table->setItem(i, 2, new QTableWidgetItem(d.name));
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void CalendarEditor::updateButtons()
{
    const bool open = m_db.has_value();
    const bool selected = m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty();
    m_add->setEnabled(open);
    m_edit->setEnabled(open && selected);
    m_remove->setEnabled(open && selected);
    m_official->setEnabled(open && shippedYears().contains(year()));
}

bool CalendarEditor::editSpecialDay(core::Calendar::SpecialDay day, bool isNew)
{
    SpecialDayDialog dialog(*m_db, day, isNew, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload();
    return true;
}

void CalendarEditor::addDay()
{
    if (!m_db)
        return;
    const QDate today = QDate::currentDate();
    editSpecialDay({QDate(year(), today.month(), std::min(today.day(), 28)), core::CalendarKind::Holiday, {}}, true);
}

void CalendarEditor::editDay()
{
    const int row = m_table->currentRow();
    if (m_db && row >= 0 && row < m_days.size())
        editSpecialDay(m_days.at(row), false);
}

void CalendarEditor::removeDay()
{
    const int row = m_table->currentRow();
    if (!m_db || row < 0 || row >= m_days.size())
        return;
    const auto day = m_days.at(row);
    if (QMessageBox::question(
            this, tr("Remove special day"),
            tr("Make %1 (%2) an ordinary day again?").arg(day.day.toString(QStringLiteral("yyyy-MM-dd")), day.name)) !=
        QMessageBox::Yes)
        return;
    if (const core::Status s = core::Calendar(*m_db).clearSpecialDay(day.day); !s)
        showError(this, tr("Remove special day"), s.error());
    reload();
}

void CalendarEditor::loadOfficial()
{
    if (!m_db)
        return;
    core::Transaction transaction(*m_db);
    if (!transaction.started()) {
        showError(this, tr("Load official arrangements"), transaction.error());
        return;
    }
    const core::Calendar calendar(*m_db);
    for (const auto &d : core::Calendar::officialDays()) {
        if (d.day.year() != year())
            continue;
        if (const core::Status s = calendar.setSpecialDay(d); !s) {
            showError(this, tr("Load official arrangements"), s.error());
            return;
        }
    }
    if (const core::Status s = transaction.commit(); !s)
        showError(this, tr("Load official arrangements"), s.error());
    reload();
}

} // namespace ui

#include "calendareditor.moc"
