// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace oom::sources {

// The output of oomlens-hostgather (src/hostgather/oomlens-hostgather.c): one record per
// request, "OOMHG1 <status> <length> <request>\n" + <length> bytes + "\n". Parsing the
// bytes themselves is left to the readers that parse the same files on an unsandboxed
// system (procpid, cgroupfiles, kmsgrecord).
struct HostGatherRecord {
    QString request; // "/proc/42/status", "list:/proc"
    QString status; // "ok", "truncated", "denied" or an errno name ("ENOENT")
    QByteArray bytes;

    bool hasBytes() const { return status == u"ok" || status == u"truncated"; }
};

// The records of a whole reply, or nullopt with `error` naming the byte offset and the
// problem when the reply is malformed (a cut pipe, a gatherer of another version).
std::optional<QList<HostGatherRecord>> parseHostGatherReply(QByteArrayView reply, QString *error);

// Entries of a "list:" record, one per line.
QStringList hostGatherListEntries(const HostGatherRecord &record);

} // namespace oom::sources
