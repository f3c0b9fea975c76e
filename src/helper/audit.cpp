// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "helper/audit.h"

#include <cstdio>

#ifdef OOMLENS_HAVE_LIBSYSTEMD
#include <systemd/sd-journal.h>
#endif

namespace oom::helper {

void audit(const AuditRecord &record)
{
    const QString line = QStringLiteral("audit: uid=%1 pid=%2 caller=%3 verb=%4 action=%5 args=[%6] result=%7")
            .arg(record.callerUid)
            .arg(record.callerPid)
            .arg(record.caller, record.verb, record.action, record.arguments, record.result);
    std::fprintf(stderr, "oomlens-helper: %s\n", line.toUtf8().constData());
    std::fflush(stderr);
#ifdef OOMLENS_HAVE_LIBSYSTEMD
    sd_journal_send(
        "MESSAGE=%s", line.toUtf8().constData(), "MESSAGE_ID=%s", AuditMessageId, "PRIORITY=5",
        "OOMLENS_CALLER_UID=%lld", static_cast<long long>(record.callerUid),
        "OOMLENS_CALLER_PID=%lld", static_cast<long long>(record.callerPid), "OOMLENS_VERB=%s",
        record.verb.toUtf8().constData(), "OOMLENS_ACTION=%s", record.action.toUtf8().constData(),
        "OOMLENS_RESULT=%s", record.result.toUtf8().constData(), nullptr);
#endif
}

} // namespace oom::helper
