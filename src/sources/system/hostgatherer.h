// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "sources/system/hostgatherreply.h"
#include "sources/system/sandbox.h"
#include "sources/system/sandboxcapabilities.h"

#include <QDBusConnection>

#include <chrono>
#include <optional>

namespace oom::sources {

// The app's side of the host gatherer: where it is, whether it can be used (the facts
// assessSandbox() needs), and one round trip to it.

// Inside the sandbox the app's files are under /app; the gatherer's own path there.
constexpr auto SandboxGathererPath = "/app/libexec/oomlens-hostgather";

// The gatherer's path on the host: the app's files as the host sees them ([Instance]
// app-path of /.flatpak-info) + libexec/oomlens-hostgather. Empty when unknown.
QString hostGathererPath(const SandboxInfo &sandbox);

// Looks at the environment: is the gatherer installed, does org.freedesktop.Flatpak
// answer, can the journal be listed, can the system bus start the helper. Outside a
// sandbox it returns `sandbox` with everything else false (nothing is needed). Makes D-Bus
// calls: call it from a worker thread.
SandboxFacts probeSandboxFacts(
    const SandboxInfo &sandbox,
    const QString &gathererPath = QString::fromLatin1(SandboxGathererPath));

// Runs the gatherer on the host with `requests` (paths, "list:" + directory) and returns
// its records, or nullopt with `error` saying why. Blocking (worker thread).
std::optional<QList<HostGatherRecord>> gatherFromHost(
    const QDBusConnection &sessionBus, const QString &gathererHostPath, const QStringList &requests,
    QString *error, std::chrono::milliseconds timeout = std::chrono::seconds(10));

} // namespace oom::sources
