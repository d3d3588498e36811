// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "background.h"

#include <QApplication>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

namespace ui {

struct JobProgress::State
{
    std::atomic_bool cancel = false;
    // Set before the job's thread starts, dereferenced on the GUI thread only; null for a job
    // run here.
    QPointer<QProgressDialog> dialog;
};

JobProgress::JobProgress()
    : m_state(std::make_shared<State>())
{}

JobProgress::JobProgress(std::shared_ptr<State> state)
    : m_state(std::move(state))
{}

namespace {
// Runs `change` on the dialog on the GUI thread, unless the dialog is gone or cancelled.
void onDialog(const std::shared_ptr<JobProgress::State> &state, std::function<void(QProgressDialog *)> change)
{
    if (!state->dialog)
        return;
    QMetaObject::invokeMethod(
        qApp,
        [state, change = std::move(change)] {
            if (state->dialog && !state->dialog->wasCanceled())
                change(state->dialog);
        },
        Qt::QueuedConnection);
}
} // namespace

void JobProgress::report(int done, int total) const
{
    onDialog(m_state, [done, total](QProgressDialog *dialog) {
        dialog->setMaximum(total);
        dialog->setValue(done);
    });
}

void JobProgress::setPhase(const QString &text) const
{
    onDialog(m_state, [text](QProgressDialog *dialog) { dialog->setLabelText(text); });
}

bool JobProgress::cancelled() const
{
    return m_state->cancel.load();
}

const std::atomic_bool *JobProgress::cancelFlag() const
{
    return &m_state->cancel;
}

std::function<void(int)> JobProgress::percent() const
{
    return [progress = *this](int percent) {
        progress.report(percent, 100);
    };
}

namespace detail {

bool runBehindDialog(QWidget *parent, const BackgroundTask &task, const std::function<void(const JobProgress &)> &work)
{
    QProgressDialog progress(task.label, QCoreApplication::translate("ui::Background", "Cancel"), 0, task.total,
                             parent);
    progress.setObjectName(QStringLiteral("backgroundProgress"));
    progress.setWindowTitle(task.title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(task.minimumDuration);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);

    auto state = std::make_shared<JobProgress::State>();
    state->dialog = &progress;
    QThread *thread = QThread::create([work, state] { work(JobProgress(state)); });
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [state, &progress] {
        state->cancel.store(true);
        progress.setLabelText(QCoreApplication::translate("ui::Background", "Cancelling…"));
    });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    if (task.minimumDuration == 0)
        progress.show();
    loop.exec();
    thread->wait();
    delete thread;
    const bool cancelled = state->cancel.load();
    // Closing a QProgressDialog emits canceled(): read the flag first. Reports still queued
    // find the dialog gone through the QPointer: harmless.
    progress.close();
    return cancelled;
}

bool isInMemory(const core::Database &db)
{
    return db.path().isEmpty() || db.path() == QLatin1String(":memory:");
}

WaitCursor::WaitCursor()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
}

WaitCursor::~WaitCursor()
{
    QApplication::restoreOverrideCursor();
}

} // namespace detail

} // namespace ui
