// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The memory views' costs (README "Memory views"); memory-bench.sh drives it.
//
//   oomlens-memorybench --live SECONDS [PAGE]
//       the live models one page of the app holds (overview, memory, fragmentation,
//       cgroups, processes; default: all of them at once) active on "/" for SECONDS: the
//       sampler's models at 1 Hz, the victim ranking and the cgroup tree from the snapshot
//       feed at its CPU-budgeted cadence; prints the CPU time of this process as a share of
//       one core (getrusage, all threads).
//   oomlens-memorybench --sort N
//       a victim table of N processes (a synthetic snapshot ranked by the engine), sorted
//       by each column through VictimSortModel; prints the median time per sort.

#include "app/memory/buddymodel.h"
#include "app/memory/cgrouptreemodel.h"
#include "app/memory/livefeeds.h"
#include "app/memory/memorysummary.h"
#include "app/memory/victimmodel.h"
#include "app/memory/victimsortmodel.h"
#include "app/memory/zonemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The live models each page of the app holds (qml/memory/*Page.qml, the Overview's
// memory panel and next victim), or every one of them at once ("all").
struct LivePage {
    const char *name;
    bool zones, buddy, summary, victims, cgroups;
};

constexpr LivePage livePages[] = {
    {"overview", false, false, true, true, false},
    {"memory", true, false, true, false, false},
    {"fragmentation", false, true, false, false, false},
    {"cgroups", false, false, false, false, true},
    {"processes", false, false, false, true, false},
    {"all", true, true, true, true, true},
};

const LivePage *livePageNamed(const char *name)
{
    for (const LivePage &page : livePages)
        if (std::strcmp(page.name, name) == 0)
            return &page;
    return nullptr;
}

int live(QCoreApplication &app, int seconds, const LivePage &page)
{
    ZoneModel zones;
    BuddyModel buddy;
    MemorySummary summary;
    VictimModel victims;
    CgroupTreeModel cgroups;
    VictimSortModel sorted;
    sorted.setVictims(&victims);
    const auto feed = oomapp::LiveSnapshotFeed::shared();
    const bool snapshotPage = page.victims || page.cgroups;
    // Measured from the first snapshot on (it walks every /proc/<pid> for the first time:
    // dentries, inodes), as a page that stays open costs; sampler-only pages after 2 s.
    QElapsedTimer wall;
    double cpuStart = 0;
    int snapshots = 0;
    const auto startMeasuring = [&] {
        cpuStart = cpuSeconds();
        wall.start();
        QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    };
    QObject::connect(feed.get(), &oomapp::LiveSnapshotFeed::snapshotReady, &app, [&] {
        if (++snapshots == 1)
            startMeasuring();
    });
    if (!snapshotPage)
        QTimer::singleShot(2000, &app, startMeasuring);
    zones.setActive(page.zones);
    buddy.setActive(page.buddy);
    summary.setActive(page.summary);
    victims.setActive(page.victims);
    cgroups.setActive(page.cgroups);
    app.exec();
    const double cpu = cpuSeconds() - cpuStart;
    const double elapsed = double(wall.elapsed()) / 1000.0;
    std::printf("  %-13s CPU %6.3f s over %.1f s = %5.2f %% of one core", page.name, cpu, elapsed,
                100.0 * cpu / elapsed);
    if (snapshotPage)
        std::printf("; %d snapshots, next in %.1f s; %d processes ranked, %d cgroups",
                    snapshots - 1, feed->intervalMs() / 1000.0, victims.count(), cgroups.count());
    std::printf("\n");
    return 0;
}

int sort(int processes)
{
    // No ranking with it, as the feed would add: VictimModel ranks it, and that is timed.
    auto snapshot = std::make_shared<oomapp::LiveSnapshot>();
    snapshot->live = true;
    snapshot->kernelRelease = u"6.1.0"_s;
    snapshot->meminfo.kb.append(u"MemTotal"_s, 16 * 1024 * 1024);
    snapshot->meminfo.kb.append(u"SwapTotal"_s, 4 * 1024 * 1024);
    QRandomGenerator random(42);
    for (int i = 0; i < processes; ++i) {
        oom::ProcessInfo p;
        p.pid = 100 + i;
        p.comm = u"proc-%1"_s.arg(random.bounded(500));
        p.uid = random.bounded(2) ? 0 : 1000 + random.bounded(50);
        p.rssAnon = oom::KiB(random.bounded(1 << 20));
        p.rssFile = oom::KiB(random.bounded(1 << 18));
        p.rssShmem = oom::KiB(random.bounded(1 << 12));
        p.vmRss = oom::KiB(p.rssAnon->value + p.rssFile->value + p.rssShmem->value);
        p.vmSwap = oom::KiB(random.bounded(1 << 16));
        p.vmPte = oom::KiB(4 * random.bounded(1, 512));
        p.oomScoreAdj = int(random.bounded(21)) * 100 - 1000;
        p.oomScore = random.bounded(2000);
        p.cgroups.append(
            {0, QString(), u"/system.slice/unit-%1.service"_s.arg(random.bounded(300))});
        p.fieldsRead = oom::rankingProcessFields() | oom::ProcessField::OomScore;
        snapshot->processes.append(p);
    }
    VictimModel victims;
    QElapsedTimer timer;
    timer.start();
    victims.applySnapshot(snapshot);
    const double rankMs = double(timer.nsecsElapsed()) / 1e6;
    VictimSortModel sorted;
    sorted.setVictims(&victims);
    std::printf("victim table of %d processes: ranked and filled in %.1f ms\n", victims.count(),
                rankMs);
    double worst = 0;
    for (int column = 0; column < VictimModel::ColumnCount; ++column) {
        std::vector<double> times;
        for (int run = 0; run < 5; ++run) {
            timer.restart();
            sorted.sortBy(column); // alternates the order: every run sorts for real
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        worst = std::max(worst, times[2]);
        std::printf(
            "  sort by %-22s median %6.1f ms\n",
            qPrintable(victims.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()),
            times[2]);
    }
    std::printf("slowest column: median %.1f ms\n", worst);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if ((argc == 3 || argc == 4) && std::strcmp(argv[1], "--live") == 0) {
        const LivePage *page = livePageNamed(argc == 4 ? argv[3] : "all");
        if (page)
            return live(app, std::max(1, std::atoi(argv[2])), *page);
    }
    if (argc == 3 && std::strcmp(argv[1], "--sort") == 0)
        return sort(std::max(1, std::atoi(argv[2])));
    std::fprintf(stderr,
                 "usage: oomlens-memorybench --live SECONDS [overview|memory|fragmentation|cgroups|"
                 "processes|all] | --sort PROCESSES\n");
    return 64;
}
