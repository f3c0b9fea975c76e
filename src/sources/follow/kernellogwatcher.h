// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "sources/follow/kernellogfollower.h"

#include <QObject>
#include <QString>

#include <memory>
#include <thread>

namespace oom {

// KernelLogFollower on its own thread, for the GUI: the signals arrive on the thread the
// watcher lives in (queued), incidents as immutable shared values (STYLE.md point 3).
class KernelLogWatcher : public QObject
{
    Q_OBJECT

public:
    // Without a provider, the live system's sources.
    explicit KernelLogWatcher(FollowOptions options = {},
                              std::unique_ptr<FollowSourceProvider> provider = {},
                              QObject *parent = nullptr);
    ~KernelLogWatcher() override; // stops and joins the thread

    bool isRunning() const { return m_thread.joinable() && !m_finished; }

public Q_SLOTS:
    void start(); // once
    void stop();

Q_SIGNALS:
    void sourceChanged(const QString &description);
    void notice(const QString &message);
    void incident(oom::IncidentPtr incident);
    // Following ended without a stop(): nothing could be followed (any more).
    void failed(const QString &error);

private:
    std::unique_ptr<KernelLogFollower> m_follower;
    std::jthread m_thread;
    bool m_finished = false;
};

} // namespace oom
