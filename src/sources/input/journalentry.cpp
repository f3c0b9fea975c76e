// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/input/journalentry.h"

#include "sources/input/linesink.h"

#include <cstdio>
#include <ctime>

namespace oom {

namespace {

QByteArray formatRealtime(qint64 usec)
{
    const time_t seconds = time_t(usec / 1000000);
    struct tm tm = {};
    gmtime_r(&seconds, &tm);
    char text[64];
    const int n = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%06lld+00:00",
                                tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
                                tm.tm_sec, static_cast<long long>(usec % 1000000));
    return QByteArray(text, n);
}

qint64 toNumber(QByteArrayView value)
{
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok && n >= 0 ? n : -1;
}

} // namespace

void JournalEntry::setField(QByteArrayView key, QByteArrayView value)
{
    if (key == "MESSAGE")
        message = value.toByteArray();
    else if (key == "__REALTIME_TIMESTAMP")
        realtimeUsec = toNumber(value);
    else if (key == "_SOURCE_MONOTONIC_TIMESTAMP")
        sourceMonotonicUsec = toNumber(value);
    else if (key == "_HOSTNAME")
        hostname = value.toByteArray();
    else if (key == "SYSLOG_IDENTIFIER")
        identifier = value.toByteArray();
    else if (key == "_COMM")
        comm = value.toByteArray();
    else if (key == "_PID")
        pid = value.toByteArray();
    else if (key == "SYSLOG_PID" && pid.isEmpty())
        pid = value.toByteArray();
    else if (key == "_TRANSPORT")
        transport = value.toByteArray();
}

QByteArray journalEntryPrefix(const JournalEntry &entry)
{
    const bool kernel = entry.transport == "kernel";
    QByteArray line;
    line.reserve(96);
    if (entry.realtimeUsec >= 0)
        line += formatRealtime(entry.realtimeUsec) + ' ';
    line += entry.hostname.isEmpty() ? QByteArray("localhost") : entry.hostname;
    line += ' ';
    QByteArray ident = kernel ? QByteArray("kernel") : entry.identifier;
    if (ident.isEmpty())
        ident = entry.comm.isEmpty() ? QByteArray("unknown") : entry.comm;
    line += ident;
    if (!kernel && !entry.pid.isEmpty())
        line += '[' + entry.pid + ']';
    line += ": ";
    if (kernel && entry.sourceMonotonicUsec >= 0) {
        char stamp[48];
        const int n = std::snprintf(stamp, sizeof stamp, "[%5lld.%06lld] ",
                                    static_cast<long long>(entry.sourceMonotonicUsec / 1000000),
                                    static_cast<long long>(entry.sourceMonotonicUsec % 1000000));
        line.append(stamp, n);
    }
    return line;
}

void emitJournalEntry(const JournalEntry &entry, qint64 lineNumber, LineSink &sink)
{
    QByteArrayView message = entry.message;
    while (message.endsWith('\n'))
        message.chop(1);
    qsizetype nl = message.indexOf('\n');
    QByteArray line = journalEntryPrefix(entry);
    line += nl < 0 ? message : message.first(nl);
    sink.addLine(line, lineNumber);
    while (nl >= 0) {
        message = message.sliced(nl + 1);
        nl = message.indexOf('\n');
        line = QByteArray("    ") + (nl < 0 ? message : message.first(nl));
        sink.addLine(line, lineNumber);
    }
}

} // namespace oom
