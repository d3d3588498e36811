// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "fundingpanel.h"

#include "core/contract.h"
#include "core/funding.h"
#include "core/reports.h"
#include "ui/recorddialog.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

QTableWidget *newTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->setWordWrap(false);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &texts, int firstNumber, bool bold = false)
{
    for (int c = 0; c < texts.size(); ++c) {
        auto *item = new QTableWidgetItem(texts.at(c));
        if (c >= firstNumber)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (bold) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        table->setItem(row, c, item);
    }
}

QString money(core::Money m)
{
    return m.toString(QLocale());
}

const QColor kWarning(0xB0, 0x20, 0x20);

} // namespace

FundingPanel::FundingPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);

    auto *balanceBox = new QGroupBox(tr("Balance per post"), this);
    auto *balanceLayout = new QVBoxLayout(balanceBox);
    m_chooserRow = new QHBoxLayout;
    balanceLayout->addLayout(m_chooserRow);
    m_balanceTitle = new QLabel(balanceBox);
    m_balanceTitle->setWordWrap(true);
    balanceLayout->addWidget(m_balanceTitle);
    m_balance = newTable({tr("Street"), tr("Received"), tr("Overhead"), tr("Paid"), tr("Left")}, balanceBox);
    m_balance->setObjectName(QStringLiteral("balance"));
    m_balance->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    balanceLayout->addWidget(m_balance, 1);
    auto *buttons = new QHBoxLayout;
    m_overhead = new QPushButton(tr("Record overhead for this contract…"), balanceBox);
    m_overhead->setObjectName(QStringLiteral("recordOverhead"));
    m_overhead->setAutoDefault(false);
    buttons->addStretch(1);
    buttons->addWidget(m_overhead);
    balanceLayout->addLayout(buttons);
    layout->addWidget(balanceBox, 3);

    auto *payBox = new QGroupBox(tr("Net monthly pay"), this);
    auto *payLayout = new QVBoxLayout(payBox);
    m_payTitle = new QLabel(payBox);
    m_payTitle->setWordWrap(true);
    payLayout->addWidget(m_payTitle);
    m_pay = newTable({tr("Month"), tr("Paid"), tr("Reference wage"), tr("Difference")}, payBox);
    m_pay->setObjectName(QStringLiteral("pay"));
    for (int c = 0; c < 4; ++c)
        m_pay->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    payLayout->addWidget(m_pay, 1);
    layout->addWidget(payBox, 2);

    connect(m_overhead, &QPushButton::clicked, this, &FundingPanel::recordOverhead);
    showContract(0);
    showWorker(std::nullopt, {}, {});
}

void FundingPanel::setContractChooser(QWidget *chooser)
{
    auto *label = new QLabel(tr("&Contract:"), this);
    label->setBuddy(chooser);
    m_chooserRow->addWidget(label);
    m_chooserRow->addWidget(chooser, 1);
}

void FundingPanel::setDatabase(const core::Database &db)
{
    m_db = db;
    showContract(0);
    showWorker(std::nullopt, {}, {});
}

void FundingPanel::showContract(qint64 id)
{
    m_contractId = m_db ? id : 0;
    m_balance->setRowCount(0);
    m_overhead->setEnabled(m_contractId != 0);
    if (!m_contractId) {
        m_balanceTitle->setText(tr("Choose a contract, or select an entry, to see what each of its posts has "
                                   "received, kept and paid."));
        return;
    }
    const auto contract = core::ContractRepository(*m_db).get(m_contractId);
    const auto lines = core::FundingRepository(*m_db).balanceByPost(m_contractId);
    if (!contract || !lines) {
        m_balanceTitle->setText(!contract ? contract.error().message : lines.error().message);
        return;
    }
    m_balanceTitle->setText(tr("Contract %1: %2 per post, overhead %3 per post.")
                                .arg(contract->code, money(contract->fundingPerPost),
                                     money(core::FundingRepository::overheadFor(contract.value()))));
    core::Money received, overhead, paid, left;
    int row = 0;
    m_balance->setRowCount(int(lines->size()) + 1);
    for (const core::PostBalance &b : lines.value()) {
        setRow(m_balance, row, {b.streetName, money(b.received), money(b.overhead), money(b.paid), money(b.left)}, 1);
        m_balance->item(row, 0)->setToolTip(b.districtName);
        if (b.left < core::Money())
            m_balance->item(row, 4)->setForeground(kWarning);
        received += b.received;
        overhead += b.overhead;
        paid += b.paid;
        left += b.left;
        ++row;
    }
    setRow(m_balance, row, {tr("Total"), money(received), money(overhead), money(paid), money(left)}, 1, true);
    m_balance->resizeColumnsToContents();
    m_balance->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void FundingPanel::showWorker(std::optional<qint64> id, QDate from, QDate to)
{
    m_pay->setRowCount(0);
    if (!m_db || !id) {
        m_payTitle->setText(tr("Choose a social worker in the filter, or select a pay entry, to compare the "
                               "worker's monthly pay with the reference wage."));
        return;
    }
    const core::Reports reports(*m_db);
    // Without a period: every month paid so far (the report lists months with pay only).
    const core::MonthRange range(from.isValid() ? from : QDate(1990, 1, 1),
                                 to.isValid() ? to : QDate::currentDate().addYears(5));
    const auto months = reports.monthlyPay(range, id);
    if (!months) {
        m_payTitle->setText(months.error().message);
        return;
    }
    const core::Money reference = reports.referenceWage();
    int below = 0;
    m_pay->setRowCount(int(months->size()));
    int row = 0;
    QString name;
    // Newest month first: the question is usually "what did they get lately".
    for (auto it = months->crbegin(); it != months->crend(); ++it, ++row) {
        name = it->workerName;
        const core::Money difference = it->paid - it->reference;
        setRow(
            m_pay, row,
            {it->month.toString(QStringLiteral("yyyy-MM")), money(it->paid), money(it->reference), money(difference)},
            1);
        if (it->belowReference()) {
            ++below;
            m_pay->item(row, 3)->setForeground(kWarning);
        }
    }
    if (months->isEmpty())
        m_payTitle->setText(
            tr("No pay recorded for this social worker. Reference wage: %1 a month.").arg(money(reference)));
    else
        m_payTitle->setText(tr("%1: %n month(s) paid, ", nullptr, int(months->size())).arg(name) +
                            tr("%n below the reference wage of %1.", nullptr, below).arg(money(reference)));
}

void FundingPanel::recordOverhead()
{
    if (!m_contractId)
        return;
    const core::FundingRepository repo(*m_db);
    const auto contract = core::ContractRepository(*m_db).get(m_contractId);
    if (!contract) {
        showError(this, tr("Record overhead"), contract.error());
        return;
    }
    if (QMessageBox::question(this, tr("Record overhead"),
                              tr("Record the overhead of %1 per post for every post of contract %2, dated today?")
                                  .arg(money(core::FundingRepository::overheadFor(contract.value())), contract->code),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    const auto written = repo.recordOverhead(m_contractId, QDate::currentDate());
    if (!written) {
        showError(this, tr("Record overhead"), written.error());
        return;
    }
    emit changed();
    QMessageBox::information(this, tr("Record overhead"),
                             tr("%n overhead entry(s) recorded.", nullptr, written.value()));
}

} // namespace ui
