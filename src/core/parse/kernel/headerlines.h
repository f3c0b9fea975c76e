// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/trigger.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// The first part of a kernel OOM report: the "invoked oom-killer" header, the cpuset line
// (<= 4.20) and the stack dump. See docs/kernel-formats.md §1.1-§1.3.
namespace oom::headerlines {

struct Header {
    QString comm; // empty for 2.6.16-era "oom-killer: gfp_mask=..." without a comm
    QString gfpMask;
    QStringList gfpFlags;
    QString nodemask;
    std::optional<int> order;
    std::optional<int> oomScoreAdj;
    std::optional<int> oomAdj;
    // Characters before the header that belong to the previous line: another CPU's
    // printk glued the header onto a stack frame ("...0x31boom-killer: gfp_mask=...").
    bool gluedToPreviousLine = false;
};
std::optional<Header> parseHeader(QStringView text);

struct CpusetLine {
    QString comm;
    QString cpuset;
    QString memsAllowed;
};
// "<comm> cpuset=<name> mems_allowed=<list>" (2.6.29-4.20)
std::optional<CpusetLine> parseCpusetLine(QStringView text);

struct StackHeader {
    std::optional<qint64> pid;
    std::optional<qint64> uid;
    QString comm;
    QString kernelRelease;
};
// "CPU: 2 PID: 1614944 Comm: olm Not tainted 4.18.0-147.el8 #1" (3.10+), with "UID:" (6.12+),
// "Pid: 3123, comm: java Not tainted 2.6.32 #1" (2.6.x x86), s390 "CPU: 0 Not tainted 2.6.28 #1"
// and "Process basename (pid: 30555, task: ..." lines.
std::optional<StackHeader> parseStackHeader(QStringView text);

// Lines of a stack dump that carry no values: "Call Trace:", frames in every arch's form,
// "<TASK>", "Hardware name:", register/stack hex dumps, "Workqueue:", taint legends.
bool isStackDumpLine(QStringView text);
// The function name of a call-trace frame line, or empty.
QString frameFunction(QStringView text);

// Which path called the OOM killer, judged from the call-trace function names.
OomPath pathFromFrames(const QStringList &functions);

} // namespace oom::headerlines
