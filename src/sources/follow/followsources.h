// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "sources/follow/followedlog.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace oom {

// The kinds of kernel log a follower can read, best first.
enum class FollowSourceKind {
    Kmsg, // /dev/kmsg: complete reports, no daemon in between
    Journal, // the journal's kernel messages (journald copies /dev/kmsg)
    LogFile, // a syslog daemon's file: /var/log/kern.log (Debian), /var/log/messages
};

// A log that could be opened, or why not.
struct OpenedLog {
    std::unique_ptr<FollowedLog> log;
    int errnum = 0; // for /dev/kmsg and files
    QString error; // empty when `log` is set; a journal's names the journal
};

// Where the follower's logs come from. The system's sources in production
// (SystemFollowSources); tests inject a fake, because the real /dev/kmsg cannot be made to
// refuse root, and a machine without a journal cannot be given one.
class FollowSourceProvider
{
public:
    virtual ~FollowSourceProvider() = default;
    virtual OpenedLog openKmsg(bool history) = 0;
    // `kernel`: kernel messages and the userspace OOM killers (the fallback); else only the
    // killers, which /dev/kmsg lacks.
    virtual OpenedLog openJournal(bool kernel, bool history) = 0;
    virtual OpenedLog openLogFile(const QString &path, bool history) = 0;
    // Files to try, in order: /var/log/kern.log, then /var/log/messages.
    virtual QStringList logFiles() const = 0;
    // /proc/sys/kernel/dmesg_restrict, to say why /dev/kmsg was refused; nullopt if unknown.
    virtual std::optional<int> dmesgRestrict() const = 0;
};

// The live system.
class SystemFollowSources : public FollowSourceProvider
{
public:
    OpenedLog openKmsg(bool history) override;
    OpenedLog openJournal(bool kernel, bool history) override;
    OpenedLog openLogFile(const QString &path, bool history) override;
    QStringList logFiles() const override;
    std::optional<int> dmesgRestrict() const override;
};

// The logs to follow and, in one sentence, which and why.
struct FollowSelection {
    std::unique_ptr<FollowedLog> kernel; // null when nothing could be opened
    FollowSourceKind kind = FollowSourceKind::Kmsg;
    // With /dev/kmsg: the journal for systemd-oomd, earlyoom and systemd's unit results,
    // when it can be read. Null otherwise.
    std::unique_ptr<FollowedLog> killers;
    // "following /dev/kmsg (the kernel's ring buffer) and the journal for userspace OOM
    // killers", "/dev/kmsg: permission denied (kernel.dmesg_restrict=1), following the
    // journal"; when nothing could be opened, every reason.
    QString description;
};

class FollowSourceSelector
{
    Q_DECLARE_TR_FUNCTIONS(FollowSourceSelector)

public:
    // Tries the kinds from `first` on, best first. `earlierProblems` are reasons already
    // known (a source that failed while it was followed), put before the new ones.
    static FollowSelection select(FollowSourceProvider &provider, bool history,
                                  FollowSourceKind first = FollowSourceKind::Kmsg,
                                  const QStringList &earlierProblems = {});
    // "/dev/kmsg: permission denied (kernel.dmesg_restrict=1)" and the like.
    static QString kmsgProblem(int errnum, std::optional<int> dmesgRestrict);
};

} // namespace oom
