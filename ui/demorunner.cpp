// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "demorunner.h"

#include "background.h"

#include <QCoreApplication>
#include <QFile>

namespace ui {

core::Result<std::optional<core::DemoStats>> generateDemo(QWidget *parent, const QString &path,
                                                          const core::DemoOptions &options)
{
    if (const core::Status valid = core::DemoGenerator::validate(options); !valid)
        return valid.error();
    const bool existed = QFile::exists(path);

    BackgroundTask task{QCoreApplication::translate("ui::DemoRunner", "Open demo"),
                        QCoreApplication::translate("ui::DemoRunner", "Writing the demo records…")};
    task.total = 1000;
    task.minimumDuration = 0; // shown at once
    const auto result = runInBackground<core::DemoStats>(
        parent, task, path, [&path, &options](const core::Database &db, const JobProgress &progress) {
            if (auto has = core::DemoGenerator::hasData(db); !has || has.value())
                return core::Result<core::DemoStats>(
                    has ? core::Error::invalid(
                              QCoreApplication::translate("ui::DemoRunner",
                                                          "%1 already holds records. Choose a new file for the demo.")
                                  .arg(path))
                        : has.error());
            core::DemoGenerator generator(db, options);
            generator.setCancelFlag(progress.cancelFlag());
            generator.setProgress([&progress](double fraction, const QString &phase) {
                progress.report(int(fraction * 1000), 1000);
                progress.setPhase(phase);
            });
            return generator.run();
        });
    if ((!result || !result.value()) && !existed) {
        // Nothing was written (one transaction); do not leave an empty file behind.
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }
    return result;
}

} // namespace ui
