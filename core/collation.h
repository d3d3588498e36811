// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include <QCollator>
#include <QString>

class QSqlDatabase;

namespace core {

// Names of people and places sort as a Chinese reader expects, by pinyin (李明, 王芳, 张伟), not by
// code point (张 U+5F20 before 李 U+674E): ICU's zh collation through QCollator, the same in the
// window's pickers (nameCollator) and in SQL (orderByName). Latin names sort alphabetically among
// them, so the order holds in the English window too.

// The collator for names (Chinese, pinyin order; numbers in names by value: 第2街道 before 第10街道).
QCollator nameCollator();

// An ORDER BY term that sorts `expression` (a column holding a name, e.g. "w.name") by name.
// The one place where the engines differ: SQLite uses the "pinyin" collation registered on every
// connection (registerNameCollation); PostgreSQL will use an ICU collation (COLLATE "zh-x-icu").
QString orderByName(const QString &expression);

// `terms` (an ORDER BY list such as "w.name, w.id DESC") with every name column sorted by name.
// A name column is one whose expression ends in "name" (w.name, s.name, district_name).
QString orderNamesIn(const QString &terms);

// Registers the "pinyin" collation on a QSQLITE connection; Database::open calls it for every
// connection it opens. False when the driver has no SQLite handle.
bool registerNameCollation(const QSqlDatabase &connection);

} // namespace core
