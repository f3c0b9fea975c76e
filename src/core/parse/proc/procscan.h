// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/parse/framing/bytescan.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <limits>
#include <optional>

// Byte-level scanning shared by the /proc, /sys and cgroup file parsers. These files are
// ASCII with a few shapes ("key: value kB", "key value", "key=value"), read many thousand
// times per snapshot, so they are scanned in place without QString or regular expressions.
namespace oom::procscan {

using framing::isBlank;
using framing::isDigit;

constexpr bool isSpace(char c) noexcept
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Splits text into lines without the '\n'; the last line need not end in one.
class LineIterator
{
public:
    explicit LineIterator(QByteArrayView text) noexcept
        : m_text(text)
    {
    }
    bool next(QByteArrayView &line) noexcept
    {
        if (m_pos >= m_text.size())
            return false;
        qsizetype end = m_pos;
        while (end < m_text.size() && m_text[end] != '\n')
            ++end;
        line = m_text.sliced(m_pos, end - m_pos);
        m_pos = end + 1;
        return true;
    }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

inline QByteArrayView trimmed(QByteArrayView s) noexcept
{
    qsizetype b = 0;
    qsizetype e = s.size();
    while (b < e && isSpace(s[b]))
        ++b;
    while (e > b && isSpace(s[e - 1]))
        --e;
    return s.sliced(b, e - b);
}

// The next blank-separated token at or after *pos; empty at the end. Advances *pos.
inline QByteArrayView nextToken(QByteArrayView s, qsizetype &pos) noexcept
{
    while (pos < s.size() && isSpace(s[pos]))
        ++pos;
    const qsizetype begin = pos;
    while (pos < s.size() && !isSpace(s[pos]))
        ++pos;
    return s.sliced(begin, pos - begin);
}

// A whole token as a decimal integer, optionally signed. Values beyond qint64 saturate
// (cgroup v1 prints 18446744073709551615 for "unlimited" on 3.1x kernels).
inline std::optional<qint64> toInt(QByteArrayView s) noexcept
{
    if (s.isEmpty())
        return std::nullopt;
    bool negative = false;
    qsizetype i = 0;
    if (s[0] == '-' || s[0] == '+') {
        negative = s[0] == '-';
        i = 1;
    }
    if (i >= s.size())
        return std::nullopt;
    constexpr qint64 saturated = std::numeric_limits<qint64>::max();
    qint64 value = 0;
    for (; i < s.size(); ++i) {
        if (!isDigit(s[i]))
            return std::nullopt;
        const int digit = s[i] - '0';
        value = value > (saturated - digit) / 10 ? saturated : value * 10 + digit;
    }
    return negative ? -value : value;
}

// The leading integer of s (after blanks), ignoring what follows ("0 (aa: 0)").
inline std::optional<qint64> leadingInt(QByteArrayView s) noexcept
{
    qsizetype pos = 0;
    const QByteArrayView token = nextToken(s, pos);
    qsizetype end = 0;
    if (!token.isEmpty() && (token[0] == '-' || token[0] == '+'))
        end = 1;
    while (end < token.size() && isDigit(token[end]))
        ++end;
    return toInt(token.first(end));
}

inline bool startsWith(QByteArrayView s, QByteArrayView prefix) noexcept
{
    return s.size() >= prefix.size() && s.first(prefix.size()) == prefix;
}

inline QString latin1(QByteArrayView s)
{
    return QString::fromLatin1(s.data(), s.size());
}

inline QString utf8(QByteArrayView s)
{
    return QString::fromUtf8(s.data(), s.size());
}

// Undoes the \ooo octal escapes that seq_file_path() and mangle() put in /proc/swaps and
// mountinfo for blanks, tabs, newlines and backslashes (fs/seq_file.c).
inline QString unescapeOctal(QByteArrayView s)
{
    const auto isOctal = [](char c) {
        return c >= '0' && c <= '7';
    };
    QByteArray out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 3 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '3'
            && isOctal(s[i + 2]) && isOctal(s[i + 3])) {
            out.append(char((s[i + 1] - '0') * 64 + (s[i + 2] - '0') * 8 + (s[i + 3] - '0')));
            i += 3;
        } else {
            out.append(s[i]);
        }
    }
    return QString::fromUtf8(out);
}

} // namespace oom::procscan
