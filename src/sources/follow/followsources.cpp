// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/follow/followsources.h"

#include "sources/follow/filefollowedlog.h"
#include "sources/follow/journalfollowedlog.h"
#include "sources/follow/kmsgfollowedlog.h"
#include "sources/input/filestream.h"

#include <QFile>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

template<typename Log>
OpenedLog opened(std::unique_ptr<Log> log, int errnum)
{
    OpenedLog result;
    if (log) {
        result.log = std::move(log);
    } else {
        result.errnum = errnum;
        result.error = describeIoError(errnum);
    }
    return result;
}

QString withProblems(const QStringList &problems, const QString &following)
{
    if (problems.isEmpty())
        return following;
    return FollowSourceSelector::tr("%1, %2").arg(problems.join(u"; "_s), following);
}

} // namespace

OpenedLog SystemFollowSources::openKmsg(bool history)
{
    int errnum = 0;
    auto log = KmsgFollowedLog::open(u"/dev/kmsg"_s, history, &errnum);
    return opened(std::move(log), errnum);
}

OpenedLog SystemFollowSources::openJournal(bool kernel, bool history)
{
    OpenedLog result;
    const auto scope = kernel ? JournalFollowedLog::Scope::KernelAndKillers
                              : JournalFollowedLog::Scope::KillersOnly;
    result.log = JournalFollowedLog::open(scope, history, &result.error);
    return result;
}

OpenedLog SystemFollowSources::openLogFile(const QString &path, bool history)
{
    int errnum = 0;
    auto log = FileFollowedLog::open(path, history, &errnum);
    return opened(std::move(log), errnum);
}

QStringList SystemFollowSources::logFiles() const
{
    // Debian and Ubuntu's rsyslog writes kernel messages to kern.log; RHEL, Fedora and SUSE
    // put everything into messages.
    return {u"/var/log/kern.log"_s, u"/var/log/messages"_s};
}

std::optional<int> SystemFollowSources::dmesgRestrict() const
{
    QFile file(u"/proc/sys/kernel/dmesg_restrict"_s);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    bool ok = false;
    const int value = file.readAll().trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

QString FollowSourceSelector::kmsgProblem(int errnum, std::optional<int> dmesgRestrict)
{
    if ((errnum == EPERM || errnum == EACCES) && dmesgRestrict)
        return tr("/dev/kmsg: permission denied (kernel.dmesg_restrict=%1)").arg(*dmesgRestrict);
    return tr("/dev/kmsg: %1").arg(describeIoError(errnum));
}

FollowSelection FollowSourceSelector::select(FollowSourceProvider &provider, bool history,
                                             FollowSourceKind first,
                                             const QStringList &earlierProblems)
{
    FollowSelection selection;
    QStringList problems = earlierProblems;

    if (first == FollowSourceKind::Kmsg) {
        OpenedLog kmsg = provider.openKmsg(history);
        if (kmsg.log) {
            selection.kernel = std::move(kmsg.log);
            selection.kind = FollowSourceKind::Kmsg;
            // The ring buffer has only the kernel's side; systemd-oomd and earlyoom kill
            // from userspace and say so in the journal.
            OpenedLog journal = provider.openJournal(false, history);
            if (journal.log) {
                selection.killers = std::move(journal.log);
                selection.description = withProblems(
                    problems,
                    tr("following /dev/kmsg (the kernel's ring buffer) and the journal "
                       "for userspace OOM killers"));
            } else {
                selection.description =
                    withProblems(problems,
                                 tr("following /dev/kmsg (the kernel's ring buffer), without "
                                    "userspace OOM killers: %1")
                                     .arg(journal.error));
            }
            return selection;
        }
        problems.append(kmsgProblem(kmsg.errnum, provider.dmesgRestrict()));
    }

    if (first == FollowSourceKind::Kmsg || first == FollowSourceKind::Journal) {
        OpenedLog journal = provider.openJournal(true, history);
        if (journal.log) {
            selection.kernel = std::move(journal.log);
            selection.kind = FollowSourceKind::Journal;
            selection.description = withProblems(problems, tr("following the journal"));
            return selection;
        }
        problems.append(journal.error); // each message names the journal
    }

    for (const QString &path : provider.logFiles()) {
        OpenedLog file = provider.openLogFile(path, history);
        if (file.log) {
            selection.kernel = std::move(file.log);
            selection.kind = FollowSourceKind::LogFile;
            selection.description = withProblems(problems, tr("following %1").arg(path));
            return selection;
        }
        problems.append(tr("%1: %2").arg(path, file.error));
    }
    selection.description = tr("no kernel log can be followed: %1").arg(problems.join(u"; "_s));
    return selection;
}

} // namespace oom
