// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/system/memorytree.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <mutex>
#include <unordered_map>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace oom {

MemoryTree::MemoryTree()
{
    Node root;
    root.directory = true;
    m_nodes.push_back(std::move(root));
}

int MemoryTree::child(int node, QByteArrayView name) const
{
    const auto &children = m_nodes[std::size_t(node)].children;
    const auto it = std::lower_bound(children.begin(), children.end(), name,
                                     [](const std::pair<QByteArray, int> &c, QByteArrayView n) {
                                         return QByteArrayView(c.first) < n;
                                     });
    if (it == children.end() || QByteArrayView(it->first) != name)
        return -1;
    return it->second;
}

int MemoryTree::makePath(QByteArrayView path, bool lastIsDirectory)
{
    int node = 0;
    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> out;
        qsizetype start = 0;
        while (start <= path.size()) {
            qsizetype slash = path.indexOf('/', start);
            if (slash < 0)
                slash = path.size();
            const QByteArrayView part = path.sliced(start, slash - start);
            if (!part.isEmpty() && part != ".")
                out.append(part);
            start = slash + 1;
        }
        return out;
    }();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QByteArrayView part = parts[i];
        if (part == "..") { // ArchiveReader refuses these; never climb above the root
            node = m_nodes[std::size_t(node)].parent;
            continue;
        }
        const bool last = i + 1 == parts.size();
        const bool wantDirectory = !last || lastIsDirectory;
        int found = child(node, part);
        if (found >= 0) {
            Node &existing = m_nodes[std::size_t(found)];
            if (existing.directory != wantDirectory) {
                // A file where a directory is needed (or the reverse): the later wins.
                existing.directory = wantDirectory;
                if (wantDirectory) {
                    m_bytes -= existing.data.size();
                    existing.data.clear();
                    --m_files;
                } else {
                    existing.children.clear();
                    ++m_files;
                }
            }
            node = found;
            continue;
        }
        Node fresh;
        fresh.directory = wantDirectory;
        fresh.parent = node;
        m_nodes.push_back(std::move(fresh));
        found = int(m_nodes.size() - 1);
        auto &children = m_nodes[std::size_t(node)].children;
        const auto at = std::lower_bound(children.begin(), children.end(), part,
                                         [](const std::pair<QByteArray, int> &c, QByteArrayView n) {
                                             return QByteArrayView(c.first) < n;
                                         });
        children.insert(at, {part.toByteArray(), found});
        if (!wantDirectory)
            ++m_files;
        node = found;
    }
    return node;
}

void MemoryTree::addFile(QByteArrayView path, QByteArray data)
{
    const int node = makePath(path, false);
    if (node == 0)
        return; // an empty path names the root, which stays a directory
    Node &file = m_nodes[std::size_t(node)];
    m_bytes += data.size() - file.data.size();
    file.data = std::move(data);
}

void MemoryTree::addDirectory(QByteArrayView path)
{
    makePath(path, true);
}

int MemoryTree::resolve(int from, QByteArrayView path) const
{
    int node = path.startsWith('/') ? 0 : from;
    qsizetype start = 0;
    while (start <= path.size()) {
        qsizetype slash = path.indexOf('/', start);
        if (slash < 0)
            slash = path.size();
        const QByteArrayView part = path.sliced(start, slash - start);
        start = slash + 1;
        if (part.isEmpty() || part == ".")
            continue;
        if (!m_nodes[std::size_t(node)].directory)
            return -ENOTDIR;
        if (part == "..") {
            node = m_nodes[std::size_t(node)].parent;
            continue;
        }
        node = child(node, part);
        if (node < 0)
            return -ENOENT;
    }
    return node;
}

void MemoryTree::forEachChild(int node, const std::function<void(const char *, bool)> &f) const
{
    for (const auto &[name, index] : m_nodes[std::size_t(node)].children)
        f(name.constData(), m_nodes[std::size_t(index)].directory);
}

