// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "period.h"

#include <QDate>
#include <QString>
#include <QVariant>

#include <optional>

namespace core {

// Values bound to statements, and read back from them, the same way in every repository. A
// missing value is a typed NULL, so that both engines' drivers bind it as the column's type.

// A day as stored ('yyyy-MM-dd'), or NULL for no day (an open end, a day not known).
inline QVariant dateOrNull(QDate day)
{
    return day.isValid() ? QVariant(isoDate(day)) : QVariant(QMetaType::fromType<QString>());
}

// A reference to another row, or NULL for none.
inline QVariant idOrNull(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace core
