// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/linespan.h"
#include "core/model/userspacekill.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// systemd-oomd's own messages (journal identifier "systemd-oomd", systemd 247+), every
// version of docs/kernel-formats.md §4.2. All functions take the message text of one record;
// leading indentation is ignored.
namespace oom {

// "Killed <cg> due to memory pressure for <monitored> being 82.63% > 50.00% for > 20s
// with reclaim activity" (247+), the swap forms (247-248: "swap used (N) / total (N)";
// 249+: "memory used (N) / total (N) and swap used (N) / total (N)") and the newest
// "Marked <cg> for killing due to ..." wording of the same reasons.
struct OomdKill {
    QString cgroup;
    // "Marked ... for killing" (systemd main, 2025+): oomd queued the cgroup and kills it
    // right after; "Killed" in every release before.
    bool marked = false;
    // False when the text stops before the reason ends: the message was wrapped over
    // physical lines by whoever pasted it, and the next continuation record finishes it.
    bool complete = false;
    bool swapBased = false;
    QString monitoredCgroup; // pressure kills only
    std::optional<double> pressurePercent; // the monitored cgroup's full avg10
    std::optional<double> limitPercent; // pressure limit or swap used limit
    QString duration; // "20s", "1min 30s"
    std::optional<qint64> memoryUsedBytes; // 249+ swap kills
    std::optional<qint64> memoryTotalBytes;
    std::optional<qint64> swapUsedBytes; // swap kills
    std::optional<qint64> swapTotalBytes;
};
std::optional<OomdKill> parseOomdKill(QStringView text);

// "oomd dry-run: Would have tried to kill <path> with recurse=true" (247 to ~2024) or
// "... <path> and all its descendants" (newest, with the "Marked" wording). The path is
// printed under /sys/fs/cgroup; `cgroup` has that prefix removed so it compares with the
// paths of the other messages.
struct OomdDryRun {
    QString cgroup;
    std::optional<bool> recursive;
};
std::optional<OomdDryRun> parseOomdDryRun(QStringView text);

// "Considered 61 cgroups for killing, top candidates were:" (~252+) -> 61.
std::optional<int> parseOomdConsidered(QStringView text);

// One line of the candidate dump that follows "Considered ...": "Path: ..." starts a
// candidate; "Pressure: Avg10: 84.56 Avg60: 33.68 Avg300: 8.29 Total: 32s" (with commas
// in newer releases), "Current Memory Usage:", "Swap Usage:", "Pgscan:" fill it; "Memory Pressure
// Limit:", "Memory Pressure Duration:", "Memory Min:", "Memory Low:" and "Last Pgscan:"
// are recognised but have no place in OomdCandidate. Returns false for any other line.
bool addOomdCandidateLine(QStringView text, const LineSpan &lines,
                          QList<OomdCandidate> &candidates);

// Lines of the newest oomd that belong to a kill without being the kill: prekill hooks
// ("Invoking oomd prekill hook ...", "oomd prekill hook finished ...") and rule actions
// ("Rule '<name>' conditions met for cgroup ..."). Returns the text to keep as a note.
std::optional<QString> parseOomdContextNote(QStringView text);

// True when a candidate path as printed matches a cgroup: equal, or abridged by whoever
// pasted it (".../app.slice/app-zcode-7806.scope", "…/x.scope") with a matching tail.
bool oomdPathMatches(QStringView candidatePath, QStringView cgroup);

} // namespace oom
