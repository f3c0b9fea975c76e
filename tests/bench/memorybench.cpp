// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The memory views' costs (README "Memory views"); memory-bench.sh drives it.
//
//   oomlens-memorybench --live SECONDS
//       every live model of the memory pages active on "/" (zones, buddy lists, memory
//       summary at 1 Hz from the sampler; the victim ranking and the cgroup tree from the
//       snapshot feed every 2 s) for SECONDS; prints the CPU time of this process as a
//       share of one core (getrusage, all threads).
//   oomlens-memorybench --sort N
//       a victim table of N processes (a synthetic snapshot ranked by the engine), sorted
//       by each column through VictimSortModel; prints the median time per sort.

#include "app/memory/buddymodel.h"
#include "app/memory/cgrouptreemodel.h"
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

int live(QCoreApplication &app, int seconds)
{
    ZoneModel zones;
    BuddyModel buddy;
    MemorySummary summary;
    VictimModel victims;
    CgroupTreeModel cgroups;
    VictimSortModel sorted;
    sorted.setVictims(&victims);
    zones.setActive(true);
    buddy.setActive(true);
    summary.setActive(true);
    victims.setActive(true);
    cgroups.setActive(true);
    // The first snapshot walks every /proc/<pid> for the first time (dentries, inodes):
    // measured from the second one on, as a page that stays open costs.
    QElapsedTimer wall;
    double cpuStart = 0;
    int rankings = 0;
    QObject::connect(&victims, &VictimModel::rankingChanged, &app, [&] {
        if (++rankings == 1) {
            cpuStart = cpuSeconds();
            wall.start();
            QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
        }
    });
    app.exec();
    const double cpu = cpuSeconds() - cpuStart;
    const double elapsed = double(wall.elapsed()) / 1000.0;
    std::printf(
        "live models: %.1f s, CPU %.3f s = %.2f %% of one core; %d processes ranked, "
        "%d cgroups, %d zones, %d rankings\n",
        elapsed, cpu, 100.0 * cpu / elapsed, victims.count(), cgroups.count(), zones.rowCount(),
        rankings);
    return 0;
}

int sort(int processes)
{
    auto snapshot = std::make_shared<oom::Snapshot>();
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
    if (argc == 3 && std::strcmp(argv[1], "--live") == 0)
        return live(app, std::max(1, std::atoi(argv[2])));
    if (argc == 3 && std::strcmp(argv[1], "--sort") == 0)
        return sort(std::max(1, std::atoi(argv[2])));
    std::fprintf(stderr, "usage: oomlens-memorybench --live SECONDS | --sort PROCESSES\n");
    return 64;
}
