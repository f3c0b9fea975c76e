// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/snapshot.h"
#include "sources/live/livesampler.h"
#include "sources/system/systemtree.h"

#include <QObject>
#include <QTimer>

#include <memory>

// Where the memory pages get the live system from. Two feeds, each shared by every model
// that shows it and running only while one of them is visible (libksysguard's `enabled`):
//  - the LiveSampler (meminfo, PSI, zones, buddy lists: cheap files, every second);
//  - a periodic SystemTree snapshot for what the sampler does not read (processes with
//    their ranking fields, the cgroup tree), read on a pool thread, never on the GUI one.
namespace oomapp {

using SnapshotPtr = std::shared_ptr<const oom::Snapshot>;

// The session's sampler over "/", created on first use, owned by the application.
std::shared_ptr<oom::LiveSampler> sharedLiveSampler();

class LiveSnapshotFeed : public QObject
{
    Q_OBJECT

public:
    // The process-wide feed over "/", created on first use.
    static std::shared_ptr<LiveSnapshotFeed> shared();

    explicit LiveSnapshotFeed(QString root, QObject *parent = nullptr);
    ~LiveSnapshotFeed() override;

    // Reads while at least one subscriber holds it; the first read starts at once.
    void addSubscriber();
    void removeSubscriber();
    SnapshotPtr latest() const { return m_latest; }
    void setIntervalMs(int ms) { m_timer.setInterval(ms); }

    static oom::SnapshotOptions readOptions();

Q_SIGNALS:
    void snapshotReady(oomapp::SnapshotPtr snapshot);

private:
    void readAsync();

    QString m_root;
    QTimer m_timer;
    SnapshotPtr m_latest;
    int m_subscribers = 0;
    bool m_reading = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

// A model's hold on the snapshot feed: subscribed while it exists.
class SnapshotSubscription
{
public:
    SnapshotSubscription() = default;
    explicit SnapshotSubscription(std::shared_ptr<LiveSnapshotFeed> feed);
    ~SnapshotSubscription();
    SnapshotSubscription(SnapshotSubscription &&other) noexcept = default;
    SnapshotSubscription &operator=(SnapshotSubscription &&other) noexcept;
    SnapshotSubscription(const SnapshotSubscription &) = delete;
    SnapshotSubscription &operator=(const SnapshotSubscription &) = delete;
    LiveSnapshotFeed *feed() const { return m_feed.get(); }

private:
    std::shared_ptr<LiveSnapshotFeed> m_feed;
};

} // namespace oomapp
