// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/kernel/slabburst.h"

#include "core/parse/kernel/kernelreportassembler.h"

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

// Seconds from the end of `burst` to `header`, when the burst ended at most WindowSeconds
// before it in the same boot; `known` false when neither clock is printed and the lines
// decided.
std::optional<double> secondsBefore(const SlabFailureBurst &burst, const LogRecord &header,
                                    qint64 maxLines, bool *known)
{
    const bool linesClose = burst.lines.last + maxLines >= header.lines.first;
    return gap(burst.lastUptime, header.uptime, burst.lastTime, header.time, linesClose, known);
}

// Seconds from the start of `report` to the start of `burst`, when the burst began at most
// WindowSeconds after it in the same boot.
std::optional<double> secondsAfter(const OomEvent &report, const SlabFailureBurst &burst,
                                   qint64 maxLines, bool *known)
{
    const bool linesClose = report.lines.last + maxLines >= burst.lines.first;
    return gap(report.uptimeSeconds, burst.firstUptime, report.time, burst.firstTime, linesClose,
               known);
}

// Lines without any clock must be as close as the parts of one report.
constexpr qint64 MaxLines = KernelReportAssembler::RelevanceLines;

} // namespace

std::optional<SlabFailureBurst> takeBurstBefore(QList<EventBuilding> &active, QList<OomEvent> &held,
                                                const LogRecord &header)
{
    bool known = false;
    for (EventBuilding &b : active) {
        const auto burst = b.slabBurst();
        if (!burst || b.absorbed)
            continue;
        if (const auto seconds = secondsBefore(*burst, header, MaxLines, &known)) {
            b.absorbed = true;
            SlabFailureBurst taken = *burst;
            taken.secondsApart = known ? seconds : std::nullopt;
            return taken;
        }
    }
    for (qsizetype i = held.size() - 1; i >= 0; --i) {
        const OomEvent &e = held.at(i);
        if (e.kind == EventKind::KernelOom)
            return std::nullopt;
        if (e.kind != EventKind::AllocFailure || !e.slabBurst)
            continue;
        const auto seconds = secondsBefore(*e.slabBurst, header, MaxLines, &known);
        if (!seconds)
            return std::nullopt;
        SlabFailureBurst taken = *e.slabBurst;
        taken.secondsApart = known ? seconds : std::nullopt;
        held.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

bool attachToPreviousReport(QList<OomEvent> &held, SlabFailureBurst burst)
{
    for (auto it = held.rbegin(); it != held.rend(); ++it) {
        if (it->kind != EventKind::KernelOom || it->lines.first > burst.lines.first)
            continue;
        bool known = false;
        const auto seconds = secondsAfter(*it, burst, MaxLines, &known);
        if (it->slabBurst || !seconds)
            return false;
        burst.afterKill = true;
        burst.secondsApart = known ? seconds : std::nullopt;
        it->slabBurst = burst;
        return true;
    }
    return false;
}

} // namespace oom::slabburst
