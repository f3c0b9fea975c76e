// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/enums.h"
#include "core/model/units.h"

#include <QString>
#include <QStringView>

#include <optional>

// The kill lines of the low-memory killers that act before the kernel's OOM killer on
// Android and ChromeOS. Each shape is taken from the program that prints it:
//
// Android lmkd (system/memory/lmkd, LOG_TAG "lowmemorykiller", kill_one_process()):
//   Android 8.0/8.1 lmkd.c, two or three lines in one ALOGI:
//     "Killing '%s' (%d), uid %d, adj %d\n   to free %ldkB because cache %s%ldkB is below
//      limit %ldkB for oom_adj %d\n   Free memory is %s%ldkB %s reserved"
//     "Killing '%s' (%d), uid %d, adj %d\n   to free %ldkB because system is under %s
//      memory pressure oom_adj %d\n"
//   Android 9/10 lmkd.c: "Kill '%s' (%d), uid %d, oom_adj %d to free %ldkB", with
//     "; reason: %s" when it has one
//   Android 11+ lmkd.cpp: "Kill '%s' (%d), uid %d, oom_score_adj %d to free %ldkB rss,
//     %ldkB swap; reason: %s"
//   Whatever the label says ("adj", "oom_adj"), lmkd prints procp->oomadj, which holds the
//   process's oom_score_adj (-1000..1000).
// The kernel's staging driver (drivers/staging/android/lowmemorykiller.c, lowmem_scan(),
// 3.10-4.11; vendor copies add lines), one printk of four lines:
//     "Killing '%s' (%d), adj %hd,\n   to free %ldkB on behalf of '%s' (%d) because\n
//      cache %ldkB is below limit %ldkB for oom_score_adj %hd\n   Free memory is %ldkB
//      above reserved\n"
//   (some vendor kernels print "adj %d, score_adj %hd," or "oom_score_adj %d (oom_adj %d),");
//   before, 2.6.29-3.4 lowmem_shrink(): "send sigkill to %d (%s), adj %d, size %d", where adj
//   is oom_adj on the older and oom_score_adj on the later of those kernels and size is in
//   pages: both kept as printed (`printed`), neither turned into a figure.
// ChromeOS: Chrome's TabManagerDelegate::LowMemoryKillImpl() (tab_manager_delegate_chromeos.cc
// in chrome/browser/memory/, later chrome/browser/resource_coordinator/; MEMORY_LOG(ERROR)):
//     "Killed tab %s (%d), estimated %d KB freed" (older: with the renderer pid),
//     "Killed tab %s, estimated %d KB freed", "Killed app %s (%d), estimated %d KB freed"
//     (an Android app of ARC++).
// The text may carry the logger's own prefix (logcat "I lowmemorykiller: ", a Chrome log
// "[pid:tid:MMDD/hhmmss.us:ERROR:file.cc(N)] "): the shape is searched in the line.
namespace oom::lowmemorykiller {

struct Kill {
    Killer killer = Killer::AndroidLmkd;
    QString comm; // process name as printed (Android: the package; ChromeOS: the tab title)
    std::optional<qint64> pid;
    std::optional<qint64> uid;
    std::optional<int> oomScoreAdj;
    std::optional<KiB> rssKb; // "to free NkB" (the victim's RSS), Chrome's estimate
    std::optional<KiB> swapKb;
    QString reason; // as printed: lmkd's reason, the driver's cache/limit lines
    QString onBehalfOfComm; // the kernel driver: the task whose allocation ran it
    std::optional<qint64> onBehalfOfPid;
    bool expectsMore = false; // the multi-line forms: lines starting with blanks follow
    QString printed; // figures of an unknown scale, as printed ("adj 15, size 3412")
};

std::optional<Kill> parseKill(QStringView text);

// A following line of a multi-line kill ("   to free 40564kB because …", "   cache …",
// "   Free memory is …"); false for any other line.
bool applyContinuation(QStringView text, Kill &kill);

} // namespace oom::lowmemorykiller
