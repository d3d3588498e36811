// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "contractspage.h"

#include "core/contract.h"
#include "core/organisation.h"
#include "core/post.h"
#include "core/renewal.h"
#include "ui/choices.h"
#include "ui/fields.h"
#include "ui/recorddialog.h"
#include "ui/report/reportdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

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
        // 岗位: one per street ticked; the number of posts follows from them.
        m_streets = new QListWidget(this);
        m_streets->setObjectName(QStringLiteral("contractStreets"));
        m_streets->setMaximumHeight(160);
        loadStreets();
        m_postCount = new QLabel(this);
        m_postCount->setObjectName(QStringLiteral("contractPostCount"));
        m_postCount->setWordWrap(true);
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
        form()->addRow(tr("Streets (p&osts)"), m_streets);
        form()->addRow(tr("Number of posts"), m_postCount);
        form()->addRow(tr("&Funding per post"), m_funding);
        form()->addRow(tr("Overhead &rule"), m_overheadKind);
        form()->addRow(tr("Overhead r&ate"), m_rate);
        form()->addRow(tr("Overhead per post (fi&xed)"), m_fixed);
        form()->addRow(tr("Stat&us"), m_status);
        form()->addRow(tr("N&otes"), m_notes);
        for (QWidget *w :
             std::initializer_list<QWidget *>{m_code, m_title, m_purchaser, m_signed, m_start, m_end, m_streets,
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
        connect(m_streets, &QListWidget::itemChanged, this, &ContractDialog::showPostCount);
        showPostCount();
        resize(480, sizeHint().height());
    }

    QListWidget *streetsField() const { return m_streets; }

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
        c.postCount = int(checkedStreets().size());
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
        // Unticked posts go when saved: the count is checked against what stays.
        core::Contract c = collect();
        c.postCount = std::max(c.postCount, int(m_existing.size()));
        const core::Status valid = m_repo.validate(c);
        return valid ? QString() : valid.error().message;
    }
    core::Status save() override
    {
        core::Contract c = collect();
        const QList<qint64> streets = checkedStreets();
        c.postCount = std::max(c.postCount, int(m_existing.size()));
        core::Transaction transaction(m_db);
        if (!transaction.started())
            return transaction.error();
        qint64 id = c.id;
        if (id) {
            if (core::Status s = m_repo.update(c); !s)
                return s;
        } else {
            auto added = m_repo.add(c);
            if (!added)
                return added.error();
            id = added.value();
        }
        if (core::Status s = core::PostRepository(m_db).setStreets(id, streets); !s)
            return s;
        return transaction.commit();
    }

