// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

// Tiny byte-level scanning helpers shared by the framing parsers. Log prefixes are ASCII
// (plus UTF-8 month names), so the framer scans bytes and decodes only the message text;
// QRegularExpression would cost more than the rest of the framing put together.

#include <QByteArrayView>

#include <cstring>
#include <limits>

namespace oom::framing {

constexpr bool isDigit(char c) noexcept
{
    return c >= '0' && c <= '9';
}

constexpr bool isHexDigit(char c) noexcept
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

constexpr int hexValue(char c) noexcept
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

constexpr bool isBlank(char c) noexcept
{
    return c == ' ' || c == '\t';
}

constexpr bool isAsciiLetter(char c) noexcept
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

constexpr char toLowerAscii(char c) noexcept
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

inline bool charAt(QByteArrayView s, qsizetype pos, char c) noexcept
{
    return pos >= 0 && pos < s.size() && s[pos] == c;
}

inline qsizetype skipBlanks(QByteArrayView s, qsizetype pos) noexcept
{
    while (pos < s.size() && isBlank(s[pos]))
        ++pos;
    return pos;
}

// Position of the first blank at or after pos (or the end).
inline qsizetype tokenEnd(QByteArrayView s, qsizetype pos) noexcept
{
    while (pos < s.size() && !isBlank(s[pos]))
        ++pos;
    return pos;
}

// Reads minDigits..maxDigits decimal digits at pos. Returns the position after them, or -1.
// The value saturates instead of overflowing (a kmsg sequence number has up to 20 digits).
inline qsizetype readDigits(QByteArrayView s, qsizetype pos, int minDigits, int maxDigits,
                            qint64 &value) noexcept
{
    constexpr qint64 saturated = std::numeric_limits<qint64>::max();
    value = 0;
    int n = 0;
    while (pos < s.size() && n < maxDigits && isDigit(s[pos])) {
        const int digit = s[pos] - '0';
        value = value > (saturated - digit) / 10 ? saturated : value * 10 + digit;
        ++pos;
        ++n;
    }
    if (n < minDigits || (pos < s.size() && n == maxDigits && isDigit(s[pos])))
        return -1;
    return pos;
}

inline qsizetype leadingBlanks(QByteArrayView s) noexcept
{
    return skipBlanks(s, 0);
}

inline QByteArrayView trimmedBlanks(QByteArrayView s) noexcept
{
    qsizetype b = 0;
    qsizetype e = s.size();
    while (b < e && (isBlank(s[b]) || s[b] == '\r'))
        ++b;
    while (e > b && (isBlank(s[e - 1]) || s[e - 1] == '\r'))
        --e;
    return s.sliced(b, e - b);
}

inline QByteArrayView chopTrailingBlanks(QByteArrayView s) noexcept
{
    qsizetype e = s.size();
    while (e > 0 && (isBlank(s[e - 1]) || s[e - 1] == '\r'))
        --e;
    return s.first(e);
}

inline bool startsWithAt(QByteArrayView s, qsizetype pos, QByteArrayView prefix) noexcept
{
    return pos >= 0 && s.size() - pos >= prefix.size()
        && std::memcmp(s.data() + pos, prefix.data(), size_t(prefix.size())) == 0;
}

inline bool sameBytes(QByteArrayView a, QByteArrayView b) noexcept
{
    return a.size() == b.size()
        && (a.isEmpty() || std::memcmp(a.data(), b.data(), size_t(a.size())) == 0);
}

} // namespace oom::framing
