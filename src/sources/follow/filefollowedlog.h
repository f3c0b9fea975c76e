// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "sources/follow/followedlog.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

#include <sys/types.h>

namespace oom {

// A syslog daemon's file (/var/log/kern.log, /var/log/messages) followed like `tail -F`:
// woken by inotify on its directory (and every second anyway, for file systems without
// inotify), it reads complete lines, and notices rotation — the name now leads to another
// file (logrotate's create: the old file is read to its end first) or the file got shorter
// (copytruncate: read again from the start, after a gap).
class FileFollowedLog : public FollowedLog
{
    Q_DECLARE_TR_FUNCTIONS(FileFollowedLog)

public:
    ~FileFollowedLog() override;

    // With `history` from the start of the current file, else from its end. nullptr with
    // *errnum set when it cannot be opened.
    static std::unique_ptr<FileFollowedLog> open(const QString &path, bool history, int *errnum);

    QString displayPath() const override { return m_path; }
    FollowRead readAvailable(LineSink &sink) override;
    PollRequest pollRequest() override;

private:
    FileFollowedLog(QString path, int fd);
    // Reads what the open file has; false when the per-call bound was reached first.
    bool readToEnd(LineSink &sink, FollowRead &result);
    // At the end of the open file: switches to a new file of that name or rewinds a
    // truncated one. True when there may be more to read.
    bool checkRotation(LineSink &sink, FollowRead &result);
    void feedLines(LineSink &sink, FollowRead &result);

    QString m_path;
    QByteArray m_native;
    int m_fd = -1;
    dev_t m_device = 0;
    ino_t m_inode = 0;
    qint64 m_offset = 0;
    int m_inotify = -1;
    QByteArray m_buffer; // bytes read and not fed yet: the start of an unfinished line
    bool m_skipFirstFragment = false; // started at the end of a file, mid-line
    qint64 m_lines = 0;
};

} // namespace oom
