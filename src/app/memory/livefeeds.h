// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "app/memory/livecadence.h"
#include "core/analysis/liveranking.h"
#include "core/model/snapshot.h"
#include "sources/live/livesampler.h"
#include "sources/system/systemtree.h"

#include <QFlags>
#include <QObject>
#include <QTimer>

#include <memory>

// Where the memory pages get the live system from. Two feeds, each shared by every model
// that shows it and running only while one of them is visible (libksysguard's `enabled`):
//  - the LiveSampler (meminfo, PSI, zones, buddy lists: cheap files, every second);
//  - a periodic SystemTree snapshot for what the sampler does not read (processes with
//    their ranking fields, the cgroup tree), read and ranked on a pool thread, never on the
//    GUI one.
//    It reads only the parts its subscribers need (the Cgroups page reads no process, the
//    Processes page walks no cgroup), as often as a CPU budget allows (LiveCadence).
namespace oomapp {

// A snapshot as the feed delivers it: when it holds the processes, also their ranking for a
// global OOM, computed on the reading thread (with 10,000 processes ranking takes tens of
// milliseconds, a visible stall on the GUI thread).
struct LiveSnapshot : oom::Snapshot {
    std::optional<oom::SnapshotRanking> ranking;
};
using SnapshotPtr = std::shared_ptr<const LiveSnapshot>;

// The session's sampler over "/", created on first use, owned by the application.
std::shared_ptr<oom::LiveSampler> sharedLiveSampler();

enum class SnapshotPart : unsigned {
    Processes = 1u << 0, // every /proc/<pid> with the ranking's fields and oom_score
    Cgroups = 1u << 1, // the memory cgroup tree: usage, limits, events, PSI, process counts
};
Q_DECLARE_FLAGS(SnapshotParts, SnapshotPart)
Q_DECLARE_OPERATORS_FOR_FLAGS(SnapshotParts)

class LiveSnapshotFeed : public QObject
{
    Q_OBJECT

public:
    // The process-wide feed over "/", created on first use.
    static std::shared_ptr<LiveSnapshotFeed> shared();

    explicit LiveSnapshotFeed(QString root, QObject *parent = nullptr);
    ~LiveSnapshotFeed() override;

    // Reads while at least one subscriber holds it; a subscriber whose parts the last
    // snapshot lacks gets a read at once.
    void addSubscriber(SnapshotParts parts);
    void removeSubscriber(SnapshotParts parts);
    SnapshotParts wantedParts() const;

    // The last snapshot read, and the parts it holds.
    SnapshotPtr latest() const { return m_latest; }
    SnapshotParts latestParts() const { return m_latestParts; }

    void setCadence(LiveCadence cadence) { m_cadence = cadence; }
    // The wait before the next read, as the cadence set it after the last one.
    int intervalMs() const { return m_timer.interval(); }

    static oom::SnapshotOptions readOptions(SnapshotParts parts);

Q_SIGNALS:
    // Every subscriber is told; it uses the snapshot only when latestParts() has its parts.
    void snapshotReady(oomapp::SnapshotPtr snapshot);

private:
    void readAsync();
    void deliver(const SnapshotPtr &snapshot, SnapshotParts parts,
                 std::chrono::nanoseconds readCpu);

    QString m_root;
    QTimer m_timer;
    LiveCadence m_cadence;
    SnapshotPtr m_latest;
    SnapshotParts m_latestParts;
    std::chrono::nanoseconds m_lastDeliverCpu{0};
    int m_processSubscribers = 0;
    int m_cgroupSubscribers = 0;
    bool m_reading = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

// A model's hold on the snapshot feed: subscribed for its parts while it exists.
class SnapshotSubscription
{
public:
    SnapshotSubscription() = default;
    SnapshotSubscription(std::shared_ptr<LiveSnapshotFeed> feed, SnapshotParts parts);
    ~SnapshotSubscription();
    SnapshotSubscription(SnapshotSubscription &&other) noexcept = default;
    SnapshotSubscription &operator=(SnapshotSubscription &&other) noexcept;
    SnapshotSubscription(const SnapshotSubscription &) = delete;
    SnapshotSubscription &operator=(const SnapshotSubscription &) = delete;
    LiveSnapshotFeed *feed() const { return m_feed.get(); }

private:
    std::shared_ptr<LiveSnapshotFeed> m_feed;
    SnapshotParts m_parts;
};

} // namespace oomapp
