// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/analysis/erafacts.h"

#include "core/analysis/eratext.h"
#include "core/model/oomevent.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace oom::erafacts {

namespace {

bool statsHaveKey(const MemcgState &memcg, QStringView key, bool inBytes)
{
    for (const MemcgStatBlock &block : memcg.stats) {
        if (block.valuesInBytes != inBytes)
            continue;
        for (const auto &value : block.values) {
            if (value.first == key)
                return true;
        }
    }
    return false;
}

bool anyZoneHas(const OomEvent &event, const QString &field)
{
    return std::any_of(event.zones.cbegin(), event.zones.cend(), [&field](const ZoneState &zone) {
        return zone.fieldKb(field).has_value();
    });
}

bool anyNodeHas(const OomEvent &event, QStringView field)
{
    for (const NodeState &node : event.meminfo.nodes) {
        for (const auto &value : node.fieldsKb) {
            if (value.first == field)
                return true;
        }
    }
    return false;
}

// The "Killed process" line of the actual victim (not a group member, not a victim that
// only the summary or the reaper line named).
const Victim *killLineVictim(const OomEvent &event)
{
    for (const Victim &victim : event.victims) {
        if (!victim.groupMember && victim.message != u"sharing same memory"_s
            && (victim.totalVmKb || victim.anonRssKb))
            return &victim;
    }
    return nullptr;
}

void addLayoutFacts(const OomEvent &event, QList<Fact> &facts)
{
    auto add = [&facts](int min, int max, const char *id, const QString &text) {
        facts.append({min, max, false, {QString::fromLatin1(id), text}});
    };
    switch (event.taskLayout) {
    case TaskTableLayout::CpuOomAdj:
        add(version(2, 6, 25), upTo(2, 6, 35), "table-cpu-oom-adj",
            EraText::tr("The task table has cpu and oom_adj columns (2.6.25–2.6.35)."));
        break;
    case TaskTableLayout::CpuOomAdjScoreAdj:
        add(version(2, 6, 36), upTo(3, 4), "table-oom-score-adj-cpu",
            EraText::tr("The task table has cpu, oom_adj and oom_score_adj columns (2.6.36–3.4)."));
        break;
    case TaskTableLayout::NrPtes:
        add(version(3, 5), upTo(3, 19), "table-nr-ptes",
            EraText::tr("The task table has nr_ptes and swapents columns (3.5–3.19)."));
        break;
    case TaskTableLayout::NrPtesNrPmds:
        add(version(4, 0), upTo(4, 14), "table-nr-pmds",
            EraText::tr("The task table has an nr_pmds column (4.0–4.14)."));
        break;
    case TaskTableLayout::PgtablesBytes:
        add(version(4, 15), kNoUpperBound, "table-pgtables-bytes",
            EraText::tr("The task table has a pgtables_bytes column (4.15+)."));
        break;
    case TaskTableLayout::RssSplit:
        add(version(6, 8), kNoUpperBound, "table-rss-split",
            EraText::tr("The task table splits rss into rss_anon, rss_file and rss_shmem (6.8+)."));
        break;
    case TaskTableLayout::Unknown: break;
    }
    if (event.tasksStateLine)
        add(version(4, 19), kNoUpperBound, "tasks-state-line",
            EraText::tr(
                "The task dump starts with \"Tasks state (memory values in pages)\" (4.19+)."));
}

void addHeaderFacts(const OomEvent &event, QList<Fact> &facts)
{
    auto add = [&facts](int min, int max, bool weak, const char *id, const QString &text) {
        facts.append({min, max, weak, {QString::fromLatin1(id), text}});
    };
    const TriggerInfo &t = event.trigger;
    const bool summary = event.constraint.has_value();
    if (t.oomAdj && !t.oomScoreAdj)
        add(0, upTo(2, 6, 35), false, "header-oom-adj",
            EraText::tr("The header prints oom_adj (or oomkilladj) only (up to 2.6.35)."));
    else if (t.oomAdj && t.oomScoreAdj)
        add(version(2, 6, 36), upTo(3, 6), false, "header-oom-adj-and-score-adj",
            EraText::tr("The header prints both oom_adj and oom_score_adj (2.6.36–3.6)."));
    else if (t.oomScoreAdj)
        add(version(3, 7), kNoUpperBound, false, "header-oom-score-adj",
            EraText::tr("The header prints oom_score_adj only (3.7+)."));
    // "oom-killer: gfp_mask=0xd0, order=1": no "<comm> invoked" and no adjustment, the
    // 2.6.9-2.6.2x form (RHEL 4/5). Weak: a header cut after order= looks the same.
    else if (t.headerLine.isValid() && t.comm.isEmpty())
        add(0, upTo(2, 6, 35), true, "header-without-comm",
            EraText::tr("The header is \"oom-killer: gfp_mask=…\" without the task's name or an "
                        "adjustment (before 2.6.2x)."));
    if (!t.gfpFlags.isEmpty())
        add(version(4, 5), kNoUpperBound, false, "header-symbolic-gfp",
            EraText::tr("The header decodes the gfp flags symbolically (4.5+)."));
    // Without the summary line, a nodemask can only come from the header (4.9-4.20).
    if (!summary && !t.nodemask.isEmpty())
        add(version(4, 9), upTo(4, 20), false, "header-nodemask",
            EraText::tr("The header prints nodemask= (4.9–4.20)."));
    if (!summary && !t.cpuset.isEmpty())
        add(version(2, 6, 29), upTo(4, 20), false, "cpuset-line",
            EraText::tr("A separate cpuset line follows the header (up to 4.20)."));
    if (t.uid)
        add(version(6, 10), kNoUpperBound, false, "stack-uid",
            EraText::tr("The stack dump header prints UID: (6.10+)."));
    if (t.compactionDisabled)
        add(version(4, 9), kNoUpperBound, false, "compaction-disabled-line",
            EraText::tr("\"COMPACTION is disabled!!!\" is printed (4.9+)."));
}

void addMemcgFacts(const OomEvent &event, QList<Fact> &facts)
{
    auto add = [&facts](int min, int max, bool weak, const char *id, const QString &text) {
        facts.append({min, max, weak, {QString::fromLatin1(id), text}});
    };
    const MemcgState &m = event.memcg;
    if (!event.constraint && !m.taskCgroup.isEmpty())
        add(version(2, 6, 30), upTo(4, 20), false, "task-in-line",
            EraText::tr("\"Task in … killed as a result of limit of …\" is printed (up to 4.20)."));
    if (m.kmem.isPresent())
        add(version(3, 8), kNoUpperBound, false, "memcg-kmem-line",
            EraText::tr("The memcg report has a kmem: line (3.8+)."));
    if (m.swap.isPresent())
        add(version(5, 3), kNoUpperBound, false, "memcg-swap-line",
            EraText::tr("The memcg report has a cgroup v2 swap: line (5.3+)."));
    const bool inlineStats =
        std::any_of(m.stats.cbegin(), m.stats.cend(), [](const MemcgStatBlock &b) {
            return !b.valuesInBytes;
        });
    const bool byteStats =
        std::any_of(m.stats.cbegin(), m.stats.cend(), [](const MemcgStatBlock &b) {
            return b.valuesInBytes;
        });
    if (inlineStats)
        add(version(3, 9), upTo(5, 2), false, "memcg-inline-stats",
            EraText::tr("The memcg statistics are printed inline in KB (3.9–5.2)."));
    if (byteStats) {
        add(version(5, 3), kNoUpperBound, false, "memcg-memory-stat",
            EraText::tr("The memcg statistics are a memory.stat dump in bytes (5.3+)."));
        // 5.9 split workingset_* into _anon/_file and added percpu (same release as the
        // signed badness); 6.5 prints v1 hierarchies in the v1 memory.stat format.
        if (statsHaveKey(m, u"workingset_refault_anon", true) || statsHaveKey(m, u"percpu", true))
            add(version(5, 9), kNoUpperBound, false, "memcg-stat-5.9-keys",
                EraText::tr("memory.stat has workingset_refault_anon or percpu (5.9+)."));
        else if (statsHaveKey(m, u"cache", true)
                 || statsHaveKey(m, u"hierarchical_memory_limit", true))
            add(version(6, 5), kNoUpperBound, false, "memcg-stat-v1-format",
                EraText::tr("The memcg statistics use the v1 memory.stat format (6.5+)."));
        else if (statsHaveKey(m, u"workingset_refault", true))
            // weak: late 5.4.y kernels carry the 5.9 formula but keep the 5.4 keys
            add(version(5, 3), upTo(5, 8), true, "memcg-stat-5.3-keys",
                EraText::tr("memory.stat still has a single workingset_refault key (5.3–5.8)."));
    }
    if (!event.oomGroupCgroup.isEmpty())
        add(version(4, 19), kNoUpperBound, false, "oom-group-line",
            EraText::tr("memory.oom.group killed the whole cgroup (4.19+)."));
}

void addMemInfoFacts(const OomEvent &event, QList<Fact> &facts)
{
    auto add = [&facts](int min, int max, bool weak, const char *id, const QString &text) {
        facts.append({min, max, weak, {QString::fromLatin1(id), text}});
    };
    if (!event.meminfo.nodes.isEmpty())
        add(version(4, 8), kNoUpperBound, false, "meminfo-node-line",
            EraText::tr("Mem-Info has per-node lines (node-based LRU, 4.8+)."));
    if (anyNodeHas(event, u"kernel_stack"))
        add(version(5, 11), kNoUpperBound, false, "meminfo-node-kernel-stack",
            EraText::tr("The per-node line has kernel_stack (5.11+)."));
    if (anyZoneHas(event, u"boost"_s))
        add(version(5, 16), kNoUpperBound, false, "zone-boost",
            EraText::tr("The zone lines print boost: (5.16+)."));
    if (anyZoneHas(event, u"reserved_highatomic"_s))
        add(version(5, 8), kNoUpperBound, false, "zone-reserved-highatomic",
            EraText::tr("The zone lines print reserved_highatomic: (5.8+)."));
    if (anyZoneHas(event, u"managed"_s))
        add(version(3, 8), kNoUpperBound, false, "zone-managed",
            EraText::tr("The zone lines print managed: (3.8+)."));
    if (event.meminfo.counter(u"sec_pagetables"_s))
        add(version(6, 1), kNoUpperBound, false, "meminfo-sec-pagetables",
            EraText::tr("Mem-Info counts sec_pagetables (6.1+)."));
    if (event.meminfo.counter(u"kernel_misc_reclaimable"_s))
        add(version(5, 12), kNoUpperBound, false, "meminfo-kernel-misc-reclaimable",
            EraText::tr("Mem-Info counts kernel_misc_reclaimable (between 5.11 and 5.15+)."));
    if (event.meminfo.counter(u"free_pcp"_s))
        add(version(4, 1), kNoUpperBound, false, "meminfo-free-pcp",
            EraText::tr("Mem-Info counts free_pcp (4.1+)."));
    // weak: 5.4.273 carries the 5.9 formula and still prints "unstable"
    if (event.meminfo.counter(u"unstable"_s))
        add(0, upTo(5, 7), true, "meminfo-unstable",
            EraText::tr("Mem-Info still counts unstable pages (up to 5.7)."));
    if (!event.hugepages.isEmpty())
        add(version(3, 10), kNoUpperBound, false, "hugepages-lines",
            EraText::tr("Per-node hugepages lines are printed (3.10+)."));
    const bool migrateTypes =
        std::any_of(event.buddy.cbegin(), event.buddy.cend(), [](const BuddyFreeList &b) {
            return std::any_of(b.orders.cbegin(), b.orders.cend(), [](const BuddyOrder &o) {
                return !o.migrateTypes.isEmpty();
            });
        });
    if (migrateTypes)
        add(version(3, 8), kNoUpperBound, false, "buddy-migrate-types",
            EraText::tr("The buddy lists show migrate types such as (UME) (3.8+)."));
}

void addKillFacts(const OomEvent &event, QList<Fact> &facts)
{
    auto add = [&facts](int min, int max, bool weak, const char *id, const QString &text) {
        facts.append({min, max, weak, {QString::fromLatin1(id), text}});
    };
    if (event.selection.isPresent())
        add(0, upTo(5, 0), false, "selection-line",
            EraText::tr("\"Kill process … score …\" is printed (up to 5.0)."));
    // 2.6.36+ print a normalised score: at most 1000 (2.6.36-3.4), or points * 1000 /
    // totalpages (3.5-5.0), which adj +1000 caps near 2000. The old heuristic is unbounded.
    if (event.selection.score && *event.selection.score > 3000)
        add(0, upTo(2, 6, 35), false, "selection-score-unbounded",
            EraText::tr(
                "The selection score %1 is beyond the 0–2000 scale of 2.6.36+ (up to 2.6.35).")
                .arg(*event.selection.score));
    if (event.constraint)
        add(version(5, 0), kNoUpperBound, true, "summary-line",
            EraText::tr("The oom-kill: summary line is printed (5.0+, backported by RHEL 7)."));
    if (event.constraint && event.constraint->isEmpty())
        // RHEL 7 backported the summary line without the constraint ("oom-kill:,cpuset=");
        // its 3.10 kernel carries the 3.14 root bonus (778c14af).
        add(version(3, 14), upTo(4, 18), true, "rhel7-summary-backport",
            EraText::tr("The summary line has no constraint: the RHEL 7 backport (3.10 with the "
                        "3.14 root bonus)."));
    if (event.notes.contains(u"victim-already-exiting"_s))
        // Came with the signed badness (5.9) and was backported together with it (5.4.273).
        add(version(5, 9), kNoUpperBound, false, "victim-already-exiting",
            EraText::tr("\"OOM victim … is already exiting\" is printed (5.9+)."));
    if (const Victim *victim = killLineVictim(event)) {
        if (victim->pgtablesKb)
            add(version(5, 4), kNoUpperBound, true, "kill-line-pgtables",
                EraText::tr("The kill line prints UID, pgtables and oom_score_adj (5.4+)."));
        else if (!victim->message.isEmpty() && !event.constraint && !event.selection.isPresent())
            // RHEL 8.1 (4.18, with the 3.14 root bonus) prints the 5.1 kill line.
            add(version(4, 18), upTo(4, 18), true, "rhel8-kill-line",
                EraText::tr("The kill line has the 5.1 message prefix but no summary line: RHEL 8 "
                            "(4.18)."));
        else if (!victim->message.isEmpty())
            add(version(5, 1), kNoUpperBound, true, "kill-line-message-prefix",
                EraText::tr("The kill line starts with the OOM message (5.1+, RHEL 8)."));
        else if (victim->shmemRssKb && event.taskLayout == TaskTableLayout::NrPtes)
            // shmem-rss (4.5, eca56ff9) next to the 3.5-3.19 table: RHEL 7 backported it,
            // and its 3.10 carries the 3.14 root bonus.
            add(version(3, 14), upTo(4, 18), true, "rhel7-kill-line",
                EraText::tr("The kill line prints shmem-rss (4.5+) next to a 3.x task table: RHEL "
                            "7 (3.10 with the 3.14 root bonus)."));
        else if (victim->shmemRssKb)
            add(version(4, 5), upTo(5, 0), true, "kill-line-shmem-rss",
                EraText::tr("The kill line prints shmem-rss without a message prefix (4.5–5.0)."));
    }
}

} // namespace

QList<Fact> collect(const OomEvent &event)
{
    QList<Fact> facts;
    addLayoutFacts(event, facts);
    addHeaderFacts(event, facts);
    addMemcgFacts(event, facts);
    addMemInfoFacts(event, facts);
    addKillFacts(event, facts);
    return facts;
}

} // namespace oom::erafacts
