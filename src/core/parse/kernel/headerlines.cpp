// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/kernel/headerlines.h"

#include "core/parse/framing/textscan.h"

using namespace Qt::StringLiterals;

namespace oom::headerlines {

namespace {

// "0xcc0(GFP_KERNEL|__GFP_ZERO)" or "0x201da" or a masked "0x62****(GFP_...)".
void parseGfp(QStringView value, Header &header)
{
    qsizetype end = 0;
    while (end < value.size() && value[end] != u',' && value[end] != u'(' && value[end] != u' ')
        ++end;
    header.gfpMask = value.left(end).toString();
    if (end < value.size() && value[end] == u'(') {
        const qsizetype close = value.indexOf(u')', end);
        const QStringView flags = value.mid(end + 1, close < 0 ? -1 : close - end - 1);
        for (const QStringView flag : flags.split(u'|', Qt::SkipEmptyParts))
            header.gfpFlags.append(flag.trimmed().toString());
    }
}

std::optional<int> smallInt(std::optional<qint64> value)
{
    if (!value || *value < -100000 || *value > 100000)
        return std::nullopt;
    return int(*value);
}

} // namespace

std::optional<Header> parseHeader(QStringView text)
{
    static constexpr QStringView invoked = u" invoked oom-killer: ";
    static constexpr QStringView bare = u"oom-killer: gfp_mask=";
    Header header;
    qsizetype rest = -1;
    if (const qsizetype at = text.indexOf(invoked); at >= 0) {
        header.comm = text.left(at).trimmed().toString();
        rest = at + invoked.size();
    } else if (const qsizetype bareAt = text.indexOf(bare); bareAt >= 0) {
        // 2.6.16-era "oom-killer: gfp_mask=0xd0, order=1" names no task; when it starts
        // mid-line, another CPU's output was glued in front of it.
        header.gluedToPreviousLine = bareAt > 0;
        rest = bareAt + 11;
    } else {
        return std::nullopt;
    }
    const QStringView body = text.mid(rest);
    if (const qsizetype gfp = body.indexOf(u"gfp_mask="); gfp >= 0)
        parseGfp(body.mid(gfp + 9), header);
    const QStringView nodemask = textscan::tokenAfter(body, u"nodemask=");
    header.nodemask = nodemask.toString();
    header.order = smallInt(textscan::intAfter(body, u"order="));
    header.oomScoreAdj = smallInt(textscan::intAfter(body, u"oom_score_adj="));
    if (auto adj = smallInt(textscan::intAfter(body, u"oom_adj=")))
        header.oomAdj = adj;
    else
        header.oomAdj = smallInt(textscan::intAfter(body, u"oomkilladj="));
    return header;
}

std::optional<CpusetLine> parseCpusetLine(QStringView text)
{
    const qsizetype cpusetAt = text.indexOf(u" cpuset=");
    const qsizetype memsAt = text.indexOf(u" mems_allowed=");
    if (cpusetAt <= 0 || memsAt < cpusetAt || text.contains(u"oom-kill:"))
        return std::nullopt;
    CpusetLine line;
    line.comm = text.left(cpusetAt).trimmed().toString();
    line.cpuset = text.mid(cpusetAt + 8, memsAt - cpusetAt - 8).toString();
    line.memsAllowed = text.mid(memsAt + 14).trimmed().toString();
    return line;
}

namespace {
// The release is the token before the "#<build>" token: "... Not tainted 4.19.91-24.1.al7.x86_64
// #1"
QString releaseBefore(QStringView text)
{
    const auto tokens = text.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        if (tokens[i].startsWith(u'#') && textscan::startsWithDigit(tokens[i - 1]))
            return tokens[i - 1].toString();
    }
    return {};
}

// Comm ends where the taint part begins: "Comm: C1 CompilerThre Kdump: loaded Not tainted".
QString commBeforeTaint(QStringView text)
{
    static constexpr QStringView ends[] = {u" Not tainted", u" Tainted:", u" Kdump:"};
    qsizetype end = text.size();
    for (QStringView marker : ends) {
        const qsizetype at = text.indexOf(marker);
        if (at >= 0 && at < end)
            end = at;
    }
    return text.left(end).trimmed().toString();
}
} // namespace

