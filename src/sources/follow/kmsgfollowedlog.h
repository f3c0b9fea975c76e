// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "sources/follow/followedlog.h"
#include "sources/follow/kmsgrecord.h"

#include <QCoreApplication>

#include <memory>

namespace oom {

// /dev/kmsg followed with poll(): one record per read(), non-blocking, so a burst ends at
// EAGAIN. Records go through KmsgLineAssembler (continuations joined, gaps marked); an
// EPIPE (the kernel overwrote records before we read them) is a notice, and reading goes on
// from the oldest record still there.
class KmsgFollowedLog : public FollowedLog
{
    Q_DECLARE_TR_FUNCTIONS(KmsgFollowedLog)

public:
    ~KmsgFollowedLog() override;

    // Opens the device; with `history` reading starts at the oldest record the ring buffer
    // holds, else after the newest. nullptr with *errnum set when it cannot be opened
    // (EPERM under kernel.dmesg_restrict=1 without CAP_SYSLOG, ENOENT in some containers).
    static std::unique_ptr<KmsgFollowedLog> open(const QString &path, bool history, int *errnum);

    QString displayPath() const override { return m_path; }
    FollowRead readAvailable(LineSink &sink) override;
    PollRequest pollRequest() override;

private:
    KmsgFollowedLog(int fd, QString path);

    int m_fd = -1;
    QString m_path;
    KmsgLineAssembler m_assembler;
    quint64 m_lostReported = 0;
};

} // namespace oom
