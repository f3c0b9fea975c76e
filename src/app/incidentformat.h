// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/session/incident.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

// The short words the incident list and the pages show for an incident; the sentences come
// from the report code (core/report) so the app and the CLI say the same thing.
class IncidentFormat
{
    Q_DECLARE_TR_FUNCTIONS(IncidentFormat)

public:
    static QString time(const oom::OomEvent &event); // local format with the zone, or uptime
    static QString killer(oom::Killer killer);
    static QString victim(const oom::OomEvent &event); // "java (4412)", several joined
    static QString cgroupOrUnit(const oom::OomEvent &event);
    static QString primaryCause(const oom::Incident &incident);
    static QString primarySeverity(const oom::Incident &incident); // "info" without causes

    // The incident a QML property holds (a QVariant of oom::IncidentPtr); nullptr if none.
    static oom::IncidentPtr fromVariant(const QVariant &value);
    static QVariant toVariant(const oom::IncidentPtr &incident);
};

Q_DECLARE_METATYPE(oom::IncidentPtr)
