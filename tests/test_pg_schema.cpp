// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The PostgreSQL schema (resources/migrations/postgresql): it applies to an empty database in one
// transaction, records its version and OneStreet's mark, and has the file's tables, columns and
// defaults. The rules it enforces are in test_pg_rules.cpp.
#include "core/database.h"
#include "pgfixture.h"

#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>

#include <map>
#include <tuple>

using pgfixture::FreshDatabase;
using pgfixture::Outcome;

namespace {

// What later code asks before it touches a server database (the file's PRAGMA application_id
// and user_version): is the schema empty, OneStreet's (at which version), or someone else's?
// A table called schema_version alone proves nothing: other tools use that name too.
enum class Kind { Empty, OneStreet, Foreign };

std::pair<Kind, int> classify(const FreshDatabase &db)
{
    const qint64 relations =
        db.count(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')"));
    if (relations == 0)
        return {Kind::Empty, 0};
    const bool marked = db.count(QStringLiteral("SELECT count(*) FROM information_schema.columns "
                                                "WHERE table_schema = current_schema() AND table_name = "
                                                "'schema_version' AND column_name = 'application_id'")) == 1;
    if (!marked)
        return {Kind::Foreign, 0};
    const QVariant version =
        db.scalar(QStringLiteral("SELECT max(version) FROM schema_version WHERE application_id = %1")
                      .arg(core::Database::kApplicationId));
    if (version.isNull())
        return {Kind::Foreign, 0};
    return {Kind::OneStreet, version.toInt()};
}

core::Database fileSchema()
{
    auto db = core::Database::openMemory();
    if (!db)
        FAIL(db.error().message.toStdString());
    return db.value();
}

// table -> column -> NOT NULL
using Columns = std::map<QString, std::map<QString, bool>>;

Columns fileColumns()
{
    const core::Database db = fileSchema();
    Columns columns;
    QSqlQuery tables(db.sql());
    REQUIRE(tables.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery info(db.sql());
        REQUIRE(info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
        // cid, name, type, notnull, dflt_value, pk; an INTEGER PRIMARY KEY is never NULL.
        while (info.next())
            columns[table][info.value(1).toString()] = info.value(3).toInt() == 1 || info.value(5).toInt() > 0;
    }
    return columns;
}

Columns serverColumns(const FreshDatabase &db)
{
    Columns columns;
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT c.table_name, c.column_name, c.is_nullable FROM information_schema.columns c "
                                  "JOIN information_schema.tables t ON t.table_schema = c.table_schema "
                                  "AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE' "
                                  "WHERE c.table_schema = current_schema()")));
    while (q.next())
        columns[q.value(0).toString()][q.value(1).toString()] = q.value(2).toString() == QLatin1String("NO");
    return columns;
}

} // namespace

TEST_CASE("The server migration applies to an empty database and marks it as OneStreet's", "[postgres][schema]")
{
    FreshDatabase db;
    CHECK(classify(db).first == Kind::Empty);
    const Outcome migrated = db.migrate();
    INFO(migrated);
    REQUIRE(migrated);
    CHECK(pgfixture::migrationFiles().size() == core::Database::kSchemaVersion);
    CHECK(classify(db) == std::pair{Kind::OneStreet, core::Database::kSchemaVersion});
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'btree_gist'")) == 1);
    CHECK(db.scalar(QStringLiteral("SELECT application_id FROM schema_version WHERE version = 1")).toLongLong() ==
          core::Database::kApplicationId);

    // The same default rows as the file: every setting, and the default rubric item by item.
    const core::Database file = fileSchema();
    auto rows = [](const QSqlDatabase &sql, const QString &statement) {
        QSqlQuery q(sql);
        REQUIRE(q.exec(statement));
        QStringList out;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    };
    const QString settings = QStringLiteral("SELECT key, value FROM settings ORDER BY key");
    CHECK(rows(db.sql(), settings) == rows(file.sql(), settings));
    CHECK(rows(db.sql(), settings).size() == 17);
    const QString rubric = QStringLiteral(
        "SELECT t.id, t.name, t.is_default, i.position, i.name_zh, i.name_en, i.dimension, i.weight, "
        "i.method, i.target, i.standard FROM rubric_template t JOIN rubric_item i ON i.template_id = t.id "
        "ORDER BY t.id, i.position");
    CHECK(rows(db.sql(), rubric) == rows(file.sql(), rubric));
    CHECK(rows(db.sql(), rubric).size() == 5);
    // The default template's id was given; the next template still gets a free one.
    CHECK(db.insert(QStringLiteral("INSERT INTO rubric_template (name) VALUES ('月度考核')")) == 2);
}

