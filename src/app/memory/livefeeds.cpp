// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/memory/livefeeds.h"

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
    m_timer.setSingleShot(true);
    m_timer.setInterval(int(m_cadence.minimum.count()));
    connect(&m_timer, &QTimer::timeout, this, &LiveSnapshotFeed::readAsync);
}

LiveSnapshotFeed::~LiveSnapshotFeed()
{
    *m_alive = false;
}

oom::SnapshotOptions LiveSnapshotFeed::readOptions(SnapshotParts parts)
{
    oom::SnapshotOptions options;
    options.cgroups = parts.testFlag(SnapshotPart::Cgroups);
    // The cgroup tree counts its processes from their cgroup lines, which come from the
    // cgroup.procs files (CgroupMembership) without opening any /proc/<pid> file.
    options.processes = bool(parts);
    options.processFields = parts.testFlag(SnapshotPart::Processes)
        ? oom::rankingProcessFields() | oom::ProcessField::OomScore
        : oom::ProcessFields(oom::ProcessField::Cgroup);
    options.cgroupStat = false; // flushes per-CPU statistics of every cgroup
    options.cgroupDetails = false; // kmem, soft limits, peaks: no live page shows them
    options.pageTypeInfo = false; // walks the free lists under the zone lock
    options.settings = false;
    return options;
}

SnapshotParts LiveSnapshotFeed::wantedParts() const
{
    SnapshotParts parts;
    parts.setFlag(SnapshotPart::Processes, m_processSubscribers > 0);
    parts.setFlag(SnapshotPart::Cgroups, m_cgroupSubscribers > 0);
    return parts;
}

void LiveSnapshotFeed::addSubscriber(SnapshotParts parts)
{
    m_processSubscribers += parts.testFlag(SnapshotPart::Processes) ? 1 : 0;
    m_cgroupSubscribers += parts.testFlag(SnapshotPart::Cgroups) ? 1 : 0;
    // A page opened now shows its numbers now: after an idle spell, or when the last
    // snapshot lacks its parts, not after the wait another page set.
    const bool covered = (m_latestParts & parts) == parts;
    if (!covered || (!m_timer.isActive() && !m_reading)) {
        m_timer.stop();
        readAsync();
    }
}

void LiveSnapshotFeed::removeSubscriber(SnapshotParts parts)
{
    m_processSubscribers -= parts.testFlag(SnapshotPart::Processes) ? 1 : 0;
    m_cgroupSubscribers -= parts.testFlag(SnapshotPart::Cgroups) ? 1 : 0;
    if (!wantedParts())
        m_timer.stop();
}

void LiveSnapshotFeed::readAsync()
{
    const SnapshotParts parts = wantedParts();
    if (m_reading || !parts)
        return; // a slow read is never queued twice; deliver() reads again if parts grew
    m_reading = true;
    const QString root = m_root;
    std::weak_ptr<bool> alive = m_alive;
    QThreadPool::globalInstance()->start([this, root, parts, alive] {
        const auto cpuBefore = threadCpuTime();
        LiveSnapshot read{oom::SystemTree(oom::Root(root)).read(readOptions(parts)), {}};
        if (parts.testFlag(SnapshotPart::Processes))
            read.ranking = oom::rankSnapshot(read);
        const SnapshotPtr snapshot = std::make_shared<const LiveSnapshot>(std::move(read));
        const auto readCpu = threadCpuTime() - cpuBefore;
        // Delivered on the feed's thread; dropped when the feed went away meanwhile.
        QMetaObject::invokeMethod(QCoreApplication::instance(),
                                  [this, snapshot, parts, readCpu, alive] {
                                      if (alive.expired() || !*alive.lock())
                                          return;
                                      deliver(snapshot, parts, readCpu);
                                  });
    });
}

void LiveSnapshotFeed::deliver(const SnapshotPtr &snapshot, SnapshotParts parts,
                               std::chrono::nanoseconds readCpu)
{
    m_reading = false;
    m_latest = snapshot;
    m_latestParts = parts;
    // The models diff on this thread: their time counts against the budget too.
    // The interval they can show is set first, from the last delivery's cost.
    m_timer.setInterval(int(m_cadence.intervalAfter(readCpu + m_lastDeliverCpu).count()));
    const auto cpuBefore = threadCpuTime();
    Q_EMIT snapshotReady(snapshot);
    m_lastDeliverCpu = threadCpuTime() - cpuBefore;
    const SnapshotParts wanted = wantedParts();
    if (!wanted)
        return;
    if ((parts & wanted) != wanted) {
        readAsync(); // a page that needs more was opened during the read
        return;
    }
    m_timer.start(int(m_cadence.intervalAfter(readCpu + m_lastDeliverCpu).count()));
}

SnapshotSubscription::SnapshotSubscription(std::shared_ptr<LiveSnapshotFeed> feed,
                                           SnapshotParts parts)
    : m_feed(std::move(feed))
    , m_parts(parts)
{
    if (m_feed)
        m_feed->addSubscriber(m_parts);
}

SnapshotSubscription::~SnapshotSubscription()
{
    if (m_feed)
        m_feed->removeSubscriber(m_parts);
}

SnapshotSubscription &SnapshotSubscription::operator=(SnapshotSubscription &&other) noexcept
{
    if (this != &other) {
        if (m_feed)
            m_feed->removeSubscriber(m_parts);
        m_feed = std::move(other.m_feed);
        m_parts = other.m_parts;
    }
    return *this;
}

} // namespace oomapp
