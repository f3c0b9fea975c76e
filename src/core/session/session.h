// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/analysis/eventanalysis.h"
#include "core/model/inputs.h"
#include "core/session/incident.h"
#include "core/session/sessionsummary.h"

#include <QList>

#include <memory>

// A session: the inputs read, what went wrong with them, every incident found and the
// view across them. Built by buildSession() — the one pipeline the CLI, the kernel-log
// follower, the tests and the app all call — from the parser's events.
namespace oom {

struct Session {
    QList<InputSummary> inputs;
    QList<InputError> errors;
    QList<IncidentPtr> incidents; // inputs in order, then line order; one per real incident
    SessionSummary summary;

    const Incident *incident(const QString &id) const; // nullptr when none has that id
    bool hasErrors() const; // an InputError of severity Error
};

using SessionPtr = std::shared_ptr<const Session>;

struct SessionParts {
    QList<OomEvent> events; // as parsed, in input then line order
    QList<InputSummary> inputs;
    QList<InputError> errors;
};

// Merges duplicates across inputs, diagnoses and analyses each incident (with the context
// of the incidents before it) and summarises the session.
Session buildSession(SessionParts parts, const AnalysisOptions &options = {});

// Incidents one at a time, as soon as each report is complete (the follower, incremental
// loading), each analysed with the context of those added before it (victims already
// reaped), as buildSession() would. Keeps only what that context needs of earlier events.
class IncidentBuilder
{
public:
    explicit IncidentBuilder(AnalysisOptions options = {});
    // The incident's id is incidentIdOf(event) unless given (a merged duplicate keeps the
    // id of the copy found first).
    IncidentPtr add(OomEvent event, QString id = {});

private:
    AnalysisOptions m_options;
    QList<OomEvent> m_earlier; // kernel OOMs, reduced to input, times and victims
};

} // namespace oom
