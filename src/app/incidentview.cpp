// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/incidentview.h"

#include "app/causemodel.h"
#include "app/factmodel.h"
#include "app/incidentfacts.h"
#include "app/incidentformat.h"
#include "core/report/reportformat.h"

IncidentView::IncidentView(QObject *parent)
    : QObject(parent)
    , m_causes(new CauseModel(this))
    , m_facts(new FactModel(this))
{
}

QVariant IncidentView::incident() const
{
    return IncidentFormat::toVariant(m_incident);
}

void IncidentView::setIncident(const QVariant &incident)
{
    const oom::IncidentPtr next = IncidentFormat::fromVariant(incident);
    if (next == m_incident)
        return;
    m_incident = next;
    m_causes->setCauses(m_incident ? m_incident->causes : QList<oom::Cause>());
    m_facts->setFacts(m_incident ? IncidentFacts::of(m_incident->event) : QList<FactModel::Fact>());
    Q_EMIT incidentChanged();
}

QString IncidentView::incidentId() const
{
    return m_incident ? m_incident->id : QString();
}

QString IncidentView::title() const
{
    return m_incident ? oom::ReportFormat::title(m_incident->event) : QString();
}

QString IncidentView::sentence() const
{
    return m_incident ? oom::ReportFormat::whatHappened(m_incident->event) : QString();
}

QString IncidentView::when() const
{
    return m_incident ? oom::ReportFormat::when(m_incident->event) : QString();
}

QString IncidentView::severity() const
{
    return m_incident ? IncidentFormat::primarySeverity(*m_incident) : QString();
}

QString IncidentView::sourcePath() const
{
    return m_incident ? m_incident->event.sourcePath : QString();
}

qint64 IncidentView::firstLine() const
{
    return m_incident ? m_incident->event.lines.first : 0;
}

qint64 IncidentView::lastLine() const
{
    return m_incident ? m_incident->event.lines.last : 0;
}

QStringList IncidentView::alsoIn() const
{
    QStringList inputs;
    if (m_incident) {
        for (const oom::EventCopy &copy : m_incident->event.alsoIn)
            inputs.append(copy.sourcePath);
    }
    return inputs;
}

QStringList IncidentView::notes() const
{
    QStringList notes;
    if (m_incident) {
        for (const QString &note : m_incident->event.notes)
            notes.append(oom::ReportFormat::note(note));
    }
    return notes;
}
