// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// The cause of last resort: no rule matched. An incident never ends without a cause, so it
// gets "undetermined" with the facts the rules looked at and what each showed, which
// tells the reader what to look for in a fuller log.

#include "core/analysis/causeevidence.h"
#include "core/analysis/causeids.h"
#include "core/analysis/causerules.h"

using namespace Qt::StringLiterals;

namespace oom::causes {

void undeterminedRule(const Facts &facts, QList<Finding> &out)
{
    const OomEvent &e = facts.event;
    const QString absent = CauseText::tr("not in the log");
    const QString nothing = CauseText::tr("nothing found");
    const bool memcgShown = e.memcg.isPresent() || e.constraint.has_value();
    const bool zonesShown = !e.zones.isEmpty();
    const bool swapShown = e.swap.totalKb.has_value();
    const bool tasksShown = !e.tasks.isEmpty();
    Finding f{makeCause(causeid::Undetermined, Severity::Warning, QString()), 1};
    //: %1-%4: "not in the log" or "nothing found", for each part of the report checked
    f.cause.summary = CauseText::tr(
                          "The log does not show why memory ran out. Checked: cgroup limits (%1), "
                          "zone watermarks (%2), swap (%3), the task table (%4).")
                          .arg(memcgShown ? nothing : absent, zonesShown ? nothing : absent,
                               swapShown ? nothing : absent, tasksShown ? nothing : absent);
    addEvidence(f.cause, e.trigger.headerLine);
    addKillEvidence(f.cause, e);
    if (f.cause.evidence.isEmpty() && e.lines.isValid())
        addEvidence(f.cause, LineSpan{e.lines.first, e.lines.first});
    out.append(f);
}

} // namespace oom::causes
