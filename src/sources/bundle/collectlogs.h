// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>

namespace oom {

// One log file of a bundle as the collector captured it.
struct LogCapture {
    QByteArray text; // lines ending in '\n'; empty when nothing was readable
    QString source; // where it came from, for the MANIFEST ("/dev/kmsg", "journal")
    QStringList problems; // why a better source was not used, or why the log is partial
    bool truncated = false; // a limit or the deadline cut it (problems says which)
    qint64 entries = 0;
};

// The logs of `oomlens-cli collect` (src/cli/COLLECT.md), from the live system only.
class CollectLogs
{
    Q_DECLARE_TR_FUNCTIONS(CollectLogs)

public:
    using Deadline = std::chrono::steady_clock::time_point;

    // logs/kernel.log: this boot's kernel messages. /dev/kmsg (non-blocking, as the raw
    // "prio,seq,usec,flags;text" records the engine reads), else the journal's kernel
    // messages of this boot. Over `maxBytes` the oldest records are dropped: the newest
    // are the ones an admin asks about.
    static LogCapture kernelLog(qint64 maxBytes, Deadline deadline, const std::atomic_bool &cancel);

    // logs/journal-oom.log: from the journal, as syslog-style lines (journalentry.h), in
    // time order: the OOM-related kernel messages of previous boots — the lines holding
    // one of the engine's anchors (LogParser eventAnchors()) with 64 lines of context on
    // either side, so a whole report comes along — and, of every boot, systemd's unit OOM
    // results (MESSAGE_ID fe6faa94e7774663a0da52717891d8ef, UNIT_RESULT=oom-kill), the
    // systemd-oomd kills (MESSAGE_ID d989611b15e44c9dbf31e3c81256e4ed) and the messages
    // of systemd-oomd, earlyoom and nohang. Newest first until `maxBytes` or the deadline.
    static LogCapture journalOom(qint64 maxBytes, Deadline deadline,
                                 const std::atomic_bool &cancel);
};

} // namespace oom
