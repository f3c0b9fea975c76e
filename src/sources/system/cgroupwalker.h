// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/cgroup.h"
#include "sources/system/cgrouplayout.h"

#include <QCoreApplication>
#include <QList>

namespace oom {

class NoteCollector;
class Root;

struct CgroupWalkLimits {
    int maxDepth = 32; // systemd nests ~6 deep, Kubernetes ~5; deeper is a runaway
    int maxCgroups = 20000; // over all hierarchies of one snapshot
    bool readStat = true; // memory.stat: the costliest file (an rstat flush per read)
    // Every memory file; without it only what a live view of the tree shows (usage, limit,
    // memory.high, swap and its limit, the OOM counters): a third of v1's twenty files.
    bool readDetails = true;
};

// Walks cgroup hierarchies depth-first (children in name order) and reads each cgroup's
// memory files: what the hierarchy offers (v2 memory files only where the controller is
// enabled, memory.pressure on every v2 hierarchy, v1 memory and cpuset files on their
// hierarchies). A cgroup removed while it is walked is a note, not an error.
class CgroupWalker
{
    Q_DECLARE_TR_FUNCTIONS(SystemTree)

public:
    CgroupWalker(const Root &root, const CgroupWalkLimits &limits, NoteCollector &notes);

    void walk(const CgroupHierarchy &hierarchy, QList<Cgroup> &out);
    // Notes for the files that were denied, one per file name with a count.
    void finish();

private:
    struct Private;
    void noteDenied(const QString &file);

    const Root &m_root;
    CgroupWalkLimits m_limits;
    NoteCollector &m_notes;
    int m_count = 0;
    bool m_countNoted = false;
    QList<std::pair<QString, int>> m_denied; // file name -> cgroups
};

} // namespace oom
