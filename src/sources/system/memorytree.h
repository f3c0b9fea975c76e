// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "sources/system/posixfile.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <memory>
#include <vector>

namespace oom {

// A read-only directory tree held in memory: the members of a bundle archive, loaded once
// so that SystemTree reads a bundle like a root directory without extracting anything to
// disk (ARCHITECTURE.md "sources": a bundle and the live system look alike).
//
// SystemTree's readers work on directory descriptors (posixfile), so a tree is reached
// through descriptors too: numbers from a range the kernel never hands out (at or above
// 2^30; the kernel's fd limit, fs.nr_open, is 2^20 by default), which posixfile passes here.
// A file opened with posixfile::openAt() becomes a real memfd holding its bytes, so code
// that closes it with ::close() keeps working.
class MemoryTree
{
public:
    MemoryTree();

    // Paths are relative ("proc/meminfo"); missing parent directories are created. A path
    // added twice keeps the last data (tar semantics: a later member replaces an earlier one).
    void addFile(QByteArrayView path, QByteArray data);
    void addDirectory(QByteArrayView path);

    int fileCount() const { return m_files; }
    qint64 dataBytes() const { return m_bytes; }

    // Index of the node at `path` below `from` (0 is the root); -ENOENT / -ENOTDIR.
    // ".." never leaves the root, as openat2(RESOLVE_IN_ROOT) behaves.
    int resolve(int from, QByteArrayView path) const;
    bool isDirectory(int node) const { return m_nodes[std::size_t(node)].directory; }
    const QByteArray &data(int node) const { return m_nodes[std::size_t(node)].data; }
    // Children of a directory node in name order: name, isDirectory.
    void forEachChild(int node, const std::function<void(const char *, bool)> &f) const;

private:
    struct Node {
        bool directory = false;
        int parent = 0;
        QByteArray data;
        std::vector<std::pair<QByteArray, int>> children; // sorted by name
    };
    int child(int node, QByteArrayView name) const;
    int makePath(QByteArrayView path, bool lastIsDirectory);

    std::vector<Node> m_nodes;
    int m_files = 0;
    qint64 m_bytes = 0;
};

// The descriptors into MemoryTrees. Thread-safe; posixfile is their only user besides Root.
namespace memorytree {

inline constexpr int FirstDescriptor = 1 << 30;
inline bool isDescriptor(int fd)
{
    return fd >= FirstDescriptor;
}

// A descriptor for the tree's root directory (released with close()).
int openRoot(std::shared_ptr<const MemoryTree> tree);
void close(int fd);

// posixfile's operations on a tree descriptor; same contracts as there.
int openAt(int dirfd, const char *name, int flags);
posixfile::ReadResult readSmall(int dirfd, const char *name, char *buf, std::size_t capacity);
posixfile::ReadResult readAll(int dirfd, const char *name, QByteArray &out, qsizetype limit);
int forEachEntry(int dirfd, const std::function<void(const char *, bool)> &f);

} // namespace memorytree
} // namespace oom
