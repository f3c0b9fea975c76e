// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "root.h"

#include <QFile>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>

namespace oom {

Root::Root(const QString &path)
    : m_path(path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        m_openError = errno;
        return;
    }
    m_fd = std::make_shared<posixfile::UniqueFd>(fd);
    // The same inode as "/" means the live system, whatever path led to it ("/", "//",
    // a symlink to /).
    struct stat mine = {};
    struct stat system = {};
    m_live = ::fstat(fd, &mine) == 0 && ::stat("/", &system) == 0 && mine.st_dev == system.st_dev
        && mine.st_ino == system.st_ino;
}

posixfile::ReadResult Root::readSmall(const char *relativePath, char *buf,
                                      std::size_t capacity) const
{
    if (!isValid())
        return {0, m_openError ? m_openError : EBADF, false};
    return posixfile::readSmall(fd(), relativePath, buf, capacity, resolve());
}

posixfile::ReadResult Root::readAll(const char *relativePath, QByteArray &out,
                                    qsizetype limit) const
{
    if (!isValid()) {
        out.clear();
        return {0, m_openError ? m_openError : EBADF, false};
    }
    return posixfile::readAll(fd(), relativePath, out, limit, resolve());
}

int Root::openDirectory(const char *relativePath) const
{
    if (!isValid())
        return -(m_openError ? m_openError : EBADF);
    return posixfile::openDirectoryAt(fd(), relativePath, resolve());
}

} // namespace oom
