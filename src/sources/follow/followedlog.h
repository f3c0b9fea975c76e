// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QString>
#include <QStringList>

#include <poll.h>

namespace oom {

class LineSink;

// What readAvailable() found.
struct FollowRead {
    // The log cannot be read any more (a device error, the journal closed): the follower
    // moves on to the next source.
    bool failed = false;
    int errnum = 0;
    QString error;
    // More is readable right now: the read stopped at its per-call bound, not at the end.
    bool more = false;
    qint64 lines = 0; // lines fed by this call
    QStringList notices; // things worth telling the user: records lost, a log rotated
};

// What to wait for before the next readAvailable(): a descriptor and its poll() events
// (fd -1: none), and a timeout after which to read anyway (-1: none). The follower adds
// its own wake-up descriptor and waits on all of them in one poll().
struct PollRequest {
    int fd = -1;
    short events = POLLIN;
    int timeoutMs = -1;
};

// One log that grows while it is followed: /dev/kmsg, the journal, a syslog file. The
// follower owns one per source and feeds each into its own LogParser. Implementations
// never block in readAvailable(); tests replace them with fakes.
class FollowedLog
{
public:
    virtual ~FollowedLog() = default;

    // "/dev/kmsg", "journal", "/var/log/kern.log": the OomEvent's sourcePath.
    virtual QString displayPath() const = 0;
    // Feeds what can be read now, one physical line at a time, numbered from 1 over the
    // log's whole life (the evidence line numbers of its events).
    virtual FollowRead readAvailable(LineSink &sink) = 0;
    virtual PollRequest pollRequest() = 0;
};

} // namespace oom
