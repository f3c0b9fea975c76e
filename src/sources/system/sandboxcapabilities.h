// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "sources/system/sandbox.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace oom::sources {

// What the live views can show from where the app runs, and for each one that is limited,
// exactly why and what would lift the limit. Outside a sandbox nothing is limited by the
// sandbox (file permissions still apply and are reported by the readers themselves).
//
// Inside Flatpak: the kernel-wide /proc files (meminfo, zoneinfo, buddyinfo, pagetypeinfo,
// vmstat, pressure, /proc/sys/vm) are visible; host processes (own PID namespace), the
// cgroup tree (/sys/fs/cgroup is not mounted) and the kernel log (/dev/kmsg absent,
// syslog(2) blocked) are not, unless the host gatherer can be started through
// org.freedesktop.Flatpak's HostCommand; the journal files need the
// --filesystem=/var/log/journal:ro grant; fixes need the host's oomlens-helper.
enum class LiveView {
    Memory, // meminfo, zones and watermarks
    Fragmentation, // buddy free lists, pagetypeinfo
    Processes, // every process and the victim ranking
    Cgroups, // the cgroup tree, limits and pressure
    KernelLog, // live incidents from the kernel log (watch)
    JournalHistory, // incidents of earlier boots in the journal
    Fixes, // the remediation wizards' apply step
};

struct ViewLimitation {
    LiveView view;
    QString reason; // translated sentence: what is missing and why
    QString remedy; // translated sentence: what would lift it
};

// Facts about the environment, gathered by probeSandboxFacts() or given by a test.
struct SandboxFacts {
    SandboxInfo sandbox;
    bool gathererInstalled = false; // the app's oomlens-hostgather exists (in /app/libexec)
    bool hostCommandReachable = false; // org.freedesktop.Flatpak answers on the session bus
    bool journalReadable = false; // /var/log/journal can be listed from here
    bool helperActivatable = false; // the system bus can start io.github.oomlens.Helper1
};

struct SandboxCapabilities {
    Q_DECLARE_TR_FUNCTIONS(SandboxCapabilities)

public:
    bool sandboxed = false;
    bool useHostGatherer = false; // read processes, cgroups and /dev/kmsg through it
    bool useHostHelper = false;
    QList<ViewLimitation> limitations; // in LiveView order, empty when nothing is limited

    bool isLimited(LiveView view) const;
    // The limitation of `view`, or nullptr.
    const ViewLimitation *limitation(LiveView view) const;
    // "Processes", "Cgroups", … in the reader's language.
    static QString viewName(LiveView view);
};

SandboxCapabilities assessSandbox(const SandboxFacts &facts);

} // namespace oom::sources
