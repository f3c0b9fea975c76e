// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/processinfo.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>
#include <QVarLengthArray>

// The per-process files of /proc/<pid>. Each parser fills the fields its file gives into
// a ProcessInfo and leaves the others alone, so the files of one process can be parsed in
// any combination (the sampler reads only stat). Returns false when the text is not that
// file (empty: the process exited between open() and read()).
namespace oom::procparse {

// "pid (comm) state ppid ... flags ... num_threads ... starttime vsize rss ...". comm may
// hold blanks and ')' (it is whatever the task set with prctl), so the fields after it
// are counted from the *last* ')'.
bool parsePidStat(QByteArrayView text, ProcessInfo &into);

// /proc/<pid>/status: Name (only when stat did not give comm), State, PPid, Uid (real),
// Threads, VmSize, VmRSS, RssAnon, RssFile, RssShmem (4.5+), VmSwap, VmPTE, Kthread (6.x).
bool parsePidStatus(QByteArrayView text, ProcessInfo &into);

// /proc/<pid>/smaps_rollup (4.14+): Pss, Pss_Anon/Pss_File/Pss_Shmem (5.7+), SwapPss.
bool parseSmapsRollup(QByteArrayView text, ProcessInfo &into);

// /proc/<pid>/cmdline: NUL-separated arguments. A process that rewrote its argv
// (setproctitle) may show one argument with blanks in it; that is what it is.
QStringList parseCmdline(QByteArrayView text);

// One line of /proc/<pid>/cgroup, as views into the text.
struct CgroupLineView {
    int hierarchyId = 0;
    QByteArrayView controllers;
    QByteArrayView path;
};
// Every well-formed "id:controllers:path" line. The path is everything after the second
// colon (a cgroup name may hold colons).
QVarLengthArray<CgroupLineView, 16> splitPidCgroup(QByteArrayView text);

// Whether a line is one OOM Lens keeps: the unified line and the v1 hierarchies that hold
// the memory or the cpuset controller (cpu, blkio, ... say nothing about memory).
bool isRelevantCgroupLine(const CgroupLineView &line);

// The relevant lines as values.
QList<ProcessCgroup> parsePidCgroup(QByteArrayView text);

} // namespace oom::procparse
