// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/analysis/reportcandidates.h"

#include "core/model/oomevent.h"

#include <QCoreApplication>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

class PageSizeText
{
    Q_DECLARE_TR_FUNCTIONS(PageSizeText)
};

constexpr std::array<qint64, 4> kPageSizesKb = {4, 8, 16, 64};

// The page size whose ratio to `kbPerPage` is closest on a log scale, if within
// `tolerance` (0.25 = ±25 %).
std::optional<qint64> nearestPageSize(double kbPerPage, double tolerance)
{
    if (!(kbPerPage > 0))
        return std::nullopt;
    qint64 best = 0;
    double bestDistance = 1e9;
    for (const qint64 size : kPageSizesKb) {
        const double distance = std::abs(std::log(kbPerPage / double(size)));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = size;
        }
    }
    if (bestDistance > std::log(1.0 + tolerance))
        return std::nullopt;
    return best;
}

const TaskRow *rowOf(const OomEvent &event, qint64 pid)
{
    for (const TaskRow &row : event.tasks) {
        if (row.pid == pid || (row.tgid && *row.tgid == pid))
            return &row;
    }
    return nullptr;
}

} // namespace

PageSize pageSizeOf(const OomEvent &event)
{
    PageSize size;
    if (event.pageSizeKb && *event.pageSizeKb > KiB(0)) {
        size.kb = event.pageSizeKb->value;
        size.source = PageSizeSource::Report;
        size.how =
            PageSizeText::tr("%1 kB pages, from the buddy lists of the report.").arg(size.kb);
        return size;
    }
    // The kill line prints the victim's rss in kB (K(x) = x << (PAGE_SHIFT - 10)) and the
    // table the same counters in pages, moments apart.
    for (const Victim &victim : event.victims) {
        if (!victim.pid || !victim.anonRssKb || victim.groupMember)
            continue;
        const TaskRow *row = rowOf(event, *victim.pid);
        if (!row || !row->rssPages || *row->rssPages < Pages(256))
            continue;
        const KiB rss = *victim.anonRssKb + orZero(victim.fileRssKb) + orZero(victim.shmemRssKb);
        if (const auto guess = nearestPageSize(kibPerPage(rss, *row->rssPages), 0.25)) {
            size.kb = *guess;
            size.source = PageSizeSource::KillLine;
            size.how = PageSizeText::tr(
                           "%1 kB pages: the kill line's %2 kB rss over the task table's %3 pages.")
                           .arg(size.kb)
                           .arg(rss.value)
                           .arg(row->rssPages->value);
            return size;
        }
    }
    // A memcg at its limit is mostly the rss of its tasks (loongarch64 runs 16 kB pages:
    // 4 kB would make every pgtables_bytes and limit four times off).
    if (event.memcg.memory.usageKb && *event.memcg.memory.usageKb > KiB(0)) {
        Pages rssPages;
        for (const TaskRow &row : event.tasks)
            rssPages += orZero(row.rssPages);
        if (rssPages >= Pages(256)) {
            const KiB usage = *event.memcg.memory.usageKb;
            if (const auto guess = nearestPageSize(kibPerPage(usage, rssPages), 0.4)) {
                size.kb = *guess;
                size.source = PageSizeSource::MemcgUsage;
                size.how =
                    PageSizeText::tr(
                        "%1 kB pages: the memcg's usage of %2 kB over the tasks' %3 rss pages.")
                        .arg(size.kb)
                        .arg(usage.value)
                        .arg(rssPages.value);
                return size;
            }
        }
    }
    size.how = PageSizeText::tr("The report does not tell the page size; 4 kB was assumed.");
    return size;
}

QList<RankCandidate> candidatesFromReport(const OomEvent &event, qint64 pageSizeKb,
                                          const QSet<qint64> &alreadyReaped)
{
    const KiB pageSize(pageSizeKb > 0 ? pageSizeKb : 4);
    QList<RankCandidate> candidates;
    candidates.reserve(event.tasks.size());
    for (const TaskRow &row : event.tasks) {
        RankCandidate c;
        c.pid = row.pid;
        c.comm = row.name;
        c.uid = row.uid;
        // RankCandidate counts plain pages (the badness formula's arithmetic).
        c.rssPages = orZero(row.rssPages).value;
        c.swapPages = orZero(row.swapents).value;
        if (row.pgtablesBytes) // "mm_pgtables_bytes(mm) / PAGE_SIZE"
            c.pgtablesPages = bytesToPages(*row.pgtablesBytes, pageSize).value;
        else
            c.pgtablesPages = (orZero(row.nrPtes) + orZero(row.nrPmds)).value;
        // 2.6.x tables print neither swap nor page tables; 2.6.36-3.4 scored both
        // (nr_ptes from between 2.6.37 and 2.6.39).
        c.usageIncomplete = !row.rssPages || !row.swapents || (!row.pgtablesBytes && !row.nrPtes);
        c.totalVmPages = valueOf(row.totalVmPages);
        // Era A tables print oom_adj only; from 2.6.36 oom_score_adj is what counts.
        if (row.oomScoreAdj)
            c.oomScoreAdj = *row.oomScoreAdj;
        else if (row.oomAdj)
            c.oomScoreAdj = *row.oomAdj;
        c.isInit = row.pid == 1;
        c.alreadyReaped = alreadyReaped.contains(row.pid);
        c.line = row.line;
        candidates.append(c);
    }
    return candidates;
}

} // namespace oom
