// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// The command line speaks the user's language: under --lang zh_CN no English word is printed,
// on success, on refusal or in help, apart from what the user types (commands, options, table
// and chart names), file names and format names.
#include "core/io/exporter.h"
#include "helpers.h"
#include "ui/charts/chartbuilders.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>

namespace {

struct Run
{
    int code = -1;
    QString text; // stdout and stderr
};

Run onestreet(const QStringList &arguments)
{
    QProcess p;
    // A desktop session has its runtime folder; without one Qt warns in English on stderr.
    static const QTemporaryDir runtime;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(ONESTREET_BINARY), arguments);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

// The English words left in `text` once the words a user types or reads as names are taken out.
QStringList englishWords(QString text, const QStringList &paths)
{
    // Output may wrap a long path: compare without line breaks.
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QStringList longestFirst = paths;
    std::sort(longestFirst.begin(), longestFirst.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &path : std::as_const(longestFirst))
        text.remove(path);
    text.remove(QStringLiteral(ONESTREET_BINARY));
    text.remove(QStringLiteral("zh_CN"));
    QStringList names = core::io::Exporter::tableNames() + ui::charts::chartKeys();
    names << QStringLiteral("demo") << QStringLiteral("summary") << QStringLiteral("check") << QStringLiteral("backup")
          << QStringLiteral("import") << QStringLiteral("export") << QStringLiteral("evaluate")
          << QStringLiteral("sheets") << QStringLiteral("chart") << QStringLiteral("report") << QStringLiteral("renew")
          << QStringLiteral("worklog") << QStringLiteral("onestreet") << QStringLiteral("zh_CN") << QStringLiteral("en")
          << QStringLiteral("CSV") << QStringLiteral("XLSX") << QStringLiteral("csv") << QStringLiteral("xlsx")
          << QStringLiteral("PDF") << QStringLiteral("PNG") << QStringLiteral("Qt") << QStringLiteral("JSON")
          << QStringLiteral("copy") << QStringLiteral("postgresql") << QStringLiteral("PostgreSQL"); // copy-to
    static const QRegularExpression tokens(QStringLiteral("--?[a-z][a-z-]*"                          // options
                                                          "|yyyy-MM(-dd)?"                           // date formats
                                                          "|\\b\\d{4}-[HQ]\\d\\b"                    // periods: 2026-H1
                                                          "|\\b[A-Z]{1,3}-\\d{4}-[\\d-]+"            // contract codes
                                                          "|\\[[a-z_]+\\]"   // a problem's code (check)
                                                          "|\\b\\d+x\\d+\\b" // sizes: 1200x700
                                                          "|“[^”]*”"         // what the user typed
                                                          ));
    text.remove(tokens);
    QStringList left;
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured(0);
        if (!names.contains(w) && !left.contains(w))
            left << w;
    }
    return left;
}

} // namespace

TEST_CASE("every command answers in Chinese under --lang zh_CN", "[i18n][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(onestreet({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--streets"),
                       QStringLiteral("3"), QStringLiteral("--years"), QStringLiteral("1"), QStringLiteral("--end"),
                       QStringLiteral("2026-06-30")})
                .code == 0);
    const QString csv = dir.filePath(QStringLiteral("attendance.csv"));
    const QStringList paths{dir.path(), QDir::toNativeSeparators(dir.path())};
    auto zh = [&](const QStringList &arguments) {
        return onestreet(QStringList{QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("zh_CN")} +
                         arguments);
    };

    const QList<QStringList> runs{
        {QStringLiteral("--help")},
        {QStringLiteral("nope")},
        {QStringLiteral("summary"), QStringLiteral("--on"), QStringLiteral("2026-06-30")},
        {QStringLiteral("summary"), QStringLiteral("--bogus")},
        {QStringLiteral("summary"), QStringLiteral("extra")},
        {QStringLiteral("check")},
        {QStringLiteral("backup"), QStringLiteral("-o"), dir.filePath(QStringLiteral("copy.db"))},
        {QStringLiteral("backup")},
        {QStringLiteral("export"), QStringLiteral("attendance"), QStringLiteral("-o"), csv},
        {QStringLiteral("export"), QStringLiteral("activities"), QStringLiteral("-o"),
         dir.filePath(QStringLiteral("activities.xlsx"))},
        {QStringLiteral("export"), QStringLiteral("nope"), QStringLiteral("-o"), csv},
        {QStringLiteral("export"), QStringLiteral("attendance")},
        {QStringLiteral("import"), QStringLiteral("attendance"), csv},
        {QStringLiteral("import"), QStringLiteral("holidays"), csv},
        {QStringLiteral("evaluate"), QStringLiteral("--period"), QStringLiteral("2026-05")},
        {QStringLiteral("evaluate"), QStringLiteral("--period"), QStringLiteral("2026-13")},
        {QStringLiteral("sheets"), QStringLiteral("--period"), QStringLiteral("2026-05"), QStringLiteral("-o"),
         dir.filePath(QStringLiteral("sheets.pdf"))},
        {QStringLiteral("sheets"), QStringLiteral("--period"), QStringLiteral("2020-01"), QStringLiteral("-o"),
         dir.filePath(QStringLiteral("none.pdf"))},
        {QStringLiteral("chart"), QStringLiteral("attendance"), QStringLiteral("--from"), QStringLiteral("2026-01"),
         QStringLiteral("--to"), QStringLiteral("2026-06"), QStringLiteral("-o"),
         dir.filePath(QStringLiteral("chart.png"))},
        {QStringLiteral("chart"), QStringLiteral("bogus"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.png"))},
        {QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-Q2"), QStringLiteral("--on"),
         QStringLiteral("2026-06-30"), QStringLiteral("-o"), dir.filePath(QStringLiteral("report.pdf"))},
        {QStringLiteral("report"), QStringLiteral("--contract"), QStringLiteral("99"), QStringLiteral("--period"),
         QStringLiteral("2026-Q2"), QStringLiteral("-o"), dir.filePath(QStringLiteral("none.pdf"))},
        {QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-Q2")},
    };
    for (const QStringList &arguments : runs) {
        const Run r = zh(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() + "\n" + r.text.toStdString());
        CHECK_FALSE(r.text.trimmed().isEmpty());
        QStringList files = paths;
        for (const QString &a : arguments)
            if (a.contains(QLatin1Char('/')))
                files << a;
        CHECK(englishWords(r.text, files) == QStringList());
    }
    // Every command's help, and the demo's report of what it wrote.
    for (const char *command :
         {"demo", "summary", "check", "backup", "import", "export", "evaluate", "sheets", "chart", "report"}) {
        const Run r = zh({QString::fromLatin1(command), QStringLiteral("--help")});
        INFO(command << "\n" << r.text.toStdString());
        CHECK(r.code == 0);
        CHECK(englishWords(r.text, paths) == QStringList());
    }
    const Run made =
        onestreet({QStringLiteral("--db"), dir.filePath(QStringLiteral("small.db")), QStringLiteral("--lang"),
                   QStringLiteral("zh_CN"), QStringLiteral("demo"), QStringLiteral("--streets"), QStringLiteral("1"),
                   QStringLiteral("--years"), QStringLiteral("1")});
    INFO(made.text.toStdString());
    CHECK(made.code == 0);
    CHECK(englishWords(made.text, paths) == QStringList());
}
