// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace core {

// Loads OneStreet's and Qt's translations for `language` ("zh_CN", "en"), replacing those loaded
// before; an empty language follows the system (Chinese on a Chinese system, English elsewhere).
// Sets QLocale's default to match. Returns the language used.
// Qt's own texts (dialog buttons, the file and print dialogs, command-line help) come from
// qtbase_zh_CN.qm: on Debian the package qt6-translations-l10n.
QString installTranslations(QCoreApplication &application, const QString &language);

// The language an empty setting resolves to on this system.
QString systemLanguage();

// Where Qt's own translations are looked for, in order.
QStringList qtTranslationFolders();
// Whether the last installTranslations() found Qt's translations for a language other than English.
bool qtTranslationsInstalled();

} // namespace core
