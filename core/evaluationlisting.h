// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "enums.h"
#include "evaluation.h"
#include "period.h"

#include <optional>

namespace core {

// What the Evaluations page filters on beyond core::ListFilter: the period kind, one exact
// period (a year's list does not show the monthly evaluations inside it) and the grade.
struct EvaluationListExtra
{
    std::optional<Period::Kind> kind;
    std::optional<Period> period; // takes precedence over kind
    std::optional<Grade> grade;
};

// EvaluationRepository::listing() narrowed by `extra`. The conditions hold only enumeration
// codes and ISO dates made here, never text the user typed.
std::unique_ptr<SqlListSource> evaluationListing(const Database &db, const EvaluationListExtra &extra);

} // namespace core
