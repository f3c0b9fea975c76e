// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "helper/helperservice.h"

#include "helper/audit.h"
#include "remedy/actionids.h"
#include "remedy/validators.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusMetaType>
#include <QDateTime>

using namespace Qt::StringLiterals;
using oom::remedy::Problem;
using oom::remedy::Validators;
namespace actionid = oom::remedy::actionid;
namespace helperbus = oom::remedy::helperbus;

namespace oom::helper {

QDBusArgument &operator<<(QDBusArgument &argument, const ChangeRow &row)
{
    argument.beginStructure();
    argument << row.id << row.time << row.verb << row.summary << row.state;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, ChangeRow &row)
{
    argument.beginStructure();
    argument >> row.id >> row.time >> row.verb >> row.summary >> row.state;
    argument.endStructure();
    return argument;
}

namespace {

QString detailsText(const PolkitAuthority::Details &details)
{
    QStringList parts;
    for (auto it = details.cbegin(); it != details.cend(); ++it)
        parts.append(it.key() + u'=' + it.value().left(256));
    return parts.join(u' ');
}

} // namespace

HelperService::HelperService(QDBusConnection bus, const FileOps &files, int idleMs, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_files(files)
    , m_verbs(files, bus)
    , m_journal(files)
    , m_authority(bus)
{
    qDBusRegisterMetaType<ChangeRow>();
    qDBusRegisterMetaType<QList<ChangeRow>>();
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_pending == 0)
            QCoreApplication::quit();
        else
            m_idle.start();
    });
    m_idle.start();
}

void HelperService::touch()
{
    m_idle.start();
}

void HelperService::finish(const QDBusMessage &message, const Request &request,
                           const QString &result)
{
    AuditRecord record;
    record.caller = message.service();
    if (QDBusConnectionInterface *bus = m_bus.interface()) {
        const QDBusReply<uint> uid = bus->serviceUid(record.caller);
        const QDBusReply<uint> pid = bus->servicePid(record.caller);
        record.callerUid = uid.isValid() ? qint64(uid.value()) : -1;
        record.callerPid = pid.isValid() ? qint64(pid.value()) : -1;
    }
    record.verb = request.verb;
    record.action = request.action;
    record.arguments = detailsText(request.details);
    record.result = result;
    audit(record);
}

void HelperService::refuse(const Request &request, const QString &problem)
{
    touch();
    finish(message(), request, u"invalid: "_s + problem);
    sendErrorReply(helperbus::ErrorInvalid, problem);
}

void HelperService::authorizeThenRun(const Request &request, std::function<VerbResult()> act)
{
    touch();
    setDelayedReply(true);
    const QDBusMessage call = message();
    ++m_pending;
    m_authority.check(
        call.service(), request.action, request.details, call.isInteractiveAuthorizationAllowed(),
        [this, call, request, act = std::move(act)](Authorization authorization,
                                                    const QString &polkitError) {
            --m_pending;
            touch();
            auto deny = [&](const QString &why, const QString &message) {
                finish(call, request, why);
                m_bus.send(call.createErrorReply(helperbus::ErrorNotAuthorized, message));
            };
            if (authorization == Authorization::Failed)
                return deny(u"polkit-error: "_s + polkitError,
                            u"polkit could not be asked: "_s + polkitError);
            if (authorization == Authorization::Challenge)
                return deny(u"challenge"_s,
                            u"Not authorized: authentication is required for "_s + request.action
                                + u" and the caller allowed no interaction"_s);
            if (authorization == Authorization::Denied)
                return deny(u"denied"_s, u"Not authorized for "_s + request.action);
            // Unique names are never reused: if the name is gone, the caller who was
            // authorized left, and whatever now asks is someone else.
            QDBusConnectionInterface *bus = m_bus.interface();
            if (!bus || !bus->isServiceRegistered(call.service()).value())
                return deny(u"caller-gone"_s, u"The caller disconnected during authorization"_s);
            const VerbResult result = act();
            if (!result.ok) {
                finish(call, request, u"failed: "_s + result.error);
                m_bus.send(call.createErrorReply(helperbus::ErrorFailed, result.error));
                return;
            }
            qint64 id = 0;
            if (!result.rollback.isEmpty()) {
                ChangeEntry entry;
                entry.time = QDateTime::currentSecsSinceEpoch();
                entry.callerUid = bus->serviceUid(call.service()).value();
                entry.verb = request.verb;
                entry.action = request.action;
                entry.summary = result.summary;
                entry.rollback = result.rollback;
                for (auto it = request.details.cbegin(); it != request.details.cend(); ++it)
                    entry.details.insert(it.key(), it.value());
                QString error;
                id = m_journal.record(entry, &error);
                if (id == 0) {
                    // Without a journal entry the change could not be undone: take it back.
                    m_verbs.undo(result.rollback);
                    finish(call, request, u"failed: journal: "_s + error);
                    m_bus.send(call.createErrorReply(helperbus::ErrorFailed,
                                                     u"Could not record the change: "_s + error));
                    return;
                }
            }
            finish(call, request,
                   result.changed
                       ? QString(u"applied #"_s + QString::number(id) + u": "_s + result.summary)
                       : QString(u"unchanged: "_s + result.summary));
            m_bus.send(call.createReply(QVariant::fromValue(id)));
        });
}

