// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/report/texttable.h"

#include <algorithm>

namespace oom::texttable {

namespace {

// The East Asian Wide (W) and Fullwidth (F) ranges of UAX #11 that text in this product
// can hold: Hangul Jamo, CJK punctuation, kana, CJK ideographs, Hangul syllables,
// compatibility ideographs, vertical and fullwidth forms, and the supplementary planes'
// ideographs.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E)
        || (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x20000 && c <= 0x3FFFD);
}

bool isZeroWidth(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
        || category == QChar::Other_Format;
}

QString pad(const QString &text, qsizetype width, Align align)
{
    const qsizetype missing = width - displayWidth(text);
    if (missing <= 0)
        return text;
    const QString spaces(missing, u' ');
    return align == Align::Left ? text + spaces : spaces + text;
}

} // namespace

qsizetype displayWidth(QStringView text)
{
    qsizetype width = 0;
    for (const char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : isZeroWidth(c) ? 0 : 1;
    return width;
}

QStringList layout(const QList<QStringList> &rows, const QList<Align> &align, bool padLast,
                   const QString &indent)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        widths.resize(std::max(widths.size(), row.size()));
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
    }
    QStringList out;
    out.reserve(rows.size());
    for (const QStringList &row : rows) {
        QString line = indent;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                line += u"  ";
            if (i + 1 == row.size() && !padLast)
                line += row.at(i);
            else
                line += pad(row.at(i), widths.at(i), align.value(i, Align::Right));
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out.append(line);
    }
    return out;
}

} // namespace oom::texttable
