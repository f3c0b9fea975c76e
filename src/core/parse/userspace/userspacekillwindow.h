// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/oomevent.h"

#include <QDateTime>

#include <optional>

// How far the lines of one userspace kill may lie from each other. Shared by the groupings
// of UserspaceKillCollector; counts are records the collector saw, of any program.
namespace oom::userspacewindow {

// An event stays open for lines that come after its kill line (earlyoom's exit report,
// oomd's candidate dump in some logs, nohang's response) until this many records passed
// without one, or this much time.
inline constexpr qint64 maxIdleRecords = 64;
inline constexpr qint64 maxEventSeconds = 60;
// Context printed before a kill line (earlyoom's memory report, an oomd candidate dump
// without paths) must be this close to it.
inline constexpr qint64 maxContextRecords = 16;
inline constexpr qint64 maxContextSeconds = 5;

inline bool within(const std::optional<QDateTime> &a, const std::optional<QDateTime> &b,
                   qint64 seconds)
{
    if (!a || !b)
        return true; // without clocks, only the record distance decides
    return qAbs(a->secsTo(*b)) <= seconds;
}

// An event being assembled and the index of the last record it took.
struct OpenEvent {
    OomEvent event;
    qint64 lastIndex = 0;

    bool isStale(qint64 index, const std::optional<QDateTime> &time) const
    {
        return index - lastIndex > maxIdleRecords || !within(event.time, time, maxEventSeconds);
    }
};

} // namespace oom::userspacewindow
