// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "settingspage.h"

#include "attendancelegendeditor.h"
#include "attendanceruleeditor.h"
#include "ui/calendareditor.h"
#include "ui/fields.h"
#include "ui/recorddialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace ui {

namespace {

QSpinBox *spin(int minimum, int maximum, const QString &suffix, QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setRange(minimum, maximum);
    s->setSuffix(suffix);
    return s;
}

} // namespace

SettingsPage::SettingsPage(QWidget *parent)
    : Page(parent)
{
    auto *outer = new QHBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *left = new QWidget(scroll);
    auto *column = new QVBoxLayout(left);
    scroll->setWidget(left);
    outer->addWidget(scroll, 1);

    auto group = [&](const QString &title) {
        auto *box = new QGroupBox(title, left);
        auto *form = new QFormLayout(box);
        column->addWidget(box);
        return form;
    };
    const QString days = tr(" days");

    QFormLayout *agency = group(tr("Agency"));
    m_agency = new QLineEdit(left);
    agency->addRow(tr("&Name (printed on evaluation sheets)"), m_agency);

    QFormLayout *overhead = group(tr("Default overhead rule for new contracts"));
    m_overheadKind = new QComboBox(left);
    for (core::OverheadKind k : core::allValues<core::OverheadKind>())
        m_overheadKind->addItem(core::label(k), int(k));
    m_rate = new QDoubleSpinBox(left);
    m_rate->setRange(0, 100);
    m_rate->setSuffix(QStringLiteral(" %"));
    m_fixed = new MoneyEdit(left);
    overhead->addRow(tr("&Rule"), m_overheadKind);
    overhead->addRow(tr("R&ate of the funding per post"), m_rate);
    overhead->addRow(tr("&Fixed sum per post"), m_fixed);

    QFormLayout *alerts = group(tr("Alerts on the Overview"));
    m_contractDays = spin(0, 3650, days, left);
    m_unsupervisedDays = spin(1, 3650, days, left);
    m_pendingDays = spin(1, 3650, days, left);
    alerts->addRow(tr("Contract ends without a successor within"), m_contractDays);
    alerts->addRow(tr("Social worker without supervision for"), m_unsupervisedDays);
    alerts->addRow(tr("Activity application waiting for"), m_pendingDays);

    QFormLayout *work = group(tr("Work and pay"));
    m_workStart = new QTimeEdit(left);
    m_workEnd = new QTimeEdit(left);
    for (QTimeEdit *t : {m_workStart, m_workEnd})
        t->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_workStart);
    hours->addWidget(new QLabel(QStringLiteral("–"), left));
    hours->addWidget(m_workEnd);
    hours->addStretch(1);
    m_wage = new MoneyEdit(left);
    work->addRow(tr("Work hours"), hours);
    work->addRow(tr("Reference &wage per month"), m_wage);

    QFormLayout *grades = group(tr("Evaluation grades (lowest total score)"));
    m_excellent = spin(0, 100, {}, left);
    m_good = spin(0, 100, {}, left);
    m_pass = spin(0, 100, {}, left);
    grades->addRow(core::label(core::Grade::Excellent), m_excellent);
    grades->addRow(core::label(core::Grade::Good), m_good);
    grades->addRow(core::label(core::Grade::Pass), m_pass);
    m_minDays = spin(0, 366, days, left);
    m_minDays->setObjectName(QStringLiteral("evaluationMinDays"));
    m_minDays->setToolTip(tr("Workers placed for fewer working days of the period are not evaluated; "
                             "they are listed instead."));
    group(tr("Evaluations"))->addRow(tr("Shortest placement evaluated"), m_minDays);

    auto *ruleBox = new QGroupBox(tr("Attendance rule (every attendance rate follows it)"), left);
    auto *ruleLayout = new QVBoxLayout(ruleBox);
    m_rule = new AttendanceRuleEditor(ruleBox);
    ruleLayout->addWidget(m_rule);
    column->addWidget(ruleBox);

    auto *legendBox = new QGroupBox(tr("Sign-in grid legend (考勤表图例)"), left);
    auto *legendLayout = new QVBoxLayout(legendBox);
    m_legend = new AttendanceLegendEditor(legendBox);
    legendLayout->addWidget(m_legend);
    column->addWidget(legendBox);

    QFormLayout *program = group(tr("Program"));
    m_backupKeep = spin(0, 1000, {}, left);
    m_language = new QComboBox(left);
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    program->addRow(tr("Backup copies to &keep"), m_backupKeep);
    program->addRow(tr("&Language"), m_language);
    auto *restart = new QLabel(tr("A new language takes effect when OneStreet is started again."), left);
    restart->setWordWrap(true);
    program->addRow(QString(), restart);

    m_problem = new QLabel(left);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xB0, 0x20, 0x20));
    m_problem->setPalette(palette);
    column->addWidget(m_problem);
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save settings"), left);
    m_revert = new QPushButton(tr("Re&vert"), left);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    column->addLayout(buttons);
    column->addStretch(1);

    auto *calendarBox = new QGroupBox(tr("Work calendar: public holidays and make-up working days"), this);
    auto *calendarLayout = new QVBoxLayout(calendarBox);
    m_calendar = new CalendarEditor(calendarBox);
    calendarLayout->addWidget(m_calendar);
    outer->addWidget(calendarBox, 1);

    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { display(m_loaded); });
    for (QLineEdit *e : {m_agency, static_cast<QLineEdit *>(m_fixed), static_cast<QLineEdit *>(m_wage)})
        connect(e, &QLineEdit::textChanged, this, &SettingsPage::revalidate);
    for (QComboBox *c : {m_overheadKind, m_language})
        connect(c, &QComboBox::currentIndexChanged, this, &SettingsPage::revalidate);
    connect(m_rule, &AttendanceRuleEditor::changed, this, &SettingsPage::revalidate);
    connect(m_legend, &AttendanceLegendEditor::changed, this, &SettingsPage::revalidate);
    for (QSpinBox *s :
         {m_contractDays, m_unsupervisedDays, m_pendingDays, m_excellent, m_good, m_pass, m_minDays, m_backupKeep})
        connect(s, &QSpinBox::valueChanged, this, &SettingsPage::revalidate);
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, &SettingsPage::revalidate);
    for (QTimeEdit *t : {m_workStart, m_workEnd})
        connect(t, &QTimeEdit::timeChanged, this, &SettingsPage::revalidate);
    setEnabled(false);
}

