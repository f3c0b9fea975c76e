// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "translationinstaller.h"

#include <QCoreApplication>
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

} // namespace

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
    return language;
}

} // namespace oom::i18n
