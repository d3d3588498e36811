// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

// The storage seam, SQL half: the few expressions that are spelt differently by the two engines
// OneStreet runs on (the embedded SQLite file and a PostgreSQL server). Repositories ask the
// Database for its dialect and build their statements from these pieces; nothing else in core
// names an engine. Opening, migrations, ids, errors and transactions are in database.cpp; bulk
// writing in bulkwriter.cpp; copies between the engines in storagecopy.cpp.

#include <QString>

namespace core {

enum class Engine { Sqlite, Postgres };

class Dialect
{
public:
    explicit Dialect(Engine engine)
        : m_engine(engine)
    {}

    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::Postgres; }

    // 'yyyy-MM' of a day column (the file keeps days as ISO text, the server as date).
    QString month(const QString &day) const
    {
        return isServer() ? QStringLiteral("to_char(%1, 'YYYY-MM')").arg(day)
                          : QStringLiteral("substr(%1, 1, 7)").arg(day);
    }
    // The values of `expression` over a group joined by `separator` (a literal without quotes).
    QString joined(const QString &expression, const QString &separator) const
    {
        return isServer() ? QStringLiteral("string_agg(%1::text, '%2')").arg(expression, separator)
                          : QStringLiteral("group_concat(%1, '%2')").arg(expression, separator);
    }
    // Case-insensitive pattern match for search boxes (SQLite's LIKE already ignores ASCII case).
    QString like() const { return isServer() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE"); }
    // A day before every real one, for COALESCE in sort keys.
    QString earliestDay() const
    {
        return isServer() ? QStringLiteral("DATE '0001-01-01'") : QStringLiteral("'0000-01-01'");
    }
    // A day column as 'yyyy-MM-dd' text (for comparing with text or concatenating).
    QString dayText(const QString &day) const
    {
        return isServer() ? QStringLiteral("to_char(%1, 'YYYY-MM-DD')").arg(day) : day;
    }

    // Appended to an INSERT whose new id is wanted (read back with Database::insertedId()).
    QString returningId() const { return isServer() ? QStringLiteral(" RETURNING id") : QString(); }

private:
    Engine m_engine;
};

} // namespace core
