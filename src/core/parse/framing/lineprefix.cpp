// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/framing/lineprefix.h"

#include "core/parse/framing/bytescan.h"
#include "core/parse/framing/dmesgtimestamp.h"
#include "core/parse/framing/logcatprefix.h"
#include "core/parse/framing/syslogprefix.h"

namespace oom::framing {

namespace {

qsizetype afterSeparator(QByteArrayView s, qsizetype pos)
{
    return (pos < s.size() && isBlank(s[pos])) ? pos + 1 : pos;
}

// journalctl -o short-monotonic: "[  123.456789] host kernel: msg". Only "kernel:" or an
// ident with a pid counts, because dmesg's own "Call Trace:" and "Hardware name: …" have
// the same shape as "host ident:".
bool parseShortMonotonicHeader(QByteArrayView s, qsizetype pos, LinePrefix &out)
{
    const qsizetype hostEnd = tokenEnd(s, pos);
    const qsizetype identStart = skipBlanks(s, hostEnd);
    if (hostEnd == pos || identStart == hostEnd || identStart >= s.size())
        return false;
    const qsizetype identEnd = tokenEnd(s, identStart);
    if (s[identEnd - 1] != ':')
        return false;
    QByteArrayView name;
    std::optional<qint64> pid;
    if (!parseIdentToken(s.sliced(identStart, identEnd - 1 - identStart), name, pid))
        return false;
    if (!pid && !sameBytes(name, "kernel"))
        return false;
    out.framing = Framing::Syslog;
    out.host = s.sliced(pos, hostEnd - pos);
    out.ident = name;
    out.identPid = pid;
    out.messagePos = afterSeparator(s, identEnd);
    return true;
}

// "[  123.456789]" or dmesg -T's "[Sat Sep 11 12:24:42 2021]", and what may follow them.
bool parseKernelPrefix(QByteArrayView s, qsizetype pos, LinePrefix &out)
{
    double uptime = 0;
    int fractionDigits = 0;
    qsizetype p = parseUptimeBracket(s, pos, uptime, fractionDigits);
    if (p > 0) {
        out.framing = Framing::Kernel;
        out.uptime = uptime;
        out.uptimeFractionDigits = fractionDigits;
        p = skipCallerId(s, p);
        const qsizetype next = skipBlanks(s, p);
        WallClock clock;
        const qsizetype android = parseAndroidWallClock(s, next, clock);
        if (android > 0) {
            out.clock = clock;
            p = android;
        } else if (parseShortMonotonicHeader(s, next, out)) {
            return true;
        }
        out.messagePos = afterSeparator(s, p);
        return true;
    }
    WallClock clock;
    p = parseCtimeBracket(s, pos, clock);
    if (p > 0) {
        out.framing = Framing::Kernel;
        out.clock = clock;
        out.messagePos = afterSeparator(s, skipCallerId(s, p));
        return true;
    }
    bool isDelta = false;
    p = parseReltimeBracket(s, pos, clock, isDelta);
    if (p > 0) {
        out.framing = Framing::Kernel;
        if (isDelta) {
            out.sameMinuteAsBefore = true;
        } else {
            out.clock = clock;
            out.startsMinute = true;
        }
        out.messagePos = afterSeparator(s, skipCallerId(s, p));
        return true;
    }
    return false;
}

void adopt(const SyslogHeader &header, LinePrefix &out)
{
    out.framing = Framing::Syslog;
    out.clock = header.clock;
    out.host = header.host;
    out.ident = header.ident;
    out.identPid = header.identPid;
    out.messagePos = header.messagePos;
}

// kern.log and every syslog carrier of kernel messages keep the printk timestamp inside the
// message: "kernel: [430837.193448] Xorg invoked oom-killer" (Ubuntu 8.04 klogd), and so
// does Docker Desktop's hyperkit console ("com.docker.hyperkit: [47517.500417] …").
void adoptWithInnerUptime(QByteArrayView s, const SyslogHeader &header, LinePrefix &out)
{
    adopt(header, out);
    double uptime = 0;
    int fractionDigits = 0;
    const qsizetype p = parseUptimeBracket(s, out.messagePos, uptime, fractionDigits);
    if (p > 0) {
        out.uptime = uptime;
        out.uptimeFractionDigits = fractionDigits;
        out.messagePos = afterSeparator(s, skipCallerId(s, p));
    }
}

bool parseSyslogPrefix(QByteArrayView s, qsizetype pos, LinePrefix &out)
{
    SyslogHeader header;
    if (parseIsoPrefixed(s, pos, header) || parseRfc3164(s, pos, header)
        || parseJournalShortFull(s, pos, header)) {
        adoptWithInnerUptime(s, header, out);
        return true;
    }
    return false;
}

// "<4>" (dmesg -r, /proc/kmsg, raw syslog), then whatever follows it.
LinePrefix parseAfterPriority(QByteArrayView s, qsizetype pos)
{
    LinePrefix out;
    SyslogHeader header;
    if (parseRfc5424(s, pos, header)) {
        adoptWithInnerUptime(s, header, out);
        return out;
    }
    const qsizetype next = skipBlanks(s, pos);
    if (parseKernelPrefix(s, next, out) || parseSyslogPrefix(s, next, out))
        return out;
    out.framing = Framing::Kernel; // "<4>msg": dmesg -r without timestamps
    out.messagePos = pos;
    return out;
}

} // namespace

LinePrefix parseLinePrefix(QByteArrayView s)
{
    LinePrefix out;
    if (s.isEmpty())
        return out;
    const char c = s[0];
    const bool letter = isAsciiLetter(c) || static_cast<unsigned char>(c) >= 0x80;

    if (c == '<') {
        const qsizetype p = parsePriority(s, 0);
        return p > 0 ? parseAfterPriority(s, p) : out;
    }
    if (c == '[') {
        parseKernelPrefix(s, 0, out);
        return out;
    }
    if (isDigit(c)) {
        double uptime = 0;
        const qsizetype p = parseKmsgHeader(s, uptime);
        if (p > 0) {
            out.framing = Framing::Kmsg;
            out.uptime = uptime;
            out.uptimeFractionDigits = 6;
            out.messagePos = p;
            return out;
        }
        // ISO dates, and "9月 18 02:27:12" (journalctl in a zh_CN/ja_JP locale).
        if (parseSyslogPrefix(s, 0, out))
            return out;
        SyslogHeader header;
        if (parseLogcatThreadtime(s, 0, header)) {
            adopt(header, out);
            return out;
        }
        if (parseTimeOnlyPrefix(s, 0, header)) {
            adoptWithInnerUptime(s, header, out);
            out.dateCut = true;
            return out;
        }
    }
    if (isHexDigit(c)) {
        // "565 [Sat Sep 11 …]" and Android's "04166 < 4> [   36.172486] [03-19 …]".
        const qsizetype p = skipLineNumber(s, 0);
        if (p > 0) {
            if (s[p] == '<') {
                const qsizetype q = parsePriority(s, p);
                if (q > 0)
                    return parseAfterPriority(s, q);
            } else if (parseKernelPrefix(s, p, out)) {
                return out;
            }
        }
    }
    if (letter) {
        // dmesg -x: "kern  :warn  : [  123.456] msg".
        const qsizetype p = skipDecodedLevel(s, 0);
        if (p > 0) {
            if (!parseKernelPrefix(s, p, out)) {
                out.framing = Framing::Kernel;
                out.messagePos = p;
            }
            return out;
        }
        if (parseSyslogPrefix(s, 0, out))
            return out;
        SyslogHeader header;
        if (parseBareIdent(s, 0, header)) {
            adoptWithInnerUptime(s, header, out);
            return out;
        }
    }
    if (c == '.' || static_cast<unsigned char>(c) == 0xE2) { // "..." or "…"
        SyslogHeader header;
        if (parseRedactedPrefix(s, 0, header))
            adoptWithInnerUptime(s, header, out);
    }
    return out;
}

} // namespace oom::framing
