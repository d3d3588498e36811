// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "contractspage.h"

#include "core/contract.h"
#include "ui/choices.h"
#include "ui/fields.h"
#include "ui/recorddialog.h"
#include "ui/report/reportdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

namespace ui {

namespace {

class ContractDialog : public RecordDialog
{
    Q_OBJECT
public:
    ContractDialog(const core::Database &db, const core::Contract &contract, QWidget *parent)
        : RecordDialog(contract.id ? tr("Edit contract") : tr("New contract"), parent)
        , m_db(db)
        , m_repo(db)
        , m_contract(contract)
    {
        m_code = new QLineEdit(contract.code, this);
        m_title = new QLineEdit(contract.title, this);
        m_purchaser = new QComboBox(this);
        auto *newPurchaser = new QPushButton(tr("New…"), this);
        auto *purchaserRow = new QHBoxLayout;
        purchaserRow->addWidget(m_purchaser, 1);
        purchaserRow->addWidget(newPurchaser);
        loadPurchasers(contract.purchaserId);
        m_signed = new OptionalDateEdit(tr("signed"), this);
        m_signed->setDate(contract.signedOn);
        const QDate today = QDate::currentDate();
        m_start = newDateEdit(contract.start.isValid() ? contract.start : QDate(today.year(), 1, 1), this);
        m_end = newDateEdit(contract.end.isValid() ? contract.end : QDate(today.year(), 12, 31), this);
        m_posts = new QSpinBox(this);
        m_posts->setRange(0, 9999);
        m_posts->setValue(contract.postCount);
        m_funding = new MoneyEdit(this);
        m_funding->setMoney(contract.fundingPerPost);
        m_overheadKind = new QComboBox(this);
        for (core::OverheadKind k : core::allValues<core::OverheadKind>())
            m_overheadKind->addItem(core::label(k), int(k));
        m_overheadKind->setCurrentIndex(m_overheadKind->findData(int(contract.overheadKind)));
        m_rate = new QDoubleSpinBox(this);
        m_rate->setRange(0, 100);
        m_rate->setDecimals(2);
        m_rate->setSuffix(QStringLiteral(" %"));
        m_rate->setValue(contract.overheadRateBp / 100.0);
        m_fixed = new MoneyEdit(this);
        m_fixed->setMoney(contract.overheadFixed);
        m_status = new QComboBox(this);
        for (core::ContractStatus s : core::allValues<core::ContractStatus>())
            m_status->addItem(core::label(s), int(s));
        m_status->setCurrentIndex(m_status->findData(int(contract.status)));
        m_notes = new QPlainTextEdit(contract.notes, this);
        m_notes->setMaximumHeight(80);

        form()->addRow(tr("&Code"), m_code);
        form()->addRow(tr("&Title"), m_title);
        form()->addRow(tr("&Purchaser"), purchaserRow);
        form()->addRow(tr("Si&gned on"), m_signed);
        form()->addRow(tr("&Start"), m_start);
        form()->addRow(tr("&End"), m_end);
        form()->addRow(tr("Number of p&osts"), m_posts);
        form()->addRow(tr("&Funding per post"), m_funding);
        form()->addRow(tr("Overhead &rule"), m_overheadKind);
        form()->addRow(tr("Overhead r&ate"), m_rate);
        form()->addRow(tr("Overhead per post (fi&xed)"), m_fixed);
        form()->addRow(tr("Stat&us"), m_status);
        form()->addRow(tr("N&otes"), m_notes);
        for (QWidget *w :
             std::initializer_list<QWidget *>{m_code, m_title, m_purchaser, m_signed, m_start, m_end, m_posts,
                                              m_funding, m_overheadKind, m_rate, m_fixed, m_status, m_notes})
            watch(w);
        auto showRule = [this] {
            const bool rate = core::OverheadKind(m_overheadKind->currentData().toInt()) == core::OverheadKind::Rate;
            m_rate->setEnabled(rate);
            m_fixed->setEnabled(!rate);
        };
        connect(m_overheadKind, &QComboBox::currentIndexChanged, this, showRule);
        showRule();
        connect(newPurchaser, &QPushButton::clicked, this, &ContractDialog::addPurchaser);
        resize(480, sizeHint().height());
    }

protected:
    core::Contract collect() const
    {
        core::Contract c = m_contract;
        c.code = m_code->text().trimmed();
        c.title = m_title->text().trimmed();
        c.purchaserId = m_purchaser->currentData().toLongLong();
        c.signedOn = m_signed->date();
        c.start = m_start->date();
        c.end = m_end->date();
        c.postCount = m_posts->value();
        c.fundingPerPost = m_funding->money().value_or(core::Money());
        c.overheadKind = core::OverheadKind(m_overheadKind->currentData().toInt());
        c.overheadRateBp = int(std::lround(m_rate->value() * 100));
        c.overheadFixed = m_fixed->money().value_or(core::Money());
        c.status = core::ContractStatus(m_status->currentData().toInt());
        c.notes = m_notes->toPlainText().trimmed();
        return c;
    }
    QString problem() const override
    {
        if (!m_funding->money())
            return tr("Enter the funding per post in yuan, e.g. 30000.00.");
        if (m_fixed->isEnabled() && !m_fixed->money())
            return tr("Enter the fixed overhead per post in yuan, e.g. 4500.00.");
        if (m_purchaser->count() == 0)
            return tr("Add the purchaser first (the New… button beside Purchaser).");
        const core::Status valid = m_repo.validate(collect());
        return valid ? QString() : valid.error().message;
    }
    core::Status save() override
    {
        const core::Contract c = collect();
        if (c.id)
            return m_repo.update(c);
        auto added = m_repo.add(c);
        return added ? core::Status() : core::Status(added.error());
    }

private:
    void loadPurchasers(qint64 current)
    {
        FilterBar::Choices list;
        if (const auto purchasers = core::PurchaserRepository(m_db).list())
            for (const auto &p : purchasers.value())
                list.append({p.id, p.name});
        choices::fill(m_purchaser, list, current);
    }
    void addPurchaser()
    {
        const QString name = QInputDialog::getText(this, tr("New purchaser"),
                                                   tr("Name of the purchaser (e.g. a district civil-affairs bureau):"));
        if (name.trimmed().isEmpty())
            return;
        core::Purchaser p;
        p.name = name.trimmed();
        const auto added = core::PurchaserRepository(m_db).add(p);
        if (!added) {
            showError(this, tr("New purchaser"), added.error());
            return;
        }
        loadPurchasers(added.value());
        revalidate();
    }

