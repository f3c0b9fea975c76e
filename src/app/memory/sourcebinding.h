// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "app/memory/livefeeds.h"
#include "core/session/incident.h"

#include <QObject>
#include <QVariant>

#include <functional>

// The two sources behind every memory model: an incident (its moment, fixed) or the live
// system (the shared feeds, held only while the model is `active`, i.e. its page visible).
// A model owns one SourceBinding, forwards its `incident` and `active` properties to it and
// is called back when the source changed, a sample arrived or a snapshot was read.
namespace oomapp {

// The incident a QML `var` holds: an oom::IncidentPtr (what the shell passes), or nothing
// (undefined/null: live).
oom::IncidentPtr incidentFromVariant(const QVariant &value);

class SourceBinding
{
public:
    // What a model shows live: the sampler's frames, and the parts of the snapshot.
    enum Feed { SamplerFeed = 1, ProcessesFeed = 2, CgroupsFeed = 4 };
    struct Callbacks {
        std::function<void()> sourceChanged; // reload everything
        std::function<void(const oom::SampleFramePtr &)> sample;
        std::function<void(const SnapshotPtr &)> snapshot;
    };

    SourceBinding(QObject *owner, int feeds, Callbacks callbacks);
    ~SourceBinding();
    SourceBinding(const SourceBinding &) = delete;
    SourceBinding &operator=(const SourceBinding &) = delete;

    // Each returns whether the value changed (the caller emits its NOTIFY signal).
    bool setIncident(const QVariant &value);
    bool setActive(bool active);
    // Uses `sampler`/`feed` instead of the process-wide ones over "/" (tests, benchmarks).
    void useFeeds(std::shared_ptr<oom::LiveSampler> sampler,
                  std::shared_ptr<LiveSnapshotFeed> feed);

    QVariant incidentVariant() const { return m_variant; }
    const oom::Incident *incident() const { return m_incident.get(); }
    oom::IncidentPtr incidentPtr() const { return m_incident; }
    bool isActive() const { return m_active; }
    bool isLive() const { return !m_incident; }
    // The latest live values already held (shown at once when a page reopens).
    oom::SampleFramePtr latestSample() const;
    SnapshotPtr latestSnapshot() const; // null until one with this model's parts is read
    // The live snapshot's current cadence (0 without a snapshot feed).
    int snapshotIntervalMs() const;
    oom::LiveSampler *sampler() const { return m_sampler.get(); }

private:
    void updateFeeds();
    void stopFeeds();
    SnapshotParts snapshotParts() const;
    bool snapshotIsMine() const;

    QObject *m_owner;
    int m_feeds;
    Callbacks m_callbacks;
    QVariant m_variant;
    oom::IncidentPtr m_incident;
    bool m_active = false;
    std::shared_ptr<oom::LiveSampler> m_sampler;
    std::shared_ptr<LiveSnapshotFeed> m_feed;
    std::shared_ptr<oom::LiveSampler> m_samplerOverride;
    std::shared_ptr<LiveSnapshotFeed> m_feedOverride;
    oom::LiveSampler::Subscription m_samplerHold;
    SnapshotSubscription m_feedHold;
    QMetaObject::Connection m_sampleConnection;
    QMetaObject::Connection m_snapshotConnection;
};

} // namespace oomapp
