// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/incidentformat.h"

#include "core/report/reportformat.h"
#include "core/report/reportids.h"

#include <QLocale>
#include <QStringList>

QString IncidentFormat::time(const oom::OomEvent &event)
{
    if (event.time) {
        const QLocale locale;
        return locale.toString(*event.time, QLocale::ShortFormat) + QLatin1Char(' ')
            + event.time->timeZoneAbbreviation();
    }
    if (event.uptimeSeconds)
        //: An incident without a wall-clock time: seconds since the machine booted.
        return tr("%1 s after boot").arg(QLocale().toString(*event.uptimeSeconds, 'f', 1));
    return oom::ReportFormat::unknown();
}

QString IncidentFormat::killer(oom::Killer killer)
{
    switch (killer) {
    case oom::Killer::Kernel:
        //: Who killed the process: the Linux kernel's OOM killer.
        return tr("Kernel");
    case oom::Killer::SystemdOomd: return QStringLiteral("systemd-oomd");
    case oom::Killer::Earlyoom: return QStringLiteral("earlyoom");
    case oom::Killer::Nohang: return QStringLiteral("nohang");
    case oom::Killer::AndroidLmkd: return QStringLiteral("lmkd");
    case oom::Killer::AndroidLowMemoryKiller: return QStringLiteral("lowmemorykiller");
    case oom::Killer::ChromeOs:
        //: Who killed the process: Chrome's low-memory tab killer on ChromeOS.
        return tr("ChromeOS tab manager");
    }
    return {};
}

QString IncidentFormat::victim(const oom::OomEvent &event)
{
    QStringList names;
    for (const oom::Victim &victim : event.victims)
        names.append(oom::ReportFormat::victimName(victim));
    if (names.isEmpty() && event.kind == oom::EventKind::AllocFailure)
        //: The incident killed nothing (an allocation failure warning).
        return tr("none");
    if (names.isEmpty())
        return oom::ReportFormat::unknown();
    if (names.size() > 3)
        return tr("%1 and %n more", nullptr, int(names.size() - 2))
            .arg(names.mid(0, 2).join(QStringLiteral(", ")));
    return names.join(QStringLiteral(", "));
}

QString IncidentFormat::cgroupOrUnit(const oom::OomEvent &event)
{
    if (!event.units.isEmpty())
        return event.units.first().unit;
    if (!event.memcg.oomCgroup.isEmpty())
        return event.memcg.oomCgroup;
    if (!event.victims.isEmpty() && !event.victims.first().cgroup.isEmpty())
        return event.victims.first().cgroup;
    if (!event.memcg.taskCgroup.isEmpty())
        return event.memcg.taskCgroup;
    return {};
}

QString IncidentFormat::primaryCause(const oom::Incident &incident)
{
    if (incident.causes.isEmpty())
        return oom::ReportFormat::title(incident.event);
    return incident.causes.first().summary;
}

QString IncidentFormat::primarySeverity(const oom::Incident &incident)
{
    return incident.causes.isEmpty() ? oom::severityId(oom::Severity::Info)
                                     : oom::severityId(incident.causes.first().severity);
}

oom::IncidentPtr IncidentFormat::fromVariant(const QVariant &value)
{
    return value.canConvert<oom::IncidentPtr>() ? value.value<oom::IncidentPtr>() : nullptr;
}

QVariant IncidentFormat::toVariant(const oom::IncidentPtr &incident)
{
    return incident ? QVariant::fromValue(incident) : QVariant();
}
