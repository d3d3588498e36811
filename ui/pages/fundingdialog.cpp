// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "fundingdialog.h"

#include "contractfilter.h"
#include "core/period.h"
#include "core/post.h"
#include "ui/choices.h"
#include "ui/fields.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QSignalBlocker>

namespace ui {

namespace {
constexpr int kHolderRole = Qt::UserRole + 1; // the worker holding the post today, 0 = vacant
}

FundingEntryDialog::FundingEntryDialog(const core::Database &db, const core::FundingEntry &entry, QWidget *parent)
    : RecordDialog(entry.id ? tr("Edit funding entry") : tr("New funding entry"), parent)
    , m_db(db)
    , m_repo(db)
    , m_entry(entry)
{
    m_contract = new QComboBox(this);
    m_contract->setObjectName(QStringLiteral("contract"));
    choices::fill(m_contract, contractChoices(db), entry.contractId);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (core::FundingKind k : core::allValues<core::FundingKind>())
        m_kind->addItem(core::label(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(entry.kind)));
    m_post = new QComboBox(this);
    m_post->setObjectName(QStringLiteral("post"));
    m_worker = new QComboBox(this);
    m_worker->setObjectName(QStringLiteral("worker"));
    FilterBar::Choices workers{{0, tr("(none)")}};
    workers.append(choices::workers(db, true));
    choices::fill(m_worker, workers, entry.workerId.value_or(0));
    m_date = newDateEdit(entry.date.isValid() ? entry.date : QDate::currentDate(), this);
    const QDate month =
        entry.month.isEmpty() ? QDate::currentDate() : core::fromIsoDate(entry.month + QStringLiteral("-01"));
    m_month = newDateEdit(month.isValid() ? month : QDate::currentDate(), this);
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_amount = new MoneyEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    if (entry.id)
        m_amount->setMoney(entry.amount);
    m_note = new QLineEdit(entry.note, this);

    form()->addRow(tr("&Contract"), m_contract);
    form()->addRow(tr("&Kind"), m_kind);
    form()->addRow(tr("&Post"), m_post);
    form()->addRow(tr("Social &worker paid"), m_worker);
    form()->addRow(tr("&Date"), m_date);
    form()->addRow(tr("Pay for &month"), m_month);
    form()->addRow(tr("&Amount (yuan)"), m_amount);
    form()->addRow(tr("&Note"), m_note);

    loadPosts(entry.postId.value_or(0));
    kindChanged();
    connect(m_contract, &QComboBox::currentIndexChanged, this, [this] { loadPosts(0); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FundingEntryDialog::kindChanged);
    connect(m_post, &QComboBox::currentIndexChanged, this, &FundingEntryDialog::postChanged);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_contract, m_kind, m_post, m_worker, m_date, m_month, m_amount, m_note})
        watch(w);
    resize(480, sizeHint().height());
}

void FundingEntryDialog::loadPosts(qint64 current)
{
    QSignalBlocker blocker(m_post);
    m_post->clear();
    m_post->addItem(tr("(the whole contract)"), 0);
    const qint64 contract = m_contract->currentData().toLongLong();
    if (contract)
        if (const auto posts = core::PostRepository(m_db).ofContract(contract)) {
            for (const core::Post &p : posts.value()) {
                m_post->addItem(p.districtName + QStringLiteral(" · ") + p.streetName, p.id);
                m_post->setItemData(m_post->count() - 1, p.holderId.value_or(0), kHolderRole);
            }
        }
    const int i = m_post->findData(current);
    m_post->setCurrentIndex(i >= 0 ? i : 0);
    revalidate();
}

void FundingEntryDialog::kindChanged()
{
    // Only pay is for a worker and a month.
    const bool pay = core::FundingKind(m_kind->currentData().toInt()) == core::FundingKind::Pay;
    m_worker->setEnabled(pay);
    m_month->setEnabled(pay);
    if (pay)
        postChanged();
}

void FundingEntryDialog::postChanged()
{
    // Pay usually goes to whoever holds the post: choose them, the user can still change it.
    const qint64 holder = m_post->currentData(kHolderRole).toLongLong();
    if (m_worker->isEnabled() && holder != 0 && m_worker->currentData().toLongLong() == 0) {
        const int i = m_worker->findData(holder);
        if (i >= 0)
            m_worker->setCurrentIndex(i);
    }
}

core::FundingEntry FundingEntryDialog::collect() const
{
    core::FundingEntry e = m_entry;
    e.contractId = m_contract->currentData().toLongLong();
    e.kind = core::FundingKind(m_kind->currentData().toInt());
    const qint64 post = m_post->currentData().toLongLong();
    e.postId = post ? std::optional<qint64>(post) : std::nullopt;
    const qint64 worker = m_worker->currentData().toLongLong();
    const bool pay = e.kind == core::FundingKind::Pay;
    e.workerId = pay && worker ? std::optional<qint64>(worker) : std::nullopt;
    e.month = pay ? m_month->date().toString(QStringLiteral("yyyy-MM")) : QString();
    e.date = m_date->date();
    e.amount = m_amount->money().value_or(core::Money());
    e.note = m_note->text().trimmed();
    return e;
}

QString FundingEntryDialog::problem() const
{
    if (m_contract->count() == 0)
        return tr("There is no contract yet. Add one on the Contracts page first.");
    if (m_amount->text().trimmed().isEmpty())
        return tr("Enter the amount in yuan, e.g. 2500.00.");
    if (!m_amount->money())
        return tr("“%1” is not an amount. Write yuan with at most two decimals, e.g. 12345.67.")
            .arg(m_amount->text().trimmed());
    const core::Status valid = m_repo.validate(collect());
    return valid ? QString() : valid.error().message;
}

core::Status FundingEntryDialog::save()
{
    const core::FundingEntry e = collect();
    if (e.id)
        return m_repo.update(e);
    const auto added = m_repo.add(e);
    return added ? core::Status() : core::Status(added.error());
}

} // namespace ui
