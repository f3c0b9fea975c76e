// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/oomevent.h"
#include "core/parse/framing/logrecord.h"
#include "core/parse/kernel/eventbuilding.h"

#include <QList>

// When a burst of slab allocation failures ("SLUB: Unable to allocate memory on node -1,
// gfp=…" with its cache and node lines, grouped into one alloc-failure event) is evidence
// of a kernel OOM report and becomes part of that incident instead of one of its own.
//
// The rule: the same input and the same boot, and close in time. A v1 memory cgroup that
// hits its kmem limit fails its own slab caches first (slab_out_of_memory() prints, rate
// limited to 10 per 5 s) and the page fault that needed the memory then ends in
// pagefault_out_of_memory() (kernels before 5.16) or the memcg OOM: seconds apart in the
// reports we know. 60 s is the bound the assembler already uses for the lines of one report
// (EventBuilding::agreesInTime) and still under the minutes that separate unrelated OOMs.
// Kernel timestamps are compared first: they restart at boot, so across a reboot the gap
// comes out negative (rejected) unless the new boot's report happens to fall within a
// minute of the old burst's uptime, which the line distance of a real log makes rare. Without
// timestamps, the wall clock; without either, the lines must be as close as the parts of
// one report (KernelReportAssembler::RelevanceLines).
namespace oom::slabburst {

constexpr double WindowSeconds = 60;

// The burst that ended just before `header` (a report's first line): still being read (in
// `active`: marked absorbed, so closing it drops it) or finished and waiting in `held`
// (taken out). Nothing when another report lies between them or the rule says no.
std::optional<SlabFailureBurst> takeBurstBefore(QList<EventBuilding> &active, QList<OomEvent> &held,
                                                const LogRecord &header);

// A burst that began soon after a kill (the shortage outlived it) becomes the evidence of
// the newest report in `held` (an older one is farther away still). False when it does
// not belong there: the burst stays an event of its own.
bool attachToPreviousReport(QList<OomEvent> &held, SlabFailureBurst burst);

} // namespace oom::slabburst
