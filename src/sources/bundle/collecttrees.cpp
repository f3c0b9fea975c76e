// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The two large parts of a bundle: the cgroup tree's memory files and the process table.
// Each is summarised in the MANIFEST (BundleManifest::Section) instead of listed.
#include "sources/bundle/collectreader.h"
#include "sources/system/cgrouplayout.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <vector>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

// The files CgroupWalker reads, per kind of hierarchy (cgroupwalker.cpp) — nothing else
// of a cgroup (not cgroup.procs: the process table has each process's cgroup).
QList<QByteArray> cgroupFiles(const CgroupHierarchy &h)
{
    QList<QByteArray> files;
    if (h.version == CgroupVersion::V2) {
        files.append("memory.pressure");
        if (h.hasController(u"memory") || !h.controllersKnown)
            files.append({"memory.current", "memory.max", "memory.high", "memory.low", "memory.min",
                          "memory.peak", "memory.swap.current", "memory.swap.max",
                          "memory.swap.high", "memory.oom.group", "memory.events",
                          "memory.events.local", "memory.swap.events", "memory.stat"});
        if (h.hasController(u"cpuset") || !h.controllersKnown)
            files.append({"cpuset.mems", "cpuset.mems.effective"});
        return files;
    }
    if (h.hasController(u"memory")) {
        for (const char *prefix :
             {"memory.", "memory.memsw.", "memory.kmem.", "memory.kmem.tcp."}) {
            for (const char *suffix :
                 {"usage_in_bytes", "limit_in_bytes", "max_usage_in_bytes", "failcnt"})
                files.append(QByteArray(prefix) + suffix);
        }
        files.append({"memory.soft_limit_in_bytes", "memory.swappiness", "memory.use_hierarchy",
                      "memory.oom_control", "memory.stat"});
    }
    if (h.hasController(u"cpuset"))
        files.append({"cpuset.mems", "cpuset.effective_mems"});
    return files;
}

} // namespace

void CollectReader::cgroupTree()
{
    BundleManifest::Section section;
    if (stopped()) {
        section.leftOut = tr("the collection stopped first");
        record([section](BundleManifest &m) {
            m.cgroupTree = section;
        });
        return;
    }
    const CgroupLayoutInfo layout = detectCgroupLayout(m_root);
    char buf[32 * 1024];
    QByteArray spill;
    for (const CgroupHierarchy &h : layout.hierarchies)
        section.roots.append(h.directory);
    for (const CgroupHierarchy &h : layout.hierarchies) {
        const QList<QByteArray> files = cgroupFiles(h);
        const QByteArray top = QFile::encodeName(h.directory);
        // The top's controller list tells SystemTree what the hierarchy offers.
        if (h.version == CgroupVersion::V2)
            systemFile(top + "/cgroup.controllers");
        struct Frame {
            QByteArray directory;
            int depth;
        };
        std::vector<Frame> stack{{top, 0}};
        while (!stack.empty() && !stopped() && section.leftOut.isEmpty()) {
            const Frame frame = stack.back();
            stack.pop_back();
            if (section.entries >= m_limits.maxCgroups) {
                section.leftOut = tr("more than %1 cgroups").arg(m_limits.maxCgroups);
                break;
            }
            posixfile::UniqueFd dir(m_root.openDirectory(frame.directory.constData()));
            if (!dir.isValid()) {
                ++section.vanished; // removed since its parent was listed
                continue;
            }
            ++section.entries;
            for (const QByteArray &name : files) {
                const QByteArray path = frame.directory + '/' + name;
                m_s->setCurrent(path);
                posixfile::ReadResult r = posixfile::readSmall(dir.get(), name.constData(), buf,
                                                               sizeof buf, m_root.resolve());
                QByteArrayView data(buf, r.size);
                if (r.ok() && r.truncated) { // memory.stat of a big v1 tree, a long events file
                    r = posixfile::readAll(dir.get(), name.constData(), spill,
                                           m_limits.maxFileBytes, m_root.resolve());
                    data = spill;
                    if (r.truncated)
                        ++section.truncatedFiles;
                }
                if (!r.ok()) {
                    if (r.error == EACCES || r.error == EPERM)
                        ++section.denied[QString::fromLatin1(name)];
                    continue; // absent on this kernel, or removed
                }
                if (!reserve(data.size())) {
                    section.leftOut = tr("the bundle size limit was reached");
                    break;
                }
                CollectItem item;
                item.path = path;
                item.data = data.toByteArray();
                item.isFile = true;
                ++section.files;
                section.bytes += data.size();
                push(std::move(item));
            }
            if (frame.depth >= m_limits.maxCgroupDepth)
                continue;
            QList<QByteArray> children;
            posixfile::forEachEntry(dir.get(), [&](const char *name, bool isDirectory) {
                if (isDirectory)
                    children.append(QByteArray(name));
            });
            // Pushed in reverse so the walk visits children in name order.
            std::sort(children.begin(), children.end(), std::greater<>());
            for (const QByteArray &child : std::as_const(children))
                stack.push_back({frame.directory + '/' + child, frame.depth + 1});
        }
    }
    if (m_stopped && section.leftOut.isEmpty())
        section.leftOut = tr("the collection stopped first");
    record([section](BundleManifest &m) {
        m.cgroupTree = section;
    });
}

