// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "cli.h"

#include "command.h"
#include "core/i18n.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace app {

namespace {

const Command kCommands[] = {
    {"demo", QT_TRANSLATE_NOOP("app::Cli", "Fill the file with realistic demo data"), runDemo, false},
    {"summary", QT_TRANSLATE_NOOP("app::Cli", "Key figures and alerts as of a day"), runSummary, false},
    {"check", QT_TRANSLATE_NOOP("app::Cli", "Integrity check and every rule over the whole file"), runCheck, false},
    {"backup", QT_TRANSLATE_NOOP("app::Cli", "Write a consistent copy of the file"), runBackup, false},
    {"copy-to", QT_TRANSLATE_NOOP("app::Cli", "Copy the file into an empty database on a PostgreSQL server"), runCopyTo,
     false},
    {"import", QT_TRANSLATE_NOOP("app::Cli", "Import attendance or work logs from CSV or XLSX"), runImport, false},
    {"export", QT_TRANSLATE_NOOP("app::Cli", "Export a table to CSV or XLSX"), runExport, false},
    {"evaluate", QT_TRANSLATE_NOOP("app::Cli", "Draft the evaluations of a period from the records"), runEvaluate,
     false},
    {"sheets", QT_TRANSLATE_NOOP("app::Cli", "Print the evaluation sheets of a period to PDF"), runSheets, true},
    {"chart", QT_TRANSLATE_NOOP("app::Cli", "Draw a chart (attendance, activities, workload ...) into a PNG file"),
     runChart, true},
    {"report", QT_TRANSLATE_NOOP("app::Cli", "The report for the purchaser of a contract and period (PDF, XLSX, JSON)"),
     runReport, true},
    {"renew", QT_TRANSLATE_NOOP("app::Cli", "Renew a contract: next term, same posts, the same workers placed"),
     runRenew, false},
};

const Command *findCommand(const char *name)
{
    for (const Command &c : kCommands)
        if (std::strcmp(c.name, name) == 0)
            return &c;
    return nullptr;
}

// Global options come before the subcommand: --db FILE, --lang zh_CN|en.
struct Globals
{
    QString db;
    QString lang;
    QString screenshot;    // the window's --screenshot DIR
    int commandIndex = -1; // index in argv of the subcommand, -1 for none
    QString error;
    bool help = false;
    bool version = false;
};

Globals scanGlobals(int argc, char *argv[])
{
    Globals g;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        auto takeValue = [&](const QString &option, QString &target) {
            if (a.startsWith(option + QLatin1Char('='))) {
                target = a.mid(option.size() + 1);
                return true;
            }
            if (a == option) {
                if (i + 1 >= argc) {
                    g.error = QCoreApplication::translate("app::Cli", "%1 needs a value.").arg(option);
                    return true;
                }
                target = QString::fromLocal8Bit(argv[++i]);
                return true;
            }
            return false;
        };
        if (takeValue(QStringLiteral("--db"), g.db) || takeValue(QStringLiteral("--lang"), g.lang) ||
            takeValue(QStringLiteral("--screenshot"), g.screenshot))
            continue;
        if (a == u"-h" || a == u"--help") {
            g.help = true;
            continue;
        }
        if (a == u"-v" || a == u"--version") {
            g.version = true;
            continue;
        }
        if (a.startsWith(QLatin1Char('-'))) {
            // Options the window understands (e.g. --screenshot) are left for it.
            continue;
        }
        g.commandIndex = i;
        break;
    }
    return g;
}

void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate(
               "app::Cli", "Usage: onestreet [--db FILE|postgresql://USER@HOST:PORT/DBNAME] [--lang zh_CN|en] "
                           "[COMMAND [OPTIONS]]")
        << '\n'
        << QCoreApplication::translate("app::Cli", "Without a command, opens the window.") << "\n\n"
        << QCoreApplication::translate("app::Cli", "Commands:") << '\n';
    for (const Command &c : kCommands)
        out << "  " << QString::fromLatin1(c.name).leftJustified(10) << ' '
            << QCoreApplication::translate("app::Cli", c.summary) << '\n';
    out << '\n'
        << QCoreApplication::translate("app::Cli", "Run 'onestreet COMMAND --help' for a command's options.") << '\n'
        << QCoreApplication::translate("app::Cli",
                                       "Exit status: 0 success, 1 user error (nothing written), 2 usage error.")
        << '\n';
}

} // namespace

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QFileInfo::exists(folder) && QDir().mkpath(folder))
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return QDir(folder).filePath(QStringLiteral("onestreet.db"));
}

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // Everything this program creates (data files, backups, exports, sheets, folders) holds
    // personal data: owner only, 0600 files and 0700 folders (README "Files and permissions").
    umask(077);
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("OneStreet"));
    QCoreApplication::setApplicationName(QStringLiteral("onestreet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONESTREET_VERSION));

    const Globals globals = scanGlobals(argc, argv);
    const Command *command = globals.commandIndex > 0 ? findCommand(argv[globals.commandIndex]) : nullptr;

    if (globals.commandIndex < 0 && !globals.help && !globals.version && globals.error.isEmpty())
        return ui::runWindow(argc, argv, globals.db, globals.lang, globals.screenshot);

    // Headless. Commands that draw (sheets, charts) need fonts and a paint device, but no display.
    if (command && command->needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application;
    if (command && command->needsGui)
        application = std::make_unique<QApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    core::installTranslations(*application, globals.lang);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!globals.error.isEmpty()) {
        err << globals.error << '\n';
        return UsageError;
    }
    if (globals.version && !command) {
        out << "onestreet " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    if (globals.help && !command) {
        printHelp(out);
        return Success;
    }
    if (!command) {
        err << QCoreApplication::translate("app::Cli", "Unknown command “%1”.")
                   .arg(QString::fromLocal8Bit(argv[globals.commandIndex]))
            << '\n';
        printHelp(err);
        return UsageError;
    }

    CommandContext context{
        QString::fromLatin1(command->name), {}, globals.db.isEmpty() ? defaultDatabasePath() : globals.db, out, err};
    context.arguments << QString::fromLocal8Bit(argv[0]);
    for (int i = globals.commandIndex + 1; i < argc; ++i)
        context.arguments << QString::fromLocal8Bit(argv[i]);
    if (globals.help)
        context.arguments << QStringLiteral("--help");
    const int code = command->run(context);
    out.flush();
    err.flush();
    return code;
}

std::optional<int> CommandContext::parse(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(QStringLiteral("onestreet ") + name);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Success;
    }
    return std::nullopt;
}

std::optional<core::Database> CommandContext::open(core::Database::Mode mode) const
{
    auto db = core::Database::open(databasePath, mode);
    if (!db) {
        err << db.error().message << '\n';
        return std::nullopt;
    }
    return db.value();
}

int CommandContext::fail(const core::Error &error) const
{
    err << error.message << '\n';
    return UserError;
}

int CommandContext::usage(const QString &message) const
{
    err << message << '\n';
    return UsageError;
}

} // namespace app
