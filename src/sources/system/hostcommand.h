// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <chrono>

class QDBusConnection;

namespace oom::sources {

// Runs a program on the host from inside a Flatpak sandbox, through
// org.freedesktop.Flatpak.Development.HostCommand on the session bus (the call
// `flatpak-spawn --host` makes; needs --talk-name=org.freedesktop.Flatpak). Standard input
// is /dev/null, standard output comes back through a pipe, standard error is the app's;
// the environment is cleared and the program is killed if the app leaves the bus
// (flags CLEAR_ENV | WATCH_BUS).
//
// Blocking: it waits for the program to finish (at most `timeout`). Call it from a worker
// thread, never from the GUI thread.
struct HostCommandResult {
    bool finished = false; // the program ran and exited within the timeout
    int exitCode = -1; // its exit status, or -1 when killed by a signal
    QByteArray standardOutput;
    QString error; // translated: why it could not run or finish; empty when finished
};

HostCommandResult runHostCommand(const QDBusConnection &sessionBus, const QStringList &argv,
                                 std::chrono::milliseconds timeout);

} // namespace oom::sources
