// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QDBusConnection>
#include <QMap>
#include <QObject>
#include <QString>

#include <functional>

namespace oom::helper {

enum class Authorization {
    Authorized,
    Challenge, // polkit would ask for a password, but the caller did not allow interaction
    Denied,
    Failed, // polkit unreachable or answered with an error: treated as denied
};

// org.freedesktop.PolicyKit1.Authority.CheckAuthorization, marshalled by hand (no
// polkit-qt): subject ("system-bus-name", {"name": <the caller's unique name taken from
// the D-Bus message>}), never an identity the client sends (CVE-2017-8422 in KAuth,
// CVE-2018-1116 in polkit were both a trusted client-sent id).
class PolkitAuthority : public QObject
{
    Q_OBJECT

public:
    using Details = QMap<QString, QString>;
    using Done = std::function<void(Authorization, const QString &message)>;

    explicit PolkitAuthority(QDBusConnection bus, QObject *parent = nullptr);
    void check(const QString &callerBusName, const QString &actionId, const Details &details,
               bool allowInteraction, Done done);

private:
    QDBusConnection m_bus;
};

} // namespace oom::helper
