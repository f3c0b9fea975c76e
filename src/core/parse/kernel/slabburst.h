// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/oomevent.h"
#include "core/parse/framing/logrecord.h"

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
// Kernel timestamps are compared first: they restart at boot, so a burst of another boot
// never comes out 0-60 s before a report (uptime running backwards says "reboot"). Without
// timestamps, the wall clock; without either, the lines must be as close as the parts of
// one report (KernelReportAssembler::RelevanceLines).
namespace oom::slabburst {

constexpr double WindowSeconds = 60;

// Seconds from the end of `burst` to `header` (the first line of a report), when the burst
// ended at most WindowSeconds before it in the same boot; nullopt otherwise. `known` is set
// false when neither clock is printed and the lines decided.
std::optional<double> secondsBefore(const SlabFailureBurst &burst, const LogRecord &header,
                                    qint64 maxLines, bool *known);

// Seconds from the start of `report` to the start of `burst`, when the burst began at most
// WindowSeconds after it in the same boot (the shortage outlived the kill); nullopt
// otherwise.
std::optional<double> secondsAfter(const OomEvent &report, const SlabFailureBurst &burst,
                                   qint64 maxLines, bool *known);

} // namespace oom::slabburst
