// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The live sampler's cost (README "Benchmarks": "the sampler at 1 Hz with 1,000 processes under 1 %
// of a core; memory of one hour of history bounded and stated"):
//
//   oomlens-samplerbench [--processes N] [--seconds S] [--process-every K] [--markdown]
//
// starts N sleeping child processes, runs LiveSampler on "/" at 1 Hz for S seconds (with the
// process table every K ticks; 0: never), and reports the CPU time of this process
// (getrusage: the sampler's worker thread, the main thread only waits) as a share of one
// core, the history's storage for one hour, and the RSS growth — over the run, and after
// filling a whole hour of history at full speed (the ring is allocated once, so the second
// figure shows the bound holds).

#include "sources/live/livesampler.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace oom;
using namespace std::chrono_literals;

namespace {

double cpuSeconds()
{
    rusage usage = {};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

qint64 rssKiB()
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Children that only sleep: each is one more /proc/<pid> for the process tick to read.
std::vector<pid_t> startSleepers(int count)
{
    std::vector<pid_t> pids;
    const pid_t parent = ::getpid();
    for (int i = 0; i < count; ++i) {
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::prctl(PR_SET_PDEATHSIG, SIGKILL); // never outlive the benchmark
            if (::getppid() != parent)
                ::_exit(0);
            for (;;)
                ::pause();
        }
        if (pid < 0) {
            std::perror("fork");
            break;
        }
        pids.push_back(pid);
    }
    return pids;
}

void stopSleepers(const std::vector<pid_t> &pids)
{
    for (const pid_t pid : pids)
        ::kill(pid, SIGKILL);
    for (const pid_t pid : pids)
        ::waitpid(pid, nullptr, 0);
}

int intArgument(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    // Children first, while this process has one thread.
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    const int processes = intArgument(args, QStringLiteral("--processes"), 1000);
    const int seconds = intArgument(args, QStringLiteral("--seconds"), 60);
    const int processEvery = intArgument(args, QStringLiteral("--process-every"), 0);
    const bool markdown = args.contains(QStringLiteral("--markdown"));
    const std::vector<pid_t> sleepers = startSleepers(processes);
    QCoreApplication app(argc, argv);

    const qint64 rssBefore = rssKiB();
    LiveSamplerOptions options; // 1 s, one hour, 8 zone and 64 cgroup slots
    options.processEveryTicks = processEvery;
    LiveSampler sampler(Root(QStringLiteral("/")), options);
    const qint64 rssWithRing = rssKiB();

    const double cpuStart = cpuSeconds();
    const auto wallStart = std::chrono::steady_clock::now();
    {
        const LiveSampler::Subscription running = sampler.subscribe();
        std::this_thread::sleep_for(std::chrono::seconds(seconds));
    }
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart).count();
    const double cpu = cpuSeconds() - cpuStart;
    const quint64 ticks = sampler.samplesTaken();
    const qint64 rssAfterRun = rssKiB();
    const auto latest = sampler.latest();

    // A whole hour (and then some: the ring wraps) at full speed, for the memory bound.
    const SampleLayout layout = sampler.history().layout();
    while (sampler.samplesTaken() < quint64(layout.capacity) + 100)
        sampler.sampleNow();
    const qint64 rssFullHour = rssKiB();
    stopSleepers(sleepers);

    const double share = 100.0 * cpu / wall;
    const double perTickMs = ticks ? 1000.0 * cpu / double(ticks) : 0.0;
    const std::size_t perSample = SampleHistory::bytesPerSample(layout);
    const double hourMiB = double(sampler.historyStorageBytes()) / (1024.0 * 1024.0);
    const QByteArray config = processEvery > 0
        ? QByteArray("process table every ") + QByteArray::number(processEvery) + " s"
        : QByteArray("no process table");
    if (markdown) {
        std::printf(
            "| %s | %d | %llu | %.3f %% | %.2f ms | %zu B | %.2f MiB | %+lld KiB | %+lld KiB |\n",
            config.constData(), int(sleepers.size()), static_cast<unsigned long long>(ticks), share,
            perTickMs, perSample, hourMiB, static_cast<long long>(rssAfterRun - rssBefore),
            static_cast<long long>(rssFullHour - rssBefore));
    } else {
        std::printf("sleeping processes:        %zu\n", sleepers.size());
        std::printf("configuration:             1 Hz, %s\n", config.constData());
        std::printf("ticks in %.1f s:            %llu\n", wall,
                    static_cast<unsigned long long>(ticks));
        std::printf("CPU:                       %.3f s = %.3f %% of one core (%.2f ms per tick)\n",
                    cpu, share, perTickMs);
        std::printf(
            "history:                   %zu bytes per sample x %d = %.2f MiB for one hour\n",
            perSample, layout.capacity, hourMiB);
        std::printf(
            "RSS:                       %lld KiB before, %lld with the ring, %lld after %d s, "
            "%lld after %d samples\n",
            static_cast<long long>(rssBefore), static_cast<long long>(rssWithRing),
            static_cast<long long>(rssAfterRun), seconds, static_cast<long long>(rssFullHour),
            layout.capacity + 100);
        if (latest)
            std::printf("last sample:               %zu zones, %zu cgroups, %u processes\n",
                        latest->zones.size(), latest->cgroups.size(), latest->system.processCount);
    }
    return 0;
}