TEST_CASE("A failing migration leaves the database as it was", "[postgres][schema]")
{
    FreshDatabase db;
    const QString script = pgfixture::readFile(pgfixture::migrationFiles().first());
    // A last statement that fails: nothing of the script may stay (one transaction).
    const Outcome broken = db.applyScript(script + QStringLiteral("\nSELECT 1 / 0;\n"));
    REQUIRE_FALSE(broken);
    CHECK(broken.sqlState == QLatin1String("22012"));
    CHECK(classify(db).first == Kind::Empty);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'btree_gist'")) == 0);
    REQUIRE(db.applyScript(script));
    CHECK(classify(db) == std::pair{Kind::OneStreet, 1});
}

TEST_CASE("A database with tables of another program is told apart from an empty one", "[postgres][schema]")
{
    FreshDatabase db;
    // Other tools call their own table schema_version too.
    REQUIRE(db.exec(QStringLiteral("CREATE TABLE schema_version (installed_rank integer, version text)")));
    CHECK(classify(db).first == Kind::Foreign);

    FreshDatabase other;
    REQUIRE(other.exec(QStringLiteral("CREATE TABLE customers (id serial PRIMARY KEY, name text)")));
    CHECK(classify(other).first == Kind::Foreign);

    // A OneStreet database of a newer program shows its higher version.
    FreshDatabase newer;
    REQUIRE(newer.migrate());
    REQUIRE(newer.exec(QStringLiteral("INSERT INTO schema_version (version, application_id) VALUES (%1, %2)")
                           .arg(core::Database::kSchemaVersion + 1)
                           .arg(core::Database::kApplicationId)));
    CHECK(classify(newer) == std::pair{Kind::OneStreet, core::Database::kSchemaVersion + 1});
    // ... and no row may claim to be OneStreet's with another application id.
    const Outcome forged =
        newer.exec(QStringLiteral("INSERT INTO schema_version (version, application_id) VALUES (9, 42)"));
    CHECK_FALSE(forged);
    CHECK(forged.sqlState == QLatin1String("23514"));
}

TEST_CASE("An IT person can apply the migration with psql in one transaction", "[postgres][schema]")
{
    FreshDatabase db;
    QProcess psql;
    psql.setProcessChannelMode(QProcess::MergedChannels);
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("--single-transaction"), QStringLiteral("-d"), db.name(), QStringLiteral("-f"),
                pgfixture::migrationFiles().first()});
    REQUIRE(psql.waitForFinished(60000));
    INFO(psql.readAll().toStdString());
    CHECK(psql.exitStatus() == QProcess::NormalExit);
    CHECK(psql.exitCode() == 0);
    CHECK(classify(db) == std::pair{Kind::OneStreet, 1});
}

