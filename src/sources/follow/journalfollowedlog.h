// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "sources/follow/followedlog.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace oom {

// The systemd journal followed through libsystemd. Waiting uses sd_journal_get_fd() and
// sd_journal_get_events() in the follower's poll() rather than sd_journal_wait(), which
// cannot be woken by a stop request and cannot wait on /dev/kmsg at the same time; it is
// the same inotify descriptor sd_journal_wait() polls. Each entry is fed as one syslog-style
// line (journalentry.h) at its ordinal.
class JournalFollowedLog : public FollowedLog
{
    Q_DECLARE_TR_FUNCTIONS(JournalFollowedLog)

public:
    enum class Scope {
        // Kernel messages (_TRANSPORT=kernel) and the service manager and userspace OOM
        // killers: everything the engine reads, when /dev/kmsg cannot be read.
        KernelAndKillers,
        // Only systemd, systemd-oomd, earlyoom, nohang, oomd: what /dev/kmsg lacks.
        KillersOnly,
    };

    ~JournalFollowedLog() override;

    static bool available(); // built with libsystemd

    // The local system's journal, this boot only; with `history` from its first entry,
    // else from now on. nullptr with *error set when it cannot be opened or (for
    // KernelAndKillers) shows this user no kernel messages at all.
    static std::unique_ptr<JournalFollowedLog> open(Scope scope, bool history, QString *error);
    // Journal files instead of the system's (tests): no boot filter.
    static std::unique_ptr<JournalFollowedLog> openFiles(const QStringList &paths, Scope scope,
                                                         bool history, QString *error);

    QString displayPath() const override;
    FollowRead readAvailable(LineSink &sink) override;
    PollRequest pollRequest() override;

private:
    struct Private;
    explicit JournalFollowedLog(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace oom
