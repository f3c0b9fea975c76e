// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/memory/sourcebinding.h"

namespace oomapp {

oom::IncidentPtr incidentFromVariant(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<oom::IncidentPtr>())
        return value.value<oom::IncidentPtr>();
    if (value.metaType() == QMetaType::fromType<std::shared_ptr<oom::Incident>>())
        return value.value<std::shared_ptr<oom::Incident>>();
    return {};
}

SourceBinding::SourceBinding(QObject *owner, int feeds, Callbacks callbacks)
    : m_owner(owner)
    , m_feeds(feeds)
    , m_callbacks(std::move(callbacks))
{
}

SourceBinding::~SourceBinding()
{
    stopFeeds();
}

bool SourceBinding::setIncident(const QVariant &value)
{
    oom::IncidentPtr incident = incidentFromVariant(value);
    if (incident == m_incident)
        return false;
    m_variant = incident ? value : QVariant();
    m_incident = std::move(incident);
    updateFeeds();
    if (m_callbacks.sourceChanged)
        m_callbacks.sourceChanged();
    return true;
}

bool SourceBinding::setActive(bool active)
{
    if (active == m_active)
        return false;
    m_active = active;
    updateFeeds();
    return true;
}

void SourceBinding::useFeeds(std::shared_ptr<oom::LiveSampler> sampler,
                             std::shared_ptr<LiveSnapshotFeed> feed)
{
    stopFeeds();
    m_samplerOverride = std::move(sampler);
    m_feedOverride = std::move(feed);
    updateFeeds();
}

oom::SampleFramePtr SourceBinding::latestSample() const
{
    return m_sampler ? m_sampler->latest() : nullptr;
}

SnapshotPtr SourceBinding::latestSnapshot() const
{
    return snapshotIsMine() ? m_feed->latest() : nullptr;
}

int SourceBinding::snapshotIntervalMs() const
{
    return m_feed ? m_feed->intervalMs() : 0;
}

SnapshotParts SourceBinding::snapshotParts() const
{
    SnapshotParts parts;
    parts.setFlag(SnapshotPart::Processes, m_feeds & ProcessesFeed);
    parts.setFlag(SnapshotPart::Cgroups, m_feeds & CgroupsFeed);
    return parts;
}

// Whether the feed's latest snapshot holds what this model shows (one read for another
// page may lack it).
bool SourceBinding::snapshotIsMine() const
{
    return m_feed && m_feed->latest()
        && (m_feed->latestParts() & snapshotParts()) == snapshotParts();
}

void SourceBinding::stopFeeds()
{
    QObject::disconnect(m_sampleConnection);
    QObject::disconnect(m_snapshotConnection);
    m_samplerHold.reset();
    m_feedHold = SnapshotSubscription();
    m_sampler.reset();
    m_feed.reset();
}

void SourceBinding::updateFeeds()
{
    const bool wanted = m_active && !m_incident;
    if (!wanted) {
        stopFeeds();
        return;
    }
    if ((m_feeds & SamplerFeed) && !m_sampler) {
        m_sampler = m_samplerOverride ? m_samplerOverride : sharedLiveSampler();
        // The sampler emits from its worker thread; the queued connection brings the
        // immutable frame to the model's thread.
        m_sampleConnection = QObject::connect(
            m_sampler.get(), &oom::LiveSampler::sampleAdded, m_owner,
            [this](const oom::SampleFramePtr &frame) {
                if (m_callbacks.sample)
                    m_callbacks.sample(frame);
            },
            Qt::QueuedConnection);
        m_samplerHold = m_sampler->subscribe();
    }
    if (snapshotParts() && !m_feed) {
        m_feed = m_feedOverride ? m_feedOverride : LiveSnapshotFeed::shared();
        m_snapshotConnection = QObject::connect(m_feed.get(), &LiveSnapshotFeed::snapshotReady,
                                                m_owner, [this](const SnapshotPtr &snapshot) {
                                                    if (m_callbacks.snapshot && snapshotIsMine())
                                                        m_callbacks.snapshot(snapshot);
                                                });
        m_feedHold = SnapshotSubscription(m_feed, snapshotParts());
    }
    // What the feeds already hold is shown at once, not a second later.
    if (m_sampler && m_callbacks.sample)
        if (const auto frame = m_sampler->latest())
            m_callbacks.sample(frame);
    if (m_callbacks.snapshot)
        if (const auto snapshot = latestSnapshot())
            m_callbacks.snapshot(snapshot);
}

} // namespace oomapp
