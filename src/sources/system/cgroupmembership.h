// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/processinfo.h"
#include "sources/system/cgrouplayout.h"

#include <QHash>
#include <QList>
#include <QString>

namespace oom {

class Root;

// Which cgroup each process is in, from the cgroup.procs files of the hierarchies that
// /proc/<pid>/cgroup's relevant lines name (unified, v1 memory, v1 cpuset).
//
// Why: reading /proc/<pid>/cgroup costs an open, a read and a close per process — a fifth
// of a 10,000-process snapshot — while the same answer comes from one cgroup.procs read
// per cgroup (tens to hundreds of them). A process not found in every hierarchy (it forked
// after the walk, or sits in a part of a tree this mount does not show, or is listed
// twice, as in threaded v2 subtrees) is not answered, and the reader falls back to its
// /proc/<pid>/cgroup. Live system only: a bundle holds the /proc files it was given.
class CgroupMembership
{
public:
    // Reads cgroup.procs below every hierarchy of `layout` whose hierarchy id
    // proc/self/cgroup names. Empty (answers nothing) when any of that is unreadable.
    static CgroupMembership read(const Root &root, const CgroupLayoutInfo &layout,
                                 int maxDepth = 32, int maxCgroups = 20000);

    bool isEmpty() const { return m_combinations.isEmpty(); }
    // The relevant lines of /proc/<pid>/cgroup, in the kernel's order (descending
    // hierarchy id, the unified "0::" last). False when pid is not known everywhere.
    bool lookup(qint64 pid, QList<ProcessCgroup> &out) const;

private:
    struct Hierarchy {
        int id = 0;
        QString controllers; // as /proc/<pid>/cgroup prints them; empty for v2
        QList<QString> paths; // cgroup paths, shared by their processes
        QHash<qint64, int> pathOf; // pid -> 1 + index into paths; -1 when listed twice
    };
    void index(const QList<Hierarchy> &hierarchies);

    // Processes share a handful of combinations of cgroups: each combination's lines are
    // built once and handed out as implicitly shared copies (one hash lookup per process,
    // no allocation).
    QList<QList<ProcessCgroup>> m_combinations;
    QHash<qint64, int> m_combinationOf; // pid -> index into m_combinations
};

} // namespace oom
