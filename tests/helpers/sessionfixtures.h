// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/report/jsonreport.h"
#include "core/session/session.h"

#include <QJsonArray>
#include <QJsonObject>

// Parsed events turned into incidents and sessions the way the product does it
// (buildSession(), IncidentBuilder), for tests that start from hand-made or parsed events.
namespace oom::testing {

inline Session sessionOf(QList<OomEvent> events, const AnalysisOptions &options = {})
{
    return buildSession(SessionParts{std::move(events), {}, {}}, options);
}

// One event alone, diagnosed and analysed without earlier incidents.
inline IncidentPtr incidentOf(const OomEvent &event, const AnalysisOptions &options = {})
{
    return IncidentBuilder(options).add(event);
}

inline QJsonObject incidentJson(const OomEvent &event, const AnalysisOptions &options = {})
{
    return incidentToJson(*incidentOf(event, options));
}

// The "events" array of a session of these events.
inline QJsonArray incidentsJson(QList<OomEvent> events)
{
    QJsonArray array;
    for (const IncidentPtr &incident : sessionOf(std::move(events)).incidents)
        array.append(incidentToJson(*incident));
    return array;
}

} // namespace oom::testing