    core::Database m_db;
    core::ContractRepository m_repo;
    core::Contract m_contract;
    QLineEdit *m_code, *m_title;
    QComboBox *m_purchaser, *m_overheadKind, *m_status;
    OptionalDateEdit *m_signed;
    QDateEdit *m_start, *m_end;
    QSpinBox *m_posts;
    MoneyEdit *m_funding, *m_fixed;
    QDoubleSpinBox *m_rate;
    QPlainTextEdit *m_notes;
};

} // namespace

ContractsPage::ContractsPage(QWidget *parent)
    : ListPage(parent)
{
    filters()->enablePeriod();
    filters()->enableStatus(tr("All statuses"), choices::enumeration<core::ContractStatus>());
    auto *renew = new QAction(tr("&Renew…"), this);
    connect(renew, &QAction::triggered, this, &ContractsPage::renewCurrent);
    addContextAction(renew);
    // 报告: the report for the purchaser of the selected contract.
    auto *report = new QAction(tr("Re&port…"), this);
    report->setObjectName(QStringLiteral("contractReport"));
    report->setToolTip(tr("The report for the purchaser of the selected contract: preview, PDF or XLSX"));
    connect(report, &QAction::triggered, this, [this] {
        if (database() && currentRow().id != 0)
            report::showContractReport(this, *database(), currentRow().id);
    });
    addContextAction(report);
    auto *reportButton = new QToolButton(this);
    reportButton->setDefaultAction(report);
    reportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    reportButton->setAutoRaise(true);
    filters()->addTrailingWidget(reportButton);
}

std::shared_ptr<core::ListSource> ContractsPage::createSource(const core::Database &db)
{
    return std::make_shared<core::SqlListSource>(core::ContractRepository::listing(db));
}

bool ContractsPage::createRecord()
{
    ContractDialog dialog(*database(), core::ContractRepository(*database()).blank(), this);
    return dialog.exec() == QDialog::Accepted;
}

bool ContractsPage::editRecord(qint64 id)
{
    auto contract = core::ContractRepository(*database()).get(id);
    if (!contract) {
        showError(this, tr("Edit contract"), contract.error());
        return false;
    }
    ContractDialog dialog(*database(), contract.value(), this);
    return dialog.exec() == QDialog::Accepted;
}

core::Status ContractsPage::removeRecord(qint64 id)
{
    return core::ContractRepository(*database()).remove(id);
}

QString ContractsPage::describe(const core::ListRow &row) const
{
    return tr("the contract “%1”").arg(row.cells.value(0).toString());
}

void ContractsPage::renewCurrent()
{
    const core::ListRow row = currentRow();
    if (!database() || row.id == 0)
        return;
    const core::ContractRepository repo(*database());
    const auto old = repo.get(row.id);
    if (!old) {
        showError(this, tr("Renew contract"), old.error());
        return;
    }
    bool ok = false;
    const QString code = QInputDialog::getText(
        this, tr("Renew contract"), tr("Code of the new contract continuing “%1” for one more year:").arg(old->code),
        QLineEdit::Normal, old->code + QStringLiteral("-R"), &ok);
    if (!ok || code.trimmed().isEmpty())
        return;
    const QDate start = old->end.addDays(1);
    const auto renewed = repo.renew(row.id, code.trimmed(), start, start.addYears(1).addDays(-1));
    if (!renewed) {
        showError(this, tr("Renew contract"), renewed.error());
        return;
    }
    refresh();
    emit dataChanged();
}

} // namespace ui

#include "contractspage.moc"
