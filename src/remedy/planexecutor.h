// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "remedy/helperclient.h"
#include "remedy/plan.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace oom::remedy {

struct AppliedStep {
    int index = 0; // into Plan::steps
    CallResult result;
};

struct ApplyResult {
    bool ok = false;
    QList<AppliedStep> applied; // the steps that succeeded (and were kept when ok)
    QStringList log; // one translated line per call and per rollback
    bool rolledBack = false;
};

// Applies a confirmed plan step by step. A step that fails (not authorized, refused by the
// helper, rejected by systemd) undoes the steps before it, newest first, so the system is
// left as it was.
class PlanExecutor
{
    Q_DECLARE_TR_FUNCTIONS(PlanExecutor)

public:
    PlanExecutor(const HelperClient &helper, const SystemdClient &systemd);
    ApplyResult apply(const Plan &plan) const;
    // Undoes one applied step (the wizard's Undo button, and the rollback above).
    CallResult undo(const PlanStep &step, const CallResult &applied) const;

private:
    const HelperClient &m_helper;
    const SystemdClient &m_systemd;
};

} // namespace oom::remedy
