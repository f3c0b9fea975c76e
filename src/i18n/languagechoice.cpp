// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "languagechoice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace oom::i18n {

namespace {

// QSettings' INI format writes keys without a group into the file's [General] section.
constexpr auto LanguageKey = "language"_L1;

} // namespace

QStringList availableLanguages()
{
    // OOMLENS_UI_LANGUAGES: the top-level CMakeLists' OOMLENS_LANGUAGES, comma-separated.
    QStringList languages{u"en"_s};
    languages += QString::fromLatin1(OOMLENS_UI_LANGUAGES).split(u',', Qt::SkipEmptyParts);
    return languages;
}

std::optional<QLocale> localeForLanguage(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (trimmed == u"C"_s || trimmed == u"POSIX"_s)
        return QLocale::c();
    const QLocale locale(trimmed);
    // QLocale falls back to C for a name it cannot read ("xx", "klingon").
    switch (locale.language()) {
    case QLocale::English: return QLocale(QLocale::English, QLocale::UnitedStates);
    case QLocale::Japanese: return QLocale(QLocale::Japanese, QLocale::Japan);
    case QLocale::Chinese:
        return locale.script() == QLocale::TraditionalChineseScript
            ? QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan)
            : QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    default: return std::nullopt;
    }
}

QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s || !argument.startsWith(u'-'))
            break;
        if (argument == u"--lang"_s)
            return arguments.value(i + 1);
        if (argument.startsWith(u"--lang="_s))
            return argument.mid(7);
    }
    return {};
}

QString settingsFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/oomlens/oomlens.conf"_s;
}

QString savedLanguage()
{
    const QSettings settings(settingsFilePath(), QSettings::IniFormat);
    return settings.value(LanguageKey).toString();
}

bool setSavedLanguage(const QString &language, QString *error)
{
    if (!language.isEmpty() && !localeForLanguage(language)) {
        if (error)
            *error = QCoreApplication::translate("LanguageChoice",
                                                 "\"%1\" is not one of the languages %2")
                         .arg(language, availableLanguages().join(u", "_s));
        return false;
    }
    QDir().mkpath(QFileInfo(settingsFilePath()).absolutePath());
    QSettings settings(settingsFilePath(), QSettings::IniFormat);
    if (language.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, language);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        if (error)
            *error = QCoreApplication::translate("LanguageChoice", "%1: cannot be written")
                         .arg(settingsFilePath());
        return false;
    }
    return true;
}

QLocale chooseUiLocale(const QString &languageOverride, const QLocale &systemLocale)
{
    if (const std::optional<QLocale> chosen = localeForLanguage(languageOverride))
        return *chosen;
    if (const std::optional<QLocale> saved = localeForLanguage(savedLanguage()))
        return *saved;
    return systemLocale;
}

} // namespace oom::i18n
