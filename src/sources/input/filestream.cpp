// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/input/filestream.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace oom {

namespace {

QString describeFileType(mode_t mode)
{
    if (S_ISDIR(mode))
        return FileStream::tr("a directory");
    if (S_ISFIFO(mode))
        return FileStream::tr("a FIFO");
    if (S_ISCHR(mode))
        return FileStream::tr("a character device");
    if (S_ISBLK(mode))
        return FileStream::tr("a block device");
    if (S_ISSOCK(mode))
        return FileStream::tr("a socket");
    return FileStream::tr("not a regular file");
}

} // namespace

QString describeIoError(int errnum)
{
    switch (errnum) {
    case EACCES:
    case EPERM: return FileStream::tr("permission denied");
    case ENOENT: return FileStream::tr("no such file or directory");
    case ENOTDIR: return FileStream::tr("a component of the path is not a directory");
    case ELOOP: return FileStream::tr("too many levels of symbolic links");
    case EISDIR: return FileStream::tr("is a directory");
    case EIO: return FileStream::tr("input/output error");
    default: return QString::fromLocal8Bit(std::strerror(errnum));
    }
}

FileStream::FileStream(int fd, qint64 size)
    : m_fd(fd)
    , m_size(size)
{
}

FileStream::~FileStream()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

std::unique_ptr<FileStream> FileStream::open(const QString &path, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    // O_NONBLOCK so that opening a FIFO returns at once instead of waiting for a writer.
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        *error = describeIoError(errno);
        return nullptr;
    }
    struct stat st = {};
    if (::fstat(fd, &st) != 0) {
        *error = describeIoError(errno);
        ::close(fd);
        return nullptr;
    }
    if (!S_ISREG(st.st_mode)) {
        *error = tr("not a regular file (%1)").arg(describeFileType(st.st_mode));
        ::close(fd);
        return nullptr;
    }
    // O_NONBLOCK stays: it changes nothing for a file on disk, and a pseudo file that would
    // wait for data (/proc/kmsg and the like) fails with EAGAIN instead of hanging.
    std::unique_ptr<FileStream> stream(new FileStream(fd, qint64(st.st_size)));
    stream->m_path = path;
    return stream;
}

qint64 FileStream::read(char *buffer, qint64 maxSize)
{
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, size_t(maxSize));
        if (n >= 0) {
            m_pos += n;
            return qint64(n);
        }
        if (errno == EINTR)
            continue;
        m_error = describeIoError(errno);
        return -1;
    }
}

qint64 FileStream::readAt(qint64 offset, char *buffer, qint64 maxSize)
{
    qint64 done = 0;
    while (done < maxSize) {
        const ssize_t n =
            ::pread(m_fd, buffer + done, size_t(maxSize - done), off_t(offset + done));
        if (n == 0)
            break;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            m_error = describeIoError(errno);
            return -1;
        }
        done += n;
    }
    return done;
}

QByteArray FileStream::sampleAt(qint64 offset, qint64 maxSize)
{
    QByteArray sample(qsizetype(maxSize), Qt::Uninitialized);
    const qint64 n = readAt(offset, sample.data(), maxSize);
    sample.truncate(qsizetype(qMax<qint64>(n, 0)));
    return sample;
}

qint64 FileStream::seek(qint64 offset, int whence)
{
    const off_t pos = ::lseek(m_fd, off_t(offset), whence);
    if (pos < 0) {
        m_error = describeIoError(errno);
        return -1;
    }
    m_pos = qint64(pos);
    return m_pos;
}

QString FileStream::errorString() const
{
    return m_error;
}

} // namespace oom
