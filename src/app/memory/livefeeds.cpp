// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/memory/livefeeds.h"

#include "core/analysis/liveranking.h"
#include "sources/system/systemtree.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

namespace oomapp {

std::shared_ptr<oom::LiveSampler> sharedLiveSampler()
{
    // One sampler for the whole session, owned by the application, so that the history
    // (an hour at 1 Hz) survives pages closing and reopening; it sleeps while nobody
    // subscribes. No process ticks: the process table comes from the snapshot feed,
    // which reads the ranking's fields only.
    static QPointer<oom::LiveSampler> instance;
    if (!instance)
        instance =
            new oom::LiveSampler(oom::Root(QStringLiteral("/")), {}, QCoreApplication::instance());
    return std::shared_ptr<oom::LiveSampler>(instance.data(), [](oom::LiveSampler *) {});
}

std::shared_ptr<LiveSnapshotFeed> LiveSnapshotFeed::shared()
{
    static std::weak_ptr<LiveSnapshotFeed> current;
    if (auto feed = current.lock())
        return feed;
    auto feed = std::make_shared<LiveSnapshotFeed>(QStringLiteral("/"));
    current = feed;
    return feed;
}

LiveSnapshotFeed::LiveSnapshotFeed(QString root, QObject *parent)
    : QObject(parent)
    , m_root(std::move(root))
{
    // Every 2 s: a full process read costs tens of milliseconds with thousands of
    // processes (README "Benchmarks"); the sampler's charts move every second.
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &LiveSnapshotFeed::readAsync);
}

LiveSnapshotFeed::~LiveSnapshotFeed()
{
    *m_alive = false;
}

oom::SnapshotOptions LiveSnapshotFeed::readOptions()
{
    oom::SnapshotOptions options;
    options.processFields = oom::rankingProcessFields() | oom::ProcessField::OomScore;
    options.cgroupStat = false; // flushes per-CPU statistics of every cgroup
    options.cgroupDetails = false; // kmem, soft limits, peaks: no live page shows them
    options.pageTypeInfo = false; // walks the free lists under the zone lock
    options.settings = false;
    return options;
}

void LiveSnapshotFeed::addSubscriber()
{
    if (++m_subscribers == 1) {
        m_timer.start();
        readAsync();
    }
}

void LiveSnapshotFeed::removeSubscriber()
{
    if (--m_subscribers == 0)
        m_timer.stop();
}

void LiveSnapshotFeed::readAsync()
{
    if (m_reading)
        return; // a slow read (thousands of processes) is never queued twice
    m_reading = true;
    const QString root = m_root;
    std::weak_ptr<bool> alive = m_alive;
    QThreadPool::globalInstance()->start([this, root, alive] {
        auto snapshot = std::make_shared<const oom::Snapshot>(
            oom::SystemTree(oom::Root(root)).read(readOptions()));
        // Delivered on the feed's thread; dropped when the feed went away meanwhile.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [this, snapshot, alive] {
            if (alive.expired() || !*alive.lock())
                return;
            m_reading = false;
            m_latest = snapshot;
            Q_EMIT snapshotReady(snapshot);
        });
    });
}

SnapshotSubscription::SnapshotSubscription(std::shared_ptr<LiveSnapshotFeed> feed)
    : m_feed(std::move(feed))
{
    if (m_feed)
        m_feed->addSubscriber();
}

SnapshotSubscription::~SnapshotSubscription()
{
    if (m_feed)
        m_feed->removeSubscriber();
}

SnapshotSubscription &SnapshotSubscription::operator=(SnapshotSubscription &&other) noexcept
{
    if (this != &other) {
        if (m_feed)
            m_feed->removeSubscriber();
        m_feed = std::move(other.m_feed);
    }
    return *this;
}

} // namespace oomapp
