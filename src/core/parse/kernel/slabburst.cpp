// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/kernel/slabburst.h"

namespace oom::slabburst {

namespace {

// `later - earlier` in seconds when it lies in [0, WindowSeconds] by the first clock both
// sides print; nullopt when outside; `known` false when no clock was printed on either.
std::optional<double> gap(std::optional<double> earlierUptime, std::optional<double> laterUptime,
                          const std::optional<QDateTime> &earlierTime,
                          const std::optional<QDateTime> &laterTime, bool linesClose, bool *known)
{
    *known = true;
    std::optional<double> seconds;
    if (earlierUptime && laterUptime)
        seconds = *laterUptime - *earlierUptime;
    else if (earlierTime && laterTime)
        seconds = double(earlierTime->msecsTo(*laterTime)) / 1000.0;
    if (!seconds) {
        *known = false;
        return linesClose ? std::optional<double>(0.0) : std::nullopt;
    }
    // A negative gap is another boot (uptime restarted) or lines out of order: not this one.
    if (*seconds < 0 || *seconds > WindowSeconds)
        return std::nullopt;
    return seconds;
}

} // namespace

std::optional<double> secondsBefore(const SlabFailureBurst &burst, const LogRecord &header,
                                    qint64 maxLines, bool *known)
{
    const bool linesClose = burst.lines.last + maxLines >= header.lines.first;
    return gap(burst.lastUptime, header.uptime, burst.lastTime, header.time, linesClose, known);
}

std::optional<double> secondsAfter(const OomEvent &report, const SlabFailureBurst &burst,
                                   qint64 maxLines, bool *known)
{
    const bool linesClose = report.lines.last + maxLines >= burst.lines.first;
    return gap(report.uptimeSeconds, burst.firstUptime, report.time, burst.firstTime, linesClose,
               known);
}

} // namespace oom::slabburst
