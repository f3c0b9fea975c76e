// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "app/factmodel.h"
#include "core/model/oomevent.h"

#include <QCoreApplication>
#include <QList>

// The facts of an incident for the incident page, in the words of the reports: the trigger,
// the constraint, the victims, the memory cgroup's counters, swap and the units affected.
class IncidentFacts
{
    Q_DECLARE_TR_FUNCTIONS(IncidentFacts)

public:
    static QList<FactModel::Fact> of(const oom::OomEvent &event);
};
