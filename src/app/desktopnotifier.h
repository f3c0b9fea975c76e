// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QObject>
#include <QString>

// Desktop notifications through org.freedesktop.Notifications on the session bus. Without
// a session bus or a notification server nothing happens (the in-app banner still shows);
// the call is asynchronous, so a slow server never blocks the window.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    void notify(const QString &summary, const QString &body);

Q_SIGNALS:
    // The server's answer (tests wait for it): the notification id, or 0 on an error.
    void delivered(uint id);
};
