// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/system/cgrouplayout.h"

#include "core/parse/proc/cgroupmounts.h"
#include "sources/system/root.h"

#include <QFile>

#include <algorithm>
#include <optional>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

bool hasFile(const Root &root, const QString &directory, const char *name)
{
    const QByteArray path = QFile::encodeName(directory) + '/' + name;
    const int fd =
        posixfile::openAt(root.fd(), path.constData(), O_RDONLY | O_NONBLOCK, root.resolve());
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

bool hasMemoryFiles(const Root &root, const QString &directory)
{
    return hasFile(root, directory, "memory.stat")
        || hasFile(root, directory, "memory.usage_in_bytes");
}

std::optional<QStringList> v2Controllers(const Root &root, const QString &directory)
{
    QByteArray text;
    const QByteArray path = QFile::encodeName(directory) + "/cgroup.controllers";
    if (!root.readAll(path.constData(), text, 4096).ok())
        return std::nullopt;
    return QString::fromLatin1(text).simplified().split(u' ', Qt::SkipEmptyParts);
}

CgroupHierarchy v2Hierarchy(const Root &root, const QString &directory, const QString &cgroupRoot)
{
    CgroupHierarchy h;
    h.directory = directory;
    h.cgroupRoot = cgroupRoot;
    h.version = CgroupVersion::V2;
    const auto controllers = v2Controllers(root, directory);
    h.controllers = controllers.value_or(QStringList());
    h.controllersKnown = controllers.has_value();
    return h;
}

// Whether the mount point holds that hierarchy below this root. A bundle keeps only the
// files the collector copies, so the test looks for those, not for cgroup.procs.
bool looksLikeHierarchy(const Root &root, const CgroupHierarchy &h)
{
    if (h.version == CgroupVersion::V2)
        return hasFile(root, h.directory, "cgroup.controllers") || hasMemoryFiles(root, h.directory)
            || hasFile(root, h.directory, "cgroup.procs");
    if (h.hasController(u"memory"))
        return hasMemoryFiles(root, h.directory);
    if (h.hasController(u"cpuset"))
        return hasFile(root, h.directory, "cpuset.mems");
    return false; // cpu, blkio, pids, name=systemd: nothing about memory
}

QList<CgroupHierarchy> fromMountinfo(const Root &root)
{
    QByteArray text;
    if (!root.readAll("proc/self/mountinfo", text, 4 * 1024 * 1024).ok())
        return {};
    QList<CgroupHierarchy> found;
    for (const cgroupparse::CgroupMount &mount : cgroupparse::parseCgroupMounts(text)) {
        const QString directory = mount.mountPoint.mid(1);
        if (directory.isEmpty())
            continue;
        CgroupHierarchy h;
        if (mount.version == CgroupVersion::V2) {
            h = v2Hierarchy(root, directory, mount.root);
        } else {
            h.directory = directory;
            h.cgroupRoot = mount.root;
            h.version = CgroupVersion::V1;
            h.controllers = mount.controllers;
        }
        if (!looksLikeHierarchy(root, h))
            continue;
        // A hierarchy mounted twice (bind mounts into containers) is walked once.
        const bool seen = std::any_of(found.cbegin(), found.cend(), [&](const CgroupHierarchy &o) {
            return o.version == h.version && o.controllers == h.controllers;
        });
        if (!seen)
            found.append(h);
    }
    return found;
}

QList<CgroupHierarchy> fromUsualPlaces(const Root &root)
{
    QList<CgroupHierarchy> found;
    for (const QString &top : {u"sys/fs/cgroup"_s, u"cgroup"_s}) {
        if (hasFile(root, top, "cgroup.controllers") || hasFile(root, top, "memory.stat")) {
            found.append(v2Hierarchy(root, top, u"/"_s));
            continue;
        }
        const QString unified = top + u"/unified"_s;
        if (hasFile(root, unified, "cgroup.controllers")
            || hasFile(root, unified, "memory.pressure"))
            found.append(v2Hierarchy(root, unified, u"/"_s));
        // v1 controller directories are named after their controllers ("memory",
        // "cpu,cpuacct"); the short names next to them are symlinks and are skipped.
        posixfile::UniqueFd dir(root.openDirectory(QFile::encodeName(top).constData()));
        if (!dir.isValid())
            continue;
        QStringList names;
        posixfile::forEachEntry(dir.get(), [&](const char *name, bool isDirectory) {
            if (isDirectory && qstrcmp(name, "unified") != 0)
                names.append(QString::fromLatin1(name));
        });
        names.sort();
        for (const QString &name : names) {
            const QString directory = top + u'/' + name;
            const QStringList controllers = name.split(u',');
            const bool memory =
                controllers.contains(u"memory"_s) && hasMemoryFiles(root, directory);
            const bool cpuset =
                controllers.contains(u"cpuset"_s) && hasFile(root, directory, "cpuset.mems");
            if (memory || cpuset)
                found.append({directory, u"/"_s, CgroupVersion::V1, controllers, true});
        }
    }
    return found;
}

} // namespace

CgroupLayoutInfo detectCgroupLayout(const Root &root)
{
    QList<CgroupHierarchy> all = fromMountinfo(root);
    if (all.isEmpty())
        all = fromUsualPlaces(root);

    CgroupLayoutInfo info;
    const CgroupHierarchy *v2 = nullptr;
    const CgroupHierarchy *v1Memory = nullptr;
    const CgroupHierarchy *v1Cpuset = nullptr;
    for (const CgroupHierarchy &h : all) {
        if (h.version == CgroupVersion::V2 && !v2)
            v2 = &h;
        else if (h.version == CgroupVersion::V1 && h.hasController(u"memory") && !v1Memory)
            v1Memory = &h;
        if (h.version == CgroupVersion::V1 && h.hasController(u"cpuset") && !v1Cpuset)
            v1Cpuset = &h;
    }
    if (v1Memory) {
        info.layout = v2 ? CgroupLayout::Hybrid : CgroupLayout::V1;
        info.hierarchies.append(*v1Memory);
        if (v1Cpuset && v1Cpuset != v1Memory)
            info.hierarchies.append(*v1Cpuset);
        if (v2)
            info.hierarchies.append(*v2);
    } else if (v2) {
        // A v2 hierarchy next to v1 controllers other than memory is still "hybrid" for
        // systemd, but for memory it is the one that counts.
        info.layout = v1Cpuset ? CgroupLayout::Hybrid : CgroupLayout::V2;
        info.hierarchies.append(*v2);
        if (v1Cpuset)
            info.hierarchies.append(*v1Cpuset);
    } else if (v1Cpuset) {
        info.layout = CgroupLayout::V1;
        info.hierarchies.append(*v1Cpuset);
    }
    return info;
}

} // namespace oom
