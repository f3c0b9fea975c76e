// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QString>

namespace oom::helper {

struct AuditRecord {
    qint64 callerUid = -1;
    qint64 callerPid = -1;
    QString caller; // unique bus name
    QString verb;
    QString action;
    QString arguments;
    QString result; // "invalid: ...", "denied", "challenge", "caller-gone", "applied #3", ...
};

// One journal entry per request with a fixed MESSAGE_ID (journalctl MESSAGE_ID=...), and
// the same line on stderr (the unit's stderr goes to the journal too; tests read it).
void audit(const AuditRecord &record);

inline constexpr const char *AuditMessageId = "5e0f1d7c2b8a4c6e9d3f0a1b2c3d4e5f";

} // namespace oom::helper
