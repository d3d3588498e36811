// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "table.h"

// The columns of an evaluation (考核) and its items, shared by the halves of EvaluationRepository
// that draft them (evaluation_generate.cpp) and read them back (evaluation.cpp).
namespace core::evaluationtables {

inline const Table kEvaluation{"evaluation",
                               {"worker_id", "period_kind", "period_start", "period_end", "supervisor_id",
                                "template_name", "status", "total", "grade", "comments", "work_summary", "summary_on",
                                "finalised_on", "unlock_count", "interim_as_of", "attendance_rule"}};
// What a drafted evaluation is given; the rest keep their defaults until it is worked on.
inline const Table kDraftEvaluation =
    kEvaluation.without({"status", "comments", "work_summary", "summary_on", "finalised_on", "unlock_count"});

inline const Table kItem{"evaluation_item",
                         {"evaluation_id", "position", "name_zh", "name_en", "dimension", "weight", "method", "target",
                          "standard", "data_text", "proposed_score", "self_score", "score", "override_reason"}};
// A drafted item has no self-assessment and no override yet.
inline const Table kDraftItem = kItem.without({"self_score", "override_reason"});

} // namespace core::evaluationtables
