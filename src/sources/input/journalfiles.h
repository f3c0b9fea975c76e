// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>

namespace oom {

class LineSink;

struct JournalReadResult {
    qint64 entries = 0;
    QString error; // empty on success
};

// systemd's binary journal files, read through libsystemd (sd-journal) where the build has
// it. Every entry is fed as one synthesized syslog-style line (see journalentry.h) at its
// ordinal (1-based, in the journal's time order) as the line number.
class JournalFiles
{
    Q_DECLARE_TR_FUNCTIONS(JournalFiles)

public:
    static bool available(); // built with libsystemd

    // Files interleaved by time, as journalctl --file shows them.
    static JournalReadResult readFiles(const QStringList &paths, LineSink &sink,
                                       std::atomic_bool *cancel);

    // The live system's journal (local machine only): kernel messages and the userspace OOM
    // killers and service manager, of this boot and the one before.
    static JournalReadResult readLiveOomSources(LineSink &sink, std::atomic_bool *cancel);
    // The same minus kernel messages: what /dev/kmsg does not have.
    static JournalReadResult readLiveUserspaceKillers(LineSink &sink, std::atomic_bool *cancel);

    static QString unavailableMessage();
};

} // namespace oom
