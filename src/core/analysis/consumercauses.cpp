// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Causes told by who held the memory: unreclaimable slab (a kernel leak), shared memory
// and tmpfs, reserved huge pages, transparent huge pages, and many copies of one program.

#include "core/analysis/causeevidence.h"
#include "core/analysis/causeids.h"
#include "core/analysis/causerules.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace oom::causes {

namespace {

double shareOf(qint64 part, std::optional<qint64> whole)
{
    return whole && *whole > 0 ? 100.0 * double(part) / double(*whole) : 0.0;
}

LineSpan counterLines(const OomEvent &e)
{
    return e.meminfo.lines;
}

// Most of RAM held where no kill can free it is the primary cause of a system-wide OOM:
// the host ran out because of it, so it goes before host-exhausted (85) and a full swap
// (86), and the sentence names the process whose kill could not help. A mechanism that
// had memory free and still failed (fragmentation 87 runs first on a tie, lowmem 88)
// stays first: the held memory does not explain a missing high-order block.
constexpr double primaryShare = 50.0;
constexpr int primaryConfidence = 87;

void makePrimary(const Facts &facts, Finding &f, double share)
{
    // A high-order request that failed is told by fragmentation first, whatever held the
    // rest of RAM.
    if (facts.isMemcg || share < primaryShare || facts.event.trigger.order.value_or(0) > 0)
        return;
    f.confidence = primaryConfidence;
    f.cause.severity = Severity::Critical;
    const OomEvent &e = facts.event;
    const QString victim = e.victims.isEmpty() ? QString() : e.victims.first().comm;
    f.cause.summary += u' '
        + (victim.isEmpty()
               ? CauseText::tr("This is why the system ran out of memory; killing a process could "
                               "not free it.")
               : CauseText::tr("This is why the system ran out of memory; killing %1 could not "
                               "free it.")
                     .arg(victim));
}

void slabCause(const Facts &facts, QList<Finding> &out)
{
    const OomEvent &e = facts.event;
    // 2.6.2x prints one slab total
    const std::optional<Pages> slab = e.meminfo.counter(u"slab_unreclaimable"_s)
        ? e.meminfo.counter(u"slab_unreclaimable"_s)
        : e.meminfo.counter(u"slab"_s);
    const qint64 slabKb = pagesToKiB(orZero(slab), facts.pageSize).value;
    const double share = shareOf(slabKb, facts.ramKb);
    // 4.15+ dumps the caches only when unreclaimable slab exceeds all LRU pages.
    const bool dumped = !e.unreclaimableSlab.isEmpty();
    if (share < 10.0 && !dumped)
        return;
    Finding f{makeCause(causeid::SlabUnreclaimable, Severity::Critical, QString()),
              dumped ? 86 : 70};
    QList<SlabCache> caches = e.unreclaimableSlab;
    std::sort(caches.begin(), caches.end(), [](const SlabCache &a, const SlabCache &b) {
        return a.totalKb > b.totalKb;
    });
    QStringList top;
    for (qsizetype i = 0; i < qMin<qsizetype>(3, caches.size()); ++i)
        top.append(u"%1 (%2)"_s.arg(caches.at(i).name, size(caches.at(i).totalKb)));
    f.cause.summary =
        (slabKb > 0 ? CauseText::tr("Unreclaimable kernel slab held %1 (%2 % of RAM), memory no "
                                    "process kill can free; this suggests a kernel memory leak.")
                          .arg(size(slabKb), percent(share))
                    : CauseText::tr("Unreclaimable kernel slab outgrew all user memory, which no "
                                    "process kill can free; this suggests a kernel memory leak."))
        + (top.isEmpty() ? QString()
                         : CauseText::tr(" Largest caches: %1.").arg(top.join(u", "_s)));
    makePrimary(facts, f, share);
    addEvidence(f.cause, counterLines(e));
    for (const SlabCache &cache : caches.mid(0, 3))
        f.cause.evidence.append(cache.line);
    out.append(f);
}

void shmemCause(const Facts &facts, QList<Finding> &out)
{
    const OomEvent &e = facts.event;
    const qint64 shmemKb = pagesToKiB(orZero(e.meminfo.counter(u"shmem"_s)), facts.pageSize).value;
    const double share = shareOf(shmemKb, facts.ramKb);
    if (share < 15.0)
        return;
    Finding f{makeCause(causeid::ShmemTmpfs, Severity::Warning, QString()), 60};
    f.cause.summary = CauseText::tr(
                          "Shared memory and tmpfs held %1 (%2 % of RAM); killing a process frees "
                          "it only if that process was its last user, and files in tmpfs stay.")
                          .arg(size(shmemKb), percent(share));
    makePrimary(facts, f, share);
    addEvidence(f.cause, counterLines(e));
    out.append(f);
}

void hugetlbCause(const Facts &facts, QList<Finding> &out)
{
    const OomEvent &e = facts.event;
    qint64 reservedKb = 0;
    for (const HugepagePool &pool : e.hugepages)
        reservedKb += (pool.sizeKb * pool.total).value;
    const double share = shareOf(reservedKb, facts.ramKb);
    if (reservedKb == 0 || (share < 10.0 && facts.ramKb))
        return;
    Finding f{makeCause(causeid::HugetlbReserved, Severity::Warning, QString()), 65};
    f.cause.summary = CauseText::tr(
                          "%1 of RAM was reserved as huge pages (vm.nr_hugepages), which ordinary "
                          "allocations and the OOM killer cannot use.")
                          .arg(size(reservedKb));
    makePrimary(facts, f, share);
    for (const HugepagePool &pool : e.hugepages) {
        if (pool.total > 0)
            f.cause.evidence.append(pool.line);
    }
    out.append(f);
}

void thpCause(const Facts &facts, QList<Finding> &out)
{
    const OomEvent &e = facts.event;
    qint64 thpKb = 0;
    qint64 anonKb = 0;
    LineSpan lines;
    for (const NodeState &node : e.meminfo.nodes) {
        for (const auto &[key, value] : node.fieldsKb) {
            if (key == u"anon_thp"_s)
                thpKb += value;
            if (key == u"active_anon"_s || key == u"inactive_anon"_s)
                anonKb += value;
        }
        lines.extend(node.line);
    }
    for (const MemcgStatBlock &block : e.memcg.stats) {
        if (block.cgroup != e.memcg.oomCgroup)
            continue;
        thpKb = valueOf(block.valueKb(u"anon_thp"_s))
                    .value_or(valueOf(block.valueKb(u"rss_huge"_s)).value_or(thpKb));
        anonKb = valueOf(block.valueKb(u"anon"_s))
                     .value_or(valueOf(block.valueKb(u"rss"_s)).value_or(anonKb));
        lines = block.lines;
    }
    if (anonKb <= 0 || thpKb * 2 < anonKb)
        return;
    Finding f{makeCause(causeid::Thp, Severity::Info, QString()), 35};
    f.cause.summary = CauseText::tr(
                          "Transparent huge pages made up %1 of %2 anonymous memory; 2 MiB pages "
                          "fill a limit in large steps and can hold memory that is barely used.")
                          .arg(size(thpKb), size(anonKb));
    addEvidence(f.cause, lines);
    out.append(f);
}

void forkStormCause(const Facts &facts, QList<Finding> &out)
{
    const OomEvent &e = facts.event;
    if (e.tasks.size() < 50)
        return;
    QHash<QString, int> counts;
    for (const TaskRow &row : e.tasks)
        ++counts[row.name];
    QString name;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < name)) {
            most = it.value();
            name = it.key();
        }
    }
    if (most < 100 && most * 2 < e.tasks.size())
        return;
    Finding f{makeCause(causeid::ForkStorm, Severity::Warning, remedyid::Limits), 55};
    f.cause.summary = CauseText::tr(
                          "%1 processes named %2 were running (%3 % of all tasks): a fork storm or "
                          "a worker pool without a limit.")
                          .arg(most)
                          .arg(name, percent(100.0 * most / e.tasks.size()));
    if (!e.tasks.isEmpty())
        addEvidence(f.cause, LineSpan{e.tasks.first().line, e.tasks.last().line});
    out.append(f);
}

} // namespace

void consumerRules(const Facts &facts, QList<Finding> &out)
{
    const OomEvent &e = facts.event;
    if (e.kind == EventKind::UserspaceKill)
        return;
    slabCause(facts, out);
    shmemCause(facts, out);
    hugetlbCause(facts, out);
    thpCause(facts, out);
    forkStormCause(facts, out);
}

} // namespace oom::causes
