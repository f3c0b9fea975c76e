// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// nohang's messages (hakavlad/nohang, journal "nohang[pid]" / "nohang-desktop[pid]" or its
// own log file). nohang logs one Python string per event and embeds newlines, so a journal
// shows each line as its own entry and a log file shows indented continuation lines.
//
// Where the wording comes from (all three eras are in the wild):
// - 2018 (README of hakavlad/nohang, "An example of output"): "* MemAvailable (520 MiB,
//   8.9 %) < mem_min_sigterm (...)", "  Preventing OOM: trying to send the SIGTERM signal
//   to stress,", "  Pid: 9828, Badness: 82, VmRSS: 485 MiB, VmSwap: 0 MiB", "  Success;
//   reaction time: 11 ms".
// - 2019 (nohang/nohang at commit 50506274, implement_corrective_action() and
//   find_victim_info(); journal excerpts in hakavlad/nohang issues #20, #56, #85):
//   "Implement a corrective action:" / "  Send SIGTERM to the victim; total response time:
//   2255 ms" or "  Run the command: ..." / "  Exit status: None; ...", the "Victim status
//   (found in N ms):" block ("  Name:", "  PID:", "  EUID:", "  badness: N, oom_score: N,
//   oom_score_adj: N", "  VmRSS: N MiB (Anon: ..., File: ..., Shmem: ...)", "  CGroup_v2:")
//   and "Process with highest badness (found in N ms):" / "  PID: N, Name: X, badness: N".
// - v0.2 (src/nohang at commit ac257219; issue #132 log of 2023): "Implementing a
//   corrective action:" / "  Sending SIGTERM to the victim" then "OK; total response time:
//   12ms", "  Executing the command: ...", "Victim status (found in Nms):" with "  PID: N,
//   name: X, state: S, EUID: N, SID: ..., lifetime: ..." and "  Vm, MiB: Size: N, RSS: N
//   (Anon: ...), Swap: N", "TOP printed in 1ms; process with highest badness:".
namespace oom {

// A victim as nohang describes it over several lines; MiB values are nohang's rounding.
struct NohangVictim {
    std::optional<qint64> pid;
    QString name;
    QString state;
    std::optional<qint64> euid;
    std::optional<int> badness;
    std::optional<int> oomScore;
    std::optional<int> oomScoreAdj;
    std::optional<qint64> vmSizeMiB;
    std::optional<qint64> vmRssMiB;
    std::optional<qint64> vmSwapMiB;
    std::optional<qint64> anonMiB;
    std::optional<qint64> fileMiB;
    std::optional<qint64> shmemMiB;
    QString cgroupV1;
    QString cgroupV2;
    QString cmdline;
    QString realpath;
    QString lifetime;
};

// Parses one victim description line ("PID: 23910", "badness: 697, oom_score: 697,
// oom_score_adj: 0", "VmRSS: 10432 MiB (Anon: ...)", "Pid: 9828, Badness: 82, VmRSS: 485
// MiB, ...") into `victim`. Returns false when the line is not one.
bool applyNohangVictimLine(QStringView text, NohangVictim &victim);

struct NohangLine {
    enum class Kind {
        Separator, // ">>>>>>", "<<<<<<", ">>=== STARTING implement_corrective_action() ====>>"
        MemoryStatusHeader, // "Memory status that requires corrective actions:"
        MemoryThreshold, // "  MemAvailable [383 MiB, 5.0 %] <= soft_threshold_min_mem [...]"
        HighestBadnessHeader, // "Process with highest badness (found in 6 ms):"
        VictimStatusHeader, // "Victim status (found in 5 ms):"
        VictimField, // a line applyNohangVictimLine() reads; fields in `victim`
        ActionHeader, // "Implement a corrective action:" / "Implementing a corrective action:"
        SendSignal, // "  Send SIGTERM to the victim; ..." / "  Sending SIGTERM to the victim"
        RunCommand, // "  Run the command: kill -TERM 1" / "  Executing the command: ..."
        PreventingOom, // 2018: "  Preventing OOM: trying to send the SIGTERM signal to x,"
        ResponseTime, // "OK; total response time: 12ms", "Exit status: ...", "Success; ..."
        VictimGone, // "The victim died in 0.1s", "... became a zombie ...", "... doesn't respond
                    // ..."
        MemoryAfter, // "Memory status after implementing a corrective action:" and its values
        NothingToDo, // "victim badness (12) < min_badness (20); nothing to do", "Thresholds is not
                     // exceeded now"
        Statistics, // "Total stat (what happened ...):", "  Send SIGTERM to tail: 1"
    };
    Kind kind = Kind::Separator;
    QString signal; // SendSignal, PreventingOom; from the threshold name for MemoryThreshold
    QString command; // RunCommand
    std::optional<double> responseMs; // SendSignal (2019), ResponseTime
    std::optional<double> memAvailablePercent; // MemoryThreshold
    std::optional<double> swapFreePercent; // MemoryThreshold
    NohangVictim victim; // VictimField; the victim's name for PreventingOom
    bool opening = false; // Separator: ">>>" opens a cycle, "<<<" closes one
};
// Classifies one line (indentation and a "2023-08-10 16:53:26,460: " log-file stamp
// ignored). Field lines are only told apart by context: a caller that is not inside a
// nohang block should not take VictimField results on their own.
std::optional<NohangLine> parseNohangLine(QStringView text);

} // namespace oom
