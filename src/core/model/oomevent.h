// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/enums.h"
#include "core/model/linespan.h"
#include "core/model/memcgstate.h"
#include "core/model/meminfo.h"
#include "core/model/slabfailure.h"
#include "core/model/taskrow.h"
#include "core/model/trigger.h"
#include "core/model/unitresult.h"
#include "core/model/userspacekill.h"
#include "core/model/victim.h"
#include "core/model/zone.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace oom {

// The same event as another input tells it (a sosreport holds the kernel log in dmesg,
// /var/log/messages and the journal): where, so every copy can still be opened.
struct EventCopy {
    QString sourcePath;
    LineSpan lines;
};

// One OOM event as the log tells it: a kernel OOM report (with every part that survived
// in the log), a userspace killer's kill, or an allocation failure. Values the log does
// not show stay unknown (nullopt / empty), never 0.
struct OomEvent {
    EventKind kind = EventKind::KernelOom;
    Killer killer = Killer::Kernel;
    QString sourcePath;
    LineSpan lines;
    std::optional<QDateTime> time; // wall clock, when the framing has one
    bool timeYearAssumed = false; // the log printed no year (see LogRecord)
    bool timeZoneAssumed = false; // the log printed no time zone: UTC assumed
    std::optional<double> uptimeSeconds; // kernel timestamp
    QString host;
    QString kernelRelease;
    std::optional<KiB> pageSizeKb; // detected from the text (buddy list, hugepages)

    TriggerInfo trigger;
    // As printed, e.g. "CONSTRAINT_MEMCG"; nullopt when not printed, "" when printed empty
    // (a RHEL 7 backport prints "oom-kill:,cpuset=...").
    std::optional<QString> constraint;
    MemcgState memcg;
    Selection selection;
    QList<Victim> victims;
    QString oomGroupCgroup; // "Tasks in <cg> are going to be killed due to memory.oom.group set"

    bool panic = false;
    QString panicMessage;
    bool noKillableTask = false; // "Out of memory and no killable processes..."
    bool sysrq = false;
    bool headerSuppressed = false; // kill line without the dump (rate-limited)
    std::optional<qint64> callbacksSuppressed; // "oom_kill_process: N callbacks suppressed"

    TaskTableLayout taskLayout = TaskTableLayout::Unknown;
    bool tasksStateLine = false; // "Tasks state (memory values in pages):" printed (4.19+)
    QList<TaskRow> tasks;
    QList<ZoneState> zones;
    QList<BuddyFreeList> buddy;
    MemInfoState meminfo;
    SwapState swap;
    QList<HugepagePool> hugepages;
    QList<SlabCache> unreclaimableSlab;
    std::optional<KiB> protectedMinKb; // 6.19 "Memory cgroup min protection"
    std::optional<KiB> protectedLowKb;

    std::optional<SlabFailure> slabFailure; // alloc-failure events
    std::optional<SlabFailureBurst> slabBurst; // kernel OOM events: slab failures near it

    UserspaceKillDetail userspace;
    QList<UnitResult> units;
    QList<ContainerOomEvent> containerEvents;

    QStringList notes; // what the parser noticed: cut lines, elisions, missing parts
    QList<EventCopy> alsoIn; // other inputs that report this same event (mergeDuplicateEvents)
};

} // namespace oom