private:
    void loadStreets()
    {
        if (m_contract.id)
            if (const auto posts = core::PostRepository(m_db).ofContract(m_contract.id))
                for (const core::Post &p : posts.value())
                    m_existing.append(p.streetId);
        const auto streets = core::OrganisationRepository(m_db).streets();
        if (!streets)
            return;
        for (const core::Street &street : streets.value()) {
            auto *item = new QListWidgetItem(tr("%1 · %2").arg(street.districtName, street.name), m_streets);
            item->setData(Qt::UserRole, street.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(m_existing.contains(street.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    QList<qint64> checkedStreets() const
    {
        QList<qint64> ids;
        for (int i = 0; i < m_streets->count(); ++i)
            if (m_streets->item(i)->checkState() == Qt::Checked)
                ids << m_streets->item(i)->data(Qt::UserRole).toLongLong();
        return ids;
    }
    void showPostCount()
    {
        const int posts = int(checkedStreets().size());
        QString text = tr("%n post(s), one per street ticked", nullptr, posts);
        // A count typed before posts were derived, and posts never added: say so.
        if (m_contract.id && m_contract.postCount != int(m_existing.size()))
            text += QLatin1Char('\n') + tr("The contract was recorded with %1 posts but has %2; saving makes it %3.")
                                            .arg(m_contract.postCount)
                                            .arg(m_existing.size())
                                            .arg(posts);
        m_postCount->setText(text);
        revalidate();
    }
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
    QListWidget *m_streets;
    QLabel *m_postCount;
    QList<qint64> m_existing; // streets with a post in the contract when the dialog opened
    MoneyEdit *m_funding, *m_fixed;
    QDoubleSpinBox *m_rate;
    QPlainTextEdit *m_notes;
};

// 续签: the successor as proposed (code, title, first day; the end follows), and the placements
// open at the old end, each ticked to carry the worker on from the new first day.
class RenewDialog : public QDialog
{
    Q_OBJECT
public:
    RenewDialog(const core::Database &db, core::RenewalPlan plan, const core::Contract &old, QWidget *parent)
        : QDialog(parent)
        , m_db(db)
        , m_plan(std::move(plan))
        , m_old(old)
    {
        setWindowTitle(tr("Renew contract"));
        setObjectName(QStringLiteral("renewDialog"));
        auto *layout = new QVBoxLayout(this);
        auto *form = new QFormLayout;
        m_code = new QLineEdit(m_plan.contract.code, this);
        m_code->setObjectName(QStringLiteral("renewCode"));
        m_title = new QLineEdit(m_plan.contract.title, this);
        m_title->setObjectName(QStringLiteral("renewTitle"));
        m_start = newDateEdit(m_plan.contract.start, this);
        m_start->setObjectName(QStringLiteral("renewStart"));
        m_term = new QLabel(this);
        form->addRow(tr("&Code"), m_code);
        form->addRow(tr("&Title"), m_title);
        form->addRow(tr("&Start"), m_start);
        form->addRow(tr("Term"), m_term);
        layout->addLayout(form);
        auto *caption = new QLabel(tr("Place these workers again in the new posts from the first day "
                                      "(untick those who do not carry on):"),
                                   this);
        caption->setWordWrap(true);
        layout->addWidget(caption);
        m_list = new QListWidget(this);
        m_list->setObjectName(QStringLiteral("renewPlacements"));
        for (const core::RenewalPlacement &p : m_plan.placements) {
            auto *item = new QListWidgetItem(tr("%1 — %2").arg(p.workerName, p.streetName), m_list);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(p.carryOn ? Qt::Checked : Qt::Unchecked);
        }
        if (m_plan.placements.isEmpty())
            new QListWidgetItem(tr("(nobody is placed at the end of the contract)"), m_list);
        layout->addWidget(m_list, 1);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Renew"));
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &RenewDialog::renew);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_start, &QDateEdit::dateChanged, this, &RenewDialog::showTerm);
        showTerm();
    }

    const std::optional<core::RenewalDone> &done() const { return m_done; }
    QListWidget *placements() const { return m_list; }

private:
    void showTerm()
    {
        m_plan.contract.start = m_start->date();
        m_plan.contract.end = core::Renewal::nextEnd(m_old, m_start->date());
        m_term->setText(tr("%1 to %2")
                            .arg(QLocale().toString(m_plan.contract.start, QLocale::ShortFormat),
                                 QLocale().toString(m_plan.contract.end, QLocale::ShortFormat)));
    }
    void renew()
    {
        core::RenewalPlan plan = m_plan;
        plan.contract.code = m_code->text().trimmed();
        plan.contract.title = m_title->text().trimmed();
        for (int i = 0; i < plan.placements.size() && i < m_list->count(); ++i)
            plan.placements[i].carryOn = m_list->item(i)->checkState() == Qt::Checked;
        auto done = core::Renewal::apply(m_db, plan);
        if (!done) {
            showError(this, tr("Renew contract"), done.error());
            return;
        }
        m_plan = plan;
        m_done = done.value();
        accept();
    }

    core::Database m_db;
    core::RenewalPlan m_plan;
    core::Contract m_old;
    std::optional<core::RenewalDone> m_done;
    QLineEdit *m_code, *m_title;
    QDateEdit *m_start;
    QLabel *m_term;
    QListWidget *m_list;
};

} // namespace

ContractsPage::ContractsPage(QWidget *parent)
    : ListPage(parent)
{
    filters()->enablePeriod();
    filters()->enableStatus(tr("All statuses"), choices::enumeration<core::ContractStatus>());
    auto *renew = new QAction(tr("&Renew…"), this);
    renew->setObjectName(QStringLiteral("contractRenew"));
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

ListPage::SourceFactory ContractsPage::sourceFactory() const
{
    return [](const core::Database &db) {
        return std::make_shared<core::SqlListSource>(core::ContractRepository::listing(db));
    };
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
    const auto old = core::ContractRepository(*database()).get(row.id);
    if (!old) {
        showError(this, tr("Renew contract"), old.error());
        return;
    }
    const auto plan = core::Renewal::plan(*database(), row.id);
    if (!plan) {
        showError(this, tr("Renew contract"), plan.error());
        return;
    }
    RenewDialog dialog(*database(), plan.value(), old.value(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.done())
        return;
    const core::RenewalDone done = *dialog.done();
    refresh();
    selectRecord(done.contractId);
    emit dataChanged();
    // Says what was created; not modal, so the new contract stays in view behind it.
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("Renew contract"),
        tr("Created contract %1 renewing %2: %n post(s)", nullptr, done.posts).arg(done.code, old->code) +
            tr(", %n placement(s).", nullptr, done.placements),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("renewDone"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace ui

#include "contractspage.moc"
