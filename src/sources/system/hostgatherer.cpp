// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "hostgatherer.h"

#include "sources/system/hostcommand.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace oom::sources {

QString hostGathererPath(const SandboxInfo &sandbox)
{
    if (sandbox.hostAppPath.isEmpty())
        return {};
    return sandbox.hostAppPath + u"/libexec/oomlens-hostgather"_s;
}

SandboxFacts probeSandboxFacts(const SandboxInfo &sandbox, const QString &gathererPath)
{
    SandboxFacts facts;
    facts.sandbox = sandbox;
    if (!sandbox.flatpak)
        return facts;
    facts.gathererInstalled = QFileInfo(gathererPath).isExecutable();
    const QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected() && session.interface()) {
        const QDBusReply<bool> registered =
            session.interface()->isServiceRegistered(u"org.freedesktop.Flatpak"_s);
        facts.hostCommandReachable = registered.isValid() && registered.value();
    }
    const QDir journal(u"/var/log/journal"_s);
    facts.journalReadable = journal.exists() && journal.isReadable();
    const QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected() && system.interface()) {
        const QDBusReply<QStringList> activatable = system.interface()->activatableServiceNames();
        facts.helperActivatable =
            activatable.isValid() && activatable.value().contains(u"io.github.oomlens.Helper1"_s);
    }
    return facts;
}

std::optional<QList<HostGatherRecord>> gatherFromHost(const QDBusConnection &sessionBus,
                                                      const QString &gathererHostPath,
                                                      const QStringList &requests, QString *error,
                                                      std::chrono::milliseconds timeout)
{
    QStringList argv{gathererHostPath};
    argv += requests;
    const HostCommandResult run = runHostCommand(sessionBus, argv, timeout);
    if (!run.finished) {
        *error = run.error;
        return std::nullopt;
    }
    if (run.exitCode != 0) {
        *error =
            QCoreApplication::translate("HostGatherer", "%1 failed on the host (exit status %2)")
                .arg(gathererHostPath)
                .arg(run.exitCode);
        return std::nullopt;
    }
    return parseHostGatherReply(run.standardOutput, error);
}

} // namespace oom::sources
