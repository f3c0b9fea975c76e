// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace oom::sources {

// Whether OOM Lens runs inside a Flatpak sandbox, and what the sandbox grants it.
// Flatpak writes /.flatpak-info (a key file) into every sandbox; outside one it does not
// exist. The marker's path is a parameter so tests can fake a sandbox with a file of their
// own, and the same binary behaves right inside and outside.
struct SandboxInfo {
    bool flatpak = false;
    QString appId; // [Application] name
    QString runtime; // [Application] runtime, e.g. runtime/org.kde.Platform/x86_64/6.10
    // [Instance] app-path: where the app's /app files are on the host, so a program of the
    // app can be started there (the host gatherer).
    QString hostAppPath;
    QStringList filesystems; // [Context] filesystems, e.g. "/var/log/journal:ro"
    QStringList sessionTalk; // [Session Bus Policy] names with "talk" or more
    QStringList systemTalk; // [System Bus Policy] names with "talk" or more

    bool mayTalkOnSessionBus(const QString &name) const { return sessionTalk.contains(name); }
    bool mayTalkOnSystemBus(const QString &name) const { return systemTalk.contains(name); }
    // True when `path` (e.g. /var/log/journal) is exposed read-only or read-write, by
    // itself or by a parent, or by "host"/"host-os"-style grants that include it.
    bool exposesPath(const QString &path) const;
};

constexpr auto FlatpakInfoPath = "/.flatpak-info";

// Parses the key file Flatpak writes. Unknown sections and keys are ignored.
SandboxInfo parseFlatpakInfo(QByteArrayView keyFile);

// Reads the marker at `markerPath`: not there means not sandboxed. A marker that exists but
// cannot be read still means sandboxed (with nothing known granted).
SandboxInfo detectSandbox(const QString &markerPath = QString::fromLatin1(FlatpakInfoPath));

} // namespace oom::sources
