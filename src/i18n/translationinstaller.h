// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QLocale>

class QCoreApplication;

namespace oom::i18n {

// Installs OOM Lens's translation for `locale` (by default the user's: LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG) on the application, and Qt's own catalogues (qtbase_*,
// qtdeclarative_*: dialog buttons, QML errors) for the same language when the system has
// them. English needs a translation too: it supplies the plural forms of "%n
// process(es)". Returns the language of the installed translation ("en", "ja", "zh_CN",
// "zh_TW").
QString installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

// The same for the language chosen by languagechoice.h: `languageOverride` (the --lang
// value, may be empty), else the saved setting, else the user's locale. An override or a
// saved language also becomes the default QLocale, so dates, numbers and sizes follow the
// language the user chose. An override without a translation is ignored here: check it
// with localeForLanguage() first and report it.
QString installTranslations(QCoreApplication &app, const QString &languageOverride);

} // namespace oom::i18n
