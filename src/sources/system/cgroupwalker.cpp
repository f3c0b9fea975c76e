// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/system/cgroupwalker.h"

#include "core/parse/proc/cgroupfiles.h"
#include "core/parse/proc/cgroupowner.h"
#include "core/parse/proc/procsystem.h"
#include "sources/system/notecollector.h"
#include "sources/system/root.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace oom {

// What one hierarchy offers, decided once per walk instead of probing every file.
struct CgroupWalker::Private {
    Private(CgroupWalker &w, const CgroupHierarchy &h, QList<Cgroup> &o)
        : walker(w)
        , hierarchy(h)
        , out(o)
    {
    }

    CgroupWalker &walker;
    const CgroupHierarchy &hierarchy;
    QList<Cgroup> &out;
    bool v2Memory = false;
    bool v2Cpuset = false;
    bool v1Memory = false;
    bool v1Cpuset = false;
    bool depthNoted = false;
    bool vanished = false; // the current cgroup went away while being read
    char buf[32 * 1024];
    QByteArray spill; // a file larger than buf

    // The file's text, or nullopt (absent, denied: counted, or vanished: flagged).
    std::optional<QByteArrayView> read(int dirfd, const char *name)
    {
        const posixfile::Resolve resolve = walker.m_root.resolve();
        posixfile::ReadResult r = posixfile::readSmall(dirfd, name, buf, sizeof buf, resolve);
        if (r.ok() && r.truncated) {
            r = posixfile::readAll(dirfd, name, spill, 16 * 1024 * 1024, resolve);
            if (r.ok())
                return QByteArrayView(spill);
        }
        if (r.ok())
            return QByteArrayView(buf, r.size);
        if (r.error == EACCES || r.error == EPERM)
            walker.noteDenied(QString::fromLatin1(name));
        else if (r.error == ENODEV || r.error == ESRCH)
            vanished = true;
        return std::nullopt;
    }

    template<typename T, typename Parse>
    void readInto(int dirfd, const char *name, std::optional<T> &target, Parse parse)
    {
        if (const auto text = read(dirfd, name))
            target = parse(*text);
    }

    void readV1Counter(int dirfd, const char *prefix, CgroupV1Counter &counter)
    {
        char name[64];
        const auto file = [&](const char *suffix) {
            std::snprintf(name, sizeof name, "%s%s", prefix, suffix);
            return name;
        };
        readInto(dirfd, file("usage_in_bytes"), counter.usage, cgroupparse::parseBytes);
        readInto(dirfd, file("limit_in_bytes"), counter.limit, cgroupparse::parseLimit);
        readInto(dirfd, file("failcnt"), counter.failcnt, cgroupparse::parseCount);
        if (walker.m_limits.readDetails)
            readInto(dirfd, file("max_usage_in_bytes"), counter.maxUsage, cgroupparse::parseBytes);
    }

    void readFiles(int dirfd, Cgroup &cg)
    {
        using namespace cgroupparse;
        if (hierarchy.version == CgroupVersion::V2) {
            // PSI is per cgroup on every v2 hierarchy, with or without the memory controller.
            if (const auto text = read(dirfd, "memory.pressure")) {
                if (const auto p = procparse::parsePressure(*text))
                    cg.pressure = *p;
            }
        }
        const bool details = walker.m_limits.readDetails;
        if (v2Memory) {
            readInto(dirfd, "memory.current", cg.current, parseBytes);
            readInto(dirfd, "memory.max", cg.max, parseLimit);
            readInto(dirfd, "memory.high", cg.high, parseLimit);
            readInto(dirfd, "memory.swap.current", cg.swapCurrent, parseBytes);
            readInto(dirfd, "memory.swap.max", cg.swapMax, parseLimit);
            if (const auto text = read(dirfd, "memory.events"))
                cg.events = parseFlatKeyed(*text);
        }
        if (v2Memory && details) {
            readInto(dirfd, "memory.low", cg.low, parseLimit);
            readInto(dirfd, "memory.min", cg.min, parseLimit);
            readInto(dirfd, "memory.peak", cg.peak, parseBytes);
            readInto(dirfd, "memory.swap.high", cg.swapHigh, parseLimit);
            readInto(dirfd, "memory.oom.group", cg.oomGroup, parseFlag);
            if (const auto text = read(dirfd, "memory.events.local"))
                cg.eventsLocal = parseFlatKeyed(*text);
            if (const auto text = read(dirfd, "memory.swap.events"))
                cg.swapEvents = parseFlatKeyed(*text);
        }
        if (v2Cpuset) {
            readInto(dirfd, "cpuset.mems", cg.cpusetMems, parseNodeListText);
            readInto(dirfd, "cpuset.mems.effective", cg.cpusetMemsEffective, parseNodeListText);
        }
        if (v1Memory) {
            readV1Counter(dirfd, "memory.", cg.memory);
            readV1Counter(dirfd, "memory.memsw.", cg.memsw);
            if (const auto text = read(dirfd, "memory.oom_control"))
                cg.oomControl = parseOomControl(*text);
        }
        if (v1Memory && details) {
            readV1Counter(dirfd, "memory.kmem.", cg.kmem);
            readV1Counter(dirfd, "memory.kmem.tcp.", cg.kmemTcp);
            readInto(dirfd, "memory.soft_limit_in_bytes", cg.softLimit, parseLimit);
            readInto(dirfd, "memory.swappiness", cg.swappiness, parseCount);
            readInto(dirfd, "memory.use_hierarchy", cg.useHierarchy, parseFlag);
        }
        if (v1Cpuset) {
            readInto(dirfd, "cpuset.mems", cg.cpusetMems, parseNodeListText);
            // "cpuset.effective_mems" (3.19+); "cpuset.mems.effective" is v2's name
            readInto(dirfd, "cpuset.effective_mems", cg.cpusetMemsEffective, parseNodeListText);
        }
        if ((v2Memory || v1Memory) && walker.m_limits.readStat) {
            if (const auto text = read(dirfd, "memory.stat"))
                cg.stat = parseFlatKeyed(*text);
        }
    }

