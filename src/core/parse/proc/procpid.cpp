// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/proc/procpid.h"

#include "core/parse/proc/procscan.h"

namespace oom::procparse {

using namespace procscan;

namespace {

// include/linux/sched.h; the same bit since 2.6.x.
constexpr qint64 PF_KTHREAD = 0x00200000;

// The value of a "Key:\t   123 kB" line of status or smaps_rollup, in kB.
std::optional<KiB> kbValue(QByteArrayView rest)
{
    if (const auto v = leadingInt(rest))
        return KiB(*v);
    return std::nullopt;
}

} // namespace

bool parsePidStat(QByteArrayView text, ProcessInfo &into)
{
    const qsizetype open = text.indexOf('(');
    const qsizetype close = text.lastIndexOf(')');
    if (open <= 0 || close < open)
        return false;
    const auto pid = toInt(trimmed(text.first(open)));
    if (!pid)
        return false;

    // Fields after comm, numbered as in proc(5): 3 = state, 4 = ppid, 9 = flags,
    // 20 = num_threads, 22 = starttime, 23 = vsize (bytes), 24 = rss (pages).
    qsizetype pos = close + 1;
    QByteArrayView fields[22];
    int n = 0;
    for (; n < 22; ++n) {
        fields[n] = nextToken(text, pos);
        if (fields[n].isEmpty())
            break;
    }
    if (n < 2 || fields[0].size() != 1)
        return false;
    const auto field = [&](int number) -> std::optional<qint64> {
        const int index = number - 3;
        return index < n ? toInt(fields[index]) : std::nullopt;
    };

    into.pid = *pid;
    into.comm = utf8(text.sliced(open + 1, close - open - 1));
    into.state = fields[0][0];
    into.ppid = field(4);
    if (const auto flags = field(9))
        into.kernelThread = (*flags & PF_KTHREAD) != 0;
    into.threads = field(20);
    into.startTimeTicks = field(22);
    if (const auto rss = field(24))
        into.rssPages = Pages(*rss);
    return true;
}

bool parsePidStatus(QByteArrayView text, ProcessInfo &into)
{
    bool any = false;
    LineIterator lines(text);
    QByteArrayView line;
    while (lines.next(line)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArrayView key = line.first(colon);
        const QByteArrayView rest = line.sliced(colon + 1);
        any = true;
        // Most lines are of no interest; dispatch on the first letter before comparing.
        switch (key[0]) {
        case 'N':
            if (key == "Name" && into.comm.isEmpty())
                into.comm = utf8(trimmed(rest)); // escaped ("\n" -> "\\n") by the kernel
            break;
        case 'S':
            if (key == "State" && into.state == 0) {
                const QByteArrayView state = trimmed(rest);
                if (!state.isEmpty())
                    into.state = state[0];
            }
            break;
        case 'P':
            if (key == "PPid" && !into.ppid)
                into.ppid = leadingInt(rest);
            break;
        case 'U':
            // "Uid:\treal\teffective\tsaved\tfs": the OOM task dump prints the real uid.
            if (key == "Uid")
                into.uid = leadingInt(rest);
            break;
        case 'T':
            if (key == "Threads") {
                into.threads = leadingInt(rest);
                // task_sig() prints Threads after every line read here (fs/proc/array.c,
                // the same order since 2.6): the ~30 signal and CPU lines left are skipped.
                return true;
            }
            break;
        case 'K':
            if (key == "Kthread") // 6.x; stat's PF_KTHREAD says the same on older kernels
                into.kernelThread = leadingInt(rest).value_or(0) != 0;
            break;
        case 'R':
            if (key == "RssAnon")
                into.rssAnon = kbValue(rest);
            else if (key == "RssFile")
                into.rssFile = kbValue(rest);
            else if (key == "RssShmem")
                into.rssShmem = kbValue(rest);
            break;
        case 'V':
            if (key == "VmSize")
                into.vmSize = kbValue(rest);
            else if (key == "VmRSS")
                into.vmRss = kbValue(rest);
            else if (key == "VmSwap")
                into.vmSwap = kbValue(rest);
            else if (key == "VmPTE")
                into.vmPte = kbValue(rest);
            break;
        default: break;
        }
    }
    return any;
}

bool parseSmapsRollup(QByteArrayView text, ProcessInfo &into)
{
    bool any = false;
    LineIterator lines(text);
    QByteArrayView line;
    while (lines.next(line)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !line.endsWith("kB"))
            continue; // the "00400000-7ffd... [rollup]" header line
        const QByteArrayView key = line.first(colon);
        const QByteArrayView rest = line.sliced(colon + 1);
        if (key == "Pss")
            into.pss = kbValue(rest);
        else if (key == "Pss_Anon")
            into.pssAnon = kbValue(rest);
        else if (key == "Pss_File")
            into.pssFile = kbValue(rest);
        else if (key == "Pss_Shmem")
            into.pssShmem = kbValue(rest);
        else if (key == "SwapPss")
            into.swapPss = kbValue(rest);
        else
            continue;
        any = true;
    }
    return any;
}

QStringList parseCmdline(QByteArrayView text)
{
    QStringList args;
    // setproctitle() (nginx, postgres, sshd) pads the rewritten argument area with NULs:
    // trailing empty arguments are that padding, not arguments.
    while (!text.isEmpty() && text.back() == '\0')
        text.chop(1);
    qsizetype begin = 0;
    while (begin < text.size()) {
        qsizetype end = text.indexOf('\0', begin);
        if (end < 0)
            end = text.size();
        args.append(utf8(text.sliced(begin, end - begin)));
        begin = end + 1;
    }
    return args;
}

QVarLengthArray<CgroupLineView, 16> splitPidCgroup(QByteArrayView text)
{
    QVarLengthArray<CgroupLineView, 16> out;
    LineIterator lines(text);
    QByteArrayView line;
    while (lines.next(line)) {
        const qsizetype first = line.indexOf(':');
        const qsizetype second = first < 0 ? -1 : line.indexOf(':', first + 1);
        if (second < 0)
            continue;
        const auto id = toInt(line.first(first));
        const QByteArrayView path = line.sliced(second + 1);
        if (!id || path.isEmpty())
            continue;
        out.append({int(*id), line.sliced(first + 1, second - first - 1), path});
    }
    return out;
}

bool isRelevantCgroupLine(const CgroupLineView &line)
{
    if (line.hierarchyId == 0 && line.controllers.isEmpty())
        return true;
    qsizetype begin = 0;
    const QByteArrayView list = line.controllers;
    while (begin <= list.size()) {
        qsizetype end = list.indexOf(',', begin);
        if (end < 0)
            end = list.size();
        const QByteArrayView controller = list.sliced(begin, end - begin);
        if (controller == "memory" || controller == "cpuset")
            return true;
        begin = end + 1;
    }
    return false;
}

QList<ProcessCgroup> parsePidCgroup(QByteArrayView text)
{
    QList<ProcessCgroup> cgroups;
    for (const CgroupLineView &line : splitPidCgroup(text)) {
        if (isRelevantCgroupLine(line))
            cgroups.append({line.hierarchyId, latin1(line.controllers), utf8(line.path)});
    }
    return cgroups;
}

} // namespace oom::procparse
