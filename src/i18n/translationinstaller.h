// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QLocale>

class QCoreApplication;

namespace oom::i18n {

// Installs OOM Lens's translation for `locale` (by default the user's: LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG) on the application. English needs a translation too: it supplies the
// plural forms of "%n process(es)". Returns the language of the installed translation.
QString installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace oom::i18n
