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
    const QList<OomEvent> events = mergeDuplicateEvents(std::move(parts.events), &firstOf);

    Session session;
    session.inputs = std::move(parts.inputs);
    session.errors = std::move(parts.errors);
    session.incidents.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        // The ranking's context (victims already reaped) comes from the incidents before.
        session.incidents.append(makeIncident(firstIds.at(firstOf.at(i)), events.at(i),
                                              sessionRankOptions(events, i), options));
    }
    session.summary = summarizeSession(session.incidents);
    return session;
}

IncidentBuilder::IncidentBuilder(AnalysisOptions options)
    : m_options(std::move(options))
{
}

IncidentPtr IncidentBuilder::add(const OomEvent &event)
{
    m_earlier.append(event);
    const RankOptions context = sessionRankOptions(m_earlier, m_earlier.size() - 1);
    // sessionRankOptions() reads only the kind, input, times and victims of earlier events.
    OomEvent &kept = m_earlier.last();
    if (kept.kind != EventKind::KernelOom) {
        m_earlier.removeLast();
    } else {
        OomEvent reduced;
        reduced.kind = kept.kind;
        reduced.sourcePath = kept.sourcePath;
        reduced.time = kept.time;
        reduced.uptimeSeconds = kept.uptimeSeconds;
        reduced.victims = kept.victims;
        kept = std::move(reduced);
    }
    return makeIncident(incidentIdOf(event), event, context, m_options);
}

} // namespace oom