void SettingsPage::setDatabase(const core::Database &db)
{
    m_db = db;
    setEnabled(true);
    m_calendar->setDatabase(db);
    refresh();
}

void SettingsPage::refresh()
{
    if (!m_db)
        return;
    const auto loaded = core::Settings::load(*m_db);
    if (!loaded) {
        m_problem->setText(loaded.error().message);
        return;
    }
    m_loaded = loaded.value();
    display(m_loaded);
    m_calendar->setDatabase(*m_db);
}

void SettingsPage::display(const core::Settings &s)
{
    m_agency->setText(s.agencyName);
    m_overheadKind->setCurrentIndex(m_overheadKind->findData(int(s.overheadKind)));
    m_rate->setValue(s.overheadRateBp / 100.0);
    m_fixed->setMoney(s.overheadFixed);
    m_contractDays->setValue(s.alertContractDays);
    m_unsupervisedDays->setValue(s.alertUnsupervisedDays);
    m_pendingDays->setValue(s.alertPendingDays);
    m_workStart->setTime(s.workStart);
    m_workEnd->setTime(s.workEnd);
    m_wage->setMoney(s.referenceWage);
    m_excellent->setValue(s.gradeExcellent);
    m_good->setValue(s.gradeGood);
    m_pass->setValue(s.gradePass);
    m_minDays->setValue(s.evaluationMinDays);
    m_rule->setRule(s.attendanceRule);
    m_legend->setLegend(s.attendanceLegend);
    m_backupKeep->setValue(s.backupKeep);
    const int lang = m_language->findData(s.language);
    m_language->setCurrentIndex(lang >= 0 ? lang : 0);
    revalidate();
}

core::Settings SettingsPage::current() const
{
    core::Settings s = m_loaded;
    s.agencyName = m_agency->text().trimmed();
    s.overheadKind = core::OverheadKind(m_overheadKind->currentData().toInt());
    s.overheadRateBp = int(std::lround(m_rate->value() * 100));
    s.overheadFixed = m_fixed->money().value_or(core::Money());
    s.alertContractDays = m_contractDays->value();
    s.alertUnsupervisedDays = m_unsupervisedDays->value();
    s.alertPendingDays = m_pendingDays->value();
    s.workStart = m_workStart->time();
    s.workEnd = m_workEnd->time();
    s.referenceWage = m_wage->money().value_or(core::Money());
    s.gradeExcellent = m_excellent->value();
    s.gradeGood = m_good->value();
    s.gradePass = m_pass->value();
    s.evaluationMinDays = m_minDays->value();
    s.attendanceRule = m_rule->rule();
    s.attendanceLegend = m_legend->legend();
    s.backupKeep = m_backupKeep->value();
    s.language = m_language->currentData().toString();
    return s;
}

QString SettingsPage::problem() const
{
    if (!m_fixed->money())
        return tr("Enter the fixed overhead per post in yuan, e.g. 4500.00.");
    if (!m_wage->money())
        return tr("Enter the reference wage in yuan, e.g. 2540.00.");
    const core::Status valid = core::Settings::validate(current());
    return valid ? QString() : valid.error().message;
}

void SettingsPage::revalidate()
{
    const bool rate = core::OverheadKind(m_overheadKind->currentData().toInt()) == core::OverheadKind::Rate;
    m_rate->setEnabled(rate);
    m_fixed->setEnabled(!rate);
    const QString why = problem();
    m_problem->setText(why);
    m_save->setEnabled(m_db && why.isEmpty());
}

bool SettingsPage::save()
{
    if (!m_db || !problem().isEmpty())
        return false;
    const core::Settings s = current();
    if (const core::Status saved = core::Settings::save(*m_db, s); !saved) {
        showError(this, tr("Save settings"), saved.error());
        return false;
    }
    m_loaded = s;
    emit dataChanged();
    return true;
}

} // namespace ui
