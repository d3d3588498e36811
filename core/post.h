// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "database.h"
#include "listing.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace core {

// 岗位 a post: one contract × one street, funded by the contract and held by one placed social
// worker at a time. One street, one post per contract.
struct Post
{
    qint64 id = 0;
    qint64 contractId = 0;
    qint64 streetId = 0;
    QString notes;
    // Filled when read, ignored when written.
    QString contractCode;
    QString streetName;
    QString districtName;
    std::optional<qint64> placementId; // the placement holding the post on the day asked about
    std::optional<qint64> holderId;    // its worker
    QString holderName;

    bool isVacant() const { return !holderId.has_value(); }
};

class PostRepository
{
    Q_DECLARE_TR_FUNCTIONS(core::PostRepository)
public:
    explicit PostRepository(Database db)
        : m_db(std::move(db))
    {}

    // The posts of a contract by district and street, with the holder on `onDay`
    // (invalid = today).
    Result<QList<Post>> ofContract(qint64 contractId, QDate onDay = {}) const;
    Result<Post> get(qint64 id, QDate onDay = {}) const;
    // Refuses a second post for the same street in the same contract ("one street, one post
    // per contract") and more posts than the contract funds.
    Result<qint64> add(const Post &post) const;
    // Changes the notes, or the street while nobody has been placed in the post.
    Status update(const Post &post) const;
    // Refused while the post has placements or funding entries.
    Status remove(qint64 id) const;
    // 岗位: makes the contract's posts exactly one per street in `streetIds` (adding the missing,
    // removing the others, refused for a post with placements or funding) and its post count
    // (岗位数) their number. In one transaction (a savepoint inside the caller's).
    Status setStreets(qint64 contractId, const QList<qint64> &streetIds) const;
    // A renewal's posts: one for each post of `fromContract`, at the same street with its notes.
    Status copyPosts(qint64 fromContract, qint64 toContract) const;
    // Posts of the contracts in force on `onDay` (not drafts, the day inside the term) that
    // no placement covers on that day.
    Result<QList<Post>> vacantPosts(QDate onDay) const;

    // The Streets & posts page: district, street, contract, term, holder today, department,
    // contract status. Filters: district, street, contract, post, term, status, search.
    static SqlListSource listing(const Database &db);

private:
    Result<QList<Post>> select(const QString &where, QVariantList values, QDate onDay) const;
    Status checkStreet(const Post &post) const;

    Database m_db;
};

} // namespace core
