// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/analysis/liveranking.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace oom {

std::optional<GlobalTotalPages> globalTotalPages(const Snapshot &snapshot, QString *why)
{
    const qint64 page = snapshot.pageSize.value > 0 ? snapshot.pageSize.value : 4;
    const std::optional<KiB> memTotal = snapshot.meminfo.kib(u"MemTotal");
    if (!memTotal) {
        if (why)
            *why = LiveRankingText::tr(
                "MemTotal is missing from proc/meminfo: totalpages, the "
                "points and oom_score are unknown.");
        return std::nullopt;
    }
    GlobalTotalPages total;
    total.ramPages = memTotal->value / page;
    total.swapPages = snapshot.meminfo.kib(u"SwapTotal").value_or(KiB(0)).value / page;
    return total;
}

BadnessEra eraForKernelRelease(QStringView release)
{
    // "6.18.44-fc-v769", "3.10.0-1160.el7.x86_64", "5.4": up to three leading numbers.
    int parts[3] = {0, 0, 0};
    int n = 0;
    qsizetype i = 0;
    while (n < 3 && i < release.size() && release[i].isDigit()) {
        int value = 0;
        while (i < release.size() && release[i].isDigit())
            value = std::min(value * 10 + release[i++].digitValue(), 100000);
        parts[n++] = value;
        if (i < release.size() && release[i] == u'.')
            ++i;
        else
            break;
    }
    if (n < 2)
        return BadnessEra::E;
    // 2.6.32 = 20632, as badnessera.h encodes versions; a sublevel above 99 (4.9.337)
    // stays within its minor release.
    const int v = parts[0] * 10000 + parts[1] * 100 + std::min(parts[2], 99);
    for (const BadnessEra era : {BadnessEra::A, BadnessEra::B, BadnessEra::C, BadnessEra::CPrime,
                                 BadnessEra::D, BadnessEra::E}) {
        if (v >= eraMinVersion(era) && v <= eraMaxVersion(era))
            return era;
    }
    return BadnessEra::E;
}

RankCandidate rankCandidateOf(const ProcessInfo &process, KiB pageSize)
{
    ProcStatusMemory status;
    const auto kb = [](const std::optional<KiB> &v) -> std::optional<qint64> {
        return v ? std::optional<qint64>(v->value) : std::nullopt;
    };
    status.vmRssKb = kb(process.vmRss);
    status.rssAnonKb = kb(process.rssAnon);
    status.rssFileKb = kb(process.rssFile);
    status.rssShmemKb = kb(process.rssShmem);
    status.vmSwapKb = kb(process.vmSwap);
    status.vmPteKb = kb(process.vmPte);
    RankCandidate c = candidateFromProcStatus(process.pid, process.comm, process.uid, status,
                                              process.oomScoreAdj.value_or(0), pageSize.value);
    // "Kthread: 1" (6.x) or PF_KTHREAD from stat: a kernel thread even where status
    // would not tell it from a zombie.
    c.isKernelThread = c.isKernelThread || process.kernelThread;
    c.cgroup = process.memoryCgroup();
    return c;
}

SnapshotRanking rankSnapshot(const Snapshot &snapshot)
{
    SnapshotRanking out;
    out.era = eraForKernelRelease(snapshot.kernelRelease);
    if (snapshot.kernelRelease.isEmpty())
        out.notes.append(
            LiveRankingText::tr("The kernel release is unknown: the 5.9+ formula "
                                "was used."));
    QString why;
    out.totalpages = globalTotalPages(snapshot, &why);
    if (!out.totalpages) {
        out.notes.append(why);
        return out;
    }
    QList<RankCandidate> candidates;
    candidates.reserve(snapshot.processes.size());
    for (const ProcessInfo &process : snapshot.processes) {
        if (!(process.fieldsRead & ProcessField::Status)) {
            ++out.usageUnknown;
            continue;
        }
        // Kernel threads print "Kthread: 1" and no Vm lines; they stay in the list as
        // ineligible (oom_score 0), like the kernel's walk sees them.
        if (!process.kernelThread && !process.oomScoreAdj)
            ++out.adjUnknown;
        candidates.append(rankCandidateOf(process, snapshot.pageSize));
    }
    if (out.usageUnknown > 0)
        out.notes.append(
            LiveRankingText::tr("%n process(es) left out: their status could not be "
                                "read (permission denied, or not in the bundle).",
                                nullptr, out.usageUnknown));
    if (out.adjUnknown > 0)
        out.notes.append(
            LiveRankingText::tr("oom_score_adj is unknown for %n process(es) and "
                                "was taken as 0.",
                                nullptr, out.adjUnknown));
    if (out.totalpages->swapPages == 0)
        out.notes.append(
            LiveRankingText::tr("No swap: totalpages is the RAM alone, and swapped-out "
                                "memory counts for nothing."));
    out.ranking = rankCandidates(std::move(candidates), out.totalpages->total(), out.era);
    return out;
}

} // namespace oom
