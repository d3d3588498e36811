// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

// The onestreet executable run as a user runs it: its exit code and what it printed.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace testcli {

struct Run
{
    int code = -1; // -1 when it crashed or did not finish
    QString out, err;
};

// `onestreet ARGUMENTS`; with a `prefix` (e.g. runuser -u nobody --) the program is run through it.
inline Run onestreet(const QStringList &arguments, const QStringList &prefix = {})
{
    QProcess p;
    if (prefix.isEmpty()) {
        p.setProgram(QStringLiteral(ONESTREET_BINARY));
        p.setArguments(arguments);
    } else {
        p.setProgram(prefix.first());
        p.setArguments(prefix.mid(1) + QStringList{QStringLiteral(ONESTREET_BINARY)} + arguments);
    }
    p.start();
    p.waitForFinished(300000);
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace testcli
