// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "background.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <memory>

namespace ui {

bool runInBackground(QWidget *parent, const QString &title, const QString &label, const BackgroundJob &job)
{
    QProgressDialog progress(label, QCoreApplication::translate("ui::Background", "Cancel"), 0, 100, parent);
    progress.setObjectName(QStringLiteral("backgroundProgress"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300); // quick jobs finish without a flashing dialog
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);

    auto cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<QProgressDialog> dialog(&progress);
    auto report = [dialog](int percent) {
        QMetaObject::invokeMethod(
            qApp,
            [dialog, percent] {
                if (dialog && !dialog->wasCanceled())
                    dialog->setValue(percent);
            },
            Qt::QueuedConnection);
    };
    QThread *thread = QThread::create([job, report, cancel] { job(report, cancel.get()); });
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [cancel, &progress] {
        cancel->store(true);
        progress.setLabelText(QCoreApplication::translate("ui::Background", "Cancelling…"));
    });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    const bool cancelled = cancel->load();
    // Closing a QProgressDialog emits canceled(): read the flag first. Progress updates still
    // queued refer to the dialog through a QPointer: harmless.
    progress.close();
    return !cancelled;
}

} // namespace ui
