// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QStringView>

// Kernel report lines that a mail client or a narrow terminal wrapped at a word boundary,
// so that their end sits alone on the next line without any prefix:
//   "cc1plus invoked oom-killer:"  /  "gfp_mask=0x100cca(GFP_HIGHUSER_MOVABLE), order=0, …"
//   "CPU: 3 PID: 811 Comm: cc1plus Not tainted"  /  "5.15.0-91-generic #101-Ubuntu"
//   "[    811]  1000   811  2100000  1900000 15400000        0             0"  /  "cc1plus"
//   "Node 0 Normal free:12kB min:… active_file:0kB"  /  "inactive_file:0kB … free_cma:0kB"
//   "Out of memory: Killed process 811 (cc1plus) total-vm:8400000kB,"  /  "anon-rss:…"
//   "active_anon:1900000 inactive_anon:12000"  /  "isolated_anon:0" (Mem-Info counters)
//   "Node 0 Normal: 3110*4kB (UME) 1020*8kB (UME)"  /  "300*16kB (UME) … = 29480kB" (buddy)
//   "Node 0 hugepages_total=0 hugepages_free=0"  /  "hugepages_surp=0 hugepages_size=2048kB"
// A line is only joined when it is one of these broken shapes and the next line is the
// piece the shape lacks: anything else stays as it was.
namespace oom::wrappedlines {

// Cheap test on every record: could this kernel line be the first half of a wrapped one?
bool mayBeWrapped(QStringView text);

// Whether `continuation` (a line without a prefix) completes `broken`, which
// mayBeWrapped() accepted. The joined text is `broken + ' ' + continuation`.
bool completes(QStringView broken, QStringView continuation);

} // namespace oom::wrappedlines
