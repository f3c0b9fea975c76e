// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/analysis/diagnosis.h"

#include "core/analysis/causerules.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace oom {

namespace causes {

Facts::Facts(const OomEvent &e)
    : event(e)
    , watermarks(watermark::checkWatermarks(e))
    , ram(breakdown::ramBreakdown(e))
    , memcg(breakdown::memcgBreakdown(e))
    , pageSize(e.pageSizeKb.value_or(AssumedPageSize))
{
    const QString constraint = e.constraint.value_or(QString());
    // The kill line's message names a memcg OOM even when nothing else of the report is in
    // the log ("Memory cgroup out of memory: Killed process ...").
    // OpenVZ's "Out of memory in UB <id>" is a container's limit the same way.
    auto isMemcgMessage = [](const QString &message) {
        return message == u"Memory cgroup out of memory"_s
            || message.startsWith(u"Out of memory in UB "_s);
    };
    bool memcgMessage = isMemcgMessage(e.selection.message);
    for (const Victim &victim : e.victims)
        memcgMessage = memcgMessage || isMemcgMessage(victim.message);
    isMemcg = constraint == u"CONSTRAINT_MEMCG"_s || memcgMessage
        || (!e.constraint && !e.memcg.hostLimit && !e.memcg.oomCgroup.isEmpty()
            && (e.memcg.memory.isPresent() || e.trigger.path == OomPath::Memcg));
    onlyUnitResult = e.notes.contains(u"only-unit-result-in-log"_s);
    isNodeConstrained =
        constraint == u"CONSTRAINT_CPUSET"_s || constraint == u"CONSTRAINT_MEMORY_POLICY"_s;
    if (ram) {
        ramKb = ram->totalKb;
    } else {
        KiB present;
        for (const ZoneState &zone : e.zones)
            present += orZero(zone.fieldKb(u"present"_s));
        if (present > KiB(0))
            ramKb = present.value;
    }
}

} // namespace causes

QList<Cause> diagnose(const OomEvent &event)
{
    const causes::Facts facts(event);
    QList<causes::Finding> findings;
    causes::killerRules(facts, findings);
    causes::limitRules(facts, findings);
    causes::pressureRules(facts, findings);
    causes::consumerRules(facts, findings);
    causes::rankingRules(facts, findings);
    if (findings.isEmpty())
        causes::undeterminedRule(facts, findings);
    std::stable_sort(findings.begin(), findings.end(),
                     [](const causes::Finding &a, const causes::Finding &b) {
                         return a.confidence > b.confidence;
                     });
    QList<Cause> causes;
    causes.reserve(findings.size());
    for (causes::Finding &finding : findings) {
        std::sort(finding.cause.evidence.begin(), finding.cause.evidence.end());
        finding.cause.evidence.erase(
            std::unique(finding.cause.evidence.begin(), finding.cause.evidence.end()),
            finding.cause.evidence.end());
        causes.append(std::move(finding.cause));
    }
    return causes;
}

} // namespace oom