    QString childPath(const QString &parent, const char *name) const
    {
        const QString child = QFile::decodeName(name);
        if (parent.endsWith(u'/'))
            return parent + child;
        return parent + u'/' + child;
    }

    void visit(int dirfd, const QString &path, const QString &directory, int depth)
    {
        Cgroup cg;
        cg.path = path;
        cg.version = hierarchy.version;
        cg.hierarchy =
            hierarchy.version == CgroupVersion::V1 ? hierarchy.controllers.join(u',') : QString();
        cg.depth = depth;
        cg.owner = cgroupparse::ownerFromPath(path);
        vanished = false;
        readFiles(dirfd, cg);
        if (vanished) {
            walker.m_notes.add(NoteKind::Vanished, directory,
                               tr("Cgroup %1 was removed while it was being read.").arg(path));
            return;
        }
        out.append(cg);
        ++walker.m_count;

        QList<QByteArray> children;
        posixfile::forEachEntry(dirfd, [&](const char *name, bool isDirectory) {
            if (isDirectory)
                children.append(QByteArray(name));
        });
        if (children.isEmpty())
            return;
        if (depth >= walker.m_limits.maxDepth) {
            if (!depthNoted) {
                depthNoted = true;
                walker.m_notes.add(NoteKind::Truncated, directory,
                                   tr("Cgroups deeper than %1 levels below %2 were not read.")
                                       .arg(walker.m_limits.maxDepth)
                                       .arg(hierarchy.directory));
            }
            return;
        }
        std::sort(children.begin(), children.end());
        for (const QByteArray &name : children) {
            if (walker.m_count >= walker.m_limits.maxCgroups) {
                if (!walker.m_countNoted) {
                    walker.m_countNoted = true;
                    walker.m_notes.add(
                        NoteKind::Truncated, hierarchy.directory,
                        tr("Only the first %1 cgroups were read.").arg(walker.m_limits.maxCgroups));
                }
                return;
            }
            const QString childDirectory = directory + u'/' + QFile::decodeName(name);
            posixfile::UniqueFd child(
                posixfile::openDirectoryAt(dirfd, name.constData(), walker.m_root.resolve()));
            if (!child.isValid()) {
                const int error = -child.get();
                if (error == ENOENT || error == ENODEV)
                    walker.m_notes.add(NoteKind::Vanished, childDirectory,
                                       tr("Cgroup %1 was removed while it was being read.")
                                           .arg(childPath(path, name.constData())));
                else
                    walker.m_notes.fileError(childDirectory, error, tr("This cgroup"));
                continue;
            }
            visit(child.get(), childPath(path, name.constData()), childDirectory, depth + 1);
        }
    }
};

CgroupWalker::CgroupWalker(const Root &root, const CgroupWalkLimits &limits, NoteCollector &notes)
    : m_root(root)
    , m_limits(limits)
    , m_notes(notes)
{
}

void CgroupWalker::noteDenied(const QString &file)
{
    for (auto &[name, count] : m_denied) {
        if (name == file) {
            ++count;
            return;
        }
    }
    m_denied.append({file, 1});
}

void CgroupWalker::walk(const CgroupHierarchy &hierarchy, QList<Cgroup> &out)
{
    // Heap-allocated: it holds the 32 KiB read buffer.
    const std::unique_ptr<Private> d(new Private(*this, hierarchy, out));
    const bool v2 = hierarchy.version == CgroupVersion::V2;
    d->v2Memory = v2 && (hierarchy.hasController(u"memory") || !hierarchy.controllersKnown);
    d->v2Cpuset = v2 && (hierarchy.hasController(u"cpuset") || !hierarchy.controllersKnown);
    d->v1Memory = !v2 && hierarchy.hasController(u"memory");
    d->v1Cpuset = !v2 && hierarchy.hasController(u"cpuset");

    posixfile::UniqueFd top(
        m_root.openDirectory(QFile::encodeName(hierarchy.directory).constData()));
    if (!top.isValid()) {
        m_notes.fileError(hierarchy.directory, -top.get(), tr("The cgroup tree"));
        return;
    }
    d->visit(top.get(), hierarchy.cgroupRoot.isEmpty() ? u"/"_s : hierarchy.cgroupRoot,
             hierarchy.directory, 0);
}

void CgroupWalker::finish()
{
    for (const auto &[name, count] : m_denied) {
        m_notes.add(
            NoteKind::PermissionDenied, name,
            tr("%1 is unknown in %n cgroup(s): permission denied.", nullptr, count).arg(name),
            EACCES);
    }
    m_denied.clear();
}

} // namespace oom
