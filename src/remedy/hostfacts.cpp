// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "remedy/hostfacts.h"

#include <QFile>

#include <sys/statvfs.h>

namespace oom::remedy {

namespace {

// mountinfo escapes space, tab, newline and backslash as \ooo octal.
QString unescapeOctal(QByteArrayView field)
{
    QByteArray out;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.sliced(i + 1, 3).toByteArray().toInt(&ok, 8);
            if (ok) {
                out.append(char(code));
                i += 3;
                continue;
            }
        }
        out.append(field[i]);
    }
    return QString::fromUtf8(out);
}

} // namespace

QList<MountFacts> parseMountInfo(QByteArrayView mountinfo)
{
    // "36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue"
    QList<MountFacts> mounts;
    for (const QByteArray &line : mountinfo.toByteArray().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        const qsizetype separator = fields.indexOf(QByteArray("-"));
        if (fields.size() < 5 || separator < 6 || separator + 1 >= fields.size())
            continue;
        MountFacts mount;
        mount.mountPoint = unescapeOctal(fields.at(4));
        mount.fsType = QString::fromUtf8(fields.at(separator + 1));
        // A later mount over the same point hides the earlier one.
        for (qsizetype i = 0; i < mounts.size(); ++i)
            if (mounts.at(i).mountPoint == mount.mountPoint)
                mounts.removeAt(i--);
        mounts.append(mount);
    }
    return mounts;
}

std::optional<qint64> statvfsFreeSpace(const QString &mountPoint)
{
    struct statvfs stats { };
    if (::statvfs(QFile::encodeName(mountPoint).constData(), &stats) != 0)
        return std::nullopt;
    return qint64(stats.f_bavail) * qint64(stats.f_frsize);
}

QList<MountFacts> readMounts(const QString &root, const FreeSpaceReader &freeSpace)
{
    const bool live = root == u"/";
    QFile file(live ? QStringLiteral("/proc/self/mountinfo")
                    : root + QStringLiteral("/proc/self/mountinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<MountFacts> mounts = parseMountInfo(file.readAll());
    const FreeSpaceReader reader = freeSpace ? freeSpace
        : live                               ? FreeSpaceReader(statvfsFreeSpace)
                                             : FreeSpaceReader();
    if (reader)
        for (MountFacts &mount : mounts)
            mount.freeBytes = reader(mount.mountPoint);
    return mounts;
}

} // namespace oom::remedy
