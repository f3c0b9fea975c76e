// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "translationinstaller.h"

#include "languagechoice.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace oom::i18n {

namespace {

constexpr auto ResourceDirectory = ":/i18n"_L1;
constexpr auto BaseName = "oomlens"_L1;

// A translator owned by the application, so it lives as long as the strings it serves.
// Returns the translation's language, empty when none matched.
QString installFromResources(QCoreApplication &app, const QLocale &locale)
{
    auto *translator = new QTranslator(&app);
    // Tries each of locale.uiLanguages() in turn (LANGUAGE's list first for the system
    // locale): zh_TW, zh-Hant-TW, …
    if (!translator->load(locale, BaseName, u"_"_s, ResourceDirectory)) {
        delete translator;
        return {};
    }
    QCoreApplication::installTranslator(translator);
    return translator->language();
}

// Hong Kong and Macau write traditional characters and read the zh_TW translation;
// Singapore writes simplified ones and reads zh_CN. Other languages are returned as they are.
QLocale chineseByScript(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return locale;
    return locale.script() == QLocale::TraditionalChineseScript
        ? QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan)
        : QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
}

// Qt's catalogues for `language` ("ja", "zh_CN", "zh_TW"), from Qt's translations folder
// (Debian: qt6-translations-l10n; Flatpak: the KDE runtime's qttranslations). Missing
// files are not an error: Qt's own strings then stay English.
void installQtCatalogues(QCoreApplication &app, const QString &language)
{
    const QString directory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const auto catalogue : {"qtbase_"_L1, "qtdeclarative_"_L1}) {
        auto *translator = new QTranslator(&app);
        if (translator->load(catalogue + language, directory))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
}

} // namespace

QString installTranslations(QCoreApplication &app, const QString &languageOverride)
{
    const QLocale system = QLocale::system();
    const QLocale chosen = chooseUiLocale(languageOverride, system);
    if (chosen != system)
        QLocale::setDefault(chosen);
    return installTranslations(app, chosen);
}

QString installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // The C and POSIX locales mean "untranslated", as glibc's gettext treats them, even
    // when LANGUAGE names a language.
    QString language;
    if (locale.language() != QLocale::C) {
        language = installFromResources(app, locale);
        if (language.isEmpty() && locale.language() == QLocale::Chinese)
            language = installFromResources(app, chineseByScript(locale));
    }
    if (language.isEmpty())
        language = installFromResources(app, QLocale(QLocale::English));
    else if (language != u"en"_s)
        installQtCatalogues(app, language);
    return language;
}

} // namespace oom::i18n
