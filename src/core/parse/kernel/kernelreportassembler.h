// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/parse/framing/logrecord.h"
#include "core/parse/pipeline/eventqueue.h"

#include <QList>

#include <memory>

namespace oom {

// Assembles kernel OOM reports (and allocation-failure warnings) from LogRecords into
// OomEvents. It follows the report's order (docs/kernel-formats.md §1.0) but survives what logs
// do to it: parts cut away, lines elided, reports interleaved by two CPUs, the dump
// rate-limited away, excerpts starting mid-report. Finished events go to the EventQueue.
class KernelReportAssembler
{
public:
    explicit KernelReportAssembler(EventQueue &queue);
    ~KernelReportAssembler();
    KernelReportAssembler(const KernelReportAssembler &) = delete;
    KernelReportAssembler &operator=(const KernelReportAssembler &) = delete;

    // Closes the reports that ended before `line` (no line of theirs for RelevanceLines).
    void advanceTo(qint64 line);
    // True when the record belonged to a kernel report.
    bool add(const LogRecord &record);
    void addGap();
    void finish();
    // Closes the events whose kill line was seen (a live follower that went idle).
    void closeKilled();
    bool wantsContext(qint64 lastFedLine) const;
    // First line of the oldest event still being assembled (max() when none).
    qint64 firstOpenLine() const;

    // After this many lines without a line of the report, the report is over.
    static constexpr qint64 RelevanceLines = 256;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace oom
