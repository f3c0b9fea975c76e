// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/enums.h"
#include "core/model/taskrow.h"
#include "core/model/unitresult.h"

#include <QString>

// The stable spellings of the model's enums in the reports: part of the JSON contract
// (JSON-CONTRACT.md), shared by the JSON, text and Markdown writers. Cause and wizard ids
// are in core/analysis/causeids.h.
namespace oom {

QString eventKindId(EventKind kind); // "kernel-oom", "userspace-kill", "alloc-failure"
QString killerId(Killer killer); // "kernel", "systemd-oomd", "earlyoom", "nohang"
QString oomPathId(OomPath path); // "global", "memcg", "page-fault", "sysrq", "" when unknown
QString unitResultId(UnitResultKind kind); // "oom-killer", "failed-oom-kill", "oomd-kill"
QString taskLayoutId(TaskTableLayout layout); // "pgtables-bytes", ..., "" when unknown
QString severityId(Severity severity); // "critical", "warning", "info"

} // namespace oom
