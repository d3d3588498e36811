// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace core {

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString installTranslations(QCoreApplication &application, const QString &language)
{
    const QString lang = language.isEmpty() ? systemLanguage() : language;
    const QLocale locale(lang == u"zh_CN" ? QLocale(QLocale::Chinese, QLocale::China)
                                          : QLocale(QLocale::English, QLocale::UnitedStates));
    QLocale::setDefault(locale);

    // Parented to the application, so they live as long as it does.
    auto *ours = new QTranslator(&application);
    if (ours->load(QStringLiteral(":/i18n/onestreet_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return lang;
}

} // namespace core
