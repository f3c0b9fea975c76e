// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/oomevent.h"

#include <QList>

// The diagnosis: why an incident happened, as causes with evidence lines and the wizard
// that fixes each (issue "Diagnosis" §4). Stable cause ids are listed in causeids.h.
namespace oom {

// Fills event.causes, ordered by confidence (the first is the primary cause).
void diagnose(OomEvent &event);
// The same for every event of a session.
void diagnoseAll(QList<OomEvent> &events);

} // namespace oom
