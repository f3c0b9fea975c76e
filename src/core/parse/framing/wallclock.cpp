// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/framing/wallclock.h"

#include "core/parse/framing/bytescan.h"

#include <QTimeZone>

namespace oom::framing {

namespace {

constexpr qint64 MSecsPerDay = qint64(24) * 60 * 60 * 1000;
constexpr qint64 UnixEpochJulianDay = 2440588;
// Year-less prefixes carry no zone and are taken as UTC, while the reference is a true
// UTC time: a line written east of Greenwich reads up to 14 hours after its file's
// modification time. A day covers every zone.
constexpr qint64 FutureSlackMSecs = MSecsPerDay;
// Feb 29 recurs every 4 years, or 8 across a century year that is not a leap year (2100).
constexpr int MaxYearsBack = 8;

// QDateTime arithmetic without building one: this runs for every second a log prints.
qint64 msecsSinceEpoch(QDate date, QTime time, int utcOffsetSeconds)
{
    return (date.toJulianDay() - UnixEpochJulianDay) * MSecsPerDay + time.msecsSinceStartOfDay()
        - qint64(utcOffsetSeconds) * 1000;
}

int utcYearOf(qint64 msecsSinceEpoch)
{
    qint64 days = msecsSinceEpoch / MSecsPerDay;
    if (msecsSinceEpoch % MSecsPerDay < 0) // floor, not truncation, before 1970
        --days;
    return QDate::fromJulianDay(days + UnixEpochJulianDay).year();
}

} // namespace

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

WallClockConverter::WallClockConverter(int assumedYear, const QDateTime &latestTime)
    : m_assumedYear(assumedYear)
{
    if (latestTime.isValid())
        m_latestMSecs = latestTime.toMSecsSinceEpoch();
}

// A log cannot speak of a moment after it was last written, so a date that would lie
// beyond that belongs to an earlier year: a log of December and January read in January
// puts its December lines in the year before, without looking ahead, and a log last written
// in 2024 keeps 2024. Going back further than one year only ever happens for Feb 29.
std::optional<QDate> WallClockConverter::inferDate(const WallClock &clock, QTime time) const
{
    const qint64 latest =
        (m_latestMSecs ? *m_latestMSecs : QDateTime::currentMSecsSinceEpoch()) + FutureSlackMSecs;
    const int offset = clock.hasUtcOffset ? clock.utcOffsetSeconds : 0;
    const int newestYear = utcYearOf(latest);
    for (int year = newestYear; year >= newestYear - MaxYearsBack; --year) {
        const QDate date(year, clock.month, clock.day);
        if (date.isValid() && msecsSinceEpoch(date, time, offset) <= latest)
            return date;
    }
    return std::nullopt; // "Feb 30"
}

std::optional<QDateTime> WallClockConverter::convert(const WallClock &clock)
{
    if (m_hasLast && clock == m_last)
        return m_lastResult;
    m_hasLast = true;
    m_last = clock;
    m_lastResult.reset();

    const QTime time(clock.hour, clock.minute, clock.second, clock.msec);
    if (!time.isValid())
        return m_lastResult;
    std::optional<QDate> date;
    if (clock.year || m_assumedYear)
        date = QDate(clock.year ? clock.year : m_assumedYear, clock.month, clock.day);
    else
        date = inferDate(clock, time);
    if (!date || !date->isValid()) // "Feb 29" in an assumed non-leap year
        return m_lastResult;
        // Qt 6.5 made zones light values and deprecates the TimeSpec constructor in 6.9.
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const QTimeZone zone = clock.hasUtcOffset
        ? QTimeZone::fromSecondsAheadOfUtc(clock.utcOffsetSeconds)
        : QTimeZone(QTimeZone::UTC);
    m_lastResult = QDateTime(*date, time, zone);
#else
    m_lastResult = clock.hasUtcOffset
        ? QDateTime(*date, time, Qt::OffsetFromUTC, clock.utcOffsetSeconds)
        : QDateTime(*date, time, Qt::UTC);
#endif
    return m_lastResult;
}

} // namespace oom::framing
