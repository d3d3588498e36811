// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "contract.h"
#include "database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace core {

// A placement of the old contract still open on its last day: who would carry on in the renewal.
struct RenewalPlacement
{
    qint64 placementId = 0;
    qint64 workerId = 0;
    QString workerName;
    qint64 streetId = 0;
    QString streetName;
    std::optional<qint64> departmentId;
    bool carryOn = true; // place the worker in the new post from the new first day
};

// What 续签 would create: the successor contract (unsaved) and the placements to continue.
struct RenewalPlan
{
    qint64 oldId = 0;
    Contract contract;
    QList<RenewalPlacement> placements;
};

// What 续签 created.
struct RenewalDone
{
    qint64 contractId = 0;
    QString code;
    int posts = 0;
    int placements = 0;
};

// 续签: renews a contract for its next term (the day after the old end, the same length), the
// year(s) in its code and title advanced, the same streets' posts, and the workers of the
// placements open at the old end placed again in the new posts from the new first day.
class Renewal
{
    Q_DECLARE_TR_FUNCTIONS(core::Renewal)
public:
    // The proposal for renewing contract `id`; `start` invalid = the day after the old end.
    // Refused when the contract already has a successor.
    static Result<RenewalPlan> plan(const Database &db, qint64 id, QDate start = {});
    // Creates what `plan` says in one transaction: the contract (its predecessor linked), its
    // posts, and each placement with carryOn (checked by the placement rules). All or nothing;
    // a refused placement names the worker.
    static Result<RenewalDone> apply(const Database &db, const RenewalPlan &plan);

    // The same term again, starting on `start`: whole months stay whole months.
    static QDate nextEnd(const Contract &old, QDate start);
    // Every year between the old start's and end's (as a separate 4-digit number) moved by `years`.
    static QString advanceYears(const QString &text, int firstYear, int lastYear, int years);
};

} // namespace core
