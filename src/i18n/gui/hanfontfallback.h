// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QString>

namespace oom::i18n {

// Han characters take the glyph forms of the UI language: Japanese text must not be drawn
// with Chinese forms (直, 骨, 今 differ) nor Chinese text with Japanese ones. Fontconfig
// picks one CJK font for every Han character whatever the text's language, so the app
// names the regional font itself.

// The Noto Sans CJK family for a UI language: "ja" → JP, "zh_CN"/"zh_SG" → SC,
// "zh_TW" → TC, "zh_HK"/"zh_MO" → HK (falling back to TC); empty for other languages.
QString hanFontFamilyFor(const QString &language);

// Makes `language`'s family the first choice for Han characters in the whole application
// (QGuiApplication must exist), when that family is installed. Qt >= 6.8: the application
// fallback family for QChar::Script_Han; every Qt: the application font's family list puts
// it before any other CJK family. Calling it again with another language replaces the
// choice. Returns the family now used for Han, empty when none of ours is installed (the
// system's fallback then decides, and a Japanese UI may show Chinese forms).
QString applyHanFontFallback(const QString &language);

} // namespace oom::i18n
