// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/keyedcounters.h"
#include "core/model/meminfotable.h"
#include "core/model/pressure.h"
#include "core/model/swapdevice.h"
#include "core/model/thpsettings.h"

#include <QByteArrayView>
#include <QList>

#include <optional>

// System-wide /proc and /sys files (docs/kernel-formats.md §3.4–3.6): text in, values out.
// Every parser skips lines it does not understand, because every kernel release adds
// fields and a bundle may hold a file cut short.
namespace oom::procparse {

// /proc/meminfo and /sys/devices/system/node/nodeN/meminfo ("Node 0 MemTotal: ... kB";
// the "Node N" prefix is dropped). Keys keep their parentheses ("Active(anon)").
MemInfoTable parseMemInfo(QByteArrayView text);

// /proc/vmstat and other "name value" files.
KeyedCounters parseVmstat(QByteArrayView text);

// /proc/swaps: the header line, then "Filename Type Size Used Priority" rows.
QList<SwapDevice> parseSwaps(QByteArrayView text);

// /proc/pressure/* and cgroup v2 *.pressure; nullopt when no line parses.
std::optional<Pressure> parsePressure(QByteArrayView text);
std::optional<PsiLine> parsePsiLine(QByteArrayView line);

// /proc/uptime: "350735.47 234388.90" -> seconds since boot.
std::optional<double> parseUptime(QByteArrayView text);

// A file holding one integer (oom_score, oom_score_adj, sysctls): surrounding blanks and
// the newline are ignored, anything else makes it unparsable.
std::optional<qint64> parseSingleInt(QByteArrayView text);

// /sys/devices/system/node/nodeN/distance: "10 21 21 10".
QList<int> parseIntList(QByteArrayView text);

// A node or CPU list in the kernel's range syntax ("0-3,5", "" = none). nullopt when
// malformed. Ranges above 4096 entries are refused (no such machine; a damaged file).
std::optional<QList<int>> parseNodeList(QByteArrayView text);

// A sysfs multiple-choice file: "always [madvise] never". nullopt when empty.
std::optional<ThpChoice> parseChoice(QByteArrayView text);

} // namespace oom::procparse
