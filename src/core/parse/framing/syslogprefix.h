// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/parse/framing/wallclock.h"

#include <QByteArrayView>

#include <optional>

namespace oom::framing {

// What a syslog-family prefix says. Views point into the parsed line.
struct SyslogHeader {
    std::optional<WallClock> clock;
    QByteArrayView host;
    QByteArrayView ident;
    std::optional<qint64> identPid;
    qsizetype messagePos = -1;
};

// "ident[pid]" or "ident" (the syslog TAG, without its ':'). False when the token cannot be
// an identifier (empty, "key=value", no letter at all).
bool parseIdentToken(QByteArrayView token, QByteArrayView &name, std::optional<qint64> &pid);

// After the timestamp: "host ident[pid]: ", "host ident: ", "ident[pid]: " or "ident: ".
// journalctl always prints the host; journalctl in a zh_CN locale pasted by an admin
// ("9月 18 02:27:12 systemd[1398]: …") and busybox syslogd ("Jun 13 14:21:19 kernel: …") do
// not, so a first token that ends in ':' is the ident.
bool parseHostAndIdent(QByteArrayView s, qsizetype pos, SyslogHeader &out);

// RFC 3164 / rsyslog traditional / journalctl short and short-precise:
// "Jan 24 02:43:00 resolver kernel: ", "Apr  5 …", "Jan 24 02:43:00.123456 host …",
// "9月 18 02:27:12 systemd[1398]: " (month names through parseMonthName).
bool parseRfc3164(QByteArrayView s, qsizetype pos, SyslogHeader &out);

// A prefix that starts with an ISO 8601 date:
//  - RFC 3339 (rsyslog RSYSLOG_FileFormat, journalctl -o short-iso[-precise]):
//    "2026-09-19T17:27:56.876962+00:00 web-1 kernel: "
//  - macOS `log stream` (Docker Desktop's hyperkit VM console):
//    "2019-10-06 12:57:33.928398+0200 0x1f0f  Default  0x0  737  0  com.docker.hyperkit: "
//  - dmesg --time-format=iso and "2024-01-02 03:04:05,123" application logs: a ',' before
//    the fraction means no host and ident follow.
bool parseIsoPrefixed(QByteArrayView s, qsizetype pos, SyslogHeader &out);

// journalctl -o short-full: "Sat 2021-09-11 12:24:42 CST host kernel: ".
bool parseJournalShortFull(QByteArrayView s, qsizetype pos, SyslogHeader &out);

// RFC 5424 after "<PRI>": "1 2024-01-02T03:04:05.123Z host app 123 - - msg".
bool parseRfc5424(QByteArrayView s, qsizetype pos, SyslogHeader &out);

// A syslog prefix whose date the poster cut away, leaving the time of day:
// "03:12:44 db1 kernel: …", "03:12:44 earlyoom[1207]: …". The clock is not kept (a time
// without its day places nothing); the caller marks the record's date as unknown.
bool parseTimeOnlyPrefix(QByteArrayView s, qsizetype pos, SyslogHeader &out);

// A message with only its sender in front, as `journalctl -o cat`-like viewers, chat
// pastes and "grep -h" of several logs leave it: "earlyoom[1207]: sending SIGTERM …",
// "systemd-oomd[812]: Killed …". Only "name[pid]: " counts (or the name of a userspace
// killer with its colon): kernel messages such as "oom_reaper: reaped process" or
// "Call Trace:" have the shape "word: " too and must stay bare.
bool parseBareIdent(QByteArrayView s, qsizetype pos, SyslogHeader &out);

// A prefix whose time and host the poster replaced with "..." (Ubuntu forums, 2008):
// "... kernel: [430837.193448] Xorg invoked oom-killer: …".
bool parseRedactedPrefix(QByteArrayView s, qsizetype pos, SyslogHeader &out);

} // namespace oom::framing
