// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/appsettings.h"

#include <QSettings>

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString RecentKey = QStringLiteral("recentFiles");
} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
}

QRect AppSettings::geometry() const
{
    return QSettings().value(GeometryKey).toRect();
}

void AppSettings::setGeometry(const QRect &geometry)
{
    if (geometry == this->geometry())
        return;
    QSettings().setValue(GeometryKey, geometry);
    Q_EMIT geometryChanged();
}

QStringList AppSettings::recentFiles() const
{
    return QSettings().value(RecentKey).toStringList();
}

void AppSettings::addRecent(const QStringList &paths)
{
    QStringList recent = recentFiles();
    for (const QString &path : paths) {
        recent.removeAll(path);
        recent.prepend(path);
    }
    while (recent.size() > MaxRecent)
        recent.removeLast();
    QSettings().setValue(RecentKey, recent);
    Q_EMIT recentFilesChanged();
}

void AppSettings::clearRecent()
{
    QSettings().remove(RecentKey);
    Q_EMIT recentFilesChanged();
}
