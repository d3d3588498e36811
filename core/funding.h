// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "contract.h"
#include "database.h"
#include "enums.h"
#include "listing.h"
#include "money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace core {

// 经费 one line of a contract's funding ledger: money received from the purchaser (拨款),
// overhead the agency keeps (运行经费), or a month's pay to the worker in a post (工资发放).
struct FundingEntry
{
    qint64 id = 0;
    qint64 contractId = 0;
    std::optional<qint64> postId;   // empty = the contract as a whole (a receipt for all posts)
    std::optional<qint64> workerId; // pay: who was paid
    FundingKind kind = FundingKind::Receipt;
    QDate date;
    QString month; // 'yyyy-MM', the month a pay entry is for; empty otherwise
    Money amount;
    QString note;
};

// What one post of a contract has had, kept and paid so far. A receipt for the whole contract
// counts for each post as an even share in whole fen (the remainder of the division stays
// with the contract and shows in no post).
struct PostBalance
{
    qint64 postId = 0;
    QString streetName;
    QString districtName;
    Money entitled; // the contract's funding per post
    Money received;
    Money overhead;
    Money paid;
    Money left; // received − overhead − paid
};

class FundingRepository
{
    Q_DECLARE_TR_FUNCTIONS(core::FundingRepository)
public:
    explicit FundingRepository(Database db)
        : m_db(std::move(db))
    {}

    // Entries by date.
    Result<QList<FundingEntry>> ofContract(qint64 contractId) const;
    Result<QList<FundingEntry>> ofPost(qint64 postId) const;
    Result<QList<FundingEntry>> ofMonth(const QString &month) const;
    Result<FundingEntry> get(qint64 id) const;

    // Amount ≥ 0, a date, a valid month when given, the post inside the contract, and for pay
    // a post, a worker and a month.
    Status validate(const FundingEntry &entry) const;
    Result<qint64> add(const FundingEntry &entry) const;
    Status update(const FundingEntry &entry) const;
    Status remove(qint64 id) const;

    // The overhead per post under the contract's rule: the rate (basis points of the funding
    // per post, rounded half up to the fen) or the fixed amount.
    static Money overheadFor(const Contract &contract);
    Result<Money> overheadFor(qint64 contractId) const;
    // Records one overhead entry per post under the contract's rule, dated `date` (invalid =
    // today), in one transaction; refused when overhead is already recorded for the contract.
    // Gives the number of entries written.
    Result<int> recordOverhead(qint64 contractId, QDate date = {}) const;
    // Per post of the contract, by district and street.
    Result<QList<PostBalance>> balanceByPost(qint64 contractId) const;

    // The Funding page: date, contract, street, worker, kind, month, amount, note.
    // Filters: period, contract, post, street, district, worker, kind (status), search.
    static SqlListSource listing(const Database &db);

private:
    Result<QList<FundingEntry>> select(const QString &where, const QVariantList &values) const;
    Database m_db;
};

} // namespace core
