// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/userspace/containerlines.h"

using namespace Qt::StringLiterals;

namespace oom {

namespace {

bool isIdChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '-'
        || u == '_';
}

// The id that starts at `from`, after any quote or escaped quote.
QString idAt(QStringView text, qsizetype from)
{
    while (from < text.size() && (text[from] == u'"' || text[from] == u'\\' || text[from] == u' '))
        ++from;
    qsizetype end = from;
    while (end < text.size() && isIdChar(text[end]))
        ++end;
    return text.mid(from, end - from).toString();
}

QString idAfter(QStringView text, QStringView key)
{
    const qsizetype at = text.indexOf(key);
    return at < 0 ? QString() : idAt(text, at + key.size());
}

// "containerID=\"containerd://<id>\"", "containerID:cri-o://<id>", "docker://<id>"
QString idAfterScheme(QStringView text)
{
    for (QStringView scheme :
         {QStringView(u"containerd://"), QStringView(u"cri-o://"), QStringView(u"docker://")}) {
        if (QString id = idAfter(text, scheme); !id.isEmpty())
            return id;
    }
    return {};
}

// Docker ids are 64 hex digits, shown shortened to 12.
bool isHexId(QStringView id)
{
    if (id.size() < 12)
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f')))
            return false;
    }
    return true;
}

QString runtimeFromIdent(QStringView ident)
{
    if (ident.startsWith(u"containerd"))
        return u"containerd"_s;
    if (ident == u"dockerd" || ident == u"docker")
        return u"dockerd"_s;
    if (ident == u"crio" || ident == u"cri-o")
        return u"crio"_s;
    if (ident == u"conmon")
        return u"conmon"_s;
    if (ident == u"kubelet" || ident == u"k3s" || ident == u"kubelite" || ident == u"hyperkube")
        return u"kubelet"_s;
    return {};
}

// "OOMKilled" as a state that is true: "reason: OOMKilled", "Reason=OOMKilled",
// "\"OOMKilled\": true". Not "\"OOMKilled\": false" (docker inspect of a healthy container).
bool saysOomKilled(QStringView text)
{
    static constexpr QStringView word = u"OOMKilled";
    qsizetype at = text.indexOf(word);
    while (at >= 0) {
        qsizetype i = at + word.size();
        while (i < text.size() && (text[i] == u'"' || text[i] == u'\\' || text[i] == u' '))
            ++i;
        if (i < text.size() && (text[i] == u':' || text[i] == u'=')) {
            ++i;
            while (i < text.size() && (text[i] == u' ' || text[i] == u'"'))
                ++i;
            if (!text.mid(i).startsWith(u"false"))
                return true;
        } else {
            return true;
        }
        at = text.indexOf(word, at + word.size());
    }
    return false;
}

ContainerOomEvent eventFrom(const LogRecord &record, QString runtime, QString containerId)
{
    ContainerOomEvent event;
    event.runtime = std::move(runtime);
    event.containerId = std::move(containerId);
    event.text = QStringView(record.text).trimmed().toString();
    event.time = record.time;
    event.line = record.lines;
    return event;
}

} // namespace

std::optional<ContainerOomEvent> parseContainerOomEvent(const LogRecord &record)
{
    const QStringView text = QStringView(record.text).trimmed();
    const QString identRuntime = runtimeFromIdent(record.ident);
    const auto runtimeOr = [&identRuntime](QString fallback) {
        return identRuntime.isEmpty() ? fallback : identRuntime;
    };

    // containerd CRI plugin (also logged by k3s and other embedders)
    if (text.contains(u"TaskOOM event ")) {
        QString id = idAfter(text, u"ContainerID:");
        if (id.isEmpty())
            id = idAfter(text, u"container_id:");
        return eventFrom(record, u"containerd"_s, id);
    }
    // "level=debug msg=event module=libcontainerd namespace=moby topic=/tasks/oom" (dockerd)
    // "level=debug msg=\"event published\" ns=moby topic=/tasks/oom type=containerd.events.TaskOOM"
    if (text.contains(u"topic=/tasks/oom")) {
        const bool docker = text.contains(u"module=libcontainerd");
        return eventFrom(record, docker ? u"dockerd"_s : runtimeOr(u"containerd"_s),
                         idAfter(text, u"container="));
    }
    // dockerd 1.10-1.12: "libcontainerd: received containerd event: &types.Event{Type:\"oom\",
    // Id:\"...\"
    if (text.contains(u"Type:\\\"oom\\\"") || text.contains(u"Type:\"oom\"")) {
        return eventFrom(record, runtimeOr(u"dockerd"_s), idAfter(text, u"Id:"));
    }
    // docker events: "2017-08-25T18:21:35.949063698+08:00 container oom <id> (image=...)"
    if (const qsizetype at = text.indexOf(u"container oom ");
        at >= 0 && (at == 0 || text[at - 1] == u' ')) {
        QString id = idAt(text, at + 14);
        if (isHexId(id))
            return eventFrom(record, runtimeOr(u"dockerd"_s), std::move(id));
    }
    // docker events --format '{{json .}}' / the events API
    if (text.contains(u"\"status\":\"oom\"") || text.contains(u"\"Action\":\"oom\""))
        return eventFrom(record, runtimeOr(u"dockerd"_s), idAfter(text, u"\"id\":"));
    // conmon: "conmon 3b6c2d6e0f8b7a9c1d2e <ninfo>: OOM received"
    if (text.endsWith(u"OOM received") || text.endsWith(u"OOM event received")) {
        QString id;
        if (text.startsWith(u"conmon "))
            id = idAt(text, 7);
        return eventFrom(record, u"conmon"_s, id);
    }
    // kubelet's OOM watcher: the SystemOOM node event and its own log line.
    if (text.contains(u"System OOM encountered") || text.contains(u"Got sys oom event"))
        return eventFrom(record, u"kubelet"_s, QString());
    if (saysOomKilled(text)) {
        // docker inspect's State.OOMKilled is JSON; everything else is a container status.
        const bool dockerInspect = text.contains(u"\"OOMKilled\"");
        return eventFrom(record, runtimeOr(dockerInspect ? u"dockerd"_s : u"kubelet"_s),
                         idAfterScheme(text));
    }
    return std::nullopt;
}

} // namespace oom
