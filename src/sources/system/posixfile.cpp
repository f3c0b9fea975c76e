// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/system/posixfile.h"

#include "sources/system/memorytree.h"

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#if __has_include(<linux/openat2.h>)
#include <linux/openat2.h>
#define OOMLENS_HAVE_OPENAT2 1
#endif

namespace oom::posixfile {

void UniqueFd::reset(int fd) noexcept
{
    // A bundle loaded into memory (memorytree.h) has descriptors of its own.
    if (memorytree::isDescriptor(m_fd))
        memorytree::close(m_fd);
    else if (m_fd >= 0)
        ::close(m_fd);
    m_fd = fd;
}

namespace {

#if defined(OOMLENS_HAVE_OPENAT2) && defined(SYS_openat2)
// -1 unknown, 0 unsupported (kernel < 5.6, or a seccomp filter), 1 supported
std::atomic<int> g_openat2 = -1;

int openInRoot(int dirfd, const char *name, int flags)
{
    if (g_openat2 != 0) {
        open_how how = {};
        how.flags = std::uint64_t(flags);
        how.resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS;
        const long fd = ::syscall(SYS_openat2, dirfd, name, &how, sizeof how);
        if (fd >= 0 || (errno != ENOSYS && errno != EPERM)) {
            g_openat2 = 1;
            return int(fd);
        }
        if (g_openat2 == 1)
            return -1;
        g_openat2 = 0;
    }
    // Without openat2: no symlink anywhere in a bundle is followed for the last
    // component; bundles written by the collector hold none.
    return ::openat(dirfd, name, flags | O_NOFOLLOW);
}
#else
int openInRoot(int dirfd, const char *name, int flags)
{
    return ::openat(dirfd, name, flags | O_NOFOLLOW);
}
#endif

} // namespace

int openAt(int dirfd, const char *name, int flags, Resolve resolve)
{
    if (memorytree::isDescriptor(dirfd))
        return memorytree::openAt(dirfd, name, flags);
    flags |= O_CLOEXEC | O_NOCTTY;
    int fd = -1;
    do {
        fd = resolve == Resolve::InRoot ? openInRoot(dirfd, name, flags)
                                        : ::openat(dirfd, name, flags);
    } while (fd < 0 && errno == EINTR);
    return fd >= 0 ? fd : -errno;
}

int openDirectoryAt(int dirfd, const char *name, Resolve resolve)
{
    return openAt(dirfd, name, O_RDONLY | O_DIRECTORY, resolve);
}

ReadResult readSmall(int dirfd, const char *name, char *buf, std::size_t capacity, Resolve resolve)
{
    if (memorytree::isDescriptor(dirfd))
        return memorytree::readSmall(dirfd, name, buf, capacity);
    ReadResult result;
    const int fd = openAt(dirfd, name, O_RDONLY | O_NONBLOCK, resolve);
    if (fd < 0) {
        result.error = -fd;
        return result;
    }
    std::size_t total = 0;
    for (;;) {
        const ssize_t n = ::read(fd, buf + total, capacity - total);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            result.error = errno;
            break;
        }
        total += std::size_t(n);
        if (n == 0 || total < capacity)
            break;
        // Full: is there more? One byte of probing would lose it, so report truncation.
        result.truncated = true;
        break;
    }
    ::close(fd);
    result.size = qsizetype(total);
    return result;
}

ReadResult readAll(int dirfd, const char *name, QByteArray &out, qsizetype limit, Resolve resolve)
{
    if (memorytree::isDescriptor(dirfd))
        return memorytree::readAll(dirfd, name, out, limit);
    ReadResult result;
    out.resize(0);
    const int fd = openAt(dirfd, name, O_RDONLY | O_NONBLOCK, resolve);
    if (fd < 0) {
        result.error = -fd;
        return result;
    }
    qsizetype total = 0;
    qsizetype chunk = 16 * 1024;
    for (;;) {
        if (total >= limit) {
            result.truncated = true;
            break;
        }
        const qsizetype want = qMin(chunk, limit - total);
        out.resize(total + want);
        const ssize_t n = ::read(fd, out.data() + total, std::size_t(want));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            result.error = errno;
            break;
        }
        if (n == 0)
            break;
        total += n;
        chunk = qMin<qsizetype>(chunk * 2, 1024 * 1024);
    }
    ::close(fd);
    out.resize(total);
    result.size = total;
    return result;
}

int forEachEntry(int dirfd, const std::function<void(const char *, bool)> &f)
{
    if (memorytree::isDescriptor(dirfd))
        return memorytree::forEachEntry(dirfd, f);
    const int copy = ::fcntl(dirfd, F_DUPFD_CLOEXEC, 0);
    if (copy < 0)
        return errno;
    DIR *dir = ::fdopendir(copy);
    if (!dir) {
        const int error = errno;
        ::close(copy);
        return error;
    }
    ::rewinddir(dir); // the duplicate shares the offset of a descriptor read before
    int error = 0;
    for (;;) {
        errno = 0;
        const dirent *entry = ::readdir(dir);
        if (!entry) {
            error = errno;
            break;
        }
        const char *name = entry->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
            continue;
        bool isDirectory = entry->d_type == DT_DIR;
        if (entry->d_type == DT_UNKNOWN) {
            struct stat st = {};
            isDirectory =
                ::fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode);
        }
        f(name, isDirectory);
    }
    ::closedir(dir);
    return error;
}

} // namespace oom::posixfile
