// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/session/incident.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Across incidents: over every incident of a session — all inputs,
// rotated logs included — who keeps being killed, which cgroups and units keep running out,
// how often (per day, per boot) and how far apart.
namespace oom {

// A process name killed in `count` incidents (`kills` processes in all; a memory.oom.group
// kill takes several at once).
struct RecurringVictim {
    QString comm;
    int count = 0;
    int kills = 0;
    QList<qint64> pids; // distinct, in the order first seen
};

// A cgroup an incident involved: its limit was hit, or a victim lived in it. The root
// cgroup "/" is the whole machine and is left out.
struct RecurringCgroup {
    QString cgroup;
    int count = 0; // incidents involving it
    int limitHits = 0; // incidents whose limit it was (memcg OOMs)
    int victims = 0; // incidents with a victim in it
};

struct RecurringUnit {
    QString unit; // from systemd's unit lines and from the cgroups' paths
    int count = 0;
};

struct DayCount {
    QDate date; // the log's own calendar day (the time's printed or assumed offset)
    int count = 0;
};

// One boot: a kernel timestamp lower than the one before it in the same input starts a
// new boot. Boots of different inputs (rotated logs) are one boot when the same host's
// boot time estimates (wall clock − uptime) agree within a minute.
struct BootCount {
    int boot = 0; // 1-based, in the order first seen
    QString host;
    QStringList inputs;
    int count = 0;
    double firstUptimeSeconds = 0;
    double lastUptimeSeconds = 0;
    std::optional<QDateTime> bootTimeEstimate; // wall clock − uptime of its first timed event
};

struct IntervalStats {
    int count = 0; // intervals measured
    double minSeconds = 0;
    double medianSeconds = 0; // the mean of the two middle ones for an even count
    double maxSeconds = 0;
    IntervalBasis basis = IntervalBasis::WallClock;
};

struct CauseCount {
    QString cause; // the primary cause's id; empty for an incident without causes
    int count = 0;
};

struct SessionSummary {
    int events = 0;
    int kernelOoms = 0;
    int userspaceKills = 0;
    int allocFailures = 0;
    QList<CauseCount> primaryCauses; // most frequent first
    QList<RecurringVictim> victims; // most frequent first, then by name
    QList<RecurringCgroup> cgroups;
    QList<RecurringUnit> units;
    QList<DayCount> days; // by date
    int undated = 0; // events without a wall-clock time
    QList<BootCount> boots;
    int withoutUptime = 0; // events without a kernel timestamp: in no boot
    std::optional<IntervalStats> intervals; // nullopt with fewer than two placed events
};

SessionSummary summarizeSession(const QList<IncidentPtr> &incidents);

} // namespace oom
