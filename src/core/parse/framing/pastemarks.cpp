// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/framing/pastemarks.h"

#include "core/parse/framing/bytescan.h"

#include <array>

namespace oom::framing {

namespace {

constexpr QByteArrayView ellipsis = "\xE2\x80\xA6"; // …
constexpr QByteArrayView midlineEllipsis = "\xE2\x8B\xAF"; // ⋯

bool isDecoration(char c)
{
    return isBlank(c) || c == '[' || c == ']' || c == '(' || c == ')' || c == '<' || c == '>'
        || c == '{' || c == '}' || c == '-' || c == '*' || c == '_' || c == '=' || c == '~';
}

// Length of the ellipsis at pos ("." or "…" or "⋯"), 0 if none; `dots` counts periods.
qsizetype ellipsisAt(QByteArrayView s, qsizetype pos, int &dots)
{
    if (charAt(s, pos, '.')) {
        ++dots;
        return 1;
    }
    if (startsWithAt(s, pos, ellipsis) || startsWithAt(s, pos, midlineEllipsis)) {
        dots += 3;
        return 3;
    }
    return 0;
}

qsizetype ellipsisEndingAt(QByteArrayView s, qsizetype end, int &dots)
{
    if (end >= 1 && s[end - 1] == '.') {
        ++dots;
        return 1;
    }
    if (end >= 3
        && (startsWithAt(s, end - 3, ellipsis) || startsWithAt(s, end - 3, midlineEllipsis))) {
        dots += 3;
        return 3;
    }
    return 0;
}

// Words people write instead of the lines they cut. CJK: 省略 "omitted", 略 "abridged".
// Not "cut": the kernel's own WARN banner is "------------[ cut here ]------------".
constexpr std::array elisionWords{
    QByteArrayView("snip"),
    QByteArrayView("truncat"),
    QByteArrayView("omit"),
    QByteArrayView("elide"),
    QByteArrayView("skip"),
    QByteArrayView("trimmed"),
    QByteArrayView("more lines"),
    QByteArrayView("lines omitted"),
    QByteArrayView("lines skipped"),
    QByteArrayView("\xE7\x9C\x81\xE7\x95\xA5"), // 省略
    QByteArrayView("\xE4\xB8\xAD\xE7\x95\xA5"), // 中略
};

bool startsWithElisionWord(QByteArrayView core)
{
    char lowered[24];
    const qsizetype n = qMin<qsizetype>(core.size(), sizeof(lowered));
    for (qsizetype i = 0; i < n; ++i)
        lowered[i] = toLowerAscii(core[i]);
    const QByteArrayView head(lowered, n);
    for (QByteArrayView word : elisionWords) {
        if (head.startsWith(word))
            return true;
    }
    return false;
}

} // namespace

PasteMark classifyPasteMark(QByteArrayView text, bool quoted)
{
    if (sameBytes(text, "--"))
        return PasteMark::GrepSeparator;
    if (text.startsWith("-- "))
        return PasteMark::JournalMarker;
    if (quoted && text.startsWith("[!")) {
        qsizetype p = 2;
        while (p < text.size() && isAsciiLetter(text[p]))
            ++p;
        if (p > 2 && charAt(text, p, ']'))
            return PasteMark::CalloutHeading;
    }
    return PasteMark::None;
}

bool isElision(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 64)
        return false;
    // Strip decoration and ellipses from both ends; what is left must be nothing (with at
    // least three dots seen) or start with a word that says lines were cut.
    int dots = 0;
    bool decorated = false;
    qsizetype begin = 0;
    qsizetype end = text.size();
    for (;;) {
        if (begin < end && isDecoration(text[begin])) {
            decorated = true;
            ++begin;
            continue;
        }
        const qsizetype n = begin < end ? ellipsisAt(text, begin, dots) : 0;
        if (n == 0)
            break;
        begin += n;
    }
    for (;;) {
        if (end > begin && isDecoration(text[end - 1])) {
            --end;
            continue;
        }
        const qsizetype n = end > begin ? ellipsisEndingAt(text, end, dots) : 0;
        if (n == 0)
            break;
        end -= n;
    }
    if (begin >= end)
        return dots >= 3;
    // "[ 300 more lines ]", "(48 lines omitted)": a count may come first.
    qsizetype word = begin;
    while (word < end && (isDigit(text[word]) || isBlank(text[word])))
        ++word;
    const QByteArrayView core = text.sliced(word, end - word);
    // "Call trace truncated" in a message must not count: the word has to open what is
    // left, and either dots or brackets surround it ("....[truncated for brevity]",
    // "<snip>", "-- snip --") or it stands alone ("snip", "省略").
    return startsWithElisionWord(core) && (decorated || dots >= 2 || core.size() <= 24);
}

bool isKmsgDictionaryLine(QByteArrayView line)
{
    if (line.size() < 3 || line[0] != ' ')
        return false;
    qsizetype p = 1;
    while (p < line.size()
           && ((line[p] >= 'A' && line[p] <= 'Z') || isDigit(line[p]) || line[p] == '_'))
        ++p;
    return p > 1 && charAt(line, p, '=');
}

} // namespace oom::framing
