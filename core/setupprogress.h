// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "database.h"

#include <QDate>

namespace core {

// 入门进度: how far a new file has come along the first steps a coordinator takes — a purchaser
// (购买方), a contract with posts at its streets, social workers, a placement (派驻) and the first
// attendance records. The Overview's checklist reads it; each flag says "at least one exists".
struct SetupProgress
{
    bool purchaser = false;
    bool contract = false;
    bool street = false;
    bool post = false; // a contract has a post at a street
    bool worker = false;
    bool placement = false;
    bool attendance = false;
    QDate firstPlacementStart; // the earliest placement's first day; invalid without one

    // Every step is done: the checklist has nothing left to show.
    bool complete() const { return purchaser && contract && post && worker && placement && attendance; }
};

// One read-only statement, cheap on a file of any size (EXISTS stops at the first row).
Result<SetupProgress> setupProgress(const Database &db);

} // namespace core
