// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/userspace/nohanggrouping.h"

#include "core/parse/userspace/nohanglines.h"

using namespace Qt::StringLiterals;

namespace oom {

using namespace userspacewindow;

void NohangGrouping::close()
{
    if (!m_open)
        return;
    m_done.append(std::move(m_open->event));
    m_open.reset();
}

void NohangGrouping::resetCycle()
{
    m_context = NohangContext{};
    m_inCycle = false;
}

void NohangGrouping::mark(const LogRecord &record, qint64 index)
{
    m_context.lines.extend(record.lines);
    m_inCycle = true;
    m_cycleIndex = index;
    m_cycleTime = record.time;
}

void NohangGrouping::closeStale(const LogRecord &record, qint64 index)
{
    if (m_open && m_open->isStale(index, record.time))
        close();
    if (m_inCycle
        && (index - m_cycleIndex > maxIdleRecords
            || !within(m_cycleTime, record.time, maxEventSeconds)))
        resetCycle();
}

void NohangGrouping::finish()
{
    close();
    resetCycle();
}

bool NohangGrouping::add(const LogRecord &record, qint64 index, bool continuation)
{
    const bool ours = record.ident.startsWith(u"nohang"); // "nohang", "nohang-desktop"
    if (!ours && !record.ident.isEmpty() && !continuation)
        return false;
    // Lines of nohang's own: taken by identifier, or inside a cycle that a distinctive line
    // ("Victim status (found in ...", "Implement a corrective action:") opened.
    const bool inside = ours || continuation || m_inCycle || m_open.has_value();
    const auto line = parseNohangLine(record.text);
    if (!line)
        return ours; // nohang's other chatter: nothing to keep, nobody else's
    using Kind = NohangLine::Kind;
    switch (line->kind) {
    case Kind::Separator:
        if (!inside && !record.text.contains(u"implement_corrective_action"))
            return false;
        close();
        resetCycle();
        if (line->opening)
            mark(record, index);
        return true;
    case Kind::MemoryStatusHeader:
    case Kind::MemoryThreshold:
    case Kind::HighestBadnessHeader:
    case Kind::VictimStatusHeader:
    case Kind::ActionHeader:
        // Each of these belongs to the next corrective action, so an open one is over.
        close();
        if (line->memAvailablePercent)
            m_context.memAvailablePercent = line->memAvailablePercent;
        if (line->swapFreePercent)
            m_context.swapFreePercent = line->swapFreePercent;
        if (!line->signal.isEmpty())
            m_context.signalHint = line->signal;
        mark(record, index);
        return true;
    case Kind::VictimField:
        if (!inside)
            return false;
        if (m_open && !m_inCycle) {
            // 2018: "Pid: 9828, Badness: 82, VmRSS: 485 MiB" after the action line
            applyNohangVictim(m_open->event, line->victim);
            addContextLines(m_open->event, record.lines);
            m_open->lastIndex = index;
            return true;
        }
        applyNohangVictimLine(record.text, m_context.victim);
        mark(record, index);
        return true;
    case Kind::SendSignal:
    case Kind::RunCommand:
    case Kind::PreventingOom:
        if (!inside && line->kind == Kind::RunCommand)
            return false; // "Run the command: ..." is too plain on its own
        close();
        m_open = OpenEvent{startNohangEvent(record, *line, m_context), index};
        resetCycle();
        return true;
    case Kind::ResponseTime:
    case Kind::VictimGone:
    case Kind::MemoryAfter:
        if (m_open) {
            if (line->kind == Kind::VictimGone)
                m_open->event.notes.append(
                    u"nohang-victim-gone: %1"_s.arg(QStringView(record.text).trimmed()));
            addContextLines(m_open->event, record.lines);
            m_open->lastIndex = index;
            return true;
        }
        return inside;
    case Kind::NothingToDo:
        if (!inside)
            return false;
        resetCycle();
        return true;
    case Kind::Statistics: return inside;
    }
    return false;
}

} // namespace oom
