// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/processfields.h"
#include "core/model/processinfo.h"
#include "core/model/samplehistory.h"
#include "core/model/snapshotnote.h"
#include "core/model/units.h"
#include "sources/system/root.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace oom {

class SampleReader;

struct LiveSamplerOptions {
    std::chrono::milliseconds interval{1000};
    std::chrono::seconds historyLength{3600};
    int zoneSlots = 8;
    int cgroupSlots = 64; // the largest cgroups, picked again every rescan
    int cgroupRescanEveryTicks = 30;
    int maxCgroupWalk = 4096;
    // The process table every N ticks (0: never). It is the one costly read (six files per
    // process with the default fields), so the charts of memory do not pay for it.
    int processEveryTicks = 0;
    ProcessFields processFields = ProcessFields(ProcessField::Stat) | ProcessField::Status
        | ProcessField::OomScore | ProcessField::OomScoreAdj;
};

// One sample as the GUI receives it: immutable, handed between threads.
struct SampleFrame {
    quint64 sequence = 0; // SampleHistory::appended() - 1 when it was added
    SystemSample system;
    std::vector<ZoneSample> zones;
    std::vector<CgroupSample> cgroups;
    // The name tables the ids refer to (implicitly shared with the history: no copy).
    QList<std::pair<int, QString>> zoneTable;
    QList<QString> cgroupTable;
    KiB pageSize = KiB(4);
};
using SampleFramePtr = std::shared_ptr<const SampleFrame>;

struct ProcessTable {
    qint64 timeMs = 0;
    QList<ProcessInfo> processes;
    QList<SnapshotNote> notes; // processes that exited mid-read, files denied
};
using ProcessTablePtr = std::shared_ptr<const ProcessTable>;

// Samples the live system (or any Root) on a worker thread into a bounded history
// (ARCHITECTURE.md "Threads"). It follows the live-model contract of
// libksysguard: it samples only while someone watches — a Subscription held, or `enabled`
// set — and sleeps otherwise, so a hidden page costs nothing; the first sample after a
// pause is flagged AfterGap. A tick reads only cheap files (SampleReader). Nothing that
// goes wrong in a tick fails it: what could not be read is unknown in the sample and
// explained in notes().
//
// Signals are emitted from the worker thread (queued to receivers in other threads) and
// carry immutable shared data; every accessor is safe from any thread.
class LiveSampler : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY enabledChanged)

public:
    explicit LiveSampler(Root root, LiveSamplerOptions options = {}, QObject *parent = nullptr);
    ~LiveSampler() override; // stops the worker and waits for its tick to end

    // Keeps the sampler running while held (a view that is visible).
    class Subscription
    {
    public:
        Subscription() = default;
        ~Subscription() { reset(); }
        Subscription(Subscription &&other) noexcept
            : m_sampler(std::exchange(other.m_sampler, nullptr))
        {
        }
        Subscription &operator=(Subscription &&other) noexcept;
        Subscription(const Subscription &) = delete;
        Subscription &operator=(const Subscription &) = delete;
        void reset();
        bool isActive() const { return m_sampler; }

    private:
        friend class LiveSampler;
        LiveSampler *m_sampler = nullptr;
    };
    [[nodiscard]] Subscription subscribe();
    int subscriberCount() const;
    bool isRunning() const { return subscriberCount() > 0; }
    // One subscription owned by the sampler itself, for QML (`enabled: page.visible`).
    bool isEnabled() const;
    void setEnabled(bool enabled);

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;

    SampleFramePtr latest() const; // nullptr before the first sample
    SampleHistory history() const; // a copy (its storage: historyStorageBytes())
    std::size_t historyStorageBytes() const;
    QList<SnapshotNote> notes() const;
    ProcessTablePtr processes() const; // nullptr until a process tick ran
    quint64 samplesTaken() const;

    // Takes one sample now on the calling thread, paused or not (a first paint; tests).
    SampleFramePtr sampleNow();

Q_SIGNALS:
    void sampleAdded(oom::SampleFramePtr frame);
    void processesUpdated(oom::ProcessTablePtr table);
    void notesChanged(const QList<oom::SnapshotNote> &notes);
    void enabledChanged(bool enabled);

private:
    void addSubscriber(int delta);
    void run();
    SampleFramePtr tick();

    Root m_root;
    const LiveSamplerOptions m_options;
    std::unique_ptr<SampleReader> m_reader; // used under m_tickMutex only
    std::mutex m_tickMutex; // one tick at a time (worker or sampleNow())
    quint64 m_ticks = 0; // under m_tickMutex

    mutable std::mutex m_dataMutex; // the history, latest, notes, processes
    SampleHistory m_history;
    SampleFramePtr m_latest;
    QList<SnapshotNote> m_notes;
    ProcessTablePtr m_processes;
    KiB m_pageSize;

    mutable std::mutex m_stateMutex; // the worker's schedule
    std::condition_variable m_wake;
    int m_subscribers = 0;
    bool m_enabled = false;
    bool m_stop = false;
    bool m_scheduleChanged = false;
    std::chrono::milliseconds m_interval;
    std::thread m_worker; // last: started when everything above exists
};

} // namespace oom

Q_DECLARE_METATYPE(oom::SampleFramePtr)
Q_DECLARE_METATYPE(oom::ProcessTablePtr)
