// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "hanfontfallback.h"

#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace oom::i18n {

namespace {

// Families tried per language, first installed wins (Debian: fonts-noto-cjk; a Flatpak
// sees the host's fonts under /run/host/fonts).
QStringList candidateFamilies(const QString &language)
{
    if (language == u"ja"_s || language.startsWith(u"ja_"_s))
        return {u"Noto Sans CJK JP"_s, u"Source Han Sans JP"_s, u"Noto Sans JP"_s};
    if (language == u"zh_TW"_s)
        return {u"Noto Sans CJK TC"_s, u"Source Han Sans TW"_s, u"Noto Sans TC"_s};
    if (language == u"zh_HK"_s || language == u"zh_MO"_s)
        return {u"Noto Sans CJK HK"_s, u"Noto Sans CJK TC"_s, u"Noto Sans HK"_s};
    if (language.startsWith(u"zh"_s))
        return {u"Noto Sans CJK SC"_s, u"Source Han Sans CN"_s, u"Noto Sans SC"_s};
    return {};
}

// The family added by the previous call, to replace it when the language changes.
QString &appliedFamily()
{
    static QString family;
    return family;
}

} // namespace

QString hanFontFamilyFor(const QString &language)
{
    return candidateFamilies(language).value(0);
}

QString applyHanFontFallback(const QString &language)
{
    const QStringList installed = QFontDatabase::families();
    QString chosen;
    for (const QString &family : candidateFamilies(language)) {
        if (installed.contains(family)) {
            chosen = family;
            break;
        }
    }

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (!appliedFamily().isEmpty())
        QFontDatabase::removeApplicationFallbackFontFamily(QChar::Script_Han, appliedFamily());
    if (!chosen.isEmpty())
        QFontDatabase::addApplicationFallbackFontFamily(QChar::Script_Han, chosen);
#endif

    // Every Qt: the application font's families, with ours first. Behind a Latin primary
    // family the digits and Latin words of a Japanese or Chinese sentence ("ノード 0",
    // "176 KiB") would come from that family, at another size and baseline than the Han and
    // kana around them; the CJK families carry Latin and digits made to sit with them.
    // The system's own families stay behind it for any script it lacks.
    QFont font = QGuiApplication::font();
    QStringList families = font.families();
    if (families.isEmpty())
        families.append(font.family());
    families.removeAll(appliedFamily());
    if (!chosen.isEmpty())
        families.prepend(chosen);
    font.setFamilies(families);
    QGuiApplication::setFont(font);
    appliedFamily() = chosen;
    return chosen;
}

} // namespace oom::i18n
