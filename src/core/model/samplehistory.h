// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/units.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <span>
#include <vector>

namespace oom {

// What one sample of the live sampler knows. A clear bit means unknown at that moment (the
// file was missing or unreadable, or the feature is off); the sampler's notes say why.
enum class SampleField : quint32 {
    MemTotal = 1u << 0,
    MemAvailable = 1u << 1, // 3.14+
    MemFree = 1u << 2,
    Swap = 1u << 3, // SwapTotal and SwapFree
    MemoryPressure = 1u << 4, // "some": avg10 and the cumulative total
    MemoryPressureFull = 1u << 5,
    CpuPressure = 1u << 6,
    IoPressure = 1u << 7,
    OomKills = 1u << 8, // vmstat oom_kill (4.13+)
    Zones = 1u << 9,
    Cgroups = 1u << 10,
    Processes = 1u << 11, // set on the samples where the slower process tick ran
};

enum class SampleFlag : quint8 {
    AfterGap = 1u << 0, // sampling was paused (nothing watched) before this sample
    ZonesDropped = 1u << 1, // more zones than the history has slots for
    CgroupsDropped = 1u << 2,
};

// The system-wide part of one sample: fixed size, no pointers, no strings.
struct SystemSample {
    qint64 timeMs = 0; // UTC, milliseconds since the epoch
    KiB memTotalKiB;
    KiB memAvailableKiB;
    KiB memFreeKiB;
    KiB swapTotalKiB;
    KiB swapFreeKiB;
    quint64 oomKills = 0; // since boot
    // Cumulative stall time (µs): the delta between two samples is the exact stall of the
    // interval, which avg10 (an exponential average) only approximates.
    quint64 memSomeTotalUs = 0;
    quint64 memFullTotalUs = 0;
    quint32 known = 0; // SampleField bits
    quint32 processCount = 0; // when Processes is known
    // avg10 in hundredths of a percent (0..10000): the kernel prints two decimals.
    quint16 memSomeAvg10 = 0;
    quint16 memFullAvg10 = 0;
    quint16 cpuSomeAvg10 = 0;
    quint16 ioSomeAvg10 = 0;
    quint16 zoneCount = 0; // ZoneSample slots used
    quint16 cgroupCount = 0; // CgroupSample slots used
    quint8 flags = 0; // SampleFlag bits

    bool has(SampleField field) const { return known & quint32(field); }
    void set(SampleField field) { known |= quint32(field); }
    bool hasFlag(SampleFlag flag) const { return flags & quint8(flag); }
    KiB swapUsedKiB() const { return swapTotalKiB - swapFreeKiB; }
};

// Orders of the buddy allocator kept per zone: MAX_PAGE_ORDER is 10 on most systems and
// 13 on arm64 with 64 KiB pages (buddyinfo prints MAX_PAGE_ORDER + 1 columns).
inline constexpr int SampleMaxOrders = 16;

// One zone in one sample, in pages of the sampled system. The counts are plain quint32, not
// Pages (qint64): a sample holds up to SampleLayout::zoneSlots of these, and the ring an
// hour of samples, so they stay half the size; the accessors give them their unit.
struct ZoneSample {
    enum Known : quint8 { Free = 1, Watermarks = 2, Managed = 4 };
    quint8 zoneId = 0; // SampleHistory::zone()
    quint8 orders = 0; // freeBlocks entries in use; 0 when buddyinfo was unknown
    quint8 known = 0;
    quint8 reserved = 0;
    quint32 freePages = 0;
    quint32 minPages = 0; // watermarks, boost included (as zoneinfo prints them)
    quint32 lowPages = 0;
    quint32 highPages = 0;
    quint32 managedPages = 0; // zoneinfo's "managed" (3.8+): what the gauges are part of
    quint32 freeBlocks[SampleMaxOrders] = {}; // free blocks of 2^order pages

    Pages free() const { return Pages(freePages); }
    Pages min() const { return Pages(minPages); }
    Pages low() const { return Pages(lowPages); }
    Pages high() const { return Pages(highPages); }
    Pages managed() const { return Pages(managedPages); }
};

// One cgroup in one sample. Usage and limit are kept in 4 KiB units (the page_counter's
// granularity on 4 KiB-page systems), saturating at 16 TiB, to keep a sample small: a
// quint32 count rather than a Bytes (qint64), one per cgroup slot of every sample. The
// accessors give them their unit.
struct CgroupSample {
    enum Known : quint8 { Usage = 1, Limit = 2 };
    enum Flags : quint8 { Unlimited = 1, V1 = 2 };
    static constexpr qint64 Unit = 4096;
    quint16 cgroupId = 0; // SampleHistory::cgroupPath()
    quint8 known = 0;
    quint8 flags = 0;
    quint32 usageUnits = 0;
    quint32 limitUnits = 0;