TEST_CASE("The server has the file's tables and columns, with the same NOT NULLs", "[postgres][schema]")
{
    FreshDatabase db;
    REQUIRE(db.migrate());
    const Columns file = fileColumns();
    Columns server = serverColumns(db);
    REQUIRE(file.size() > 20);

    // The server's own additions, and only these: its version table (the file has PRAGMAs) and the
    // placement span that its exclusion constraints read.
    CHECK(server.erase(QStringLiteral("schema_version")) == 1);
    CHECK(server[QStringLiteral("placement")].erase(QStringLiteral("span")) == 1);

    QStringList onlyFile, onlyServer, nullability;
    for (const auto &[table, columns] : file)
        for (const auto &[column, notNull] : columns) {
            const auto t = server.find(table);
            if (t == server.end() || !t->second.count(column))
                onlyFile << table + QLatin1Char('.') + column;
            else if (t->second.at(column) != notNull)
                nullability << table + QLatin1Char('.') + column;
        }
    for (const auto &[table, columns] : server)
        for (const auto &[column, notNull] : columns)
            if (!file.count(table) || !file.at(table).count(column))
                onlyServer << table + QLatin1Char('.') + column;
    INFO("only in the file: " << onlyFile.join(QStringLiteral(", ")).toStdString());
    INFO("only on the server: " << onlyServer.join(QStringLiteral(", ")).toStdString());
    INFO("NOT NULL differs: " << nullability.join(QStringLiteral(", ")).toStdString());
    CHECK(onlyFile.isEmpty());
    CHECK(onlyServer.isEmpty());
    CHECK(nullability.isEmpty());
}

TEST_CASE("Days are dates on the server, ids are identities a copy can give", "[postgres][schema]")
{
    FreshDatabase db;
    REQUIRE(db.migrate());
    // Every column holding a day (by the file's naming: *_on, *_date, day, period_start/end) is a date.
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT table_name || '.' || column_name, data_type FROM information_schema.columns "
                                  "WHERE table_schema = current_schema() AND (column_name LIKE '%\\_on' "
                                  "OR column_name LIKE '%\\_date' OR column_name IN ('day', 'period_start', "
                                  "'period_end'))")));
    int days = 0;
    while (q.next()) {
        CAPTURE(q.value(0).toString().toStdString());
        CHECK(q.value(1).toString() == QLatin1String("date"));
        ++days;
    }
    CHECK(days == 25);
    // An impossible day, which the file's text column would keep, is refused.
    const Outcome impossible =
        db.exec(QStringLiteral("INSERT INTO calendar_day (day, workday) VALUES ('2026-02-30', 1)"));
    CHECK_FALSE(impossible);
    CHECK(impossible.sqlState == QLatin1String("22008"));

    // A copy from a file keeps its ids; setval then moves the sequence past them.
    REQUIRE(db.exec(QStringLiteral("INSERT INTO purchaser (id, name) VALUES (100, '海淀区民政局')")));
    REQUIRE(db.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('purchaser', 'id'), "
                                   "(SELECT max(id) FROM purchaser))")));
    CHECK(db.insert(QStringLiteral("INSERT INTO purchaser (name) VALUES ('朝阳区民政局')")) == 101);
    // Every id is such an identity.
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                                  "current_schema() AND column_name = 'id' AND (is_identity <> 'YES' OR "
                                  "identity_generation <> 'BY DEFAULT' OR data_type <> 'bigint')")) == 0);
}

TEST_CASE("Migration scripts split at line-final semicolons, function bodies kept whole", "[postgres][schema]")
{
    const QStringList s = pgfixture::splitStatements(QStringLiteral(
        "-- comment;\nCREATE TABLE a (x int);\n\nCREATE FUNCTION f() RETURNS trigger\nLANGUAGE plpgsql AS\n$$\n"
        "BEGIN\n    RETURN NEW;\nEND\n$$;\n-- a comment line ending in ;\nINSERT INTO a VALUES (1);\n"));
    REQUIRE(s.size() == 3);
    CHECK(s.at(1).startsWith(QLatin1String("CREATE FUNCTION")));
    CHECK(s.at(1).endsWith(QLatin1String("$$;")));
    CHECK(s.at(2) == QLatin1String("INSERT INTO a VALUES (1);"));
}
