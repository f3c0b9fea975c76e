// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "logrecord.h"

#include <QByteArrayView>
#include <QList>

#include <memory>

namespace oom {

struct FramingOptions {
    // Syslog RFC 3164 and journalctl short timestamps carry no year; this one is used.
    int assumedYear = 0; // 0 = the current year
};

// Turns physical lines of any supported log framing into LogRecords. Stateful per input:
// it remembers the framing seen so far, joins lines that were wrapped (trailing "\",
// quoted-printable soft breaks), expands rsyslog "#012" and /dev/kmsg "\x0a" escapes, and
// marks indented continuation lines. Pure: no I/O.
class LineFramer
{
public:
    explicit LineFramer(FramingOptions options = {});
    ~LineFramer();
    LineFramer(const LineFramer &) = delete;
    LineFramer &operator=(const LineFramer &) = delete;

    // One physical line without its line terminator; lineNumber is 1-based. Appends the
    // records that are complete to `out` (a record may wait for the next line to know
    // whether it continues).
    void addLine(QByteArrayView line, qint64 lineNumber, QList<LogRecord> &out);
    // Tells the framer that lines were skipped (the scanner did not feed them): nothing
    // after the gap joins with anything before it.
    void addGap(QList<LogRecord> &out);
    // End of input: flushes the pending record.
    void finish(QList<LogRecord> &out);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace oom