void CollectReader::processTable()
{
    BundleManifest::Section section;
    const auto finish = [&] {
        if (m_stopped && section.leftOut.isEmpty())
            section.leftOut = tr("the collection stopped first");
        m_stopped = false; // the summary itself must reach the MANIFEST
        record([section](BundleManifest &m) {
            m.processTable = section;
        });
    };
    if (stopped())
        return finish();
    posixfile::UniqueFd proc(m_root.openDirectory("proc"));
    if (!proc.isValid()) {
        section.leftOut = describeReadError(-proc.get());
        return finish();
    }
    std::vector<qint64> pids;
    posixfile::forEachEntry(proc.get(), [&](const char *name, bool isDirectory) {
        if (!isDirectory || name[0] < '1' || name[0] > '9')
            return;
        bool ok = false;
        const qint64 pid = QByteArrayView(name).toLongLong(&ok);
        if (ok)
            pids.push_back(pid);
    });
    std::sort(pids.begin(), pids.end());
    if (pids.size() > std::size_t(m_limits.maxProcesses)) {
        section.leftOut = tr("%1 processes, more than the limit of %2")
                              .arg(pids.size())
                              .arg(m_limits.maxProcesses);
        pids.resize(std::size_t(m_limits.maxProcesses));
    }
    // Nothing else of /proc/<pid>: not environ, maps, fd or smaps (secrets, and slow).
    static const char *const files[] = {"stat",          "status", "oom_score",
                                        "oom_score_adj", "cgroup", "cmdline"};
    QByteArray buf(qsizetype(m_limits.maxProcessFileBytes) + 1, Qt::Uninitialized);
    for (const qint64 pid : pids) {
        if (stopped())
            break;
        const QByteArray directory = "proc/" + QByteArray::number(pid);
        m_s->setCurrent(directory);
        posixfile::UniqueFd dir(
            posixfile::openDirectoryAt(proc.get(), directory.constData() + 5, m_root.resolve()));
        if (!dir.isValid()) {
            ++section.vanished;
            continue;
        }
        // A process is taken whole or not at all: one that exits between two of its files
        // would otherwise pair the stat of one life with nothing of the next.
        QList<CollectItem> items;
        bool gone = false;
        qint64 bytes = 0;
        for (const char *file : files) {
            const posixfile::ReadResult r = posixfile::readSmall(
                dir.get(), file, buf.data(), std::size_t(buf.size()), m_root.resolve());
            if (!r.ok()) {
                if (r.error == ESRCH || r.error == ENOENT) {
                    gone = true;
                    break;
                }
                if (r.error == EACCES || r.error == EPERM)
                    ++section.denied[QString::fromLatin1(file)];
                continue;
            }
            qsizetype size = r.size;
            if (size > m_limits.maxProcessFileBytes) {
                size = qsizetype(m_limits.maxProcessFileBytes);
                ++section.truncatedFiles;
            }
            CollectItem item;
            item.path = directory + '/' + file;
            item.data = QByteArray(buf.constData(), size);
            item.isFile = true;
            bytes += size;
            items.append(std::move(item));
        }
        if (gone) {
            ++section.vanished;
            continue;
        }
        if (!reserve(bytes + 512 * std::max<qsizetype>(0, items.size() - 1))) {
            section.leftOut = tr("the bundle size limit was reached after %n process(es)", nullptr,
                                 section.entries);
            break;
        }
        ++section.entries;
        section.files += items.size();
        section.bytes += bytes;
        for (CollectItem &item : items)
            push(std::move(item));
    }
    finish();
}

} // namespace oom
