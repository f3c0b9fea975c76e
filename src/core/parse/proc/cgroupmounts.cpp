// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/proc/cgroupmounts.h"

#include "core/parse/proc/procscan.h"

#include <QVarLengthArray>

namespace oom::cgroupparse {

using namespace procscan;

namespace {

// Controller names among the super options; "rw", "relatime", "xattr", "clone_children",
// ... are mount options, not controllers.
bool isMountOption(QByteArrayView o)
{
    static const char *const options[] = {"rw",
                                          "ro",
                                          "relatime",
                                          "noatime",
                                          "nosuid",
                                          "nodev",
                                          "noexec",
                                          "xattr",
                                          "clone_children",
                                          "noprefix",
                                          "nsdelegate",
                                          "memory_recursiveprot",
                                          "memory_localevents",
                                          "favordynmods",
                                          "memory_hugetlb_accounting",
                                          "cpuset_v2_mode"};
    for (const char *option : options) {
        if (o == option)
            return true;
    }
    return startsWith(o, "release_agent=");
}

struct MountLine {
    QByteArrayView root;
    QByteArrayView mountPoint;
    QByteArrayView fstype;
    QByteArrayView superOptions; // may be empty on a cut line
};

// "id parent major:minor root mountpoint options [optional fields...] - fstype source super"
bool parseMountLine(QByteArrayView line, MountLine &out)
{
    QVarLengthArray<QByteArrayView, 16> fields;
    qsizetype pos = 0;
    for (QByteArrayView t = nextToken(line, pos); !t.isEmpty(); t = nextToken(line, pos))
        fields.append(t);
    for (qsizetype dash = 6; dash + 1 < fields.size(); ++dash) {
        if (fields[dash] != "-")
            continue;
        out.root = fields[3];
        out.mountPoint = fields[4];
        out.fstype = fields[dash + 1];
        out.superOptions = dash + 3 < fields.size() ? fields[dash + 3] : QByteArrayView();
        return true;
    }
    return false;
}

} // namespace

QList<CgroupMount> parseCgroupMounts(QByteArrayView mountinfo)
{
    QList<CgroupMount> mounts;
    LineIterator lines(mountinfo);
    QByteArrayView line;
    while (lines.next(line)) {
        MountLine m;
        if (!parseMountLine(line, m) || (m.fstype != "cgroup" && m.fstype != "cgroup2"))
            continue;
        CgroupMount mount;
        mount.root = unescapeOctal(m.root);
        mount.mountPoint = unescapeOctal(m.mountPoint);
        mount.version = m.fstype == "cgroup2" ? CgroupVersion::V2 : CgroupVersion::V1;
        if (mount.version == CgroupVersion::V1) {
            const QByteArrayView super = m.superOptions;
            qsizetype begin = 0;
            while (begin <= super.size()) {
                qsizetype end = super.indexOf(',', begin);
                if (end < 0)
                    end = super.size();
                const QByteArrayView option = super.sliced(begin, end - begin);
                if (!option.isEmpty() && !isMountOption(option))
                    mount.controllers.append(latin1(option));
                begin = end + 1;
            }
        }
        mounts.append(mount);
    }
    return mounts;
}

QString procHidepid(QByteArrayView mountinfo)
{
    LineIterator lines(mountinfo);
    QByteArrayView line;
    while (lines.next(line)) {
        MountLine m;
        if (!parseMountLine(line, m) || m.fstype != "proc" || m.mountPoint != "/proc")
            continue;
        const QByteArrayView super = m.superOptions;
        const qsizetype at = super.indexOf("hidepid=");
        if (at < 0 || (at > 0 && super[at - 1] != ','))
            return {};
        qsizetype end = super.indexOf(',', at);
        if (end < 0)
            end = super.size();
        return latin1(super.sliced(at + 8, end - at - 8));
    }
    return {};
}

} // namespace oom::cgroupparse
