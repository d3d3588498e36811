// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// core::Table, RowValues and Row: the statements made from one column list, values bound in its
// order whatever order they are set in, a row read back by name, and a wrong name refused.
#include "core/table.h"
#include "helpers.h"

#include <QSqlQuery>

using namespace core;

namespace {

const Table kThing{"thing", {"code", "day", "parent_id", "amount"}};

RowValues thingValues()
{
    return RowValues()
        .set("amount", qint64(1250))
        .set("code", QStringLiteral("T-1"))
        .set("parent_id", QVariant(QMetaType::fromType<qint64>()))
        .set("day", QStringLiteral("2026-03-01"));
}

} // namespace

TEST_CASE("A table's statements come from its one column list", "[table]")
{
    CHECK(kThing.select() == QStringLiteral("SELECT id, code, day, parent_id, amount FROM thing"));
    CHECK(kThing.select(QStringLiteral("t")) ==
          QStringLiteral("SELECT t.id, t.code, t.day, t.parent_id, t.amount FROM thing t"));
    CHECK(kThing.columnList(QStringLiteral("t")) == QStringLiteral("t.id, t.code, t.day, t.parent_id, t.amount"));
    CHECK(kThing.insert() == QStringLiteral("INSERT INTO thing (code, day, parent_id, amount) VALUES (?, ?, ?, ?)"));
    CHECK(kThing.update() ==
          QStringLiteral("UPDATE thing SET code = ?, day = ?, parent_id = ?, amount = ? WHERE id = ?"));
    CHECK(kThing.without({"code"}).update() ==
          QStringLiteral("UPDATE thing SET day = ?, parent_id = ?, amount = ? WHERE id = ?"));
    CHECK(kThing.only({"amount", "code"}).insert() == QStringLiteral("INSERT INTO thing (amount, code) VALUES (?, ?)"));
    CHECK(kThing.indexOf("id") == 0);
    CHECK(kThing.indexOf("parent_id") == 3);
    CHECK(kThing.size() == 5);
}

TEST_CASE("Values set by name are bound in the table's order", "[table]")
{
    const QVariantList values = thingValues().ordered(kThing);
    REQUIRE(values.size() == 4);
    CHECK(values.at(0).toString() == QStringLiteral("T-1"));
    CHECK(values.at(1).toString() == QStringLiteral("2026-03-01"));
    CHECK(values.at(2).isNull());
    CHECK(values.at(3).toLongLong() == 1250);
    const QVariantList forUpdate = thingValues().ordered(kThing, 7);
    REQUIRE(forUpdate.size() == 5);
    CHECK(forUpdate.last().toLongLong() == 7);
    CHECK(thingValues().problem(kThing).isEmpty());
}

TEST_CASE("An unknown, missing or repeated column is refused", "[table]")
{
    CHECK(kThing.indexOf("cod") == -1);
    CHECK(thingValues().set("cod", 1).problem(kThing) == QStringLiteral("thing has no column cod"));
    CHECK(thingValues().set("code", QStringLiteral("T-2")).problem(kThing) ==
          QStringLiteral("column code of thing is set 2 times"));
    CHECK(RowValues().set("code", 1).problem(kThing) == QStringLiteral("column day of thing is set 0 times"));
    // A subset refuses the columns it left out.
    CHECK(thingValues().problem(kThing.without({"code"})) == QStringLiteral("thing has no column code"));
}

TEST_CASE("A row written from RowValues reads back by name", "[table]")
{
    Database db = memoryDb();
    REQUIRE(db.run(QStringLiteral("CREATE TABLE thing (id INTEGER PRIMARY KEY, code TEXT NOT NULL, day TEXT, "
                                  "parent_id INTEGER, amount INTEGER NOT NULL)")));
    auto id = db.insert(kThing.insert(), thingValues().ordered(kThing));
    REQUIRE(id);
    auto parent = db.insert(kThing.insert(), thingValues().ordered(kThing));
    REQUIRE(parent);
    const RowValues changed = RowValues()
                                  .set("code", QStringLiteral("T-9"))
                                  .set("day", QStringLiteral("2026-03-02"))
                                  .set("parent_id", parent.value())
                                  .set("amount", qint64(99));
    REQUIRE(db.run(kThing.update(), changed.ordered(kThing, id.value())));

    // The table's columns first, then what a join adds (Row::extra).
    auto q = db.run(QStringLiteral("SELECT ") + kThing.columnList(QStringLiteral("t")) +
                        QStringLiteral(", p.code FROM thing t JOIN thing p ON p.id = t.parent_id WHERE t.id = ?"),
                    {id.value()});
    REQUIRE(q);
    REQUIRE(q.value().next());
    const Row r(kThing, q.value());
    CHECK(r.id() == id.value());
    CHECK(r.text("code") == QStringLiteral("T-9"));
    CHECK(r.date("day") == QDate(2026, 3, 2));
    CHECK(r.optionalId("parent_id") == parent.value());
    CHECK(r.money("amount") == Money::fromFen(99));
    CHECK(r.extra(0).toString() == QStringLiteral("T-1"));

    auto p = db.run(kThing.select() + QStringLiteral(" WHERE id = ?"), {parent.value()});
    REQUIRE(p);
    REQUIRE(p.value().next());
    CHECK_FALSE(Row(kThing, p.value()).optionalId("parent_id"));
}