    static quint32 toUnits(Bytes bytes);
    Bytes usage() const { return Bytes(qint64(usageUnits) * Unit); }
    Bytes limit() const { return Bytes(qint64(limitUnits) * Unit); }
};

struct SampleLayout {
    int capacity = 3600; // samples: one hour at 1 Hz
    int zoneSlots = 8; // per sample (two nodes of DMA, DMA32, Normal, Movable)
    int cgroupSlots = 64; // per sample: the largest cgroups
};

// The sampler's bounded history: a ring of fixed-size samples in three flat arrays
// allocated once, so an hour of history costs the same on the first minute and the last
// and never allocates per sample. Zone and cgroup names are interned into small tables and
// samples refer to them by number. Not thread-safe: LiveSampler guards it.
class SampleHistory
{
public:
    static constexpr quint16 NoCgroupId = 0xffff;
    static constexpr quint8 NoZoneId = 0xff;

    explicit SampleHistory(SampleLayout layout = {});

    const SampleLayout &layout() const { return m_layout; }
    qsizetype size() const { return m_size; }
    qsizetype capacity() const { return m_layout.capacity; }
    bool isEmpty() const { return m_size == 0; }
    // Samples ever appended; the sequence number of sample i is appended() - size() + i.
    quint64 appended() const { return m_appended; }

    struct View {
        const SystemSample *system = nullptr;
        std::span<const ZoneSample> zones;
        std::span<const CgroupSample> cgroups;
    };
    View at(qsizetype i) const; // 0 is the oldest sample held
    View latest() const { return at(m_size - 1); }

    // Adds a sample, overwriting the oldest when full. Zones and cgroups beyond the slots
    // are dropped and the sample flagged.
    void append(SystemSample sample, std::span<const ZoneSample> zones,
                std::span<const CgroupSample> cgroups);
    // Sampling stopped: the next sample is flagged AfterGap, so a chart breaks its line.
    void markGap() { m_gapPending = true; }
    void clear();

    // Interned names. zoneId(): NoZoneId when 255 zones are known (no real system).
    quint8 zoneId(int node, const QString &name);
    int zoneNode(quint8 id) const { return m_zones.value(id).first; }
    QString zoneName(quint8 id) const { return m_zones.value(id).second; }
    // cgroupId(): reuses the numbers no sample held refers to once the table is full;
    // NoCgroupId when every number is in use.
    quint16 cgroupId(const QString &path);
    QString cgroupPath(quint16 id) const { return m_cgroupPaths.value(id); }
    // The tables as values (implicitly shared): what a sample handed to the GUI refers to.
    QList<std::pair<int, QString>> zoneTable() const { return m_zones; }
    QList<QString> cgroupTable() const { return m_cgroupPaths; }
    int cgroupTableLimit() const { return m_cgroupTableLimit; }

    static std::size_t bytesPerSample(const SampleLayout &layout);
    // The ring's storage; the name tables come on top (a few KiB).
    std::size_t storageBytes() const { return bytesPerSample(m_layout) * std::size_t(capacity()); }

private:
    qsizetype physical(qsizetype i) const { return (m_first + i) % m_layout.capacity; }
    void collectUnusedCgroupIds();

    SampleLayout m_layout;
    std::vector<SystemSample> m_system;
    std::vector<ZoneSample> m_zoneSlots;
    std::vector<CgroupSample> m_cgroupSlots;
    qsizetype m_first = 0;
    qsizetype m_size = 0;
    quint64 m_appended = 0;
    bool m_gapPending = false;

    QList<std::pair<int, QString>> m_zones;
    QList<QString> m_cgroupPaths; // an empty string is a free number
    QHash<QString, quint16> m_cgroupIds;
    QList<quint16> m_freeCgroupIds;
    QList<quint64> m_cgroupInterned; // per id: appended() when it was last asked for
    int m_cgroupTableLimit = 0;
};

} // namespace oom
