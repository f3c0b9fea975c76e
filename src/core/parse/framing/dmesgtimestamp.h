// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/parse/framing/wallclock.h"

#include <QByteArrayView>

namespace oom::framing {

// The prefixes the kernel itself, dmesg(1) and /dev/kmsg put before a message. Every parser
// takes the position to start at and returns the position after what it recognised, or -1
// (skip* functions return pos unchanged when there is nothing to skip).

// "[  123.456789]" (printk since 2.6.x, `dmesg`, journalctl -o short-monotonic), busybox's
// "[ 833.807]" (3 fraction digits) and dmesg -d's "[  123.456789 <    0.000004>]".
// fractionDigits tells joined records apart (see joineddmesg.h).
qsizetype parseUptimeBracket(QByteArrayView s, qsizetype pos, double &seconds, int &fractionDigits);

// dmesg -e / -H (util-linux "reltime"): "[Sep11 12:24]" on the first message of a minute,
// "[  +0.000012]" on the following ones. A delta sets isDelta and leaves out alone.
qsizetype parseReltimeBracket(QByteArrayView s, qsizetype pos, WallClock &out, bool &isDelta);

// A printk caller id after the timestamp (CONFIG_PRINTK_CALLER, 5.1+): "[T23028]", "[  C1]".
qsizetype skipCallerId(QByteArrayView s, qsizetype pos);

// dmesg -T: "[Sat Sep 11 12:24:42 2021]" (util-linux formats "%a %b %e %H:%M:%S %Y" in the
// reader's locale, so "[六 9月 11 12:24:42 2021]", "[土  9月 11 …]", "[sam. sept. 11 …]").
qsizetype parseCtimeBracket(QByteArrayView s, qsizetype pos, WallClock &out);

// The wall clock Android kernels add after the uptime: "[03-19 10:05:52.172]" (no year).
qsizetype parseAndroidWallClock(QByteArrayView s, qsizetype pos, WallClock &out);

// A syslog/printk priority "<4>" (dmesg -r, /proc/kmsg, raw syslog) or Android's "< 4>".
qsizetype parsePriority(QByteArrayView s, qsizetype pos);

// dmesg -x decoding of facility and level: "kern  :warn  : ".
qsizetype skipDecodedLevel(QByteArrayView s, qsizetype pos);

// A /dev/kmsg record header at the start of s: "6,1234,5678901,-;" (priority, sequence,
// microseconds since boot, flags and optional fields such as "caller=T1", then ';').
qsizetype parseKmsgHeader(QByteArrayView s, double &seconds);

// A line-number gutter before a kernel prefix: "565 [Sat Sep 11 …]" (a document listing)
// or Android's hexadecimal "0419C < 4> [ …]". Returns the position of the '[' or '<'
// that follows, or -1. The caller still has to parse what follows.
qsizetype skipLineNumber(QByteArrayView s, qsizetype pos);

} // namespace oom::framing
