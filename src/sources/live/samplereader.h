// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/processfields.h"
#include "core/model/processinfo.h"
#include "core/model/samplehistory.h"
#include "core/model/snapshotnote.h"
#include "sources/live/cgroupsampler.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace oom {

class Root;

// One zone of one tick with its name, before the history interns it.
struct ZoneReading {
    int node = 0;
    QString name;
    ZoneSample sample;
};

// What one tick of the live sampler read. Everything that could not be read is a clear
// bit in system.known (or an unknown cgroup value) and a note.
struct SampleReading {
    SystemSample system;
    QList<ZoneReading> zones;
    QList<CgroupReading> cgroups;
    QList<SnapshotNote> notes;
    // The process table, on the ticks that read it, with its own notes (processes that exit
    // mid-read are normal and change every time; they should not churn the sampler's notes).
    std::optional<QList<ProcessInfo>> processes;
    QList<SnapshotNote> processNotes;
};

// The reads of one tick: only the cheap system-wide files — meminfo, vmstat, zoneinfo,
// buddyinfo, pressure/* — plus the tracked cgroups (CgroupSampler), and the process table
// only when asked. pagetypeinfo, the settings and memory.stat are never read here: they
// take zone locks or flush per-CPU statistics, and the sampler runs every second.
// Not thread-safe: LiveSampler serialises ticks.
class SampleReader
{
    Q_DECLARE_TR_FUNCTIONS(LiveSampler)

public:
    SampleReader(const Root &root, CgroupSampler::Options cgroupOptions);

    SampleReading read(bool withProcesses, ProcessFields processFields);

private:
    void readMemInfo(SampleReading &out, NoteCollector &notes);
    void readOomKills(SampleReading &out, NoteCollector &notes);
    void readZonesAndPressure(SampleReading &out, NoteCollector &notes);

    const Root &m_root;
    CgroupSampler m_cgroups;
    QByteArray m_buf; // reused between ticks
};

} // namespace oom
