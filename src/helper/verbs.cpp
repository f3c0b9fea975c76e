// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "helper/verbs.h"

#include "remedy/hostfacts.h"
#include "remedy/validators.h"

#include <QDir>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using oom::remedy::Validators;

namespace oom::helper {

namespace {

QString trimmed(const std::optional<QByteArray> &value)
{
    return value ? QString::fromUtf8(*value).trimmed() : QString();
}

VerbResult failure(const QString &error)
{
    VerbResult result;
    result.error = error;
    return result;
}

} // namespace

Verbs::Verbs(const FileOps &files, QDBusConnection bus)
    : m_files(files)
    , m_bus(std::move(bus))
{
}

QList<int> Verbs::existingNodes() const
{
    QList<int> nodes;
    static const QRegularExpression nodeName(u"\\Anode([0-9]+)\\z"_s);
    const QDir dir(m_files.absolute(u"sys/devices/system/node"_s));
    for (const QString &entry : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QRegularExpressionMatch match = nodeName.match(entry);
        if (match.hasMatch())
            nodes.append(match.captured(1).toInt());
    }
    if (nodes.isEmpty() && !dir.exists())
        nodes.append(0); // a kernel without CONFIG_NUMA has one node, 0
    return nodes;
}

QString Verbs::filesystemOf(const QString &mountPoint) const
{
    const std::optional<QByteArray> mountinfo = m_files.read(u"proc/self/mountinfo"_s);
    if (!mountinfo)
        return QString();
    for (const remedy::MountFacts &mount : remedy::parseMountInfo(*mountinfo))
        if (mount.mountPoint == mountPoint)
            return mount.fsType;
    return QString();
}

bool Verbs::cgroupV2() const
{
    return m_files.read(u"sys/fs/cgroup/cgroup.controllers"_s).has_value();
}

VerbResult Verbs::setSysctl(const QString &key, const QString &value, bool persistent) const
{
    const QString path = Validators::sysctlPath(key);
    const std::optional<QByteArray> before = m_files.read(path);
    if (!before)
        return failure(m_files.absolute(path) + u": cannot be read (not on this kernel?)"_s);
    VerbResult result;
    result.summary = key + u' ' + trimmed(before) + u" -> "_s + value;
    result.changed = trimmed(before) != value;
    if (result.changed) {
        const FileResult written = m_files.writeValue(path, value.toUtf8());
        if (!written.ok)
            return failure(written.error);
        result.rollback.append(
            QJsonObject{{u"op"_s, u"write"_s}, {u"path"_s, path}, {u"value"_s, trimmed(before)}});
    }
    if (persistent) {
        const VerbResult file =
            setOwnedLine(u"etc/sysctl.d/90-oomlens.conf"_s, key, key + u" = "_s + value);
        if (!file.ok) {
            undo(result.rollback);
            return file;
        }
        for (const QJsonValue &op : file.rollback)
            result.rollback.append(op);
        result.changed = result.changed || file.changed;
    }
    result.ok = true;
    return result;
}

VerbResult Verbs::compactMemory(int node) const
{
    const QString path = node < 0
        ? u"proc/sys/vm/compact_memory"_s
        : u"sys/devices/system/node/node"_s + QString::number(node) + u"/compact"_s;
    const FileResult written = m_files.writeValue(path, "1");
    if (!written.ok)
        return failure(written.error);
    VerbResult result;
    result.ok = true;
    result.summary =
        node < 0 ? u"compacted every node"_s : u"compacted node "_s + QString::number(node);
    return result;
}

VerbResult Verbs::setCgroupLimit(const QString &cgroup, const QString &file,
                                 const QString &value) const
{
    const QString hierarchy =
        Validators::isCgroupV1File(file) ? u"sys/fs/cgroup/memory"_s : u"sys/fs/cgroup"_s;
    const QStringList components = Validators::cgroupComponents(cgroup);
    QString error;
    const std::optional<QByteArray> before =
        m_files.readCgroupFile(hierarchy, components, file, &error);
    if (!before)
        return failure(error);
    VerbResult result;
    result.ok = true;
    result.summary = cgroup + u'/' + file + u' ' + trimmed(before) + u" -> "_s + value;
    result.changed = trimmed(before) != value;
    if (!result.changed)
        return result;
    const FileResult written = m_files.writeCgroupFile(hierarchy, components, file, value.toUtf8());
    if (!written.ok)
        return failure(written.error);
    result.rollback.append(QJsonObject{{u"op"_s, u"cgroup"_s},
                                       {u"hierarchy"_s, hierarchy},
                                       {u"cgroup"_s, cgroup},
                                       {u"file"_s, file},
                                       {u"value"_s, trimmed(before)}});
    return result;
}

VerbResult Verbs::setCpusetMems(const QString &cgroup, const QString &nodes) const
{
    const QString hierarchy = cgroupV2() ? u"sys/fs/cgroup"_s : u"sys/fs/cgroup/cpuset"_s;
    const QStringList components = Validators::cgroupComponents(cgroup);
    QString error;
    const std::optional<QByteArray> before =
        m_files.readCgroupFile(hierarchy, components, u"cpuset.mems"_s, &error);
    if (!before)
        return failure(error);
    VerbResult result;
    result.ok = true;
    result.summary = cgroup + u"/cpuset.mems "_s + trimmed(before) + u" -> "_s + nodes;
    result.changed = trimmed(before) != nodes;
    if (!result.changed)
        return result;
    const FileResult written =
        m_files.writeCgroupFile(hierarchy, components, u"cpuset.mems"_s, nodes.toUtf8());
    if (!written.ok)
        return failure(written.error);
    // An empty v2 cpuset.mems means "the parent's"; writing "" restores exactly that.
    result.rollback.append(QJsonObject{{u"op"_s, u"cgroup"_s},
                                       {u"hierarchy"_s, hierarchy},
                                       {u"cgroup"_s, cgroup},
                                       {u"file"_s, u"cpuset.mems"_s},
                                       {u"value"_s, trimmed(before)}});
    return result;
}

VerbResult Verbs::setOomScoreAdj(qint64 pid, qint64 startTime, int value) const
{
    QString error;
    const std::optional<QByteArray> before =
        m_files.readProcessFile(pid, startTime, u"oom_score_adj"_s, &error);
    if (!before)
        return failure(error);
    VerbResult result;
    result.ok = true;
    result.summary = u"pid "_s + QString::number(pid) + u" oom_score_adj "_s + trimmed(before)
        + u" -> "_s + QString::number(value);
    result.changed = trimmed(before) != QString::number(value);
    if (!result.changed)
        return result;
    const FileResult written =
        m_files.writeProcessFile(pid, startTime, u"oom_score_adj"_s, QByteArray::number(value));
    if (!written.ok)
        return failure(written.error);
    result.rollback.append(QJsonObject{{u"op"_s, u"oom_score_adj"_s},
                                       {u"pid"_s, pid},
                                       {u"start_time"_s, startTime},
                                       {u"value"_s, trimmed(before)}});
    return result;
}

VerbResult Verbs::undo(const QJsonArray &rollback) const
{
    for (qsizetype i = rollback.size() - 1; i >= 0; --i) {
        const QJsonObject op = rollback.at(i).toObject();
        const QString kind = op.value(u"op"_s).toString();
        const QString value = op.value(u"value"_s).toString();
        FileResult done{false, u"unknown rollback operation "_s + kind};
        VerbResult nested;
        if (kind == u"write") {
            done = m_files.writeValue(op.value(u"path"_s).toString(), value.toUtf8());
        } else if (kind == u"cgroup") {
            done = m_files.writeCgroupFile(
                op.value(u"hierarchy"_s).toString(),
                Validators::cgroupComponents(op.value(u"cgroup"_s).toString()),
                op.value(u"file"_s).toString(), value.toUtf8());
        } else if (kind == u"oom_score_adj") {
            done = m_files.writeProcessFile(qint64(op.value(u"pid"_s).toDouble()),
                                            qint64(op.value(u"start_time"_s).toDouble()),
                                            u"oom_score_adj"_s, value.toUtf8());
        } else if (kind == u"owned-line") {
            const QJsonValue previous = op.value(u"previous"_s);
            nested = setOwnedLine(op.value(u"path"_s).toString(), op.value(u"key"_s).toString(),
                                  previous.isString() ? std::optional<QString>(previous.toString())
                                                      : std::nullopt);
            done = {nested.ok, nested.error};
        } else if (kind == u"file") {
            const QJsonValue previous = op.value(u"previous"_s);
            const QString path = op.value(u"path"_s).toString();
            done = previous.isString() ? m_files.replaceFile(path, previous.toString().toUtf8())
                                       : m_files.removeFile(path);
        } else if (kind == u"reload") {
            QString error;
            done = {reloadSystemd(&error), error};
            if (!done.ok) // systemd may be absent (a container); the file is restored anyway
                done = {true, {}};
        } else if (kind == u"swap") {
            QString error;
            const QString path = op.value(u"path"_s).toString();
            if (!swapOff(path, &error))
                return failure(error);
            done = m_files.removeFile(path);
        }
        if (!done.ok)
            return failure(done.error);
    }
    VerbResult result;
    result.ok = true;
    return result;
}

} // namespace oom::helper
