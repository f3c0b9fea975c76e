// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/system/root.h"

#include "sources/system/archiveroot.h"

#include <QFile>

#include <cerrno>
#include <cstring>

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
        if (m_openError == ENOTDIR) // a file: a bundle archive
            *this = fromArchive(path);
        else
            m_openErrorString = QString::fromLocal8Bit(std::strerror(m_openError));
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

Root Root::fromArchive(const QString &path)
{
    Root root;
    root.m_path = path;
    root.m_archive = true;
    ArchiveTree loaded = ArchiveRootLoader::load(path);
    root.m_loadWarnings = loaded.warnings;
    if (!loaded.tree) {
        root.m_openError = loaded.errnum ? loaded.errnum : EINVAL;
        root.m_openErrorString = loaded.error;
        return root;
    }
    root.m_fd = std::make_shared<posixfile::UniqueFd>(memorytree::openRoot(std::move(loaded.tree)));
    return root;
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
