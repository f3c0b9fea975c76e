// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// ReportFormat::note(): the parser's notes are codes ("no-kill-line", "unit-line-cut-by-
// pager: foo.service") so the JSON stays stable; people read a sentence instead. A code
// without a sentence here is shown as it is, never dropped.
#include "core/report/reportformat.h"

using namespace Qt::StringLiterals;

namespace oom {

QString ReportFormat::note(const QString &note)
{
    const qsizetype colon = note.indexOf(u": "_s);
    const QString code = colon < 0 ? note : note.left(colon);
    const QString detail = colon < 0 ? QString() : note.mid(colon + 2);

    struct Sentence {
        const char *code;
        const char *text; // %1: the detail after the code, when there is one
    };
    static const Sentence sentences[] = {
        {"no-kill-line",
         QT_TR_NOOP("The log shows no kill for this report (it was cut, or the kernel found the "
                    "victim already exiting).")},
        {"dump-not-in-log",
         QT_TR_NOOP("Only the kill line is in the log: the kernel rate-limits the report's "
                    "details, or they were not copied.")},
        {"report-starts-mid-way",
         QT_TR_NOOP("The report starts in the middle: its beginning is not in the log.")},
        {"lines-elided-by-author", QT_TR_NOOP("Lines were left out by whoever copied the log.")},
        {"header-glued-to-previous-line", QT_TR_NOOP("The header was glued to the previous line.")},
        {"task-row-cut", QT_TR_NOOP("A row of the task table was cut.")},
        {"victim-from-summary-line",
         QT_TR_NOOP("The victim is known only from the oom-kill: summary line.")},
        {"victim-from-reaper-line",
         QT_TR_NOOP("The victim is known only from the oom_reaper line.")},
        {"victim-already-exiting",
         QT_TR_NOOP("The victim was already exiting; the kernel skipped killing it.")},
        {"only-unit-result-in-log",
         QT_TR_NOOP("Only systemd's unit result is in the log, not the kill itself.")},
        {"unit-line-cut-by-pager", QT_TR_NOOP("systemd's line for %1 was cut by a pager.")},
        {"oomd-kill-line-without-reason", QT_TR_NOOP("systemd-oomd's kill line gives no reason.")},
        {"oomd-kill-line-wrapped", QT_TR_NOOP("systemd-oomd's kill line was wrapped.")},
        {"oomd-dry-run", QT_TR_NOOP("systemd-oomd ran in dry-run mode: nothing was killed.")},
        {"oomd-candidate-path-abridged", QT_TR_NOOP("A candidate's cgroup path was abridged: %1")},
        {"oomd-candidate-without-path", QT_TR_NOOP("A candidate has no cgroup path.")},
        {"earlyoom-dry-run", QT_TR_NOOP("earlyoom ran in dry-run mode: nothing was killed.")},
        {"earlyoom-signal-implied",
         QT_TR_NOOP("earlyoom did not name the signal (before 1.2 it was always SIGKILL).")},
        {"earlyoom-victim-did-not-exit",
         QT_TR_NOOP("The victim did not exit after earlyoom's signal.")},
        {"earlyoom-escalated-to-sigkill", QT_TR_NOOP("earlyoom escalated to SIGKILL after %1.")},
        {"earlyoom-victim-exited", QT_TR_NOOP("The victim exited after %1.")},
        {"earlyoom-kill-failed", QT_TR_NOOP("earlyoom could not kill the victim: %1")},
        {"quoted-in-reply",
         QT_TR_NOOP(
             "The log was quoted in a mail reply or a blockquote; the quote marks were removed.")},
        {"date-cut-by-poster",
         QT_TR_NOOP("Whoever copied the log cut the dates off its lines: the time of day is there, "
                    "the day is unknown.")},
        {"lines-rejoined",
         QT_TR_NOOP("Lines that a mail client or a terminal had wrapped were joined again.")},
        {"openvz-beancounter", QT_TR_NOOP("OpenVZ/Virtuozzo container OOM: beancounter %1.")},
        {"slab-failure-burst",
         QT_TR_NOOP("The slab allocator failed %1 times in a row; they are shown as one event.")},
        {"slab-failure-caches", QT_TR_NOOP("Slab caches that could not grow: %1")},
        {"low-memory-kill-reason-not-in-log",
         QT_TR_NOOP("The low-memory killer's reason lines after its kill line are not in the "
                    "log.")},
        {"lowmemorykiller-figures-as-printed",
         QT_TR_NOOP("The kernel's lowmemorykiller printed %1: an adj of this kernel's scale "
                    "(oom_adj or oom_score_adj) and a size in pages.")},
        {"slab-failure-gfp-varies",
         QT_TR_NOOP("The failed slab allocations did not all have the same gfp mask.")},
        {"oomd-swap-kill-told-by-candidates",
         QT_TR_NOOP("systemd-oomd's kill line gives no reason; its candidate list (swap use only) "
                    "shows a swap-based kill.")},
        {"nohang-rss-split-rounded-to-mib",
         QT_TR_NOOP("nohang printed the memory split rounded to MiB.")},
    };
    for (const Sentence &sentence : sentences) {
        if (code == QLatin1StringView(sentence.code)) {
            const QString text = tr(sentence.text);
            return text.contains(u"%1"_s) ? text.arg(detail) : text;
        }
    }
    return note;
}

} // namespace oom
