// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/parse/framing/logrecord.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>

#include <memory>

namespace oom {

// Syslog RFC 3164, journalctl short and Android timestamps carry no year.
struct FramingOptions {
    // When set, every year-less date gets this year, as is (the tests pin one so that
    // their goldens do not change at New Year).
    int assumedYear = 0;
    // Otherwise the year is inferred from the newest moment the log can speak of: its
    // file's modification time, an archive member's. A date takes the latest year in which
    // it falls no more than a day after that moment, so a log spanning New Year puts its
    // December lines in the year before, and a log last written in 2024 stays in 2024.
    // Invalid: now, read as lines arrive (stdin, live logs).
    QDateTime latestTime;
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
