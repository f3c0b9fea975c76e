// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/session/session.h"
#include "sources/follow/followsources.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <stop_token>

namespace oom {

struct FollowOptions {
    // Also announce the incidents the log holds already (the ring buffer's records, this
    // boot's journal, the current syslog file); by default only new ones.
    bool history = false;
};

// What a follower reports, from the thread that runs it.
struct FollowCallbacks {
    // Which log is followed and why the better ones are not; again when it changes.
    std::function<void(const QString &description)> sourceChosen;
    // Records lost, a log rotated, a log that failed and was replaced.
    std::function<void(const QString &message)> notice;
    // A new incident, diagnosed and analysed with the incidents announced before it.
    std::function<void(const IncidentPtr &incident)> incident;
};

// Follows the live kernel log (ARCHITECTURE.md "sources"): /dev/kmsg, else the journal,
// else /var/log/kern.log or /var/log/messages (FollowSourceSelector). Every log feeds one
// LogParser incrementally; after each burst (the log has nothing more to read right now)
// the parser hands out every incident whose kill it has seen (takeCompletedNow()), so an
// incident is announced as soon as the kernel's kill line is read, not when the log moves
// on. A plain blocking class, so tests drive it with fake logs; KernelLogWatcher runs it on
// a thread for the GUI.
class KernelLogFollower
{
    Q_DECLARE_TR_FUNCTIONS(KernelLogFollower)

public:
    // Without a provider, the live system's sources.
    explicit KernelLogFollower(FollowOptions options = {},
                               std::unique_ptr<FollowSourceProvider> provider = {});
    ~KernelLogFollower();
    KernelLogFollower(const KernelLogFollower &) = delete;
    KernelLogFollower &operator=(const KernelLogFollower &) = delete;

    // Follows until `stop` is requested (true) or no log can be followed any more (false,
    // with *error saying why). Blocks; the callbacks run on the calling thread.
    bool run(const FollowCallbacks &callbacks, std::stop_token stop, QString *error = nullptr);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace oom
