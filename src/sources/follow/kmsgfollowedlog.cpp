// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/follow/kmsgfollowedlog.h"

#include "sources/input/filestream.h"
#include "sources/input/linesink.h"

#include <QFile>

#include <cerrno>
#include <climits>
#include <fcntl.h>
#include <unistd.h>

namespace oom {

namespace {

// A record with its dictionary is at most about 8 KiB (printk's CONSOLE_EXT_LOG_MAX); a
// smaller buffer makes read() fail with EINVAL.
constexpr size_t RecordBuffer = 16 * 1024;
// Records per readAvailable(): the ring buffer's history (a few thousand records, at most
// a few hundred thousand) is read in slices so a follower with several logs stays fair.
constexpr int RecordsPerCall = 4096;

} // namespace

KmsgFollowedLog::KmsgFollowedLog(int fd, QString path)
    : m_fd(fd)
    , m_path(std::move(path))
{
}

KmsgFollowedLog::~KmsgFollowedLog()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

std::unique_ptr<KmsgFollowedLog> KmsgFollowedLog::open(const QString &path, bool history,
                                                       int *errnum)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        if (errnum)
            *errnum = errno;
        return nullptr;
    }
    // A new reader starts at the oldest record; SEEK_END moves it past the newest, so only
    // what the kernel logs from now on is read.
    if (!history && ::lseek(fd, 0, SEEK_END) < 0) {
        if (errnum)
            *errnum = errno;
        ::close(fd);
        return nullptr;
    }
    return std::unique_ptr<KmsgFollowedLog>(new KmsgFollowedLog(fd, path));
}

FollowRead KmsgFollowedLog::readAvailable(LineSink &sink)
{
    FollowRead result;
    const qint64 linesBefore = m_assembler.linesFed();
    char buffer[RecordBuffer];
    int records = 0;
    bool atEnd = false;
    bool overruns = false;
    while (records < RecordsPerCall) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EPIPE) {
                m_assembler.overrun();
                overruns = true;
                continue; // the next read() returns the oldest record still there
            }
            if (errno == EAGAIN) {
                atEnd = true;
                break;
            }
            // EPERM here is a kernel that checks dmesg_restrict per read(); EINVAL a
            // record larger than the buffer (not seen from real kernels).
            result.failed = true;
            result.errnum = errno;
            result.error = describeIoError(errno);
            break;
        }
        if (n == 0) { // only something that is not the kmsg device says end of file
            atEnd = true;
            break;
        }
        ++records;
        // Every record since 3.5 has the header; bytes without one are not a record.
        if (const auto record = parseKmsgRecord(QByteArrayView(buffer, qsizetype(n))))
            m_assembler.add(*record, sink);
    }
    // A '+' fragment is joined only within a burst: once the kernel has gone quiet the line
    // is as complete as it will be, and holding it back would delay the incident.
    if (atEnd || result.failed)
        m_assembler.flush(sink);
    result.more = !atEnd && !result.failed;
    result.lines = m_assembler.linesFed() - linesBefore;
    // The sequence numbers say how many were lost; an EPIPE before the first record read
    // (nothing to count from) still says that some were.
    const quint64 lost = m_assembler.recordsLost() - m_lostReported;
    m_lostReported = m_assembler.recordsLost();
    if (lost > 0) {
        result.notices.append(
            tr("%1: %n record(s) were overwritten by the kernel before they could "
               "be read; an incident among them may be incomplete",
               nullptr, int(qMin<quint64>(lost, INT_MAX)))
                .arg(m_path));
    } else if (overruns) {
        result.notices.append(tr("%1: records were overwritten by the kernel before they could be "
                                 "read; an incident among them may be incomplete")
                                  .arg(m_path));
    }
    return result;
}

PollRequest KmsgFollowedLog::pollRequest()
{
    return {m_fd, POLLIN, -1};
}

} // namespace oom
