// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/session/session.h"

#include "core/analysis/diagnosis.h"
#include "core/analysis/duplicateevents.h"
#include "core/analysis/victimranking.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace oom {

QString incidentIdOf(const OomEvent &event)
{
    return event.sourcePath + u':' + QString::number(event.lines.first);
}

const Incident *Session::incident(const QString &id) const
{
    const auto found =
        std::find_if(incidents.cbegin(), incidents.cend(), [&id](const IncidentPtr &incident) {
            return incident->id == id;
        });
    return found == incidents.cend() ? nullptr : found->get();
}

bool Session::hasErrors() const
{
    return std::any_of(errors.cbegin(), errors.cend(), [](const InputError &error) {
        return error.severity == InputError::Severity::Error;
    });
}

namespace {

std::shared_ptr<Incident> makeIncident(QString id, OomEvent event, const RankOptions &context,
                                       const AnalysisOptions &options)
{
    auto incident = std::make_shared<Incident>();
    incident->id = std::move(id);
    incident->causes = diagnose(event);
    incident->analysis = analyzeEvent(event, context, options);
    incident->event = std::move(event);
    return incident;
}

} // namespace

Session buildSession(SessionParts parts, const AnalysisOptions &options)
{
    QStringList firstIds;
    firstIds.reserve(parts.events.size());
    for (const OomEvent &event : std::as_const(parts.events))
        firstIds.append(incidentIdOf(event));
    QList<qsizetype> firstOf;
    QList<OomEvent> events = mergeDuplicateEvents(std::move(parts.events), &firstOf);

    Session session;
    session.inputs = std::move(parts.inputs);
    session.errors = std::move(parts.errors);
    session.incidents.reserve(events.size());
    IncidentBuilder builder(options);
    for (qsizetype i = 0; i < events.size(); ++i)
        session.incidents.append(builder.add(std::move(events[i]), firstIds.at(firstOf.at(i))));
    session.summary = summarizeSession(session.incidents);
    return session;
}

IncidentBuilder::IncidentBuilder(AnalysisOptions options)
    : m_options(std::move(options))
{
}

IncidentPtr IncidentBuilder::add(OomEvent event, QString id)
{
    if (id.isEmpty())
        id = incidentIdOf(event);
    // sessionRankOptions() reads only the kind, input, times and victims of the events, so
    // that is all that is kept of each kernel OOM for the ones after it.
    OomEvent reduced;
    reduced.kind = event.kind;
    reduced.sourcePath = event.sourcePath;
    reduced.time = event.time;
    reduced.uptimeSeconds = event.uptimeSeconds;
    reduced.victims = event.victims;
    m_earlier.append(std::move(reduced));
    const RankOptions context = sessionRankOptions(m_earlier, m_earlier.size() - 1);
    if (event.kind != EventKind::KernelOom)
        m_earlier.removeLast();
    return makeIncident(std::move(id), std::move(event), context, m_options);
}

} // namespace oom
