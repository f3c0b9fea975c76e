// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/model/samplehistory.h"

#include <algorithm>

namespace oom {

quint32 CgroupSample::toUnits(Bytes bytes)
{
    if (bytes <= Bytes(0))
        return 0;
    // Round up: a cgroup using 1 byte more than 16 TiB still reads as full, never as 0.
    const qint64 units = (bytes.value + Unit - 1) / Unit;
    return units >= qint64(0xffffffffu) ? 0xffffffffu : quint32(units);
}

SampleHistory::SampleHistory(SampleLayout layout)
    : m_layout(layout)
{
    m_layout.capacity = std::max(1, m_layout.capacity);
    m_layout.zoneSlots = std::clamp(m_layout.zoneSlots, 0, 0xfe);
    m_layout.cgroupSlots = std::clamp(m_layout.cgroupSlots, 0, 0xfffe);
    m_system.resize(std::size_t(m_layout.capacity));
    m_zoneSlots.resize(std::size_t(m_layout.capacity) * std::size_t(m_layout.zoneSlots));
    m_cgroupSlots.resize(std::size_t(m_layout.capacity) * std::size_t(m_layout.cgroupSlots));
    // Room for the cgroups of several rescans (containers come and go) before numbers are
    // recycled; always below NoCgroupId.
    m_cgroupTableLimit = std::min(0xfffe, std::max(256, 4 * m_layout.cgroupSlots));
}

std::size_t SampleHistory::bytesPerSample(const SampleLayout &layout)
{
    return sizeof(SystemSample) + std::size_t(layout.zoneSlots) * sizeof(ZoneSample)
        + std::size_t(layout.cgroupSlots) * sizeof(CgroupSample);
}

SampleHistory::View SampleHistory::at(qsizetype i) const
{
    Q_ASSERT(i >= 0 && i < m_size);
    const std::size_t p = std::size_t(physical(i));
    const SystemSample &s = m_system[p];
    View view;
    view.system = &s;
    view.zones = std::span<const ZoneSample>(
        m_zoneSlots.data() + p * std::size_t(m_layout.zoneSlots), s.zoneCount);
    view.cgroups = std::span<const CgroupSample>(
        m_cgroupSlots.data() + p * std::size_t(m_layout.cgroupSlots), s.cgroupCount);
    return view;
}

void SampleHistory::append(SystemSample sample, std::span<const ZoneSample> zones,
                           std::span<const CgroupSample> cgroups)
{
    qsizetype slot;
    if (m_size < m_layout.capacity) {
        slot = physical(m_size);
        ++m_size;
    } else {
        slot = m_first; // the oldest goes
        m_first = (m_first + 1) % m_layout.capacity;
    }
    const std::size_t zoneCount = std::min(zones.size(), std::size_t(m_layout.zoneSlots));
    const std::size_t cgroupCount = std::min(cgroups.size(), std::size_t(m_layout.cgroupSlots));
    if (zoneCount < zones.size())
        sample.flags |= quint8(SampleFlag::ZonesDropped);
    if (cgroupCount < cgroups.size())
        sample.flags |= quint8(SampleFlag::CgroupsDropped);
    if (m_gapPending && m_appended > 0)
        sample.flags |= quint8(SampleFlag::AfterGap);
    m_gapPending = false;
    sample.zoneCount = quint16(zoneCount);
    sample.cgroupCount = quint16(cgroupCount);
    const std::size_t p = std::size_t(slot);
    m_system[p] = sample;
    std::copy_n(zones.begin(), zoneCount,
                m_zoneSlots.begin() + std::ptrdiff_t(p * std::size_t(m_layout.zoneSlots)));
    std::copy_n(cgroups.begin(), cgroupCount,
                m_cgroupSlots.begin() + std::ptrdiff_t(p * std::size_t(m_layout.cgroupSlots)));
    ++m_appended;
}

void SampleHistory::clear()
{
    m_first = 0;
    m_size = 0;
    m_gapPending = false;
}

quint8 SampleHistory::zoneId(int node, const QString &name)
{
    const std::pair<int, QString> key(node, name);
    const qsizetype found = m_zones.indexOf(key);
    if (found >= 0)
        return quint8(found);
    if (m_zones.size() >= NoZoneId)
        return NoZoneId;
    m_zones.append(key);
    return quint8(m_zones.size() - 1);
}

quint16 SampleHistory::cgroupId(const QString &path)
{
    const auto it = m_cgroupIds.constFind(path);
    if (it != m_cgroupIds.cend()) {
        m_cgroupInterned[*it] = m_appended;
        return *it;
    }
    if (m_freeCgroupIds.isEmpty() && m_cgroupPaths.size() >= m_cgroupTableLimit)
        collectUnusedCgroupIds();
    quint16 id;
    if (!m_freeCgroupIds.isEmpty()) {
        id = m_freeCgroupIds.takeLast();
        m_cgroupPaths[id] = path;
        m_cgroupInterned[id] = m_appended;
    } else if (m_cgroupPaths.size() < m_cgroupTableLimit) {
        id = quint16(m_cgroupPaths.size());
        m_cgroupPaths.append(path);
        m_cgroupInterned.append(m_appended);
    } else {
        return NoCgroupId;
    }
    m_cgroupIds.insert(path, id);
    return id;
}

// Frees the numbers that no sample held refers to and that were not asked for since the
// last append (those belong to the sample being built).
void SampleHistory::collectUnusedCgroupIds()
{
    std::vector<bool> used(std::size_t(m_cgroupPaths.size()), false);
    for (qsizetype i = 0; i < m_size; ++i) {
        for (const CgroupSample &c : at(i).cgroups) {
            if (c.cgroupId < used.size())
                used[c.cgroupId] = true;
        }
    }
    for (qsizetype id = 0; id < m_cgroupPaths.size(); ++id) {
        if (used[std::size_t(id)] || m_cgroupPaths[id].isEmpty()
            || m_cgroupInterned[id] == m_appended)
            continue;
        m_cgroupIds.remove(m_cgroupPaths[id]);
        m_cgroupPaths[id].clear();
        m_freeCgroupIds.append(quint16(id));
    }
}

} // namespace oom
