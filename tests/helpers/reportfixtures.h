// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

// Hand-built events for the report tests (tst_jsonreport, tst_textreport). The numbers
// follow the 6.x cgroup v2 report of docs/kernel-formats.md §1.4.4, scaled to a 64 MiB limit.

#include "core/model/oomevent.h"

#include <QDateTime>
#include <QTimeZone>

namespace oom::fixtures {

using namespace Qt::StringLiterals;

// A memcg OOM in a Kubernetes pod with every part of the report present.
inline OomEvent fullMemcgEvent()
{
    OomEvent e;
    e.kind = EventKind::KernelOom;
    e.killer = Killer::Kernel;
    e.sourcePath = u"/var/log/kern.log"_s;
    e.lines = {100, 160};
    e.time = QDateTime(QDate(2024, 5, 1), QTime(12, 30, 5), QTimeZone(2 * 3600));
    e.uptimeSeconds = 12345.678;
    e.host = u"node7"_s;
    e.kernelRelease = u"6.1.0-18-amd64"_s;
    e.pageSizeKb = KiB(4);

    e.trigger.comm = u"python3"_s;
    e.trigger.pid = 18746;
    e.trigger.uid = 1000;
    e.trigger.gfpMask = u"0xcc0"_s;
    e.trigger.gfpFlags = {u"GFP_KERNEL"_s};
    e.trigger.order = 0;
    e.trigger.oomScoreAdj = 0;
    e.trigger.nodemask = u"(null)"_s;
    e.trigger.cpuset = u"/"_s;
    e.trigger.memsAllowed = u"0"_s;
    e.trigger.path = OomPath::Memcg;
    e.trigger.callTrace = {u"dump_header"_s, u"oom_kill_process"_s, u"out_of_memory"_s,
                           u"mem_cgroup_out_of_memory"_s};
    e.trigger.headerLine = {100, 100};
    e.trigger.stackLines = {101, 118};
    e.constraint = u"CONSTRAINT_MEMCG"_s;

    e.memcg.oomCgroup = u"/kubepods/burstable/pod1"_s;
    e.memcg.taskCgroup = u"/kubepods/burstable/pod1/c1"_s;
    e.memcg.memory = {KiB(65536), KiB(65536), false, 12, {119, 119}};
    e.memcg.swap = {KiB(0), std::nullopt, true, 0, {120, 120}};
    MemcgStatBlock stats;
    stats.cgroup = u"/kubepods/burstable/pod1"_s;
    stats.values = {{u"anon"_s, 66584576}, {u"file"_s, 0}};
    stats.valuesInBytes = true;
    stats.lines = {121, 123};
    e.memcg.stats = {stats};
    e.memcg.lines = {119, 123};

    Victim v;
    v.pid = 18746;
    v.comm = u"python3"_s;
    v.uid = 1000;
    v.cgroup = u"/kubepods/burstable/pod1/c1"_s;
    v.totalVmKb = KiB(1225792);
    v.anonRssKb = KiB(65024);
    v.fileRssKb = KiB(1200);
    v.shmemRssKb = KiB(0);
    v.pgtablesKb = KiB(180);
    v.oomScoreAdj = 999;
    v.message = u"Memory cgroup out of memory"_s;
    v.reaped = true;
    v.reapedAnonRssKb = KiB(0);
    v.line = {150, 150};
    v.reaperLine = {160, 160};
    e.victims = {v};

    e.taskLayout = TaskTableLayout::RssSplit;
    for (int i = 0; i < 7; ++i) {
        TaskRow row;
        row.pid = 18740 + i;
        row.uid = 1000;
        row.tgid = row.pid;
        row.totalVmPages = Pages(10000 + i);
        row.rssPages = Pages(1000 * (i + 1));
        row.rssAnonPages = Pages(900 * (i + 1));
        row.rssFilePages = Pages(100 * (i + 1));
        row.rssShmemPages = Pages(0);
        row.pgtablesBytes = Bytes(184320);
        row.swapents = Pages(0);
        row.oomScoreAdj = i == 6 ? 999 : 0;
        row.name = i == 6 ? u"python3"_s : u"worker-%1"_s.arg(i);
        row.line = 130 + i;
        e.tasks.append(row);
    }

    ZoneState zone;
    zone.node = 0;
    zone.name = u"Normal"_s;
    zone.fieldsKb = {{u"free"_s, 20480},
                     {u"min"_s, 30720},
                     {u"low"_s, 35840},
                     {u"high"_s, 40960},
                     {u"managed"_s, 8388608}};
    zone.allUnreclaimable = false;
    zone.lowmemReserve = {Pages(0), Pages(0), Pages(0), Pages(0)};
    zone.line = {125, 125};
    zone.lowmemReserveLine = {126, 126};
    e.zones = {zone};

    BuddyFreeList buddy;
    buddy.node = 0;
    buddy.zone = u"Normal"_s;
    buddy.orders = {{10, KiB(4), u"UME"_s}, {0, KiB(8), {}}};
    buddy.totalKb = KiB(40);
    buddy.line = {127, 127};
    e.buddy = {buddy};

    e.meminfo.countersPages = {{u"active_anon"_s, 1000}, {u"free"_s, 5120}};
    e.meminfo.ramPages = Pages(4194304);
    e.meminfo.lines = {124, 128};
    e.swap = {KiB(0), KiB(0), {128, 128}};
    e.hugepages = {{0, 0, 0, 0, KiB(2048), 128}};

    UnitResult unit;
    unit.unit = u"kubelet.service"_s;
    unit.kind = UnitResultKind::KilledByKernelOom;
    unit.line = {161, 161};
    e.units = {unit};
    return e;
}

} // namespace oom::fixtures
