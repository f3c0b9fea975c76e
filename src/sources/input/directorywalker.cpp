// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/input/directorywalker.h"

#include "sources/input/filestream.h"

#include <QFile>
#include <QSet>

#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

namespace oom {

namespace {

// Kernel pseudo file systems hold no logs, and some of their files block or consume what
// they return (/proc/kmsg takes messages away from the system logger).
bool isPseudoFileSystem(int fd)
{
    struct statfs fs = {};
    if (::fstatfs(fd, &fs) != 0)
        return false;
    switch (static_cast<unsigned long>(fs.f_type)) {
    case PROC_SUPER_MAGIC:
    case SYSFS_MAGIC:
    case CGROUP_SUPER_MAGIC:
    case CGROUP2_SUPER_MAGIC:
    case DEBUGFS_MAGIC:
    case TRACEFS_MAGIC:
    case SECURITYFS_MAGIC:
    case DEVPTS_SUPER_MAGIC:
    case BPF_FS_MAGIC:
    case PSTOREFS_MAGIC: return true;
    default: return false;
    }
}

struct Walker {
    const WalkLimits &limits;
    WalkResult &result;
    QSet<std::pair<quint64, quint64>> visited; // (device, inode) of directories
    int entries = 0;

    void visit(int dirFd, const QString &relative, int depth)
    {
        struct stat st = {};
        if (::fstat(dirFd, &st) != 0 || visited.contains({quint64(st.st_dev), quint64(st.st_ino)})
            || isPseudoFileSystem(dirFd)) {
            ::close(dirFd);
            return;
        }
        visited.insert({quint64(st.st_dev), quint64(st.st_ino)});
        DIR *dir = ::fdopendir(dirFd);
        if (!dir) {
            ::close(dirFd);
            return;
        }
        QList<QByteArray> subdirectories;
        while (struct dirent *entry = ::readdir(dir)) {
            if (entry->d_name[0] == '.')
                continue; // ".", ".." and hidden entries
            if (++entries > limits.maxEntries) {
                result.entryLimitReached = true;
                break;
            }
            struct stat entrySt = {};
            if (::fstatat(dirFd, entry->d_name, &entrySt, AT_SYMLINK_NOFOLLOW) != 0)
                continue;
            if (S_ISREG(entrySt.st_mode))
                result.files.append(join(relative, entry->d_name));
            else if (S_ISDIR(entrySt.st_mode))
                subdirectories.append(QByteArray(entry->d_name));
            // Links, devices, FIFOs and sockets are left alone.
        }
        // The directory stays open while its children are visited (one descriptor per
        // level, never one per sibling).
        for (const QByteArray &name : std::as_const(subdirectories)) {
            if (result.entryLimitReached)
                break;
            const QString path = join(relative, name.constData());
            if (depth + 1 > limits.maxDepth) {
                result.depthLimitReached = true;
                continue;
            }
            const int childFd =
                ::openat(dirFd, name.constData(),
                         O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY);
            if (childFd < 0) {
                result.problems.append({path, describeIoError(errno)});
                continue;
            }
            visit(childFd, path, depth + 1);
        }
        ::closedir(dir); // closes dirFd
    }

    static QString join(const QString &relative, const char *name)
    {
        const QString decoded = QFile::decodeName(name);
        if (relative.isEmpty())
            return decoded;
        return relative + QLatin1Char('/') + decoded;
    }
};

} // namespace

WalkResult DirectoryWalker::walk(const QString &root, const WalkLimits &limits)
{
    WalkResult result;
    const QByteArray native = QFile::encodeName(root);
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        result.problems.append({QString(), describeIoError(errno)});
        return result;
    }
    Walker walker{limits, result, {}, 0};
    walker.visit(fd, QString(), 0);
    return result;
}

} // namespace oom
