// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "helper/polkitauthority.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

using namespace Qt::StringLiterals;

namespace {

// polkit's PolkitSubject, D-Bus (sa{sv}).
struct PolkitSubject {
    QString kind;
    QVariantMap details;
};

QDBusArgument &operator<<(QDBusArgument &argument, const PolkitSubject &subject)
{
    argument.beginStructure();
    argument << subject.kind << subject.details;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, PolkitSubject &subject)
{
    argument.beginStructure();
    argument >> subject.kind >> subject.details;
    argument.endStructure();
    return argument;
}

// The reply, PolkitAuthorizationResult (bba{ss}).
struct PolkitResult {
    bool isAuthorized = false;
    bool isChallenge = false;
    QMap<QString, QString> details;
};

QDBusArgument &operator<<(QDBusArgument &argument, const PolkitResult &result)
{
    argument.beginStructure();
    argument << result.isAuthorized << result.isChallenge << result.details;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, PolkitResult &result)
{
    argument.beginStructure();
    argument >> result.isAuthorized >> result.isChallenge >> result.details;
    argument.endStructure();
    return argument;
}

constexpr quint32 AllowUserInteraction = 0x1;
// An admin typing a password takes a while; polkit cancels its own dialog after that.
constexpr int AuthorizationTimeoutMs = 10 * 60 * 1000;

} // namespace

Q_DECLARE_METATYPE(PolkitSubject)
Q_DECLARE_METATYPE(PolkitResult)

namespace oom::helper {

PolkitAuthority::PolkitAuthority(QDBusConnection bus, QObject *parent)
    : QObject(parent)
    , m_bus(std::move(bus))
{
    qDBusRegisterMetaType<PolkitSubject>();
    qDBusRegisterMetaType<PolkitResult>();
    qDBusRegisterMetaType<QMap<QString, QString>>();
}

void PolkitAuthority::check(const QString &callerBusName, const QString &actionId,
                            const Details &details, bool allowInteraction, Done done)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        u"org.freedesktop.PolicyKit1"_s, u"/org/freedesktop/PolicyKit1/Authority"_s,
        u"org.freedesktop.PolicyKit1.Authority"_s, u"CheckAuthorization"_s);
    const PolkitSubject subject{u"system-bus-name"_s, {{u"name"_s, callerBusName}}};
    call << QVariant::fromValue(subject) << actionId << QVariant::fromValue(details)
         << quint32(allowInteraction ? AllowUserInteraction : 0) << QString();
    auto *watcher =
        new QDBusPendingCallWatcher(m_bus.asyncCall(call, AuthorizationTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        const QDBusPendingReply<PolkitResult> reply = *watcher;
        if (reply.isError()) {
            done(Authorization::Failed, reply.error().message());
            return;
        }
        const PolkitResult result = reply.value();
        if (result.isAuthorized)
            done(Authorization::Authorized, QString());
        else if (result.isChallenge)
            done(Authorization::Challenge, QString());
        else
            done(Authorization::Denied, QString());
    });
}

} // namespace oom::helper
