// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sandbox.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace oom::sources {

namespace {

// "a;b;c;" → {a, b, c}
QStringList keyFileList(const QString &value)
{
    QStringList items = value.split(u';', Qt::SkipEmptyParts);
    for (QString &item : items)
        item = item.trimmed();
    items.removeAll(QString());
    return items;
}

} // namespace

bool SandboxInfo::exposesPath(const QString &path) const
{
    for (const QString &grant : filesystems) {
        QString target = grant.section(u':', 0, 0);
        if (target.startsWith(u'!'))
            continue; // a negated grant takes access away
        if (target == u"host"_s)
            return true;
        if (target == u"host-os"_s && path.startsWith(u"/usr/"_s))
            return true;
        if (target.endsWith(u'/'))
            target.chop(1);
        if (path == target || path.startsWith(target + u'/'))
            return true;
    }
    return false;
}

SandboxInfo parseFlatpakInfo(QByteArrayView keyFile)
{
    SandboxInfo info;
    info.flatpak = true;
    QString section;
    const QList<QByteArray> lines = keyFile.toByteArray().split('\n');
    for (const QByteArray &rawLine : lines) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = line.mid(1, line.size() - 2);
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0)
            continue;
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (section == u"Application"_s && key == u"name"_s)
            info.appId = value;
        else if (section == u"Application"_s && key == u"runtime"_s)
            info.runtime = value;
        else if (section == u"Instance"_s && key == u"app-path"_s)
            info.hostAppPath = value;
        else if (section == u"Context"_s && key == u"filesystems"_s)
            info.filesystems = keyFileList(value);
        else if (section == u"Session Bus Policy"_s && value != u"none"_s && value != u"see"_s)
            info.sessionTalk.append(key);
        else if (section == u"System Bus Policy"_s && value != u"none"_s && value != u"see"_s)
            info.systemTalk.append(key);
    }
    return info;
}

SandboxInfo detectSandbox(const QString &markerPath)
{
    if (!QFileInfo::exists(markerPath))
        return {};
    QFile marker(markerPath);
    if (!marker.open(QIODevice::ReadOnly)) {
        SandboxInfo info;
        info.flatpak = true;
        return info;
    }
    // The marker is a few hundred bytes; anything past 1 MiB is not Flatpak's.
    return parseFlatpakInfo(marker.read(1024 * 1024));
}

} // namespace oom::sources
