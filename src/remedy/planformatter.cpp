// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "remedy/planformatter.h"

#include "remedy/planners.h"

using namespace Qt::StringLiterals;

namespace oom::remedy {

namespace {

void appendList(QString &out, const QString &heading, const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    out += heading + u'\n';
    for (const QString &line : lines)
        out += u"  - "_s + line + u'\n';
}

QString indented(const QString &text, const QString &prefix)
{
    QString out;
    for (const QString &line : text.split(u'\n'))
        out += prefix + line + u'\n';
    return out;
}

} // namespace

QString PlanFormatter::formatStep(const PlanStep &step, int number)
{
    QString out = u"  "_s + QString::number(number) + u". "_s + step.title + u"  ["_s
        + (step.persistent ? tr("persistent") : tr("runtime")) + u"]\n"_s;
    out += indented(step.preview, u"       "_s);
    for (const QString &risk : step.risks)
        out += u"     "_s + tr("Risk: %1").arg(risk) + u'\n';
    out += u"     "_s
        + (step.reversible ? tr("Undo: %1") : tr("Cannot be undone: %1")).arg(step.rollback)
        + u'\n';
    return out;
}

QString PlanFormatter::format(const Plan &plan)
{
    QString out = tr("Plan: %1").arg(Planners::wizardTitle(plan.wizard)) + u'\n';
    appendList(out, tr("Why:"), plan.why);
    appendList(out, tr("Reasoning:"), plan.reasoning);
    appendList(out, tr("Already in place:"), plan.inPlace);
    if (!plan.refusals.isEmpty()) {
        appendList(out, tr("Refused:"), plan.refusals);
        return out;
    }
    if (!plan.steps.isEmpty()) {
        out += tr("Steps (each is authorized, applied and verified; a failure undoes the "
                  "earlier ones):")
            + u'\n';
        for (qsizetype i = 0; i < plan.steps.size(); ++i)
            out += formatStep(plan.steps.at(i), int(i + 1));
    }
    if (!plan.explicitConfirmation.isEmpty())
        out += tr("Confirmed by you: %1").arg(plan.explicitConfirmation) + u'\n';
    appendList(out, tr("Afterwards:"), plan.followUps);
    return out;
}

} // namespace oom::remedy
