// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/database.h"
#include "core/result.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace ui {

// Long work (import, export, a report's figures, evaluations, the demo) runs on a worker thread
// while a window-modal progress dialog with a Cancel button keeps the window responsive. The
// dialog is built in one place (background.cpp); a caller says what it shows and what runs.

// What the dialog shows before the job reports, and how the job runs.
struct BackgroundTask
{
    QString title;
    QString label;
    int total = 100;           // the bar's range at first is 0..total; 0 = busy until the job reports
    int minimumDuration = 300; // ms before the dialog appears, so that quick jobs do not flash it; 0 = at once
    core::Database::Mode mode = core::Database::Mode::ReadWrite; // of the job's own connection
    // A job that finished all the same after Cancel: true = its value comes back (what it wrote
    // stays written and is reported); false = it is dropped as cancelled (it only read, or the
    // caller removes what it made).
    bool lateResultCounts = true;
    // Small jobs: run here on the caller's connection under a wait cursor, without the dialog
    // (always so for an in-memory database, which no other thread may open).
    bool here = false;
};

// What a job sees of its dialog. Every member may be called from the job's thread; reports
// reach the dialog through the GUI thread's event loop, and none arrives after Cancel.
class JobProgress
{
public:
    JobProgress(); // goes nowhere, never cancelled: for a job run here

    // `done` of `total` (total 0 = busy).
    void report(int done, int total) const;
    // Replaces the dialog's label with the phase the job is in.
    void setPhase(const QString &text) const;
    bool cancelled() const;
    // For core code that takes a flag and a percentage callback (Importer, Exporter).
    const std::atomic_bool *cancelFlag() const;
    std::function<void(int percent)> percent() const;

    struct State;
    explicit JobProgress(std::shared_ptr<State> state);

private:
    std::shared_ptr<State> m_state;
};

// A job gets its own connection (opened on its thread in BackgroundTask::mode; a connection may
// not leave the thread that opened it) and its progress; what it returns comes back to the caller.
template <typename T>
using BackgroundJob = std::function<core::Result<T>(const core::Database &db, const JobProgress &progress)>;

namespace detail {
// Runs `work` on a worker thread behind the progress dialog and returns when it has finished;
// true when the user pressed Cancel.
bool runBehindDialog(QWidget *parent, const BackgroundTask &task, const std::function<void(const JobProgress &)> &work);
bool isInMemory(const core::Database &db);

// A wait cursor for as long as it lives.
class WaitCursor
{
public:
    WaitCursor();
    ~WaitCursor();
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

template <typename T>
core::Result<std::optional<T>> settle(std::optional<core::Result<T>> &outcome, bool cancelled, bool lateResultCounts)
{
    if (cancelled && (!outcome || !*outcome || !lateResultCounts))
        return std::optional<T>(); // an error after Cancel is the job stopping early
    if (!*outcome)
        return outcome->error();
    return std::optional<T>(std::move(*outcome).value());
}
} // namespace detail

// Runs `job` with a connection to the database at `path` (a file or a server address) and
// returns when it has finished: its value, its error, or nullopt when the user cancelled.
template <typename T>
core::Result<std::optional<T>> runInBackground(QWidget *parent, const BackgroundTask &task, const QString &path,
                                               const BackgroundJob<T> &job)
{
    std::optional<core::Result<T>> outcome; // written on the job's thread, read after it has ended
    const bool cancelled = detail::runBehindDialog(parent, task, [&](const JobProgress &progress) {
        auto own = core::Database::open(path, task.mode); // this thread's own connection
        outcome = own ? job(own.value(), progress) : core::Result<T>(own.error());
    });
    return detail::settle(outcome, cancelled, task.lateResultCounts);
}

// The same for the database `db` is connected to; here on `db` itself when it is in memory or
// the task says so.
template <typename T>
core::Result<std::optional<T>> runInBackground(QWidget *parent, const BackgroundTask &task, const core::Database &db,
                                               const BackgroundJob<T> &job)
{
    if (!task.here && !detail::isInMemory(db))
        return runInBackground(parent, task, db.path(), job);
    const detail::WaitCursor wait;
    std::optional<core::Result<T>> outcome = job(db, JobProgress());
    return detail::settle(outcome, false, true);
}

} // namespace ui
