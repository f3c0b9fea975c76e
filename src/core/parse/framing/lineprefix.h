// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/parse/framing/wallclock.h"

#include <QByteArrayView>

#include <optional>

namespace oom::framing {

// Which family framed a line; decides which escapes its message may carry and whether the
// message may hide further records (see LineFramer).
enum class Framing : quint8 {
    None, // no prefix: a bare message, a continuation, prose
    Kernel, // dmesg / console: "[  123.456]", "[Sat Sep 11 …]", "<4>", Android kmsg dumps
    Kmsg, // /dev/kmsg: "6,1234,5678901,-;" with "\xNN" escapes
    Syslog, // RFC 3164/5424/3339, journalctl, macOS log stream: "#012" escapes possible
};

// Every prefix in front of one message, parsed. Views point into the parsed line.
struct LinePrefix {
    Framing framing = Framing::None;
    qsizetype messagePos = 0;
    std::optional<double> uptime;
    int uptimeFractionDigits = 0;
    std::optional<WallClock> clock;
    // dmesg -e / -H: "[  +0.000012]" says "same minute as the last full time"; the framer
    // knows that time, the parser does not.
    bool sameMinuteAsBefore = false;
    bool startsMinute = false; // "[Sep11 12:24]": the time the following deltas refer to
    // The poster cut the date off a syslog prefix ("03:12:44 host ident: "): the record's
    // time is unknown, not absent from the log.
    bool dateCut = false;
    QByteArrayView host;
    QByteArrayView ident;
    std::optional<qint64> identPid;
};

// Parses the prefixes at the start of `line` (which starts at its first non-blank byte),
// layer by layer: a line-number gutter, a priority, the timestamp and header of one of
// the supported framings, then what may follow inside the message: the kernel timestamp
// after "kernel: " (kern.log), a printk caller id, Android's wall clock, journalctl
// short-monotonic's host and ident.
LinePrefix parseLinePrefix(QByteArrayView line);

} // namespace oom::framing
