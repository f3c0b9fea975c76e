// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// earlyoom's messages (rfjakob/earlyoom, stderr -> journal "earlyoom[pid]" or syslog with
// --syslog), every version of docs/kernel-formats.md §4.3, checked against the history of
// kill.c/main.c/meminfo.c and the journal excerpts in rfjakob/earlyoom issues. Functions take the
// message text of one record; terminal colour sequences (earlyoom colours its output on a
// tty, 1.6+) are ignored.
namespace oom {

struct EarlyoomKill {
    std::optional<qint64> pid;
    QString comm;
    std::optional<qint64> uid; // 1.4+
    // "SIGTERM" or "SIGKILL". Before 1.2 earlyoom always sent SIGKILL and did not say so;
    // `signalImplied` marks that case.
    QString signal;
    bool signalImplied = false;
    std::optional<int> badness; // <= 1.7: oom_score, biased by --prefer/--avoid
    std::optional<int> oomScore; // 1.8+: /proc/pid/oom_score
    std::optional<int> oomScoreAdj; // 1.9+
    std::optional<qint64> badnessKib; // later builds: the kernel's badness in KiB
    std::optional<qint64> vmRssMiB;
    QString cmdline; // 1.8+
    QString ordering; // later builds: "kernel_badness", "rss_fallback", ...
    // Which release's wording matched: "<=1.0", "1.1", "1.2", "1.3-rc", "1.3", "1.4-1.7",
    // "1.8", "1.9", "later" (badness in KiB).
    QString format;
};
// "Killing process %d %s" (<=1.0), "Killing process: %s, pid: %d, badness: %d, VmRSS: %lu
// MiB" (1.1), "Killing process '%s' with signal %d, pid: ..." (1.2), "killing process %d
// \"%s\" with signal %d: badness ..." (1.3 release candidates), "sending %s to process %d
// \"%s\": badness %d, VmRSS %lu MiB" (1.3), "... process %d uid %d \"%s\": ..." (1.4+),
// with "oom_score", "oom_score_adj" and "cmdline" fields in 1.8/1.9.
std::optional<EarlyoomKill> parseEarlyoomKill(QStringView text);

// "mem avail: 11750 of 124610 MiB ( 9.43%), swap free: 207 of 16383 MiB ( 1.27%)" (1.5+;
// "(%2d %%)" integers in 1.2-1.4; no "of <total>" before 1.2).
struct EarlyoomMemReport {
    std::optional<qint64> memAvailMiB;
    std::optional<qint64> memTotalMiB;
    std::optional<double> memAvailPercent;
    std::optional<qint64> swapFreeMiB;
    std::optional<qint64> swapTotalMiB;
    std::optional<double> swapFreePercent;
};
std::optional<EarlyoomMemReport> parseEarlyoomMemReport(QStringView text);

// Why earlyoom is about to act: "low memory! at or below SIGTERM limits: mem 10.00%, swap
// 10.00%" (1.5+), "Low Memory! At or below SIGKILL limits (mem: 5 %, swap: 5 %)"
// (1.2-1.4), "Out of memory! avail: 0 MiB < min: 587 MiB" (<= 1.1).
struct EarlyoomLowMemory {
    QString signal; // the limits crossed: "SIGTERM" or "SIGKILL"; empty before 1.2
    std::optional<double> memLimitPercent;
    std::optional<double> swapLimitPercent;
    std::optional<qint64> availMiB; // <= 1.1
    std::optional<qint64> minMiB; // <= 1.1
};
std::optional<EarlyoomLowMemory> parseEarlyoomLowMemory(QStringView text);

// What earlyoom says after sending the signal.
struct EarlyoomFollowUp {
    enum class Kind {
        Exited, // "process %d exited after %.3f seconds" (1.7+; no pid and %.1f in 1.3-1.6)
        Escalated, // "escalating to SIGKILL after %.3f seconds" (1.3+)
        DidNotExit, // "process %d did not exit" (1.7+)
        KillFailed, // "kill failed: %s" (1.2+)
        Cmdline, // "process %d cmdline \"%s\"" (1.7 development builds)
        DryRun, // "dryrun, not actually sending any signal" (1.6+ --dryrun)
        ProcessGroup, // "killing whole process group %d (-g flag is active)" (1.7+)
        Mrelease, // "kill_release: pid=%d: process_mrelease pidfd=%d success" (1.8+)
    };
    Kind kind = Kind::Exited;
    std::optional<qint64> pid;
    std::optional<double> seconds;
    QString text; // the error of KillFailed, the cmdline, or the whole line
};
std::optional<EarlyoomFollowUp> parseEarlyoomFollowUp(QStringView text);

// Terminal colour sequences ("\x1b[31m") removed; the text trimmed.
QString earlyoomPlainText(QStringView text);

} // namespace oom
