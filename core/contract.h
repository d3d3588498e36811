// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "database.h"
#include "enums.h"
#include "listing.h"
#include "money.h"
#include "period.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace core {

// 购买方 the government body (e.g. a district civil-affairs bureau) that buys the service.
struct Purchaser
{
    qint64 id = 0;
    QString name;
    QString contact;
    QString phone;
};

class PurchaserRepository
{
    Q_DECLARE_TR_FUNCTIONS(core::PurchaserRepository)
public:
    explicit PurchaserRepository(Database db)
        : m_db(std::move(db))
    {}

    Result<QList<Purchaser>> list() const;
    Result<Purchaser> get(qint64 id) const;
    // Refuses an empty or duplicate name.
    Result<qint64> add(const Purchaser &purchaser) const;
    Status update(const Purchaser &purchaser) const;
    // Refused while a contract names the purchaser.
    Status remove(qint64 id) const;

private:
    Status check(const Purchaser &purchaser) const;
    Database m_db;
};

// 购买服务协议 a purchase-of-service contract: one purchaser, a term, a number of posts each
// funded with the same amount, and an overhead rule (运行经费) saying what the agency keeps.
struct Contract
{
    qint64 id = 0;
    QString code;
    QString title;
    qint64 purchaserId = 0;
    QDate signedOn; // invalid = not signed yet
    QDate start;
    QDate end;
    int postCount = 0;
    Money fundingPerPost = Money::fromYuan(30000);
    OverheadKind overheadKind = OverheadKind::Rate;
    int overheadRateBp = 0; // basis points of the funding per post, 1500 = 15%
    Money overheadFixed;    // per post, when overheadKind is Fixed
    ContractStatus status = ContractStatus::Draft;
    std::optional<qint64> renewsId; // the contract this one continues (续签)
    QString notes;

    DateRange term() const { return {start, end}; }
    bool covers(QDate day) const { return term().contains(day); }
};

// Contracts, their rules, and their renewal chains (续签). Every change is checked with
// validate() before anything is written; the schema backs the same rules.
class ContractRepository
{
    Q_DECLARE_TR_FUNCTIONS(core::ContractRepository)
public:
    explicit ContractRepository(Database db)
        : m_db(std::move(db))
    {}

    // A new, unsaved contract with the agency's default overhead rule from the settings.
    Contract blank() const;

    Result<Contract> get(qint64 id) const;
    Result<QList<Contract>> list() const;
    // Checks a contract before it is written: code non-empty and unique, a purchaser, a valid
    // term, amounts ≥ 0, rate 0..10000 bp, the post count not below the posts it already has,
    // a term that still holds its placements, a valid renewed contract.
    Status validate(const Contract &contract) const;
    Result<qint64> add(const Contract &contract) const;
    Status update(const Contract &contract) const;
    // Refused when the contract has placements or funding entries, or has been renewed.
    // Its posts go with it.
    Status remove(qint64 id) const;

    // 续签: creates the successor (same purchaser, funding, overhead rule and post count; a
    // draft) and copies the posts to the same streets, in one transaction. Refused when the
    // contract already has a successor or the new term does not start after the old one ends.
    Result<qint64> renew(qint64 id, const QString &newCode, QDate newStart, QDate newEnd) const;
    // Marks a contract whose term has run its course as ended.
    Status end(qint64 id) const;
    // 终止: ends a contract early. When `date` is valid and before the end, the end moves to
    // it; refused when a placement reaches past that date (the message names the worker).
    // The reason is added to the notes.
    Status terminate(qint64 id, QDate date, const QString &reason) const;

    // The contract that renews this one, if any.
    Result<std::optional<Contract>> successor(qint64 id) const;
    // The contract this one renews, if any.
    Result<std::optional<Contract>> predecessor(qint64 id) const;
    // The whole renewal chain this contract belongs to, oldest first.
    Result<QList<Contract>> chain(qint64 id) const;

    // The Contracts page: code, title, purchaser, start, end, posts, funding per post, status.
    static SqlListSource listing(const Database &db);

private:
    // The first placement of the contract outside [start, end], as a message naming the worker.
    Status checkPlacementsInside(qint64 contractId, QDate start, QDate end) const;
    Result<std::optional<Contract>> findOne(const QString &where, qint64 value) const;

    Database m_db;
};

} // namespace core
