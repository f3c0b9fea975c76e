// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/framing/syslogprefix.h"

#include "core/parse/framing/bytescan.h"
#include "core/parse/framing/localizeddate.h"

namespace oom::framing {

namespace {

// The message starts after exactly one separating blank; any further indentation belongs
// to the message (kernel stack frames, "  cache: …").
qsizetype afterSeparator(QByteArrayView s, qsizetype pos)
{
    return (pos < s.size() && isBlank(s[pos])) ? pos + 1 : pos;
}

bool hasLetter(QByteArrayView s)
{
    for (char c : s) {
        if (isAsciiLetter(c) || static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

// A token ending in ':' that names the sender.
bool takeIdent(QByteArrayView s, qsizetype begin, qsizetype end, SyslogHeader &out)
{
    if (end - begin < 2 || s[end - 1] != ':')
        return false;
    QByteArrayView name;
    std::optional<qint64> pid;
    if (!parseIdentToken(s.sliced(begin, end - 1 - begin), name, pid))
        return false;
    out.ident = name;
    out.identPid = pid;
    out.messagePos = afterSeparator(s, end);
    return true;
}

// macOS `log stream` columns after the timestamp: thread id, type, activity id, pid, TTL,
// then "process: message". Seen in Docker Desktop for Mac logs (hyperkit VM console).
bool parseLogStreamColumns(QByteArrayView s, qsizetype pos, SyslogHeader &out)
{
    auto hexToken = [&](qsizetype p) -> qsizetype {
        if (!startsWithAt(s, p, "0x"))
            return -1;
        qsizetype q = p + 2;
        while (q < s.size() && isHexDigit(s[q]))
            ++q;
        return q > p + 2 ? q : -1;
    };
    qsizetype p = hexToken(pos);
    if (p < 0 || p == skipBlanks(s, p))
        return false;
    p = skipBlanks(s, p);
    const qsizetype typeStart = p;
    while (p < s.size() && isAsciiLetter(s[p]))
        ++p;
    if (p == typeStart)
        return false;
    p = hexToken(skipBlanks(s, p));
    if (p < 0)
        return false;
    qint64 pid = 0;
    qint64 ttl = 0;
    p = readDigits(s, skipBlanks(s, p), 1, 10, pid);
    if (p < 0)
        return false;
    p = readDigits(s, skipBlanks(s, p), 1, 10, ttl);
    if (p < 0 || p == skipBlanks(s, p))
        return false;
    p = skipBlanks(s, p);
    const qsizetype colon = s.indexOf(':', p);
    if (colon <= p)
        return false;
    out.ident = trimmedBlanks(s.sliced(p, colon - p));
    out.identPid = pid;
    out.messagePos = afterSeparator(s, colon + 1);
    return true;
}

} // namespace

bool parseIdentToken(QByteArrayView token, QByteArrayView &name, std::optional<qint64> &pid)
{
    if (token.isEmpty() || token.size() > 128)
        return false;
    name = token;
    pid.reset();
    if (token.endsWith(']')) {
        qsizetype open = token.size() - 2;
        while (open >= 0 && token[open] != '[')
            --open;
        if (open <= 0)
            return false;
        const QByteArrayView inside = token.sliced(open + 1, token.size() - open - 2);
        qint64 value = 0;
        if (!inside.isEmpty() && readDigits(inside, 0, 1, 18, value) == inside.size())
            pid = value;
        name = token.first(open);
    }
    if (name.contains('=') || name.contains('"') || name.startsWith('[') || name.startsWith('<'))
        return false;
    return hasLetter(name);
}

// ChromeOS writes /var/log/messages with a severity where syslog has the host
// ("2023-05-21T10:11:12.345678Z ERROR chrome[5316:5316]: …", its rsyslog template since
// about R84): the word is no host name.
bool isChromeOsSeverity(QByteArrayView token)
{
    static constexpr QByteArrayView words[] = {"EMERG", "ALERT",   "CRIT",   "ERR",  "ERROR",
                                               "WARN",  "WARNING", "NOTICE", "INFO", "DEBUG"};
    for (QByteArrayView word : words) {
        if (token == word)
            return true;
    }
    return false;
}

bool parseHostAndIdent(QByteArrayView s, qsizetype pos, SyslogHeader &out)
{
    const qsizetype firstEnd = tokenEnd(s, pos);
    if (firstEnd == pos)
        return false;
    if (takeIdent(s, pos, firstEnd, out)) {
        out.host = {};
        return true;
    }
    const qsizetype second = skipBlanks(s, firstEnd);
    if (second == firstEnd || second >= s.size())
        return false;
    if (!takeIdent(s, second, tokenEnd(s, second), out))
        return false;
    out.host = s.sliced(pos, firstEnd - pos);
    if (isChromeOsSeverity(out.host))
        out.host = {};
    return true;
}

bool parseRfc3164(QByteArrayView s, qsizetype pos, SyslogHeader &out)
{
    WallClock clock;
    qsizetype p = pos;
    clock.month = parseMonthName(s, p);
    if (!clock.month || !charAt(s, p, ' '))
        return false;
    qint64 day = 0;
    p = readDigits(s, skipBlanks(s, p), 1, 2, day);
    if (p < 0 || day < 1 || day > 31 || !charAt(s, p, ' '))
        return false;
    clock.day = int(day);
    p = parseTimeOfDay(s, skipBlanks(s, p), clock);
    if (p < 0 || (p < s.size() && !isBlank(s[p])))
        return false;
    out.clock = clock;
    const qsizetype rest = skipBlanks(s, p);
    if (!parseHostAndIdent(s, rest, out)) {
        out.host = {};
        out.ident = {};
        out.identPid.reset();
        out.messagePos = rest;
    }
    return true;
}

bool parseIsoPrefixed(QByteArrayView s, qsizetype pos, SyslogHeader &out)
{
    WallClock clock;
    qsizetype p = parseIsoDate(s, pos, clock);
    if (p < 0 || !(charAt(s, p, 'T') || charAt(s, p, ' ')))
        return false;
    char fraction = 0;
    p = parseTimeOfDay(s, p + 1, clock, &fraction);
    if (p < 0)
        return false;
    p = parseUtcOffset(s, p, clock);
    if (p < s.size() && !isBlank(s[p]))
        return false;
    out.clock = clock;
    const qsizetype rest = skipBlanks(s, p);
    if (fraction != ',') {
        if (startsWithAt(s, rest, "0x") && parseLogStreamColumns(s, rest, out))
            return true;
        if (parseHostAndIdent(s, rest, out))
            return true;
    }
    out.host = {};
    out.ident = {};
    out.identPid.reset();
    out.messagePos = afterSeparator(s, p);
    return true;
}

bool parseJournalShortFull(QByteArrayView s, qsizetype pos, SyslogHeader &out)
{
    qsizetype p = pos;
    while (p < s.size() && isAsciiLetter(s[p]) && p - pos < 3)
        ++p;
    if (p - pos < 2 || !charAt(s, p, ' '))
        return false;
    WallClock clock;
    p = parseIsoDate(s, p + 1, clock);
    if (p < 0 || !charAt(s, p, ' '))
        return false;
    p = parseTimeOfDay(s, p + 1, clock);
    if (p < 0 || !charAt(s, p, ' '))
        return false;
    // The zone: an abbreviation ("UTC", "CST", "JST") or a numeric offset. Abbreviations
    // other than UTC/GMT are ambiguous (CST is three zones) and are left as "no zone".
    const qsizetype zoneStart = p + 1;
    const qsizetype zoneEnd = tokenEnd(s, zoneStart);
    const QByteArrayView zone = s.sliced(zoneStart, zoneEnd - zoneStart);
    if (zone.isEmpty())
        return false;
    if (zone[0] == '+' || zone[0] == '-') {
        if (parseUtcOffset(s, zoneStart, clock) != zoneEnd)
            return false;
    } else {
        for (char c : zone) {
            if (!isAsciiLetter(c))
                return false;
        }
        if (sameBytes(zone, "UTC") || sameBytes(zone, "GMT")) {
            clock.hasUtcOffset = true;
            clock.utcOffsetSeconds = 0;
        }
    }
    out.clock = clock;
    const qsizetype rest = skipBlanks(s, zoneEnd);
    if (!parseHostAndIdent(s, rest, out)) {
        out.host = {};
        out.ident = {};
        out.identPid.reset();
        out.messagePos = rest;
    }
    return true;
}

bool parseRfc5424(QByteArrayView s, qsizetype pos, SyslogHeader &out)
{
    if (!startsWithAt(s, pos, "1 "))
        return false;
    qsizetype p = pos + 2;
    if (charAt(s, p, '-')) {
        out.clock.reset();
        ++p;
    } else {
        WallClock clock;
        p = parseIsoDate(s, p, clock);
        if (p < 0 || !charAt(s, p, 'T'))
            return false;
        p = parseTimeOfDay(s, p + 1, clock);
        if (p < 0)
            return false;
        p = parseUtcOffset(s, p, clock);
        out.clock = clock;
    }
    // HOSTNAME APP-NAME PROCID MSGID, each "-" when absent.
    QByteArrayView fields[4];
    for (QByteArrayView &field : fields) {
        if (!charAt(s, p, ' '))
            return false;
        const qsizetype start = p + 1;
        p = tokenEnd(s, start);
        if (p == start)
            return false;
        field = s.sliced(start, p - start);
        if (sameBytes(field, "-"))
            field = {};
    }
    if (!charAt(s, p, ' '))
        return false;
    ++p;
    // STRUCTURED-DATA: "-" or one or more [id param="value"] with \" and \] escapes.
    if (charAt(s, p, '-')) {
        ++p;
    } else if (charAt(s, p, '[')) {
        while (charAt(s, p, '[')) {
            bool inQuotes = false;
            ++p;
            while (p < s.size() && (inQuotes || s[p] != ']')) {
                if (s[p] == '\\')
                    ++p;
                else if (s[p] == '"')
                    inQuotes = !inQuotes;
                ++p;
            }
            if (p >= s.size())
                return false;
            ++p;
        }
    } else {
        return false;
    }
    p = afterSeparator(s, p);
    if (startsWithAt(s, p, "\xEF\xBB\xBF")) // RFC 5424 allows a BOM before UTF-8 text
        p += 3;
    out.host = fields[0];
    out.ident = fields[1];
    out.identPid.reset();
    qint64 pid = 0;
    if (!fields[2].isEmpty() && readDigits(fields[2], 0, 1, 18, pid) == fields[2].size())
        out.identPid = pid;
    out.messagePos = p;
    return true;
}

bool parseTimeOnlyPrefix(QByteArrayView s, qsizetype pos, SyslogHeader &out)
{
    WallClock clock;
    const qsizetype p = parseTimeOfDay(s, pos, clock);
    // Two-digit hours only: "3:12:44" starts too many other things (durations, versions).
    if (p < 0 || !charAt(s, pos + 2, ':') || p >= s.size() || !isBlank(s[p]))
        return false;
    if (!parseHostAndIdent(s, skipBlanks(s, p), out))
        return false;
    out.clock.reset();
    return true;
}

bool parseBareIdent(QByteArrayView s, qsizetype pos, SyslogHeader &out)
{
    const qsizetype end = tokenEnd(s, pos);
    if (!takeIdent(s, pos, end, out))
        return false;
    const bool killer = sameBytes(out.ident, "earlyoom") || sameBytes(out.ident, "nohang")
        || sameBytes(out.ident, "systemd-oomd");
    if (!out.identPid && !killer)
        return false;
    out.clock.reset();
    out.host = {};
    return true;
}

bool parseRedactedPrefix(QByteArrayView s, qsizetype pos, SyslogHeader &out)
{
    qsizetype p = pos;
    int dots = 0;
    while (p < s.size()) {
        if (s[p] == '.') {
            ++dots;
            ++p;
        } else if (startsWithAt(s, p, "\xE2\x80\xA6")) { // …
            dots += 3;
            p += 3;
        } else {
            break;
        }
    }
    if (dots < 3 || p >= s.size() || !isBlank(s[p]))
        return false;
    const qsizetype identStart = skipBlanks(s, p);
    if (!takeIdent(s, identStart, tokenEnd(s, identStart), out))
        return false;
    out.clock.reset();
    out.host = {};
    return true;
}

} // namespace oom::framing
