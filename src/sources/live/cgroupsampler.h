// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/memorylimit.h"
#include "core/model/snapshotnote.h"
#include "sources/system/cgrouplayout.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace oom {

class NoteCollector;
class Root;

// One cgroup's usage against its limit at one tick.
struct CgroupReading {
    QString path; // "/system.slice/nginx.service"
    std::optional<Bytes> usage; // memory.current (v2) / memory.usage_in_bytes (v1)
    std::optional<MemoryLimit> limit; // memory.max (v2) / memory.limit_in_bytes (v1)
    bool v1 = false;
};

// The live sampler's cheap cgroup reads. Reading every file of every cgroup each second
// (CgroupWalker) would cost more than the whole sampler may; instead a rescan walks the
// memory hierarchy now and then, reading one usage file per cgroup, and keeps the
// `maxTracked` largest; each tick then reads two files of each of those. A tracked cgroup
// that is removed triggers a rescan on the next tick.
class CgroupSampler
{
    Q_DECLARE_TR_FUNCTIONS(LiveSampler)

public:
    struct Options {
        int maxTracked = 64;
        int maxWalk = 4096; // directories a rescan may visit
        int maxDepth = 16;
        int rescanEveryTicks = 30;
    };

    CgroupSampler(const Root &root, Options options);

    // Reads the tracked cgroups (rescanning first when due); `notes` gets what is unknown.
    // Returns false when no memory hierarchy exists (then `out` stays empty).
    bool sample(QList<CgroupReading> &out, NoteCollector &notes);
    CgroupLayout layout() const { return m_layout; }
    int trackedCount() const { return int(m_tracked.size()); }

private:
    struct Tracked {
        QByteArray directory; // relative to the Root
        QString path;
    };
    void detect();
    void rescan(NoteCollector &notes);

    const Root &m_root;
    Options m_options;
    bool m_detected = false;
    CgroupLayout m_layout = CgroupLayout::Unknown;
    std::optional<CgroupHierarchy> m_memory;
    QList<Tracked> m_tracked;
    int m_ticksSinceScan = 0;
    bool m_rescanWanted = true;
    bool m_walkTruncated = false;
    QList<SnapshotNote> m_layoutNotes;
};

} // namespace oom
