// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace core {

namespace {

// The translators installed last, replaced when the language changes (and between tests).
QPointer<QTranslator> s_ours;
QPointer<QTranslator> s_qt;

void drop(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QStringList qtTranslationFolders()
{
    // Qt's own folder (Debian: /usr/share/qt6/translations from qt6-translations-l10n), then the
    // one an installer puts beside the program (windeployqt: translations/).
    QStringList folders{QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("translations"));
    if (!folders.contains(beside))
        folders << beside;
    return folders;
}

QString installTranslations(QCoreApplication &application, const QString &language)
{
    QString lang = language.isEmpty() ? systemLanguage() : language; // not const: returned (moved)
    const QLocale locale(lang == u"zh_CN" ? QLocale(QLocale::Chinese, QLocale::China)
                                          : QLocale(QLocale::English, QLocale::UnitedStates));
    QLocale::setDefault(locale);
    drop(s_ours);
    drop(s_qt);

    // Parented to the application, so they live as long as it does. Qt asks the translator
    // installed last first: Qt's own, then ours (which also carries what Debian's Qt lacks).
    s_ours = new QTranslator(&application);
    if (s_ours->load(QStringLiteral(":/i18n/onestreet_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(s_ours);
    if (lang == u"en")
        return lang; // Qt's texts are English already
    s_qt = new QTranslator(&application);
    for (const QString &folder : qtTranslationFolders()) {
        if (s_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(s_qt);
            break;
        }
    }
    return lang;
}

bool qtTranslationsInstalled()
{
    return s_qt && !s_qt->isEmpty();
}

} // namespace core
