// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace oom {

class LineSink;

// The fields of one journal entry that the engine needs, from any journal source (binary
// file, `journalctl -o export`, `-o json`).
struct JournalEntry {
    QByteArray message;
    qint64 realtimeUsec = -1; // __REALTIME_TIMESTAMP
    qint64 sourceMonotonicUsec = -1; // _SOURCE_MONOTONIC_TIMESTAMP (kernel messages)
    QByteArray hostname; // _HOSTNAME
    QByteArray identifier; // SYSLOG_IDENTIFIER
    QByteArray comm; // _COMM
    QByteArray pid; // _PID, else SYSLOG_PID
    QByteArray transport; // _TRANSPORT

    // Takes one "KEY" / value pair if it is a field of interest.
    void setField(QByteArrayView key, QByteArrayView value);
};

// Feeds the entry to the engine as syslog-style lines the framer knows (RFC 3339 time in
// UTC, host, ident[pid]):
//   2024-01-02T03:04:05.123456+00:00 HOST IDENT[PID]: MESSAGE
// Kernel entries get ident "kernel" and, when the journal kept it, the kernel's own
// "[  uptime]" stamp before the message. A multi-line MESSAGE becomes its first line and
// then each further line indented by four spaces (a continuation), all with the same line
// number: the entry's place in the input.
void emitJournalEntry(const JournalEntry &entry, qint64 lineNumber, LineSink &sink);

// The first line alone (tests and the log viewer).
QByteArray journalEntryPrefix(const JournalEntry &entry);

} // namespace oom
