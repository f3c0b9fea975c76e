// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/unitresult.h"
#include "core/parse/pipeline/eventqueue.h"

#include <QList>

#include <limits>

namespace oom {

// Links what systemd and container runtimes say after an OOM kill to the event that caused
// it: first by cgroup (the unit or container id is the last part of the victim's cgroup),
// then by time and position (the most recent kill before it). A unit result with no kill
// in the log becomes an event of its own: systemd saw an OOM kill the log does not show.
class EventLinker
{
public:
    void addUnitResult(const UnitResult &result);
    void addContainerEvent(const ContainerOomEvent &event);
    // Links everything that arrived HoldLines before `currentLine` (all with `all`), against
    // the events still held in `queue`.
    void link(EventQueue &queue, qint64 currentLine, bool all);
    bool isEmpty() const { return m_units.isEmpty() && m_containers.isEmpty(); }
    // The last line of the oldest result still waiting to be linked (the maximum when none):
    // an event may only leave the queue once no waiting result can link to it.
    qint64 oldestPendingLine() const;

private:
    QList<UnitResult> m_units;
    QList<ContainerOomEvent> m_containers;
};

} // namespace oom
