// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "wallclock.h"

#include "bytescan.h"

#include <QTimeZone>

namespace oom::framing {

qsizetype parseTimeOfDay(QByteArrayView s, qsizetype pos, WallClock &out, char *fractionSeparator)
{
    if (fractionSeparator)
        *fractionSeparator = 0;
    qint64 h = 0;
    qint64 m = 0;
    qint64 sec = 0;
    pos = readDigits(s, pos, 1, 2, h);
    if (pos < 0 || !charAt(s, pos, ':'))
        return -1;
    pos = readDigits(s, pos + 1, 2, 2, m);
    if (pos < 0 || !charAt(s, pos, ':'))
        return -1;
    pos = readDigits(s, pos + 1, 2, 2, sec);
    // 60 is a leap second; QTime has none, so it becomes the last millisecond of :59.
    if (pos < 0 || h > 23 || m > 59 || sec > 60)
        return -1;
    out.hour = int(h);
    out.minute = int(m);
    out.second = int(sec);
    out.msec = 0;
    if (sec == 60) {
        out.second = 59;
        out.msec = 999;
    }
    if (pos + 1 < s.size() && (s[pos] == '.' || s[pos] == ',') && isDigit(s[pos + 1])) {
        const char separator = s[pos];
        ++pos;
        int digits = 0;
        int msec = 0;
        while (pos < s.size() && isDigit(s[pos])) {
            if (digits < 3)
                msec = msec * 10 + (s[pos] - '0');
            ++digits;
            ++pos;
        }
        if (digits > 9)
            return -1;
        for (int i = digits; i < 3; ++i)
            msec *= 10;
        if (sec != 60)
            out.msec = msec;
        if (fractionSeparator)
            *fractionSeparator = separator;
    }
    return pos;
}

qsizetype parseIsoDate(QByteArrayView s, qsizetype pos, WallClock &out)
{
    qint64 y = 0;
    qint64 mo = 0;
    qint64 d = 0;
    pos = readDigits(s, pos, 4, 4, y);
    if (pos < 0 || !charAt(s, pos, '-'))
        return -1;
    pos = readDigits(s, pos + 1, 2, 2, mo);
    if (pos < 0 || !charAt(s, pos, '-'))
        return -1;
    pos = readDigits(s, pos + 1, 2, 2, d);
    if (pos < 0 || mo < 1 || mo > 12 || d < 1 || d > 31)
        return -1;
    out.year = int(y);
    out.month = int(mo);
    out.day = int(d);
    return pos;
}

qsizetype parseUtcOffset(QByteArrayView s, qsizetype pos, WallClock &out)
{
    if (pos >= s.size())
        return pos;
    if (s[pos] == 'Z') {
        out.hasUtcOffset = true;
        out.utcOffsetSeconds = 0;
        return pos + 1;
    }
    if (s[pos] != '+' && s[pos] != '-')
        return pos;
    const int sign = s[pos] == '-' ? -1 : 1;
    auto twoDigits = [&](qsizetype p) {
        return (p + 1 < s.size() && isDigit(s[p]) && isDigit(s[p + 1]))
            ? (s[p] - '0') * 10 + (s[p + 1] - '0')
            : -1;
    };
    const int h = twoDigits(pos + 1);
    if (h < 0 || h > 14)
        return pos;
    qsizetype p = pos + 3;
    int m = 0;
    if (charAt(s, p, ':') && twoDigits(p + 1) >= 0) { // "+02:00" (RFC 3339)
        m = twoDigits(p + 1);
        p += 3;
    } else if (twoDigits(p) >= 0) { // "+0200" (journalctl short-iso, macOS log)
        m = twoDigits(p);
        p += 2;
    }
    if (m > 59 || (p < s.size() && isDigit(s[p])))
        return pos;
    out.hasUtcOffset = true;
    out.utcOffsetSeconds = sign * (h * 3600 + m * 60);
    return p;
}

WallClockConverter::WallClockConverter(int assumedYear)
    : m_assumedYear(assumedYear)
{
}

std::optional<QDateTime> WallClockConverter::convert(const WallClock &clock)
{
    if (m_hasLast && clock == m_last)
        return m_lastResult;
    m_hasLast = true;
    m_last = clock;
    m_lastResult.reset();

    const QDate date(clock.year ? clock.year : m_assumedYear, clock.month, clock.day);
    const QTime time(clock.hour, clock.minute, clock.second, clock.msec);
    if (!date.isValid() || !time.isValid()) // "Feb 29" in an assumed non-leap year
        return m_lastResult;
        // Qt 6.5 made zones light values and deprecates the TimeSpec constructor in 6.9.
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const QTimeZone zone = clock.hasUtcOffset
        ? QTimeZone::fromSecondsAheadOfUtc(clock.utcOffsetSeconds)
        : QTimeZone(QTimeZone::UTC);
    m_lastResult = QDateTime(date, time, zone);
#else
    m_lastResult = clock.hasUtcOffset
        ? QDateTime(date, time, Qt::OffsetFromUTC, clock.utcOffsetSeconds)
        : QDateTime(date, time, Qt::UTC);
#endif
    return m_lastResult;
}

} // namespace oom::framing
