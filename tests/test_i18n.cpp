// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "helpers.h"

#include <QProcess>

namespace {
QString run(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(ONESTREET_BINARY), arguments);
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}
} // namespace

TEST_CASE("The program speaks Chinese with --lang zh_CN and English with --lang en", "[i18n]")
{
    // The translations are compiled into the program: a build that lost them would show
    // English on a Chinese system.
    CHECK(run({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")})
              .contains(QStringLiteral("不带命令时打开窗口")));
    CHECK(run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")})
              .contains(QStringLiteral("Without a command, opens the window")));
    // Core's messages too: a missing file, in Chinese.
    CHECK(run({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--db"),
               QStringLiteral("/nonexistent-folder/x.db"), QStringLiteral("summary")})
              .contains(QStringLiteral("不存在")));
}
