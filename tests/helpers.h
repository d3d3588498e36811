// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/database.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

// A fresh in-memory OneStreet database for one test case.
inline core::Database memoryDb()
{
    auto db = core::Database::openMemory();
    if (!db)
        FAIL(db.error().message.toStdString());
    return db.value();
}

inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}
