// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/system/cgroupmembership.h"

#include "core/parse/proc/procpid.h"
#include "core/parse/proc/procscan.h"
#include "sources/system/root.h"

#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

bool listHas(QByteArrayView list, QByteArrayView name)
{
    qsizetype begin = 0;
    while (begin <= list.size()) {
        qsizetype end = list.indexOf(',', begin);
        if (end < 0)
            end = list.size();
        if (list.sliced(begin, end - begin) == name)
            return true;
        begin = end + 1;
    }
    return false;
}

// The hierarchy id and controller list /proc/<pid>/cgroup prints for a hierarchy: from
// proc/self/cgroup, the line whose controllers include the hierarchy's memory or cpuset
// controller (v1), or "0::" (v2). nullopt when no line matches.
std::optional<std::pair<int, QString>> idOf(const CgroupHierarchy &h, QByteArrayView self)
{
    for (const procparse::CgroupLineView &line : procparse::splitPidCgroup(self)) {
        if (h.version == CgroupVersion::V2) {
            if (line.hierarchyId == 0 && line.controllers.isEmpty())
                return std::pair{0, QString()};
            continue;
        }
        if (line.hierarchyId == 0)
            continue;
        for (const QByteArrayView controller :
             {QByteArrayView("memory"), QByteArrayView("cpuset")}) {
            if (h.hasController(QString::fromLatin1(controller))
                && listHas(line.controllers, controller))
                return std::pair{line.hierarchyId, QString::fromLatin1(line.controllers)};
        }
    }
    return std::nullopt;
}

class Walk
{
public:
    Walk(const Root &root, int maxDepth, int maxCgroups)
        : m_root(root)
        , m_maxDepth(maxDepth)
        , m_maxCgroups(maxCgroups)
    {
    }

    // False when the walk hit a limit or an unreadable cgroup.procs: then the hierarchy
    // answers nothing rather than something partial.
    bool visit(int dirfd, const QString &path, int depth, QList<QString> &paths,
               QHash<qint64, int> &pathOf)
    {
        if (depth > m_maxDepth || ++m_count > m_maxCgroups)
            return false;
        const posixfile::ReadResult r =
            posixfile::readAll(dirfd, "cgroup.procs", m_buf, 64 * 1024 * 1024, m_root.resolve());
        if (!r.ok() || r.truncated)
            return false;
        const int index = int(paths.size());
        paths.append(path);
        procscan::LineIterator lines{QByteArrayView(m_buf)};
        QByteArrayView line;
        while (lines.next(line)) {
            const std::optional<qint64> pid = procscan::toInt(line);
            if (!pid)
                continue;
            // v1 lists a process once per css_set it has threads in, and threaded v2
            // subtrees list it in several cgroups: the same cgroup again is harmless,
            // another one makes the answer /proc/<pid>/cgroup's.
            int &known = pathOf[*pid]; // Qt 6.4 has no tryEmplace(): 0 marks a new entry
            known = known == 0 || known == index + 1 ? index + 1 : -1;
        }
        QList<QByteArray> children;
        posixfile::forEachEntry(dirfd, [&](const char *name, bool isDirectory) {
            if (isDirectory)
                children.append(QByteArray(name));
        });
        for (const QByteArray &child : std::as_const(children)) {
            posixfile::UniqueFd fd(
                posixfile::openDirectoryAt(dirfd, child.constData(), m_root.resolve()));
            if (!fd.isValid())
                continue; // removed meanwhile: its processes fall back to /proc
            const QString childPath =
                (path == u"/"_s ? path : path + u'/') + QString::fromUtf8(child);
            if (!visit(fd.get(), childPath, depth + 1, paths, pathOf))
                return false;
        }
        return true;
    }

private:
    const Root &m_root;
    int m_maxDepth;
    int m_maxCgroups;
    int m_count = 0;
    QByteArray m_buf;
};

} // namespace

