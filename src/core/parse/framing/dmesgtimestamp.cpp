// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/framing/dmesgtimestamp.h"

#include "core/parse/framing/bytescan.h"
#include "core/parse/framing/localizeddate.h"

#include <array>

namespace oom::framing {

qsizetype parseUptimeBracket(QByteArrayView s, qsizetype pos, double &seconds, int &fractionDigits)
{
    if (!charAt(s, pos, '['))
        return -1;
    qsizetype p = skipBlanks(s, pos + 1);
    qint64 whole = 0;
    p = readDigits(s, p, 1, 12, whole);
    if (p < 0 || !charAt(s, p, '.'))
        return -1;
    ++p;
    qint64 fraction = 0;
    const qsizetype fractionStart = p;
    p = readDigits(s, p, 1, 9, fraction);
    if (p < 0)
        return -1;
    fractionDigits = int(p - fractionStart);
    if (charAt(s, p, ' ')) {
        // dmesg -d: the delta to the previous message follows in angle brackets.
        qsizetype q = skipBlanks(s, p);
        if (!charAt(s, q, '<'))
            return -1;
        ++q;
        while (q < s.size() && (isBlank(s[q]) || isDigit(s[q]) || s[q] == '.'))
            ++q;
        if (!charAt(s, q, '>'))
            return -1;
        p = q + 1;
    }
    if (!charAt(s, p, ']'))
        return -1;
    double scale = 1;
    for (int i = 0; i < fractionDigits; ++i)
        scale *= 10;
    seconds = double(whole) + double(fraction) / scale;
    return p + 1;
}

qsizetype skipCallerId(QByteArrayView s, qsizetype pos)
{
    const qsizetype open = skipBlanks(s, pos);
    if (!charAt(s, open, '['))
        return pos;
    qsizetype p = skipBlanks(s, open + 1);
    if (!charAt(s, p, 'T') && !charAt(s, p, 'C'))
        return pos;
    qint64 id = 0;
    p = readDigits(s, p + 1, 1, 10, id);
    if (p < 0 || !charAt(s, p, ']'))
        return pos;
    return p + 1;
}

qsizetype parseCtimeBracket(QByteArrayView s, qsizetype pos, WallClock &out)
{
    if (!charAt(s, pos, '['))
        return -1;
    qsizetype p = skipBlanks(s, pos + 1);
    if (!skipWeekdayName(s, p))
        return -1;
    p = skipBlanks(s, p);
    WallClock clock;
    clock.month = parseMonthName(s, p);
    if (!clock.month)
        return -1;
    p = skipBlanks(s, p);
    qint64 day = 0;
    p = readDigits(s, p, 1, 2, day);
    if (p < 0 || day < 1 || day > 31 || !charAt(s, p, ' '))
        return -1;
    clock.day = int(day);
    p = parseTimeOfDay(s, skipBlanks(s, p), clock);
    if (p < 0 || !charAt(s, p, ' '))
        return -1;
    qint64 year = 0;
    p = readDigits(s, skipBlanks(s, p), 4, 4, year);
    if (p < 0)
        return -1;
    p = skipBlanks(s, p);
    if (!charAt(s, p, ']'))
        return -1;
    clock.year = int(year);
    out = clock;
    return p + 1;
}

qsizetype parseReltimeBracket(QByteArrayView s, qsizetype pos, WallClock &out, bool &isDelta)
{
    if (!charAt(s, pos, '['))
        return -1;
    qsizetype p = skipBlanks(s, pos + 1);
    qint64 value = 0;
    if (charAt(s, p, '+')) {
        p = readDigits(s, p + 1, 1, 12, value);
        if (p < 0 || !charAt(s, p, '.'))
            return -1;
        p = readDigits(s, p + 1, 1, 9, value);
        if (p < 0 || !charAt(s, p, ']'))
            return -1;
        isDelta = true;
        return p + 1;
    }
    WallClock clock;
    clock.month = parseMonthName(s, p); // "Sep11": the day follows the name directly
    if (!clock.month)
        return -1;
    p = readDigits(s, p, 1, 2, value);
    if (p < 0 || value < 1 || value > 31 || !charAt(s, p, ' '))
        return -1;
    clock.day = int(value);
    qint64 hour = 0;
    qint64 minute = 0;
    p = readDigits(s, p + 1, 1, 2, hour);
    if (p < 0 || hour > 23 || !charAt(s, p, ':'))
        return -1;
    p = readDigits(s, p + 1, 2, 2, minute);
    if (p < 0 || minute > 59 || !charAt(s, p, ']'))
        return -1;
    clock.hour = int(hour);
    clock.minute = int(minute);
    out = clock;
    isDelta = false;
    return p + 1;
}

qsizetype parseAndroidWallClock(QByteArrayView s, qsizetype pos, WallClock &out)
{
    if (!charAt(s, pos, '['))
        return -1;
    WallClock clock;
    qint64 month = 0;
    qint64 day = 0;
    qsizetype p = readDigits(s, pos + 1, 2, 2, month);
    if (p < 0 || !charAt(s, p, '-') || month < 1 || month > 12)
        return -1;
    p = readDigits(s, p + 1, 2, 2, day);
    if (p < 0 || !charAt(s, p, ' ') || day < 1 || day > 31)
        return -1;
    p = parseTimeOfDay(s, p + 1, clock);
    if (p < 0 || !charAt(s, p, ']'))
        return -1;
    clock.month = int(month);
    clock.day = int(day);
    out = clock;
    return p + 1;
}

qsizetype parsePriority(QByteArrayView s, qsizetype pos)
{
    if (!charAt(s, pos, '<'))
        return -1;
    qint64 priority = 0;
    qsizetype p = readDigits(s, skipBlanks(s, pos + 1), 1, 3, priority);
    if (p < 0 || priority > 191)
        return -1;
    p = skipBlanks(s, p);
    if (!charAt(s, p, '>'))
        return -1;
    return p + 1;
}

qsizetype skipDecodedLevel(QByteArrayView s, qsizetype pos)
{
    // "%-6s:%-6s: " from util-linux dmesg -x: facility, then level.
    static constexpr std::array<QByteArrayView, 8> levels{"emerg", "alert",  "crit", "err",
                                                          "warn",  "notice", "info", "debug"};
    qsizetype p = pos;
    while (p < s.size() && (isAsciiLetter(s[p]) || isDigit(s[p])) && p - pos < 8)
        ++p;
    if (p == pos)
        return pos;
    p = skipBlanks(s, p);
    if (!charAt(s, p, ':'))
        return pos;
    const qsizetype levelStart = p + 1;
    qsizetype levelEnd = levelStart;
    while (levelEnd < s.size() && isAsciiLetter(s[levelEnd]))
        ++levelEnd;
    const QByteArrayView level = s.sliced(levelStart, levelEnd - levelStart);
    bool known = false;
    for (QByteArrayView candidate : levels)
        known = known || sameBytes(level, candidate);
    if (!known)
        return pos;
    p = skipBlanks(s, levelEnd);
    if (!charAt(s, p, ':'))
        return pos;
    ++p;
    return charAt(s, p, ' ') ? p + 1 : p;
}

qsizetype parseKmsgHeader(QByteArrayView s, double &seconds)
{
    qint64 value = 0;
    qsizetype p = readDigits(s, 0, 1, 3, value); // priority (facility * 8 + level)
    if (p < 0 || !charAt(s, p, ','))
        return -1;
    p = readDigits(s, p + 1, 1, 20, value); // sequence number
    if (p < 0 || !charAt(s, p, ','))
        return -1;
    qint64 usec = 0;
    p = readDigits(s, p + 1, 1, 20, usec);
    if (p < 0 || !charAt(s, p, ','))
        return -1;
    // Flags ("-", "c", "+") and, since 5.1, optional fields like "caller=T123".
    for (qsizetype q = p + 1; q < s.size() && q - p < 64; ++q) {
        if (s[q] == ';') {
            seconds = double(usec) / 1e6;
            return q + 1;
        }
        if (isBlank(s[q]))
            return -1;
    }
    return -1;
}

qsizetype skipLineNumber(QByteArrayView s, qsizetype pos)
{
    qsizetype p = pos;
    while (p < s.size() && isHexDigit(s[p]) && p - pos < 10)
        ++p;
    if (p == pos || p >= s.size() || !isBlank(s[p]))
        return -1;
    p = skipBlanks(s, p);
    if (charAt(s, p, '[') || charAt(s, p, '<'))
        return p;
    return -1;
}

} // namespace oom::framing