std::optional<StackHeader> parseStackHeader(QStringView text)
{
    StackHeader header;
    if (text.startsWith(u"CPU: ")) {
        const qsizetype pidAt = text.indexOf(u" PID: ");
        if (pidAt < 0) {
            // s390 2.6.x: "CPU: 0 Not tainted 2.6.28 #1"; the pid is on the "Process" line.
            if (!text.contains(u"tainted") && !text.contains(u"Tainted"))
                return std::nullopt;
            header.kernelRelease = releaseBefore(text);
            return header;
        }
        header.pid = textscan::leadingInt(text.mid(pidAt + 6));
        header.uid = textscan::intAfter(text.left(pidAt + 1), u" UID: ");
        const qsizetype commAt = text.indexOf(u" Comm: ");
        if (commAt >= 0)
            header.comm = commBeforeTaint(text.mid(commAt + 7));
        header.kernelRelease = releaseBefore(text);
        return header;
    }
    if (text.startsWith(u"Pid: ")) {
        header.pid = textscan::leadingInt(text.mid(5));
        const qsizetype commAt = text.indexOf(u", comm: ");
        if (commAt >= 0)
            header.comm = commBeforeTaint(text.mid(commAt + 8));
        header.kernelRelease = releaseBefore(text);
        return header;
    }
    if (text.startsWith(u"Process ") && text.contains(u"(pid: ")) {
        const qsizetype open = text.indexOf(u" (pid: ");
        header.comm = text.mid(8, open - 8).toString();
        header.pid = textscan::leadingInt(text.mid(open + 7));
        return header;
    }
    return std::nullopt;
}

QString frameFunction(QStringView text)
{
    // Frames look like " dump_header+0x4a/0x211", " [<ffffffff810c5f21>] ? dump_header+0x91/0x1e0",
    // "[c000...] [c000...] .dump_stack+0xa0/0xcc" (ppc64), "[oom_kill_process+0x10a/0x120] ..."
    // (2.6.24 with symbolic addresses): take the first "name+0x" token.
    const qsizetype plus = text.indexOf(u"+0x");
    if (plus <= 0)
        return {};
    qsizetype start = plus;
    while (start > 0) {
        const QChar c = text[start - 1];
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'.'))
            break;
        --start;
    }
    QStringView name = text.mid(start, plus - start);
    while (name.startsWith(u'.'))
        name = name.mid(1); // ppc64 function descriptors
    return name.toString();
}

bool isStackDumpLine(QStringView text)
{
    static constexpr QStringView prefixes[] = {
        u"Call Trace:",
        u"<TASK>",
        u"</TASK>",
        u"<IRQ>",
        u"</IRQ>",
        u"Hardware name:",
        u"Workqueue:",
        u"Tainted:",
        u"Stack :",
        u"Stack:",
        u"Code:",
        u"RIP:",
        u"RSP:",
        u"Backtrace:",
        u"Call trace:",
        u"=======================",
        u"Process ",
        u"Krnl PSW",
        u"Exception stack",
        u"Modules linked in:",
        u"[<",
        u"? ",
        u"Pid: ",
        u"CPU: ",
        u"Kernel panic",
        u"---[ end trace",
    };
    for (QStringView prefix : prefixes) {
        if (text.startsWith(prefix))
            return true;
    }
    if (!frameFunction(text).isEmpty())
        return true;
    // Register / stack hex dumps: "ffff8800c1599fa0 00000000a7376734 ffff8800d7d17a70 ..."
    const auto first = text.left(text.indexOf(u' ') < 0 ? text.size() : text.indexOf(u' '));
    return textscan::isHexWord(first);
}

OomPath pathFromFrames(const QStringList &functions)
{
    bool memcg = false;
    bool pageFault = false;
    bool allocator = false;
    for (const QString &f : functions) {
        if (f == u"sysrq_handle_moom"_s || f == u"moom_callback"_s)
            return OomPath::SysRq;
        if (f.startsWith(u"mem_cgroup_out_of_memory"_s) || f.startsWith(u"mem_cgroup_oom"_s)
            || f.startsWith(u"try_charge"_s) || f.startsWith(u"charge_memcg"_s)
            || f.startsWith(u"__mem_cgroup_charge"_s) || f.startsWith(u"mem_cgroup_charge"_s))
            memcg = true;
        else if (f.startsWith(u"pagefault_out_of_memory"_s))
            pageFault = true;
        else if (f.startsWith(u"__alloc_pages"_s) || f.startsWith(u"alloc_pages"_s))
            allocator = true;
    }
    // 3.x memcg OOMs run from the page-fault path (mem_cgroup_oom_synchronize): memcg wins.
    if (memcg)
        return OomPath::Memcg;
    if (pageFault)
        return OomPath::PageFault;
    if (allocator)
        return OomPath::PageAllocator;
    return OomPath::Unknown;
}

} // namespace oom::headerlines
