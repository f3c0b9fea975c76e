// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/analysis/eventanalysis.h"
#include "core/model/cause.h"
#include "core/model/oomevent.h"

#include <QList>
#include <QString>

#include <memory>

// The unit an admin thinks in: one OOM event as the log told it, why it happened (the
// causes, primary first) and what the analysis layer computed for it. Immutable once
// built; handed between threads as std::shared_ptr<const Incident>.
namespace oom {

struct Incident {
    // Stable across re-analysis and duplicate merging: "<input>:<first line>" of the copy
    // that was found first (inputs in session order, then line order). A selection in the
    // app keyed by it survives the end-of-session merge and a reload of the same inputs.
    QString id;
    OomEvent event; // as parsed (with alsoIn filled by the merge); never changed by diagnosis
    QList<Cause> causes; // primary first; never empty for a finished session
    EventAnalysis analysis;
};

using IncidentPtr = std::shared_ptr<const Incident>;

// The id of an event found at its own place (before any merge).
QString incidentIdOf(const OomEvent &event);

} // namespace oom
