// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/cause.h"
#include "core/model/oomevent.h"

#include <QList>

// The diagnosis: why an incident happened, as causes with evidence lines and the wizard
// that fixes each (README "Cause ids"). Stable cause ids are listed in causeids.h.
namespace oom {

// The causes of one event, ordered by confidence (the first is the primary cause). The
// event is not changed: an Incident (core/session/incident.h) holds both.
QList<Cause> diagnose(const OomEvent &event);

} // namespace oom