qint64 HelperService::SetSysctl(const QString &key, const QString &value, bool persistent)
{
    Request request{u"SetSysctl"_s,
                    Validators::isKernelPolicySysctl(key) ? actionid::SetKernelPolicy
                        : persistent                      ? actionid::PersistConfig
                                                          : actionid::SetSysctl,
                    {{u"sysctl"_s, key.left(256)},
                     {u"value"_s, value.left(256)},
                     {u"persistent"_s, persistent ? u"true"_s : u"false"_s}}};
    if (Problem problem = Validators::checkSysctl(key, value))
        refuse(request, *problem);
    else
        authorizeThenRun(request, [=, this] {
            return m_verbs.setSysctl(key, value, persistent);
        });
    return 0;
}

qint64 HelperService::CompactMemory(int node)
{
    Request request{u"CompactMemory"_s,
                    actionid::CompactMemory,
                    {{u"node"_s, QString::number(node)}}};
    if (Problem problem = Validators::checkNode(node, m_verbs.existingNodes()))
        refuse(request, *problem);
    else
        authorizeThenRun(request, [=, this] {
            return m_verbs.compactMemory(node);
        });
    return 0;
}

qint64 HelperService::SetCgroupMemoryLimit(const QString &cgroup, const QString &file,
                                           const QString &value)
{
    Request request{u"SetCgroupMemoryLimit"_s,
                    actionid::SetCgroupLimit,
                    {{u"cgroup"_s, cgroup.left(512)},
                     {u"file"_s, file.left(64)},
                     {u"value"_s, value.left(64)}}};
    Problem problem = Validators::checkCgroupPath(cgroup);
    if (!problem)
        problem = Validators::checkLimitValue(file, value);
    if (problem)
        refuse(request, *problem);
    else
        authorizeThenRun(request, [=, this] {
            return m_verbs.setCgroupLimit(cgroup, file, value);
        });
    return 0;
}

qint64 HelperService::SetCpusetMems(const QString &cgroup, const QString &nodes)
{
    Request request{u"SetCpusetMems"_s,
                    actionid::SetCpuset,
                    {{u"cgroup"_s, cgroup.left(512)}, {u"nodes"_s, nodes.left(64)}}};
    Problem problem = Validators::checkCgroupPath(cgroup);
    if (!problem)
        problem = Validators::checkNodeList(nodes, m_verbs.existingNodes());
    if (problem)
        refuse(request, *problem);
    else
        authorizeThenRun(request, [=, this] {
            return m_verbs.setCpusetMems(cgroup, nodes);
        });
    return 0;
}

qint64 HelperService::SetOomScoreAdj(qint64 pid, quint64 startTime, int value)
{
    Request request{u"SetOomScoreAdj"_s,
                    actionid::SetOomScoreAdj,
                    {{u"pid"_s, QString::number(pid)}, {u"value"_s, QString::number(value)}}};
    Problem problem = Validators::checkPid(
        pid, startTime > quint64(std::numeric_limits<qint64>::max()) ? -1 : qint64(startTime));
    if (!problem)
        problem = Validators::checkOomScoreAdj(value);
    if (problem)
        refuse(request, *problem);
    else
        authorizeThenRun(request, [=, this] {
            return m_verbs.setOomScoreAdj(pid, qint64(startTime), value);
        });
    return 0;
}

