// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include <QString>

class QCoreApplication;

namespace core {

// Loads OneStreet's and Qt's translations for `language` ("zh_CN", "en"); an empty language
// follows the system (Chinese on a Chinese system, English elsewhere). Returns the language used.
QString installTranslations(QCoreApplication &application, const QString &language);

// The language an empty setting resolves to on this system.
QString systemLanguage();

} // namespace core
