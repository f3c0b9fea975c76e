// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/live/livesampler.h"

#include "sources/live/samplereader.h"

#include <algorithm>

#include <unistd.h>

namespace oom {

namespace {

SampleLayout layoutFor(const LiveSamplerOptions &options)
{
    SampleLayout layout;
    const auto interval = std::max<qint64>(1, options.interval.count());
    const auto length =
        std::chrono::duration_cast<std::chrono::milliseconds>(options.historyLength);
    layout.capacity = int(std::clamp<qint64>(length.count() / interval, 1, 10 * 1000 * 1000));
    layout.zoneSlots = options.zoneSlots;
    layout.cgroupSlots = options.cgroupSlots;
    return layout;
}

CgroupSampler::Options cgroupOptions(const LiveSamplerOptions &options)
{
    CgroupSampler::Options o;
    o.maxTracked = options.cgroupSlots;
    o.maxWalk = options.maxCgroupWalk;
    o.rescanEveryTicks = std::max(1, options.cgroupRescanEveryTicks);
    return o;
}

} // namespace

LiveSampler::Subscription &LiveSampler::Subscription::operator=(Subscription &&other) noexcept
{
    if (this != &other) {
        reset();
        m_sampler = std::exchange(other.m_sampler, nullptr);
    }
    return *this;
}

void LiveSampler::Subscription::reset()
{
    if (m_sampler)
        std::exchange(m_sampler, nullptr)->addSubscriber(-1);
}

LiveSampler::LiveSampler(Root root, LiveSamplerOptions options, QObject *parent)
    : QObject(parent)
    , m_root(std::move(root))
    , m_options(options)
    , m_reader(std::make_unique<SampleReader>(m_root, cgroupOptions(options)))
    , m_history(layoutFor(options))
    , m_interval(std::max(options.interval, std::chrono::milliseconds(10)))
{
    qRegisterMetaType<SampleFramePtr>();
    qRegisterMetaType<ProcessTablePtr>();
    // Zone values are pages: the running kernel's size; 4 KiB for a fixture root (the
    // sampler does not infer it like SystemTree, whose snapshot shows the bundle's).
    m_pageSize = KiB(m_root.isLiveSystem() ? ::sysconf(_SC_PAGESIZE) / 1024 : 4);
    m_worker = std::thread([this] {
        run();
    });
}

LiveSampler::~LiveSampler()
{
    {
        const std::lock_guard lock(m_stateMutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_worker.join();
}

LiveSampler::Subscription LiveSampler::subscribe()
{
    addSubscriber(1);
    Subscription s;
    s.m_sampler = this;
    return s;
}

void LiveSampler::addSubscriber(int delta)
{
    {
        const std::lock_guard lock(m_stateMutex);
        m_subscribers += delta;
    }
    m_wake.notify_all();
}

int LiveSampler::subscriberCount() const
{
    const std::lock_guard lock(m_stateMutex);
    return m_subscribers;
}

bool LiveSampler::isEnabled() const
{
    const std::lock_guard lock(m_stateMutex);
    return m_enabled;
}

void LiveSampler::setEnabled(bool enabled)
{
    {
        const std::lock_guard lock(m_stateMutex);
        if (m_enabled == enabled)
            return;
        m_enabled = enabled;
        m_subscribers += enabled ? 1 : -1;
    }
    m_wake.notify_all();
    Q_EMIT enabledChanged(enabled);
}

void LiveSampler::setInterval(std::chrono::milliseconds interval)
{
    {
        const std::lock_guard lock(m_stateMutex);
        m_interval = std::max(interval, std::chrono::milliseconds(10));
        m_scheduleChanged = true;
    }
    m_wake.notify_all();
}

std::chrono::milliseconds LiveSampler::interval() const
{
    const std::lock_guard lock(m_stateMutex);
    return m_interval;
}

SampleFramePtr LiveSampler::latest() const
{
    const std::lock_guard lock(m_dataMutex);
    return m_latest;
}

SampleHistory LiveSampler::history() const
{
    const std::lock_guard lock(m_dataMutex);
    return m_history;
}

std::size_t LiveSampler::historyStorageBytes() const
{
    const std::lock_guard lock(m_dataMutex);
    return m_history.storageBytes();
}

QList<SnapshotNote> LiveSampler::notes() const
{
    const std::lock_guard lock(m_dataMutex);
    return m_notes;
}

ProcessTablePtr LiveSampler::processes() const
{
    const std::lock_guard lock(m_dataMutex);
    return m_processes;
}

quint64 LiveSampler::samplesTaken() const
{
    const std::lock_guard lock(m_dataMutex);
    return m_history.appended();
}

SampleFramePtr LiveSampler::sampleNow()
{
    return tick();
}

SampleFramePtr LiveSampler::tick()
{
    // Reading happens outside the data lock, so a GUI asking for history() never waits on
    // a slow file; only the append does.
    const std::lock_guard tickLock(m_tickMutex);
    const bool withProcesses =
        m_options.processEveryTicks > 0 && m_ticks % quint64(m_options.processEveryTicks) == 0;
    ++m_ticks;
    SampleReading reading = m_reader->read(withProcesses, m_options.processFields);

    auto frame = std::make_shared<SampleFrame>();
    bool notesDiffer = false;
    ProcessTablePtr table;
    {
        const std::lock_guard lock(m_dataMutex);
        frame->zones.reserve(std::size_t(reading.zones.size()));
        for (ZoneReading &zone : reading.zones) {
            zone.sample.zoneId = m_history.zoneId(zone.node, zone.name);
            if (zone.sample.zoneId != SampleHistory::NoZoneId)
                frame->zones.push_back(zone.sample);
        }
        frame->cgroups.reserve(std::size_t(reading.cgroups.size()));
        for (const CgroupReading &cg : std::as_const(reading.cgroups)) {
            CgroupSample c;
            c.cgroupId = m_history.cgroupId(cg.path);
            if (c.cgroupId == SampleHistory::NoCgroupId)
                continue;
            if (cg.usage) {
                c.usageUnits = CgroupSample::toUnits(*cg.usage);
                c.known |= CgroupSample::Usage;
            }
            if (cg.limit) {
                c.known |= CgroupSample::Limit;
                if (cg.limit->unlimited)
                    c.flags |= CgroupSample::Unlimited;
                else
                    c.limitUnits = CgroupSample::toUnits(cg.limit->bytes);
            }
            if (cg.v1)
                c.flags |= CgroupSample::V1;
            frame->cgroups.push_back(c);
        }
        m_history.append(reading.system, frame->zones, frame->cgroups);
        const SampleHistory::View added = m_history.latest();
        frame->system = *added.system; // with the counts and flags the history set
        frame->zones.resize(added.zones.size());
        frame->cgroups.resize(added.cgroups.size());
        frame->sequence = m_history.appended() - 1;
        frame->zoneTable = m_history.zoneTable();
        frame->cgroupTable = m_history.cgroupTable();
        frame->pageSize = m_pageSize;
        m_latest = frame;
        if (m_notes != reading.notes) {
            m_notes = reading.notes;
            notesDiffer = true;
        }
        if (reading.processes) {
            auto t = std::make_shared<ProcessTable>();
            t->timeMs = reading.system.timeMs;
            t->processes = std::move(*reading.processes);
            t->notes = std::move(reading.processNotes);
            m_processes = t;
            table = std::move(t);
        }
    }
    if (notesDiffer)
        Q_EMIT notesChanged(reading.notes);
    if (table)
        Q_EMIT processesUpdated(table);
    Q_EMIT sampleAdded(frame);
    return frame;
}

void LiveSampler::run()
{
    using Clock = std::chrono::steady_clock;
    std::unique_lock lock(m_stateMutex);
    Clock::time_point lastStart;
    Clock::time_point next = Clock::now();
    bool paused = true;
    while (!m_stop) {
        if (m_subscribers <= 0) {
            if (!paused) {
                paused = true;
                const std::lock_guard dataLock(m_dataMutex);
                m_history.markGap();
            }
            m_wake.wait(lock, [this] {
                return m_stop || m_subscribers > 0;
            });
            continue;
        }
        if (paused) { // resumed: sample at once
            paused = false;
            next = Clock::now();
        }
        if (m_scheduleChanged) { // a new interval counts from the last tick
            m_scheduleChanged = false;
            next = lastStart + m_interval;
        }
        if (Clock::now() < next) {
            const Clock::time_point due = next;
            m_wake.wait_until(lock, due, [&] {
                return m_stop || m_subscribers <= 0 || m_scheduleChanged || Clock::now() >= due;
            });
            continue;
        }
        lastStart = Clock::now();
        lock.unlock();
        tick();
        lock.lock();
        // Ticks keep their rhythm from one start to the next; behind (a slow tick, a
        // suspended machine), the missed ones are skipped rather than run in a burst.
        next = lastStart + m_interval;
        if (next <= Clock::now())
            next = Clock::now() + m_interval;
    }
}

} // namespace oom
