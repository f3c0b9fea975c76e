// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/pipeline/linkrules.h"

#include <algorithm>

namespace oom::linkrules {

QStringList cgroupsOf(const OomEvent &event)
{
    QStringList cgroups;
    for (const QString &cgroup : {event.memcg.oomCgroup, event.memcg.taskCgroup}) {
        if (!cgroup.isEmpty())
            cgroups.append(cgroup);
    }
    for (const Victim &victim : event.victims) {
        if (!victim.cgroup.isEmpty())
            cgroups.append(victim.cgroup);
    }
    return cgroups;
}

bool cgroupNames(const QString &cgroup, const QString &name)
{
    if (cgroup.isEmpty() || name.isEmpty())
        return false;
    const QString component = u'/' + name;
    return cgroup == name || cgroup.endsWith(component) || cgroup.contains(component + u'/');
}

bool anyCgroupNames(const QStringList &cgroups, const QString &name)
{
    return std::any_of(cgroups.cbegin(), cgroups.cend(), [&name](const QString &cgroup) {
        return cgroupNames(cgroup, name);
    });
}

bool unitResultBelongsTo(const OomEvent &unitOnlyEvent, const OomEvent &kill)
{
    const QStringList cgroups = cgroupsOf(kill);
    if (cgroups.isEmpty())
        return kill.killer == unitOnlyEvent.killer;
    return std::any_of(unitOnlyEvent.units.cbegin(), unitOnlyEvent.units.cend(),
                       [&cgroups](const UnitResult &unit) {
                           return anyCgroupNames(cgroups, unit.unit);
                       });
}

} // namespace oom::linkrules
