// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "demorunner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <memory>

namespace ui {

namespace {

// What the worker thread hands back; read only after the thread has finished.
struct Outcome
{
    std::optional<core::Error> error;
    std::optional<core::DemoStats> stats;
};

} // namespace

core::Result<std::optional<core::DemoStats>> generateDemo(QWidget *parent, const QString &path,
                                                          const core::DemoOptions &options)
{
    if (const core::Status valid = core::DemoGenerator::validate(options); !valid)
        return valid.error();
    const bool existed = QFile::exists(path);

    QProgressDialog progress(QCoreApplication::translate("ui::DemoRunner", "Writing the demo records…"),
                             QCoreApplication::translate("ui::DemoRunner", "Cancel"), 0, 1000, parent);
    progress.setWindowTitle(QCoreApplication::translate("ui::DemoRunner", "Open demo"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);

    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto outcome = std::make_shared<Outcome>();
    QPointer<QProgressDialog> dialog(&progress);
    QThread *thread = QThread::create([path, options, cancel, outcome, dialog] {
        // This thread's own connection; it closes before the thread ends.
        auto db = core::Database::open(path);
        if (!db) {
            outcome->error = db.error();
            return;
        }
        if (auto has = core::DemoGenerator::hasData(db.value()); !has || has.value()) {
            outcome->error = has ? core::Error::invalid(QCoreApplication::translate(
                                                            "ui::DemoRunner",
                                                            "%1 already holds records. Choose a new file for the demo.")
                                                            .arg(path))
                                 : has.error();
            return;
        }
        core::DemoGenerator generator(db.value(), options);
        generator.setCancelFlag(cancel.get());
        generator.setProgress([dialog](double fraction, const QString &phase) {
            QMetaObject::invokeMethod(
                qApp,
                [dialog, fraction, phase] {
                    if (dialog && !dialog->wasCanceled()) {
                        dialog->setValue(int(fraction * 1000));
                        dialog->setLabelText(phase);
                    }
                },
                Qt::QueuedConnection);
        });
        auto stats = generator.run();
        if (stats)
            outcome->stats = stats.value();
        else
            outcome->error = stats.error();
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [cancel, &progress] {
        cancel->store(true);
        progress.setLabelText(QCoreApplication::translate("ui::DemoRunner", "Cancelling…"));
    });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    progress.show();
    loop.exec();
    thread->wait();
    delete thread;
    progress.close();

    const bool cancelled = cancel->load() && !outcome->stats;
    if ((cancelled || outcome->error) && !existed) {
        // Nothing was written (one transaction); do not leave an empty file behind.
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }
    if (cancelled)
        return std::optional<core::DemoStats>();
    if (outcome->error)
        return *outcome->error;
    return outcome->stats;
}

} // namespace ui
