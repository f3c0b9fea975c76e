// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/input/sdjournalentry.h"

#include <cstring>

namespace oom {

namespace {

void readField(sd_journal *j, const char *name, JournalEntry &entry)
{
    const void *data = nullptr;
    size_t length = 0;
    if (sd_journal_get_data(j, name, &data, &length) < 0)
        return;
    const QByteArrayView field(static_cast<const char *>(data), qsizetype(length));
    const qsizetype eq = field.indexOf('=');
    if (eq > 0)
        entry.setField(field.first(eq), field.sliced(eq + 1));
}

} // namespace

JournalEntry currentJournalEntry(sd_journal *j)
{
    static const char *const fields[] = {
        "MESSAGE",    "_SOURCE_MONOTONIC_TIMESTAMP",
        "_HOSTNAME",  "SYSLOG_IDENTIFIER",
        "_COMM",      "_PID",
        "SYSLOG_PID", "_TRANSPORT",
    };
    JournalEntry entry;
    for (const char *field : fields)
        readField(j, field, entry);
    uint64_t realtime = 0;
    if (sd_journal_get_realtime_usec(j, &realtime) >= 0)
        entry.realtimeUsec = qint64(realtime);
    return entry;
}

QString describeSdError(int r)
{
    return QString::fromLocal8Bit(std::strerror(-r));
}

} // namespace oom
