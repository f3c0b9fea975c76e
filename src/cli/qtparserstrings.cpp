// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// QCommandLineParser's own strings (the help's headings, its usage errors), translated in
// OOM Lens's .ts files so that oomlens-cli speaks one language whether or not the system has
// Qt's translations installed (a Flatpak, a server without qt6-translations-l10n). A
// QTranslator finds a message by context and source, so ours serve QCommandLineParser too.

#include <QtGlobal>

namespace oom::cli {

[[maybe_unused]] constexpr const char *QtParserStrings[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

} // namespace oom::cli
