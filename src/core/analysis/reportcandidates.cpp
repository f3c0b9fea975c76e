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
    if (event.pageSizeKb && *event.pageSizeKb > 0) {
        size.kb = *event.pageSizeKb;
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
        if (!row || !row->rssPages || *row->rssPages < 256)
            continue;
        const qint64 kb =
            *victim.anonRssKb + victim.fileRssKb.value_or(0) + victim.shmemRssKb.value_or(0);
        if (const auto guess = nearestPageSize(double(kb) / double(*row->rssPages), 0.25)) {
            size.kb = *guess;
            size.source = PageSizeSource::KillLine;
            size.how = PageSizeText::tr(
                           "%1 kB pages: the kill line's %2 kB rss over the task table's %3 pages.")
                           .arg(size.kb)
                           .arg(kb)
                           .arg(*row->rssPages);
            return size;
        }
    }
    // A memcg at its limit is mostly the rss of its tasks (loongarch64 runs 16 kB pages:
    // 4 kB would make every pgtables_bytes and limit four times off).
    if (event.memcg.memory.usageKb && *event.memcg.memory.usageKb > 0) {
        qint64 rssPages = 0;
        for (const TaskRow &row : event.tasks)
            rssPages += row.rssPages.value_or(0);
        if (rssPages >= 256) {
            const qint64 usage = *event.memcg.memory.usageKb;
            if (const auto guess = nearestPageSize(double(usage) / double(rssPages), 0.4)) {
                size.kb = *guess;
                size.source = PageSizeSource::MemcgUsage;
                size.how =
                    PageSizeText::tr(
                        "%1 kB pages: the memcg's usage of %2 kB over the tasks' %3 rss pages.")
                        .arg(size.kb)
                        .arg(usage)
                        .arg(rssPages);
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
    const qint64 pageBytes = (pageSizeKb > 0 ? pageSizeKb : 4) * 1024;
    QList<RankCandidate> candidates;
    candidates.reserve(event.tasks.size());
    for (const TaskRow &row : event.tasks) {
        RankCandidate c;
        c.pid = row.pid;
        c.comm = row.name;
        c.uid = row.uid;
        c.rssPages = row.rssPages.value_or(0);
        c.swapPages = row.swapents.value_or(0);
        if (row.pgtablesBytes)
            c.pgtablesPages = *row.pgtablesBytes / pageBytes; // "mm_pgtables_bytes(mm) / PAGE_SIZE"
        else
            c.pgtablesPages = row.nrPtes.value_or(0) + row.nrPmds.value_or(0);
        // 2.6.x tables print neither swap nor page tables; 2.6.36-3.4 scored both
        // (nr_ptes from between 2.6.37 and 2.6.39).
        c.usageIncomplete = !row.rssPages || !row.swapents || (!row.pgtablesBytes && !row.nrPtes);
        c.totalVmPages = row.totalVmPages;
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
