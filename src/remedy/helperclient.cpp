// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "remedy/helperclient.h"

#include "remedy/actionids.h"
#include "remedy/unitproperty.h"
#include "remedy/validators.h"

#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>

using namespace Qt::StringLiterals;

namespace oom::remedy {

namespace {

// Long enough for an admin to find and type the password in polkit's dialog.
constexpr int AuthorizationTimeoutMs = 10 * 60 * 1000;

// The bus's own failures come with libdbus's or Qt's English text: they are told in the
// user's language. The helper's and systemd's errors keep the text they sent.
QString transportError(const QString &errorName)
{
    if (errorName == u"org.freedesktop.DBus.Error.Disconnected")
        return HelperClient::tr("The system bus cannot be reached: nothing was sent.");
    if (errorName == u"org.freedesktop.DBus.Error.ServiceUnknown"
        || errorName == u"org.freedesktop.DBus.Error.NameHasNoOwner")
        return HelperClient::tr(
            "The service that makes this change is not installed or could not be started.");
    if (errorName == u"org.freedesktop.DBus.Error.NoReply"
        || errorName == u"org.freedesktop.DBus.Error.Timeout")
        return HelperClient::tr("No answer in time (was the authorization dialog left open?).");
    return QString();
}

CallResult resultOf(const QDBusMessage &reply)
{
    CallResult result;
    if (reply.type() == QDBusMessage::ErrorMessage) {
        result.errorName = reply.errorName();
        result.error = transportError(reply.errorName());
        if (result.error.isEmpty())
            result.error = reply.errorMessage();
        return result;
    }
    result.ok = true;
    if (!reply.arguments().isEmpty())
        result.changeId = reply.arguments().constFirst().toLongLong();
    return result;
}

} // namespace

HelperClient::HelperClient(QDBusConnection bus)
    : m_bus(std::move(bus))
{
}

CallResult HelperClient::call(const QString &method, const QList<QVariant> &arguments) const
{
    QDBusMessage message = QDBusMessage::createMethodCall(helperbus::Service, helperbus::Path,
                                                          helperbus::Interface, method);
    message.setArguments(arguments);
    message.setInteractiveAuthorizationAllowed(true);
    return resultOf(m_bus.call(message, QDBus::Block, AuthorizationTimeoutMs));
}

CallResult HelperClient::apply(const PlanStep &step) const
{
    switch (step.action) {
    case StepAction::SetSysctl:
        return call(u"SetSysctl"_s, {step.target, step.value, step.persistent});
    case StepAction::CompactMemory: return call(u"CompactMemory"_s, {step.node});
    case StepAction::SetCgroupLimit:
        return call(u"SetCgroupMemoryLimit"_s, {step.target, step.file, step.value});
    case StepAction::SetCpusetMems: return call(u"SetCpusetMems"_s, {step.target, step.value});
    case StepAction::SetOomScoreAdj:
        return call(u"SetOomScoreAdj"_s,
                    {step.pid, quint64(step.startTimeTicks), step.value.toInt()});
    case StepAction::WriteUnitDropIn:
        return call(u"WriteUnitDropIn"_s, {step.target, step.file, step.value});
    case StepAction::CreateSwapFile:
        return call(u"CreateSwapFile"_s,
                    {step.target, quint64(step.sizeBytes), step.priority, step.persistent});
    case StepAction::SetUnitProperty: break;
    }
    CallResult result;
    result.error = tr("This step is not made through oomlens-helper.");
    return result;
}

CallResult HelperClient::undo(qint64 changeId) const
{
    return call(u"Undo"_s, {changeId});
}

QList<ChangeRecord> HelperClient::listChanges(QString *error) const
{
    QDBusMessage message = QDBusMessage::createMethodCall(helperbus::Service, helperbus::Path,
                                                          helperbus::Interface, u"ListChanges"_s);
    message.setInteractiveAuthorizationAllowed(true);
    const QDBusMessage reply = m_bus.call(message, QDBus::Block, AuthorizationTimeoutMs);
    QList<ChangeRecord> records;
    if (reply.type() == QDBusMessage::ErrorMessage) {
        *error = reply.errorMessage();
        return records;
    }
    const QDBusArgument argument = reply.arguments().value(0).value<QDBusArgument>();
    argument.beginArray();
    while (!argument.atEnd()) {
        ChangeRecord record;
        argument.beginStructure();
        argument >> record.id >> record.time >> record.verb >> record.summary >> record.state;
        argument.endStructure();
        records.append(record);
    }
    argument.endArray();
    return records;
}

bool HelperClient::isAvailable() const
{
    QDBusConnectionInterface *bus = m_bus.interface();
    if (!bus)
        return false;
    if (bus->isServiceRegistered(helperbus::Service))
        return true;
    const QDBusReply<QStringList> activatable = bus->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(helperbus::Service);
}

SystemdClient::SystemdClient(QDBusConnection bus)
    : m_bus(std::move(bus))
{
}

CallResult SystemdClient::setUnitProperty(const QString &unit, const QString &property,
                                          const QString &value, bool runtime) const
{
    CallResult result;
    if (Problem problem = Validators::checkUnitName(unit)) {
        result.error = *problem;
        return result;
    }
    const std::optional<UnitProperty> typed = UnitProperty::make(property, value);
    if (!typed) {
        result.error = Validators::checkUnitProperty(property, value).value_or(property);
        return result;
    }
    registerUnitPropertyTypes();
    QDBusMessage message = QDBusMessage::createMethodCall(
        u"org.freedesktop.systemd1"_s, u"/org/freedesktop/systemd1"_s,
        u"org.freedesktop.systemd1.Manager"_s, u"SetUnitProperties"_s);
    // Without this flag systemd answers InteractiveAuthorizationRequired instead of
    // letting polkit ask the admin.
    message.setInteractiveAuthorizationAllowed(true);
    message << unit << runtime << QVariant::fromValue(QList<UnitProperty>{*typed});
    return resultOf(m_bus.call(message, QDBus::Block, AuthorizationTimeoutMs));
}

} // namespace oom::remedy
