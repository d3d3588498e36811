// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "collation.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringList>

#include <sqlite3.h>

namespace core {

namespace {

constexpr char kCollation[] = "pinyin";

// SQLite hands both texts as native UTF-16 with their lengths in bytes.
int compareNames(void *collator, int lengthA, const void *a, int lengthB, const void *b)
{
    const QStringView left(static_cast<const QChar *>(a), lengthA / 2);
    const QStringView right(static_cast<const QChar *>(b), lengthB / 2);
    return static_cast<const QCollator *>(collator)->compare(left, right);
}

void destroyCollator(void *collator)
{
    delete static_cast<QCollator *>(collator);
}

} // namespace

QCollator nameCollator()
{
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setNumericMode(true);
    return collator;
}

QString orderByName(const QString &expression)
{
    return expression + QStringLiteral(" COLLATE ") + QLatin1String(kCollation);
}

QString orderNamesIn(const QString &terms)
{
    QStringList out;
    static const QRegularExpression term(QStringLiteral("^\\s*([A-Za-z_][A-Za-z0-9_.]*name)(\\s+(ASC|DESC))?\\s*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (const QString &t : terms.split(QLatin1Char(','))) {
        const auto m = term.match(t);
        if (m.hasMatch() && !t.contains(QLatin1String("COLLATE"), Qt::CaseInsensitive))
            out << orderByName(m.captured(1)) + m.captured(2);
        else
            out << t.trimmed();
    }
    return out.join(QStringLiteral(", "));
}

bool registerNameCollation(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    auto *sqlite = *static_cast<sqlite3 *const *>(handle.data());
    if (!sqlite)
        return false;
    // One collator per connection: a connection lives on one thread, a QCollator is not shared.
    auto *collator = new QCollator(nameCollator());
    if (sqlite3_create_collation_v2(sqlite, kCollation, SQLITE_UTF16, collator, compareNames, destroyCollator) ==
        SQLITE_OK)
        return true;
    delete collator; // SQLite calls the destructor only once the collation is registered
    return false;
}

} // namespace core
