// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/follow/kernellogwatcher.h"

namespace oom {

KernelLogWatcher::KernelLogWatcher(FollowOptions options,
                                   std::unique_ptr<FollowSourceProvider> provider, QObject *parent)
    : QObject(parent)
    , m_follower(std::make_unique<KernelLogFollower>(options, std::move(provider)))
{
}

KernelLogWatcher::~KernelLogWatcher()
{
    // Before the QObject part goes: the thread posts to `this` until it has ended.
    stop();
    if (m_thread.joinable())
        m_thread.join();
}

void KernelLogWatcher::start()
{
    if (m_thread.joinable())
        return;
    m_thread = std::jthread([this](std::stop_token token) {
        // Each callback hops to the watcher's thread; `this` as the context drops what is
        // still queued if the watcher is deleted first.
        FollowCallbacks callbacks;
        callbacks.sourceChosen = [this](const QString &description) {
            QMetaObject::invokeMethod(
                this,
                [this, description] {
                    Q_EMIT sourceChanged(description);
                },
                Qt::QueuedConnection);
        };
        callbacks.notice = [this](const QString &message) {
            QMetaObject::invokeMethod(
                this,
                [this, message] {
                    Q_EMIT notice(message);
                },
                Qt::QueuedConnection);
        };
        callbacks.incident = [this](const IncidentPtr &shared) {
            QMetaObject::invokeMethod(
                this,
                [this, shared] {
                    Q_EMIT incident(shared);
                },
                Qt::QueuedConnection);
        };
        QString error;
        const bool stopped = m_follower->run(callbacks, token, &error);
        QMetaObject::invokeMethod(
            this,
            [this, stopped, error] {
                m_finished = true;
                if (!stopped)
                    Q_EMIT failed(error);
            },
            Qt::QueuedConnection);
    });
}

void KernelLogWatcher::stop()
{
    m_thread.request_stop();
}

} // namespace oom
