// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/follow/filefollowedlog.h"

#include "sources/input/filestream.h"
#include "sources/input/linesink.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

namespace oom {

namespace {

constexpr qsizetype ChunkBytes = 64 * 1024;
// Bytes per readAvailable(): a multi-GiB kern.log read with --history comes in slices.
constexpr qint64 BytesPerCall = 4 * 1024 * 1024;
// A "line" longer than this without a newline is fed in pieces rather than held forever.
constexpr qsizetype MaxLineBytes = 1024 * 1024;
// inotify tells of every write; the timer covers NFS and other file systems where it
// does not, and a rename into place that inotify missed.
constexpr int CheckIntervalMs = 1000;

} // namespace

FileFollowedLog::FileFollowedLog(QString path, int fd)
    : m_path(std::move(path))
    , m_native(QFile::encodeName(m_path))
    , m_fd(fd)
{
    struct stat st = {};
    if (::fstat(m_fd, &st) == 0) {
        m_device = st.st_dev;
        m_inode = st.st_ino;
    }
    // The directory, not the file: logrotate renames the file and creates a new one, and
    // only the directory sees the new name appear.
    m_inotify = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_inotify >= 0) {
        const QByteArray directory = QFile::encodeName(QFileInfo(m_path).absolutePath());
        if (::inotify_add_watch(m_inotify, directory.constData(),
                                IN_MODIFY | IN_CREATE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE)
            < 0) {
            ::close(m_inotify);
            m_inotify = -1;
        }
    }
}

FileFollowedLog::~FileFollowedLog()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (m_inotify >= 0)
        ::close(m_inotify);
}

std::unique_ptr<FileFollowedLog> FileFollowedLog::open(const QString &path, bool history,
                                                       int *errnum)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        if (errnum)
            *errnum = errno;
        return nullptr;
    }
    struct stat st = {};
    const int statError = ::fstat(fd, &st) == 0 ? 0 : errno;
    if (statError || !S_ISREG(st.st_mode)) {
        // Only a regular file grows like a log; a FIFO or device would be read differently.
        if (errnum)
            *errnum = statError ? statError : (S_ISDIR(st.st_mode) ? EISDIR : EINVAL);
        ::close(fd);
        return nullptr;
    }
    std::unique_ptr<FileFollowedLog> log(new FileFollowedLog(path, fd));
    if (!history && st.st_size > 0) {
        log->m_offset = st.st_size;
        // Starting inside a line would feed its tail as if it were a whole line.
        char last = '\n';
        if (::pread(fd, &last, 1, st.st_size - 1) == 1 && last != '\n')
            log->m_skipFirstFragment = true;
    }
    return log;
}

void FileFollowedLog::feedLines(LineSink &sink, FollowRead &result)
{
    qsizetype from = 0;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', from);
        if (nl < 0)
            break;
        QByteArrayView line(m_buffer.constData() + from, nl - from);
        if (line.endsWith('\r'))
            line.chop(1);
        if (m_skipFirstFragment) {
            m_skipFirstFragment = false;
        } else {
            sink.addLine(line, ++m_lines);
            ++result.lines;
        }
        from = nl + 1;
    }
    m_buffer.remove(0, from);
    if (m_buffer.size() > MaxLineBytes) {
        sink.addLine(m_buffer, ++m_lines);
        ++result.lines;
        m_buffer.clear();
    }
}

bool FileFollowedLog::readToEnd(LineSink &sink, FollowRead &result)
{
    qint64 done = 0;
    while (done < BytesPerCall) {
        const qsizetype old = m_buffer.size();
        m_buffer.resize(old + ChunkBytes);
        const ssize_t n = ::pread(m_fd, m_buffer.data() + old, size_t(ChunkBytes), m_offset);
        if (n < 0) {
            m_buffer.resize(old);
            if (errno == EINTR)
                continue;
            result.failed = true;
            result.errnum = errno;
            result.error = describeIoError(errno);
            return true;
        }
        m_buffer.resize(old + n);
        if (n == 0)
            return true;
        m_offset += n;
        done += n;
        feedLines(sink, result);
    }
    return false;
}

bool FileFollowedLog::checkRotation(LineSink &sink, FollowRead &result)
{
    struct stat st = {};
    if (::stat(m_native.constData(), &st) != 0)
        return false; // renamed away and not created again yet: the old file may still grow
    if (st.st_dev == m_device && st.st_ino == m_inode) {
        if (st.st_size >= m_offset)
            return false;
        // copytruncate: the same file, emptied and written from the start again.
        m_offset = 0;
        m_buffer.clear();
        sink.addGap();
        result.notices.append(tr("%1 was truncated (rotated by copytruncate); reading it from "
                                 "the start")
                                  .arg(m_path));
        return true;
    }
    const int fd = ::open(m_native.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return false; // between the rename and the create, or not readable: try again later
    // The old file is read to its end; an unfinished last line of it is all there will be.
    if (!m_buffer.isEmpty()) {
        sink.addLine(m_buffer, ++m_lines);
        ++result.lines;
        m_buffer.clear();
    }
    ::close(m_fd);
    m_fd = fd;
    m_offset = 0;
    struct stat opened = {};
    if (::fstat(m_fd, &opened) == 0) {
        m_device = opened.st_dev;
        m_inode = opened.st_ino;
    }
    result.notices.append(tr("%1 was rotated; following the new file").arg(m_path));
    return true;
}

FollowRead FileFollowedLog::readAvailable(LineSink &sink)
{
    FollowRead result;
    if (m_inotify >= 0) {
        // The events only wake us; what changed is found by reading and stat().
        char events[4096];
        while (::read(m_inotify, events, sizeof events) > 0) { }
    }
    for (int round = 0; round < 4; ++round) { // a rotation or two within one call at most
        if (!readToEnd(sink, result)) {
            result.more = true;
            return result;
        }
        if (result.failed || !checkRotation(sink, result))
            break;
    }
    return result;
}

PollRequest FileFollowedLog::pollRequest()
{
    return {m_inotify, POLLIN, CheckIntervalMs};
}

} // namespace oom
