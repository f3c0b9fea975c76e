// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/unitresult.h"
#include "core/parse/framing/logrecord.h"

#include <QString>
#include <QStringView>

#include <optional>

// What the systemd service manager (PID 1 and user managers) says about a unit after an
// OOM kill, in the journal and in `systemctl status` output. See docs/kernel-formats.md §4.1.
namespace oom {

// A unit result line with what UnitResult has no room for.
struct UnitResultLine {
    UnitResult result;
    // The line ends in '>' because a pager cut it at the terminal width; the sentence was
    // recognised from an unambiguous prefix.
    bool truncated = false;
    // "Failed with result '>": the cut removed the result itself, so the line only says
    // the unit failed. `result.kind` is FailedOomKill as a candidate that the caller must
    // confirm from context (SystemctlStatusReader does so with "Result: oom-kill").
    bool resultCut = false;
};

// "<unit>: A process of this unit has been killed by the OOM killer." (systemd 243+),
// "<unit>: Failed with result 'oom-kill'." (243+), "<unit>: systemd-oomd killed N
// process(es) in this unit." / "... killed some process(es) ..." (~249+), and the same
// lines cut by a pager. Returns every recognised line, including unconfirmed cut ones.
std::optional<UnitResultLine> parseUnitResultLine(const LogRecord &record);

// The confirmed results only: parseUnitResultLine() without `resultCut` lines.
std::optional<UnitResult> parseUnitResult(const LogRecord &record);

// "<unit>: Consumed 10min 23.721s CPU time, 29.0G memory peak, 0B memory swap peak."
// (memory peak fields in systemd 256+; older releases print only the CPU time).
struct UnitResourceSummary {
    QString unit;
    QString cpuTime; // as printed, "15h 5min 35.515s"
    QString memoryPeak; // as printed, "29.0G"; empty when not printed
    std::optional<qint64> memoryPeakBytes;
    QString memorySwapPeak;
    std::optional<qint64> memorySwapPeakBytes;
    bool truncated = false;
    LineSpan line;
};
std::optional<UnitResourceSummary> parseUnitResourceSummary(const LogRecord &record);

// systemd's base-1024 size format ("29.0G", "512.0M", "0B", "1.5T") in bytes.
std::optional<qint64> parseSystemdSize(QStringView text);

// "Sat 2025-10-04 20:46:05 UTC" as `systemctl status` prints it (weekday optional; the
// zone is an abbreviation: UTC/GMT, an IANA id, or a local one read as local time).
std::optional<QDateTime> parseSystemdTimestamp(QStringView text);

// Reads `systemctl status <unit>` output: the "× unit.service - description" header, the
// "Active: failed (Result: oom-kill) since ..." line and the journal tail printed below
// it. Stateful per status block; feed every record of the pasted output in order.
class SystemctlStatusReader
{
public:
    // Returns the unit result the record states or completes: the Active line of an
    // OOM-killed unit yields FailedOomKill (time = the "since" timestamp), journal lines
    // yield what parseUnitResultLine() yields, with a cut "Failed with result '>" of the
    // block's unit confirmed (resultCut cleared) when the block said "Result: oom-kill".
    std::optional<UnitResultLine> add(const LogRecord &record);
    // The unit of the status block being read; empty outside one.
    QString unit() const { return m_unit; }
    // The "Result:" of the block ("oom-kill"), empty when not seen yet.
    QString result() const { return m_result; }
    void reset();

private:
    QString m_unit;
    QString m_result;
};

} // namespace oom
