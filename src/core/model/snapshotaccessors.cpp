// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/model/cgroup.h"
#include "core/model/keyedcounters.h"
#include "core/model/processinfo.h"
#include "core/model/snapshot.h"
#include "core/model/zoneinfo.h"

using namespace Qt::StringLiterals;

namespace oom {

std::optional<qint64> KeyedCounters::value(QStringView name) const
{
    for (const auto &[key, v] : entries) {
        if (key == name)
            return v;
    }
    return std::nullopt;
}

std::optional<Pages> ZoneInfo::freeFromBuddy() const
{
    if (freeBlocksPerOrder.isEmpty())
        return std::nullopt;
    qint64 pages = 0;
    for (qsizetype order = 0; order < freeBlocksPerOrder.size(); ++order)
        pages += freeBlocksPerOrder[order] << order;
    return Pages(pages);
}

std::optional<MemoryLimit> Cgroup::memoryLimit() const
{
    return version == CgroupVersion::V2 ? max : memory.limit;
}

std::optional<Bytes> Cgroup::memoryUsage() const
{
    return version == CgroupVersion::V2 ? current : memory.usage;
}

std::optional<qint64> Cgroup::oomKills() const
{
    return version == CgroupVersion::V2 ? events.value(u"oom_kill") : oomControl.oomKill;
}

bool Cgroup::hasMemoryController() const
{
    if (version == CgroupVersion::V1)
        return hierarchy.split(u',').contains(u"memory"_s);
    // A v2 cgroup shows memory.* files only when the controller is enabled for it; the
    // root never has memory.current before 5.x, so memory.stat counts as well.
    return current.has_value() || !stat.isEmpty();
}

namespace {
QString cgroupOf(const QList<ProcessCgroup> &cgroups, QStringView controller, bool unified)
{
    for (const ProcessCgroup &cg : cgroups) {
        if (unified ? cg.isUnified()
                    : (!cg.isUnified() && cg.controllers.split(u',').contains(controller)))
            return cg.path;
    }
    return {};
}
} // namespace

QString ProcessInfo::memoryCgroup() const
{
    const QString v1 = cgroupOf(cgroups, u"memory", false);
    return v1.isEmpty() ? unifiedCgroup() : v1;
}

QString ProcessInfo::unifiedCgroup() const
{
    return cgroupOf(cgroups, {}, true);
}

QString ProcessInfo::cpusetCgroup() const
{
    const QString v1 = cgroupOf(cgroups, u"cpuset", false);
    return v1.isEmpty() ? unifiedCgroup() : v1;
}

std::optional<QString> Snapshot::vmSysctl(QStringView name) const
{
    for (const auto &[key, value] : vmSysctls) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

std::optional<qint64> Snapshot::vmSysctlInt(QStringView name) const
{
    const auto text = vmSysctl(name);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qint64 v = text->toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

const ProcessInfo *Snapshot::process(qint64 pid) const
{
    // Processes are in ascending pid order (the /proc directory order), but a bundle's
    // process table may not be, so a linear search it is.
    for (const ProcessInfo &p : processes) {
        if (p.pid == pid)
            return &p;
    }
    return nullptr;
}

const ZoneInfo *Snapshot::zone(int node, QStringView name) const
{
    for (const ZoneInfo &z : zones) {
        if (z.node == node && z.name == name)
            return &z;
    }
    return nullptr;
}

const Cgroup *Snapshot::memoryCgroup(QStringView path) const
{
    const Cgroup *v2 = nullptr;
    for (const Cgroup &cg : cgroups) {
        if (cg.path != path)
            continue;
        if (cg.version == CgroupVersion::V1 && cg.hasMemoryController())
            return &cg;
        if (cg.version == CgroupVersion::V2 && !v2)
            v2 = &cg;
    }
    // On a hybrid system the v2 hierarchy has no memory controller; only fall back to it
    // when no v1 memory hierarchy was read at all.
    for (const Cgroup &cg : cgroups) {
        if (cg.version == CgroupVersion::V1 && cg.hasMemoryController())
            return nullptr;
    }
    return v2;
}

} // namespace oom
