// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/pipeline/eventlinker.h"

#include "core/parse/pipeline/linkrules.h"

using namespace Qt::StringLiterals;

namespace oom {

namespace {

// How far (seconds) a unit result or container event may follow its kill to be linked
// by time alone; systemd and containerd react within a second or two.
constexpr qint64 LinkSeconds = 120;

bool cgroupNames(const OomEvent &event, const QString &name)
{
    return linkrules::anyCgroupNames(linkrules::cgroupsOf(event), name);
}

bool containsId(const OomEvent &event, const QString &id)
{
    if (id.size() < 12)
        return false;
    if (event.memcg.taskCgroup.contains(id) || event.memcg.oomCgroup.contains(id))
        return true;
    for (const Victim &victim : event.victims) {
        if (victim.cgroup.contains(id))
            return true;
    }
    return false;
}

bool closeInTime(const OomEvent &event, const std::optional<QDateTime> &time)
{
    if (!time || !event.time)
        return true; // no clock on one side: position alone decides
    const qint64 seconds = event.time->secsTo(*time);
    return seconds >= -5 && seconds <= LinkSeconds;
}

// The newest kill event before `line`, matching `killer` kinds.
OomEvent *latestBefore(QList<OomEvent> &events, qint64 line, const std::optional<QDateTime> &time,
                       bool oomdOnly)
{
    for (auto it = events.rbegin(); it != events.rend(); ++it) {
        if (it->lines.first > line || it->kind == EventKind::AllocFailure)
            continue;
        const bool isOomd = it->killer == Killer::SystemdOomd;
        if (oomdOnly != isOomd)
            continue;
        if (line - it->lines.last > EventQueue::HoldLines || !closeInTime(*it, time))
            return nullptr;
        return &*it;
    }
    return nullptr;
}

OomEvent eventFromUnit(const UnitResult &result)
{
    OomEvent event;
    event.kind = result.kind == UnitResultKind::KilledByOomd ? EventKind::UserspaceKill
                                                             : EventKind::KernelOom;
    event.killer =
        result.kind == UnitResultKind::KilledByOomd ? Killer::SystemdOomd : Killer::Kernel;
    event.lines = result.line;
    event.time = result.time;
    event.timeYearAssumed = result.timeYearAssumed;
    event.timeZoneAssumed = result.timeZoneAssumed;
    event.headerSuppressed = event.kind == EventKind::KernelOom;
    event.notes.append(u"only-unit-result-in-log"_s);
    return event;
}

} // namespace

void EventLinker::addUnitResult(const UnitResult &result)
{
    m_units.append(result);
}

void EventLinker::addContainerEvent(const ContainerOomEvent &event)
{
    m_containers.append(event);
}

qint64 EventLinker::oldestPendingLine() const
{
    qint64 oldest = std::numeric_limits<qint64>::max();
    for (const UnitResult &unit : m_units)
        oldest = std::min(oldest, unit.line.last);
    for (const ContainerOomEvent &container : m_containers)
        oldest = std::min(oldest, container.line.last);
    return oldest;
}

void EventLinker::link(EventQueue &queue, qint64 currentLine, bool all)
{
    QList<OomEvent> &events = queue.held();
    qsizetype done = 0;
    for (; done < m_units.size(); ++done) {
        const UnitResult &unit = m_units.at(done);
        if (!all && unit.line.last + EventQueue::HoldLines >= currentLine)
            break;
        const bool byOomd = unit.kind == UnitResultKind::KilledByOomd;
        OomEvent *target = nullptr;
        for (auto it = events.rbegin(); it != events.rend() && !target; ++it) {
            if (it->lines.first <= unit.line.last && cgroupNames(*it, unit.unit)
                && closeInTime(*it, unit.time))
                target = &*it;
        }
        if (!target)
            target = latestBefore(events, unit.line.last, unit.time, byOomd);
        // Several results about one unit (the kill, then "Failed with result 'oom-kill'")
        // describe one kill: join an event made from an earlier result of the same unit.
        if (target && !target->units.isEmpty()
            && target->notes.contains(u"only-unit-result-in-log"_s)
            && target->units.first().unit != unit.unit)
            target = nullptr;
        if (!target) {
            queue.push(eventFromUnit(unit));
            target = &events.last();
            for (OomEvent &e : events) {
                if (e.lines == unit.line && e.notes.contains(u"only-unit-result-in-log"_s))
                    target = &e;
            }
        }
        target->units.append(unit);
        target->lines.extend(unit.line);
    }
    m_units.remove(0, done);

    done = 0;
    for (; done < m_containers.size(); ++done) {
        const ContainerOomEvent &container = m_containers.at(done);
        if (!all && container.line.last + EventQueue::HoldLines >= currentLine)
            break;
        OomEvent *target = nullptr;
        for (auto it = events.rbegin(); it != events.rend() && !target; ++it) {
            if (containsId(*it, container.containerId))
                target = &*it;
        }
        if (!target)
            target = latestBefore(events, container.line.last, container.time, false);
        if (target)
            target->containerEvents.append(container); // context only: never an event
    }
    m_containers.remove(0, done);
}

} // namespace oom
