// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/oomevent.h"
#include "core/parse/framing/logrecord.h"
#include "core/parse/userspace/earlyoomlines.h"
#include "core/parse/userspace/nohanglines.h"
#include "core/parse/userspace/oomdlines.h"

// Turns the parsed lines of a userspace killer into an OomEvent. Pure: the grouping of
// lines into events (which line belongs to which kill) is UserspaceKillCollector's job.
namespace oom {

// An event of `killer` started by `record`: its lines, time, host and framing notes.
OomEvent startUserspaceEvent(const LogRecord &record, Killer killer);

// systemd-oomd: the kill (or "Marked ... for killing") line starts the event.
OomEvent startOomdEvent(const LogRecord &killRecord, const OomdKill &kill);
// Fills the reason again once a wrapped kill line is complete.
void applyOomdReason(OomEvent &event, const OomdKill &kill);
OomEvent startOomdDryRunEvent(const LogRecord &record, const OomdDryRun &dryRun);
void attachOomdCandidates(OomEvent &event, std::optional<int> considered,
                          const QList<OomdCandidate> &candidates, const LineSpan &lines);
// "systemd-oomd killed N process(es) in this unit." with no line of systemd-oomd's own in
// the log (a user journal, a grep for the unit): still an oomd kill.
OomEvent unitOnlyOomdEvent(const UnitResult &unit);
void attachUnitResult(OomEvent &event, const UnitResult &unit, bool truncated);

// earlyoom: the "sending SIGTERM to process ..." line starts the event.
OomEvent startEarlyoomEvent(const LogRecord &killRecord, const EarlyoomKill &kill);
void applyEarlyoomMemReport(OomEvent &event, const EarlyoomMemReport &report,
                            const LineSpan &lines);
void applyEarlyoomLowMemory(OomEvent &event, const EarlyoomLowMemory &low, const LineSpan &lines);
void applyEarlyoomFollowUp(OomEvent &event, const EarlyoomFollowUp &followUp,
                           const LineSpan &lines);

// nohang: what the lines before the corrective action said, and the action itself.
struct NohangContext {
    NohangVictim victim;
    std::optional<double> memAvailablePercent;
    std::optional<double> swapFreePercent;
    QString signalHint; // from the threshold names ("soft" = SIGTERM, "hard" = SIGKILL)
    LineSpan lines;
};
OomEvent startNohangEvent(const LogRecord &actionRecord, const NohangLine &action,
                          const NohangContext &context);
// A victim line printed after the action (2018: "Pid: 9828, Badness: 82, VmRSS: ...").
void applyNohangVictim(OomEvent &event, const NohangVictim &victim);

// A line that belongs to the event without being its kill line.
void addContextLines(OomEvent &event, const LineSpan &lines);

} // namespace oom
