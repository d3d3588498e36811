// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "database.h"
#include "enums.h"
#include "listing.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace core {

// 派驻: the agency places a social worker in a post (one contract × one street), where the
// street assigns them to a department (科室). A worker holds one placement at a time, a post
// holds one worker at a time, and a placement lies inside its contract's term.
struct Placement
{
    qint64 id = 0;
    qint64 workerId = 0;
    qint64 postId = 0;
    std::optional<qint64> departmentId;
    QDate start;
    QDate end; // invalid = until the contract ends
    std::optional<PlacementEndReason> endReason;
    QString handoverNote; // 交接记录, from the outgoing to the incoming worker
};

// One line of a street's continuity view (placement history over all contracts).
struct PlacementHistoryRow
{
    qint64 placementId = 0;
    qint64 workerId = 0;
    QString workerName;
    qint64 contractId = 0;
    QString contractCode;
    QString departmentName; // empty = none
    QDate start;
    QDate end;          // invalid = open
    QDate effectiveEnd; // end, or the contract's end when open
    std::optional<PlacementEndReason> endReason;
    QString handoverNote;
};

class PlacementRepository
{
    Q_DECLARE_TR_FUNCTIONS(core::PlacementRepository)
public:
    explicit PlacementRepository(Database db)
        : m_db(std::move(db))
    {}

    Result<Placement> get(qint64 id) const;
    // Checks every rule (see check()) and stores a new placement.
    Result<qint64> place(const Placement &placement) const;
    Status update(const Placement &placement) const;
    // Ends a placement on `day` (inside the placement) for a reason, keeping the handover note
    // for the next worker at that street (an empty note keeps the one already written).
    Status end(qint64 id, QDate day, std::optional<PlacementEndReason> reason, const QString &handoverNote) const;
    Status remove(qint64 id) const;

    // The rules, with messages naming the conflicting worker, street and dates: inside the
    // contract's term; no other placement of the worker overlaps; no other placement of the
    // post overlaps (an open end means the contract's end); the department is the post's street's.
    Status check(const Placement &placement) const;

    // The worker's placement covering `day`, if any.
    Result<std::optional<Placement>> current(qint64 workerId, QDate day) const;
    // Every placement at the street over all contracts, oldest first.
    Result<QList<PlacementHistoryRow>> history(qint64 streetId) const;

    // The Placements page: worker, street, district, department, contract, start, end (effective),
    // end reason, handover note excerpt; filters: period, street, district, worker, contract, post.
    static SqlListSource listing(Database db);
    SqlListSource listing() const { return listing(m_db); }

private:
    Database m_db;
};

} // namespace core