CgroupMembership CgroupMembership::read(const Root &root, const CgroupLayoutInfo &layout,
                                        int maxDepth, int maxCgroups)
{
    CgroupMembership out;
    if (!root.isLiveSystem() || layout.hierarchies.isEmpty())
        return out;
    QByteArray self;
    if (!root.readAll("proc/self/cgroup", self, 1024 * 1024).ok())
        return out;
    QList<Hierarchy> hierarchies;
    Walk walk(root, maxDepth, maxCgroups);
    for (const CgroupHierarchy &h : layout.hierarchies) {
        const auto id = idOf(h, self);
        if (!id)
            continue; // e.g. a v1 hierarchy without memory or cpuset: not a relevant line
        if (std::any_of(hierarchies.cbegin(), hierarchies.cend(), [&](const Hierarchy &known) {
                return known.id == id->first;
            }))
            continue;
        posixfile::UniqueFd top(root.openDirectory(h.directory.toUtf8().constData()));
        if (!top.isValid())
            return {};
        Hierarchy hierarchy;
        hierarchy.id = id->first;
        hierarchy.controllers = id->second;
        hierarchy.pathOf.reserve(4096);
        const QString rootPath = h.cgroupRoot.isEmpty() ? u"/"_s : h.cgroupRoot;
        if (!walk.visit(top.get(), rootPath, 0, hierarchy.paths, hierarchy.pathOf))
            return {};
        hierarchies.append(std::move(hierarchy));
    }
    // Every relevant line must have its hierarchy, or the answers would lack one that the
    // file has (e.g. "0::/" where cgroup2 is not mounted).
    qsizetype relevant = 0;
    for (const procparse::CgroupLineView &line : procparse::splitPidCgroup(self))
        relevant += procparse::isRelevantCgroupLine(line) ? 1 : 0;
    if (relevant != hierarchies.size())
        return {};
    // The order /proc/<pid>/cgroup prints: the v1 hierarchies by descending id, "0::" last.
    std::sort(hierarchies.begin(), hierarchies.end(), [](const Hierarchy &a, const Hierarchy &b) {
        if ((a.id == 0) != (b.id == 0))
            return b.id == 0;
        return a.id > b.id;
    });
    out.index(hierarchies);
    return out;
}

void CgroupMembership::index(const QList<Hierarchy> &hierarchies)
{
    if (hierarchies.isEmpty())
        return;
    QHash<QByteArray, int> known; // the path indices of a combination, as raw bytes
    m_combinationOf.reserve(hierarchies.first().pathOf.size());
    QVarLengthArray<int, 8> entries;
    for (auto it = hierarchies.first().pathOf.cbegin(); it != hierarchies.first().pathOf.cend();
         ++it) {
        const qint64 pid = it.key();
        entries.clear();
        for (const Hierarchy &h : hierarchies) {
            const int entry = h.pathOf.value(pid, -1);
            if (entry <= 0)
                break; // not in this hierarchy, or listed twice: /proc/<pid>/cgroup answers
            entries.append(entry - 1);
        }
        if (entries.size() != hierarchies.size())
            continue;
        const QByteArray key(reinterpret_cast<const char *>(entries.data()),
                             qsizetype(entries.size() * sizeof(int)));
        auto combination = known.find(key);
        if (combination == known.end()) {
            QList<ProcessCgroup> lines;
            for (qsizetype i = 0; i < hierarchies.size(); ++i) {
                const Hierarchy &h = hierarchies.at(i);
                lines.append({h.id, h.controllers, h.paths.at(entries[i])});
            }
            combination = known.insert(key, int(m_combinations.size()));
            m_combinations.append(std::move(lines));
        }
        m_combinationOf.insert(pid, combination.value());
    }
}

bool CgroupMembership::lookup(qint64 pid, QList<ProcessCgroup> &out) const
{
    const auto it = m_combinationOf.constFind(pid);
    if (it == m_combinationOf.cend())
        return false;
    out = m_combinations.at(it.value());
    return true;
}

} // namespace oom