namespace memorytree {

namespace {

struct Handle {
    std::shared_ptr<const MemoryTree> tree;
    int node = 0;
};

struct Registry {
    std::mutex mutex;
    std::unordered_map<int, Handle> handles;
    int next = FirstDescriptor;

    int add(Handle handle)
    {
        const std::lock_guard lock(mutex);
        // 2^30 numbers; wrap around and skip the ones still open.
        do {
            if (next == std::numeric_limits<int>::max())
                next = FirstDescriptor;
            ++next;
        } while (handles.count(next));
        handles.emplace(next, std::move(handle));
        return next;
    }

    bool find(int fd, Handle &out)
    {
        const std::lock_guard lock(mutex);
        const auto it = handles.find(fd);
        if (it == handles.end())
            return false;
        out = it->second;
        return true;
    }
};

Registry &registry()
{
    static Registry r;
    return r;
}

// The node `name` names below the directory descriptor, or -errno.
int lookup(int dirfd, const char *name, Handle &handle)
{
    if (!registry().find(dirfd, handle))
        return -EBADF;
    return handle.tree->resolve(handle.node, QByteArrayView(name));
}

// A real descriptor holding the bytes, for callers that read() and close() it themselves.
int memfdWith(const QByteArray &data)
{
    const int fd = ::memfd_create("oomlens-bundle-member", MFD_CLOEXEC);
    if (fd < 0)
        return -errno;
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, std::size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = n < 0 ? errno : EIO;
            ::close(fd);
            return -error;
        }
        done += n;
    }
    ::lseek(fd, 0, SEEK_SET);
    return fd;
}

} // namespace

int openRoot(std::shared_ptr<const MemoryTree> tree)
{
    return registry().add({std::move(tree), 0});
}

void close(int fd)
{
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    r.handles.erase(fd);
}

int openAt(int dirfd, const char *name, int flags)
{
    Handle handle;
    const int node = lookup(dirfd, name, handle);
    if (node < 0)
        return node;
    if (handle.tree->isDirectory(node)) {
        if ((flags & O_ACCMODE) != O_RDONLY)
            return -EISDIR;
        return registry().add({handle.tree, node});
    }
    if (flags & O_DIRECTORY)
        return -ENOTDIR;
    return memfdWith(handle.tree->data(node));
}

namespace {

// The file `name` below `dirfd`; `handle` keeps its tree alive. nullptr with *error (an
// errno) for a missing name or a directory.
const QByteArray *fileData(int dirfd, const char *name, Handle &handle, int *error)
{
    const int node = lookup(dirfd, name, handle);
    *error = node < 0 ? -node : handle.tree->isDirectory(node) ? EISDIR : 0;
    return *error ? nullptr : &handle.tree->data(node);
}

} // namespace

posixfile::ReadResult readSmall(int dirfd, const char *name, char *buf, std::size_t capacity)
{
    Handle handle;
    int error = 0;
    const QByteArray *file = fileData(dirfd, name, handle, &error);
    if (!file)
        return {0, error, false};
    const QByteArray &data = *file;
    const std::size_t size = std::min(capacity, std::size_t(data.size()));
    std::memcpy(buf, data.constData(), size);
    return {qsizetype(size), 0, size < std::size_t(data.size())};
}

posixfile::ReadResult readAll(int dirfd, const char *name, QByteArray &out, qsizetype limit)
{
    out.resize(0);
    Handle handle;
    int error = 0;
    const QByteArray *file = fileData(dirfd, name, handle, &error);
    if (!file)
        return {0, error, false};
    const QByteArray &data = *file;
    const bool truncated = data.size() > limit;
    out = truncated ? data.first(limit) : data; // shares the bytes when whole
    return {out.size(), 0, truncated};
}

int forEachEntry(int dirfd, const std::function<void(const char *, bool)> &f)
{
    Handle handle;
    if (!registry().find(dirfd, handle))
        return EBADF;
    handle.tree->forEachChild(handle.node, f);
    return 0;
}

} // namespace memorytree
} // namespace oom
