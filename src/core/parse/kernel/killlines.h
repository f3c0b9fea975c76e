// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/victim.h"

#include <QString>
#include <QStringView>

#include <optional>

// The end of a kernel OOM report: the oom-kill: summary, the selection and kill lines, the
// memory.oom.group line, the reaper and the panic lines (docs/kernel-formats.md §1.7-§1.10).
namespace oom::killlines {

struct Summary {
    QString constraint; // empty when printed empty (a RHEL 7 backport prints "oom-kill:,cpuset=")
    QString nodemask;
    QString cpuset;
    QString memsAllowed;
    QString oomMemcg;
    bool globalOom = false;
    QString taskMemcg;
    QString task;
    std::optional<qint64> pid;
    std::optional<qint64> uid;
};
// "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=...,task=x,pid=1,uid=0" (5.0+)
std::optional<Summary> parseSummary(QStringView text);

// "<msg>: Kill process N (comm) score N or sacrifice child" (2.6.36-5.0), "kill process ...
// or a child" (2.6.32-2.6.35), "Out of Memory: Kill process N (comm) score N and children."
// (2.6.1x)
std::optional<Selection> parseSelection(QStringView text);

// "[<msg>: ]Killed process N (comm) total-vm:...kB, ..." in every mainline and vendor form,
// also "Kill process N (comm) sharing same memory" (2.6.39-4.2).
std::optional<Victim> parseKilled(QStringView text);
// "Kill process N (comm) sharing same memory" (2.6.39-4.2): another process that used the
// victim's mm and was killed with it.
std::optional<Victim> parseSharingSameMemory(QStringView text);

// OpenVZ/Virtuozzo kernels (RHEL 6-based 2.6.32 "042stab", 3.10 "vz7"): a container's OOM
// is told by one line, with neither header nor dump:
// "Out of memory in UB 317592: OOM killed process 2946 (npm) score 0 vm:1506164kB, rss:237752kB,
// swap:120052kB" (older ones stop after the comm). The user beancounter is the container's limit.
struct BeancounterKill {
    QString beancounter; // the UB id as printed ("317592", "XXXX" when the poster masked it)
    Victim victim; // pid, comm, totalVmKb, rssKb (not split into anon/file), swapKb
    std::optional<qint64> score;
};
std::optional<BeancounterKill> parseBeancounterKill(QStringView text);

// "Tasks in <cg> are going to be killed due to memory.oom.group set" (4.19+)
std::optional<QString> parseOomGroup(QStringView text);

struct Reaped {
    qint64 pid = 0;
    QString comm;
    bool failed = false; // "unable to reap" (4.6+) / "giving up" (4.8)
    std::optional<KiB> anonRssKb;
    std::optional<KiB> fileRssKb;
    std::optional<KiB> shmemRssKb;
};
std::optional<Reaped> parseReaper(QStringView text);

enum class PanicKind { None, PanicOnOom, NoKillableProcess, DeadlockedOnMemory, OtherPanic };
struct Panic {
    PanicKind kind = PanicKind::None;
    QString message;
};
// "Kernel panic - not syncing: Out of memory: system-wide panic_on_oom is enabled",
// "Out of memory and no killable processes...", 2.6.3x "out of memory. panic_on_oom is
// selected", "System is deadlocked on memory".
std::optional<Panic> parsePanic(QStringView text);

// "oom_kill_process: 1520 callbacks suppressed" (printk rate limiting of the report)
std::optional<qint64> parseCallbacksSuppressed(QStringView text);
bool isSysrqOomRequest(QStringView text); // "sysrq: Manual OOM execution"
bool isCompactionDisabled(QStringView text); // "COMPACTION is disabled!!!"
// "OOM victim N (comm) is already exiting. Skip killing the task" (5.9+)
std::optional<qint64> parseAlreadyExiting(QStringView text);

} // namespace oom::killlines
