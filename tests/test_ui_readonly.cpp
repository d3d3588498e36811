// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// A file without write permission opens in the window for viewing, "只读" in the title bar.
#include "core/i18n.h"
#include "helpers.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QFile>

TEST_CASE("a read-only file opens in the window for viewing, said in the title bar", "[ui][window][readonly]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.db"));
    {
        auto db = core::Database::open(path);
        REQUIRE(db.ok());
        REQUIRE(db->run(QStringLiteral("PRAGMA journal_mode = DELETE")).ok()); // no -wal left beside it
    }
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));

    core::installTranslations(*qApp, QStringLiteral("zh_CN"));
    ui::MainWindow window;
    REQUIRE(window.openDatabase(path));
    REQUIRE(window.database().has_value());
    CHECK(window.database()->isReadOnly());
    CHECK(window.windowTitle().contains(QStringLiteral("shared.db")));
    CHECK(window.windowTitle().contains(QStringLiteral("只读")));
    // A write is refused with a message in the user's language, and the file is unchanged.
    const auto written = window.database()->run(QStringLiteral("INSERT INTO district (name) VALUES ('x')"));
    REQUIRE(!written.ok());
    CHECK(written.error().message.contains(QStringLiteral("只读")));
    core::installTranslations(*qApp, QStringLiteral("en"));
}
