// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/linespan.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace oom {

// One logical log message after the framing layer removed everything around it: quote
// marks, line-number prefixes, syslog/journal/dmesg headers, printk caller ids. The text is
// what the kernel or daemon printed.
struct LogRecord {
    LineSpan lines; // physical lines of the input this record was built from
    QString text; // the message itself
    std::optional<QDateTime> time; // wall clock (syslog, journal, dmesg -T)
    // What `time` had to assume: syslog RFC 3164 and journalctl short prefixes print no
    // year (FramingOptions says which is taken) and many prefixes no time zone (UTC is).
    bool timeYearAssumed = false;
    bool timeZoneAssumed = false;
    std::optional<double> uptime; // kernel timestamp in seconds ([ 1234.567890])
    QString host;
    QString ident; // "kernel", "systemd", "systemd-oomd", "earlyoom", ...; empty if unknown
    std::optional<qint64> identPid; // "systemd[1]" -> 1
    // An indented line without a prefix of its own that continues the previous record
    // (multi-line printk bodies such as the 5.3+ memcg memory.stat dump, journal
    // multi-line entries, systemd-oomd candidate lists). It carries the previous record's
    // time, host and ident.
    bool continuation = false;
    // The line was quoted in a mail reply or a markdown blockquote ("> ", ">> ").
    bool quoted = false;
    // The poster cut the date off its syslog prefix, keeping the time of day: `time` is
    // unknown although the log had one.
    bool dateCut = false;
    // Built from two physical lines that a mail client or a narrow terminal had wrapped
    // (see RecordJoiner).
    bool rejoined = false;
    // A line the person who pasted the log put there to say something was left out:
    // "...", "......", "[…]", "....[truncated for brevity]".
    bool elision = false;
};

} // namespace oom
