// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
// ui::runInBackground, the one way long work runs off the GUI thread: the job's value and its
// error come back to the caller, its progress reaches the window-modal dialog, and Cancel sets
// the flag the job reads and is reported as cancelled.
#include "helpers.h"
#include "ui/background.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <functional>

namespace {

// A OneStreet file with two workers.
QString seeded(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("a.db"));
    auto db = core::Database::open(path);
    REQUIRE(db.ok());
    for (int i = 1; i <= 2; ++i)
        REQUIRE(db->run(QStringLiteral("INSERT INTO social_worker (id, code, name) VALUES (?, ?, ?)"),
                        {i, QStringLiteral("W00%1").arg(i), QStringLiteral("Worker %1").arg(i)})
                    .ok());
    return path;
}

// Waits on the job's thread until `done` says so (or five seconds have passed).
bool waitFor(const std::function<bool()> &done)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < 5000)
        QThread::msleep(5);
    return done();
}

// Calls `handle` with the progress dialog over `window` every few milliseconds while it is open.
struct DialogWatch
{
    DialogWatch(QWidget *window, std::function<void(QProgressDialog *)> handle)
    {
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, [window, handle] {
            if (auto *dialog = window->findChild<QProgressDialog *>(QStringLiteral("backgroundProgress")))
                handle(dialog);
        });
        timer.start();
    }
    QTimer timer;
};

} // namespace

TEST_CASE("A background job's value comes back from its own connection on another thread", "[ui-background]")
{
    QTemporaryDir dir;
    const QString path = seeded(dir);
    auto db = core::Database::open(path);
    REQUIRE(db.ok());
    QWidget window;
    QThread *gui = QThread::currentThread();
    QThread *ran = nullptr;
    const auto result = ui::runInBackground<int>(
        &window, {QStringLiteral("Title"), QStringLiteral("Counting…")}, db.value(),
        [&ran](const core::Database &own, const ui::JobProgress &progress) -> core::Result<int> {
            ran = QThread::currentThread();
            progress.report(1, 2);
            auto count = own.scalar(QStringLiteral("SELECT count(*) FROM social_worker"));
            if (!count)
                return count.error();
            return count->toInt();
        });
    REQUIRE(result.ok());
    REQUIRE(result.value().has_value());
    CHECK(*result.value() == 2);
    CHECK(ran != nullptr);
    CHECK(ran != gui);
    // The dialog is gone once the call returns.
    CHECK(window.findChild<QProgressDialog *>(QStringLiteral("backgroundProgress")) == nullptr);
}

TEST_CASE("A background job's error reaches the caller", "[ui-background]")
{
    QTemporaryDir dir;
    QWidget window;
    const ui::BackgroundTask task{QStringLiteral("Title"), QStringLiteral("Working…")};
    SECTION("the job's own error")
    {
        const auto result =
            ui::runInBackground<int>(&window, task, seeded(dir), [](const core::Database &, const ui::JobProgress &) {
                return core::Result<int>(core::Error::invalid(QStringLiteral("The sky fell.")));
            });
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().message == QStringLiteral("The sky fell."));
    }
    SECTION("a connection that cannot be opened: the job does not run")
    {
        bool ran = false;
        const auto result = ui::runInBackground<int>(&window, task, dir.filePath(QStringLiteral("no/such/folder/a.db")),
                                                     [&ran](const core::Database &, const ui::JobProgress &) {
                                                         ran = true;
                                                         return core::Result<int>(1);
                                                     });
        CHECK_FALSE(result.ok());
        CHECK_FALSE(result.error().message.isEmpty());
        CHECK_FALSE(ran);
    }
}

TEST_CASE("Progress reaches the modal dialog; Cancel sets the job's flag and is reported as cancelled",
          "[ui-background]")
{
    QTemporaryDir dir;
    const QString path = seeded(dir);
    QWidget window;
    window.show();
    ui::BackgroundTask task{QStringLiteral("Import attendance"), QStringLiteral("Reading a.csv…")};
    task.minimumDuration = 0;

    std::atomic_bool seen = false;
    bool modal = false;
    QString title, labelBefore, labelAfter;
    int value = -1, maximum = -1;
    DialogWatch watch(&window, [&](QProgressDialog *dialog) {
        if (dialog->value() != 3 || dialog->wasCanceled())
            return;
        modal = dialog->windowModality() == Qt::WindowModal;
        title = dialog->windowTitle();
        labelBefore = dialog->labelText();
        value = dialog->value();
        maximum = dialog->maximum();
        // The user presses Cancel.
        for (auto *button : dialog->findChildren<QAbstractButton *>())
            button->click();
        labelAfter = dialog->labelText();
        seen = true;
    });

    bool flagSeen = false;
    SECTION("a job that stops early on Cancel")
    {
        const auto result =
            ui::runInBackground<int>(&window, task, path, [&](const core::Database &, const ui::JobProgress &progress) {
                progress.report(3, 7);
                flagSeen = waitFor([&] { return progress.cancelled(); });
                return core::Result<int>(core::Error::invalid(QStringLiteral("Stopped; nothing was written.")));
            });
        REQUIRE(result.ok());
        CHECK_FALSE(result.value().has_value()); // cancelled, not an error
    }
    SECTION("a job that finished all the same: its value counts unless the task drops it")
    {
        task.lateResultCounts = GENERATE(true, false);
        const auto result =
            ui::runInBackground<int>(&window, task, path, [&](const core::Database &, const ui::JobProgress &progress) {
                progress.report(3, 7);
                flagSeen = waitFor([&] { return progress.cancelled(); });
                return core::Result<int>(42);
            });
        REQUIRE(result.ok());
        if (task.lateResultCounts) {
            REQUIRE(result.value().has_value());
            CHECK(*result.value() == 42);
        } else {
            CHECK_FALSE(result.value().has_value());
        }
    }
    CHECK(seen);
    CHECK(flagSeen);
    CHECK(modal);
    CHECK(title == QStringLiteral("Import attendance"));
    CHECK(labelBefore == QStringLiteral("Reading a.csv…"));
    CHECK(value == 3);
    CHECK(maximum == 7);
    CHECK(labelAfter == QStringLiteral("Cancelling…"));
}

TEST_CASE("A job on an in-memory database runs here, on the caller's connection, without a dialog", "[ui-background]")
{
    const core::Database db = memoryDb();
    QWidget window;
    bool here = false;
    const auto result = ui::runInBackground<QString>(&window, {QStringLiteral("Title"), QStringLiteral("Working…")}, db,
                                                     [&](const core::Database &own, const ui::JobProgress &progress) {
                                                         here = QThread::currentThread() == qApp->thread() &&
                                                                !window.findChild<QProgressDialog *>(
                                                                    QStringLiteral("backgroundProgress"));
                                                         progress.report(50, 100); // goes nowhere
                                                         CHECK_FALSE(progress.cancelled());
                                                         return core::Result<QString>(own.path());
                                                     });
    REQUIRE(result.ok());
    REQUIRE(result.value().has_value());
    CHECK(*result.value() == db.path());
    CHECK(here);
}
