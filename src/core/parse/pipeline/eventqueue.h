// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/oomevent.h"

#include <QList>

#include <limits>

namespace oom {

// Finished events wait here a while before they leave the parser, because the kernel and
// userspace keep talking about an OOM kill after the report: the reaper line comes from
// another thread, systemd reports the unit result, a container runtime its OOM event.
// Those later lines are matched against the events still held.
class EventQueue
{
public:
    // Lines after an event's last line during which later lines may still attach to it.
    static constexpr qint64 HoldLines = 2000;

    void push(OomEvent event);
    // Events that may leave: their last line is HoldLines before `currentLine` and no
    // still-open event starts before them (output stays in line order). `all` at the end.
    QList<OomEvent> release(qint64 currentLine, qint64 firstOpenLine, bool all);

    // The newest held kernel event that killed `pid` and has not been reaped.
    OomEvent *findUnreapedVictim(qint64 pid, Victim **victim);
    QList<OomEvent> &held() { return m_events; }

private:
    QList<OomEvent> m_events; // ordered by first line
};

} // namespace oom
