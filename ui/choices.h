// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/database.h"
#include "core/rubric.h"
#include "filterbar.h"

#include <QComboBox>

namespace ui {

// Choices for filter combos and dialog fields, read through core's repositories. A page hands
// these to FilterBar::enable...(), capturing its database.
namespace choices {
FilterBar::Choices districts(const core::Database &db);
FilterBar::Choices streets(const core::Database &db, std::optional<qint64> districtId);
// Workers still employed (those who left are found by searching the Social workers page).
FilterBar::Choices workers(const core::Database &db, bool includeLeft = false);
// The choices of an enumeration, labelled in the user's language.
template <typename E> FilterBar::StatusChoices enumeration()
{
    FilterBar::StatusChoices result;
    for (E v : core::allValues<E>())
        result.append({core::code(v), core::label(v)});
    return result;
}
// Fills a dialog combo with `choices` (id as item data), selecting `current` when present.
void fill(QComboBox *combo, const FilterBar::Choices &choices, qint64 current = 0);
// A rubric template as lists show it: its name, marked when it is the default, but only once
// (the template a new file starts with is called "…（默认）" already).
QString rubricLabel(const core::RubricTemplate &rubric);
} // namespace choices

} // namespace ui
