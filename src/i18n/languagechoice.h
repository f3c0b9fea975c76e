// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace oom::i18n {

// Which language OOM Lens speaks: the `--lang` option first, then the language saved in the
// settings (the GUI's language setting; the CLI honours it too), then the user's locale
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Shared by oomlens-cli and oomlens.

// The UI languages with a translation, as the .ts files name them: "en", "ja", "zh_CN",
// "zh_TW".
QStringList availableLanguages();

// The locale for a language name as a user may type it ("ja", "ja_JP", "zh-CN", "zh_HK",
// "zh-Hant", "en", "C"), or nullopt when OOM Lens has no translation for it. Hong Kong and
// Macau read the traditional (zh_TW) translation, Singapore the simplified one.
std::optional<QLocale> localeForLanguage(const QString &name);

// The value of `--lang NAME` or `--lang=NAME` among the options after the program name,
// looked for before any parser runs (the help text itself must be translated). Scanning
// stops at "--" and at the first argument that is not an option (the CLI's command, the
// GUI's first file), so a subcommand's own options are never taken for it. Empty when
// the option is absent.
QString languageArgument(const QStringList &arguments);

// The language saved in the settings file (<config>/oomlens/oomlens.conf, [General]
// language=), empty when none is saved (follow the system). The file lives in
// QStandardPaths' GenericConfigLocation, so tests redirect it with test mode.
QString savedLanguage();
// Saves `language` (empty: follow the system again). Returns false with `error` set when
// the name has no translation or the file cannot be written.
bool setSavedLanguage(const QString &language, QString *error = nullptr);
QString settingsFilePath();

// The locale the UI speaks: `languageOverride` when it names a translation, else the saved
// language when it does, else `systemLocale`.
QLocale chooseUiLocale(const QString &languageOverride,
                       const QLocale &systemLocale = QLocale::system());

} // namespace oom::i18n
