// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace oom::framing {

// A wall-clock time as a log prefix printed it, before it becomes a QDateTime. Kept as
// plain fields so the prefix parsers allocate nothing and equal prefixes (every line of
// one second) convert once.
struct WallClock {
    int year = 0; // 0: the prefix has no year (RFC 3164, journalctl short, Android)
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int msec = 0;
    bool hasUtcOffset = false; // false: no zone in the text, taken as UTC
    int utcOffsetSeconds = 0;

    bool operator==(const WallClock &) const = default;
};

// "HH:MM:SS" with an optional fraction after '.' or ',' (kept to milliseconds). The hour
// may be one digit. Returns the position after it, or -1. fractionSeparator receives '.',
// ',' or 0.
qsizetype parseTimeOfDay(QByteArrayView s, qsizetype pos, WallClock &out,
                         char *fractionSeparator = nullptr);
// "YYYY-MM-DD". Returns the position after it, or -1.
qsizetype parseIsoDate(QByteArrayView s, qsizetype pos, WallClock &out);
// "Z", "+HH:MM", "+HHMM" or "+HH" directly at pos. Returns the position after it, or pos
// when there is none.
qsizetype parseUtcOffset(QByteArrayView s, qsizetype pos, WallClock &out);

// Turns WallClocks into QDateTimes; a missing zone means UTC. A missing year is
// `assumedYear` when that is set. Otherwise it is inferred from `latestTime`, the newest
// moment the log can speak of (now when invalid, read at each conversion so that a live
// follower stays right past New Year): the latest year in which the date exists and falls
// no more than a day after that moment. Remembers the last conversion because consecutive
// lines mostly share their second.
class WallClockConverter
{
public:
    WallClockConverter(int assumedYear, const QDateTime &latestTime);

    std::optional<QDateTime> convert(const WallClock &clock);

private:
    std::optional<QDate> inferDate(const WallClock &clock, QTime time) const;

    int m_assumedYear;
    std::optional<qint64> m_latestMSecs; // since the epoch; nullopt: now
    bool m_hasLast = false;
    WallClock m_last;
    std::optional<QDateTime> m_lastResult;
};

} // namespace oom::framing
