// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/oomevent.h"

#include <QList>

namespace oom {

// One incident read from several inputs is one incident: a sosreport holds the kernel log
// in sos_commands/kernel/dmesg, /var/log/messages and the journal; an admin drops dmesg
// and kern.log together. Events are the same when they name the same kill (victim pid
// with its exact memory figures) or the same kernel invocation (trigger pid, order and
// kernel timestamp), and nothing they both know disagrees. The fullest copy stays, at the
// position of the first; the others are listed in its `alsoIn`, and what only they know
// (wall-clock time, kernel timestamp, host, release, unit results) is filled in.
// `firstOf`, when given, receives for each merged event the index in `events` of its first
// copy (what gives an Incident its stable id).
QList<OomEvent> mergeDuplicateEvents(QList<OomEvent> events, QList<qsizetype> *firstOf = nullptr);

// True when `a` and `b` report the same event (see above).
bool isSameEvent(const OomEvent &a, const OomEvent &b);

} // namespace oom
