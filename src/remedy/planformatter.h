// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "remedy/plan.h"

#include <QCoreApplication>
#include <QString>

namespace oom::remedy {

// The one text form of a Plan: the wizard's preview page shows it and
// `oomlens-cli fix --dry-run` prints it, so an admin sees the same plan in both.
class PlanFormatter
{
    Q_DECLARE_TR_FUNCTIONS(PlanFormatter)

public:
    static QString format(const Plan &plan);
    static QString formatStep(const PlanStep &step, int number);
};

} // namespace oom::remedy