qint64 HelperService::WriteUnitDropIn(const QString &unit, const QString &setting,
                                      const QString &value)
{
    Request request{u"WriteUnitDropIn"_s,
                    actionid::WriteUnitDropIn,
                    {{u"unit"_s, unit.left(256)},
                     {u"setting"_s, setting.left(64)},
                     {u"value"_s, value.left(64)}}};
    if (Problem problem = Validators::checkDropInSetting(unit, setting, value))
        refuse(request, *problem);
    else
        authorizeThenRun(request, [=, this] {
            return m_verbs.writeUnitDropIn(unit, setting, value);
        });
    return 0;
}

qint64 HelperService::CreateSwapFile(const QString &mountPoint, quint64 sizeBytes, int priority,
                                     bool persistent)
{
    Request request{u"CreateSwapFile"_s,
                    actionid::ManageSwap,
                    {{u"mount_point"_s, mountPoint.left(512)},
                     {u"size"_s, QString::number(sizeBytes)},
                     {u"priority"_s, QString::number(priority)},
                     {u"persistent"_s, persistent ? u"true"_s : u"false"_s}}};
    Problem problem =
        Validators::checkSwapSize(sizeBytes > (quint64(1) << 62) ? -1 : qint64(sizeBytes));
    if (!problem)
        problem = Validators::checkSwapPriority(priority);
    if (!problem)
        problem = Validators::checkMountPoint(mountPoint);
    if (!problem) {
        const QString fsType = m_verbs.filesystemOf(mountPoint);
        problem = fsType.isEmpty() ? Problem(u"%1 is not a mount point"_s.arg(mountPoint))
                                   : Validators::checkSwapFilesystem(mountPoint, fsType);
    }
    if (problem)
        refuse(request, *problem);
    else
        authorizeThenRun(request, [=, this] {
            return m_verbs.createSwapFile(mountPoint, qint64(sizeBytes), priority, persistent);
        });
    return 0;
}

QList<ChangeRow> HelperService::ListChanges()
{
    Request request{u"ListChanges"_s, actionid::ListChanges, {}};
    touch();
    setDelayedReply(true);
    const QDBusMessage call = message();
    ++m_pending;
    m_authority.check(
        call.service(), request.action, request.details, call.isInteractiveAuthorizationAllowed(),
        [this, call, request](Authorization authorization, const QString &) {
            --m_pending;
            if (authorization != Authorization::Authorized) {
                finish(call, request, u"denied"_s);
                m_bus.send(call.createErrorReply(helperbus::ErrorNotAuthorized,
                                                 u"Not authorized for "_s + request.action));
                return;
            }
            QList<ChangeRow> rows;
            for (const ChangeEntry &entry : m_journal.entries())
                rows.append({entry.id, entry.time, entry.verb, entry.summary, entry.state});
            m_bus.send(call.createReply(QVariant::fromValue(rows)));
        });
    return {};
}

qint64 HelperService::Undo(qint64 changeId)
{
    const std::optional<ChangeEntry> entry = m_journal.entry(changeId);
    Request request{u"Undo"_s,
                    entry ? entry->action : actionid::SetSysctl,
                    {{u"change"_s, QString::number(changeId)}}};
    if (!entry) {
        refuse(request, u"No change %1 in the journal"_s.arg(changeId));
        return 0;
    }
    if (entry->state != u"applied") {
        refuse(request, u"Change %1 was undone already"_s.arg(changeId));
        return 0;
    }
    // The original details again (an admin's rule for the change matches its undo), plus
    // what is being undone.
    for (auto it = entry->details.constBegin(); it != entry->details.constEnd(); ++it)
        request.details.insert(it.key(), it.value().toString());
    request.details.insert(u"undo"_s, entry->verb);
    authorizeThenRun(request, [this, changeId, rollback = entry->rollback] {
        VerbResult result = m_verbs.undo(rollback);
        QString error;
        if (result.ok && !m_journal.markUndone(changeId, &error)) {
            result.ok = false;
            result.error = error;
        }
        result.summary = u"undid change "_s + QString::number(changeId);
        result.rollback = QJsonArray(); // an undo is not itself journaled
        return result;
    });
    return 0;
}

} // namespace oom::helper
