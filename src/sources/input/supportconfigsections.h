// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QByteArrayView>
#include <QStringList>

namespace oom {

class LineReader;
class LineSink;

// A supportconfig .txt file is a sequence of sections, each opened by a header line and a
// line naming its source:
//
//   #==[ Command ]======================================#
//   # /usr/bin/dmesg -T
//   ...output...
//   #==[ Log File ]=====================================#
//   # /var/log/messages - Last 5000 Lines
//   ...lines...
//
// Only sections holding kernel or system logs are fed (dmesg and journalctl output, and
// /var/log files with a system log name), with their original line numbers and a gap
// between sections, so a report never joins across two of them.
struct SupportconfigStats {
    int sections = 0; // sections seen
    QStringList fed; // sources of the sections fed: "/usr/bin/dmesg", "/var/log/messages"
    qint64 lines = 0; // lines fed
};

SupportconfigStats feedSupportconfigSections(LineReader &reader, LineSink &sink);

// Whether a section is a log, from its header kind ("Command", "Log File") and the source
// line that follows it ("# /usr/bin/dmesg", "# /var/log/messages - Last 500 Lines").
// *source receives the command or file path.
bool isSupportconfigLogSection(QByteArrayView headerKind, QByteArrayView sourceLine,
                               QString *source);

} // namespace oom
