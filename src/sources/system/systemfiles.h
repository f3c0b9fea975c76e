// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/snapshot.h"

namespace oom {

class NoteCollector;
class Root;

// The system-wide files of a snapshot, read below a Root. Each reader fills its part of
// the snapshot and notes what it could not read; none of them fails the snapshot.
namespace systemfiles {

// proc/sys/kernel/{osrelease,hostname}, proc/uptime
void readIdentity(const Root &root, Snapshot &snapshot, NoteCollector &notes);
// proc/meminfo, proc/vmstat
void readCounters(const Root &root, Snapshot &snapshot, NoteCollector &notes);
// proc/zoneinfo, proc/buddyinfo and (when asked) proc/pagetypeinfo, which walks every
// free list under the zone lock and is root-only since 5.4.
void readZones(const Root &root, Snapshot &snapshot, NoteCollector &notes, bool pageTypeInfo);
// proc/pressure/{memory,cpu,io}
void readPressure(const Root &root, Snapshot &snapshot, NoteCollector &notes);
// proc/swaps
void readSwaps(const Root &root, Snapshot &snapshot, NoteCollector &notes);
// proc/sys/vm/*
void readVmSysctls(const Root &root, Snapshot &snapshot, NoteCollector &notes);
// sys/kernel/mm/transparent_hugepage/
void readThp(const Root &root, Snapshot &snapshot, NoteCollector &notes);
// sys/devices/system/node/node*/ (after readZones: adds its per-node stats)
void readNuma(const Root &root, Snapshot &snapshot, NoteCollector &notes);

} // namespace systemfiles
} // namespace oom
