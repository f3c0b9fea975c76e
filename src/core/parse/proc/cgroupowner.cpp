// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/proc/cgroupowner.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace oom::cgroupparse {

namespace {

bool isHexId(QStringView s)
{
    // Docker, containerd and CRI-O ids are 64 hex digits; allow the 12-digit short form
    // that hand-made paths (and some tests of other tools) use.
    if (s.size() < 12 || s.size() > 64)
        return false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f')))
            return false;
    }
    return true;
}

// "docker-<id>.scope" -> <id> when the component has that prefix and suffix.
QStringView idBetween(QStringView component, QStringView prefix, QStringView suffix)
{
    if (!component.startsWith(prefix) || !component.endsWith(suffix))
        return {};
    return component.sliced(prefix.size(), component.size() - prefix.size() - suffix.size());
}

bool isUnitComponent(QStringView c)
{
    return c.endsWith(u".service") || c.endsWith(u".scope") || c.endsWith(u".socket")
        || c.endsWith(u".mount") || c.endsWith(u".swap");
}

void setContainer(CgroupOwner &owner, ContainerRuntime runtime, QStringView id)
{
    owner.runtime = runtime;
    owner.containerId = id.toString();
}

// "kubepods-burstable-pod1b2c_..._.slice" / "kubepods-pod<uid>.slice" (systemd driver)
bool kubepodsSlice(CgroupOwner &owner, QStringView c)
{
    if (!c.startsWith(u"kubepods") || !c.endsWith(u".slice"))
        return false;
    const QStringView body = c.first(c.size() - 6);
    if (body == u"kubepods-besteffort" || body == u"kubepods-burstable") {
        owner.qosClass = body.sliced(9).toString();
        return true;
    }
    const qsizetype pod = body.indexOf(u"-pod");
    if (pod < 0)
        return body == u"kubepods";
    QString uid = body.sliced(pod + 4).toString();
    uid.replace(u'_', u'-');
    owner.podUid = uid;
    const QStringView qos = body.first(pod);
    owner.qosClass =
        qos == u"kubepods" ? u"guaranteed"_s : qos.sliced(qMin(qos.size(), 9)).toString();
    return true;
}

} // namespace

CgroupOwner ownerFromPath(QStringView path)
{
    CgroupOwner owner;
    QStringView previous;
    bool underKubepods = false;
    qsizetype begin = 0;
    while (begin <= path.size()) {
        qsizetype end = path.indexOf(u'/', begin);
        if (end < 0)
            end = path.size();
        const QStringView c = path.sliced(begin, end - begin);
        begin = end + 1;
        if (c.isEmpty())
            continue;

        if (c.endsWith(u".slice")) {
            owner.slice = c.toString();
            underKubepods = kubepodsSlice(owner, c) || underKubepods;
        } else if (isUnitComponent(c)) {
            owner.unit = c.toString();
        }

        QStringView id;
        if (!(id = idBetween(c, u"docker-", u".scope")).isEmpty() && isHexId(id)) {
            setContainer(owner, ContainerRuntime::Docker, id);
        } else if (!(id = idBetween(c, u"cri-containerd-", u".scope")).isEmpty() && isHexId(id)) {
            setContainer(owner, ContainerRuntime::Containerd, id);
        } else if (!(id = idBetween(c, u"crio-", u".scope")).isEmpty() && isHexId(id)) {
            setContainer(owner, ContainerRuntime::Crio, id);
        } else if (!(id = idBetween(c, u"libpod-", u".scope")).isEmpty() && isHexId(id)) {
            setContainer(owner, ContainerRuntime::Podman, id);
        } else if (!(id = idBetween(c, u"libpod-", {})).isEmpty() && isHexId(id)
                   && previous == u"libpod_parent") {
            setContainer(owner, ContainerRuntime::Podman, id);
        } else if (previous == u"docker" && isHexId(c)) {
            setContainer(owner, ContainerRuntime::Docker, c);
        } else if (previous == u"lxc" || c.startsWith(u"lxc.payload.")) {
            const QStringView name = previous == u"lxc" ? c : c.sliced(12);
            if (!name.isEmpty())
                setContainer(owner, ContainerRuntime::Lxc, name);
        } else if (!(id = idBetween(c, u"machine-", u".scope")).isEmpty()) {
            setContainer(owner, ContainerRuntime::Nspawn, id);
        } else if (c == u"kubepods") {
            underKubepods = true;
        } else if (underKubepods && (c == u"burstable" || c == u"besteffort")) {
            owner.qosClass = c.toString();
        } else if (underKubepods && c.startsWith(u"pod") && c.size() > 3) {
            owner.podUid = c.sliced(3).toString();
            if (owner.qosClass.isEmpty())
                owner.qosClass = u"guaranteed"_s;
        } else if (underKubepods && !owner.podUid.isEmpty() && isHexId(c)) {
            setContainer(owner, ContainerRuntime::Unnamed, c);
        }
        previous = c;
    }
    return owner;
}

} // namespace oom::cgroupparse
