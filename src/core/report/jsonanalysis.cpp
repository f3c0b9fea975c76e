// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// The "analysis" object of an event (JSON-CONTRACT.md "analysis"): the ranking, the
// watermark check, fragmentation and the memory breakdown.
#include "core/report/jsonhelpers.h"
#include "core/report/jsonparts.h"

#include "core/analysis/eventanalysis.h"
#include "core/model/oomevent.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace oom::json {

namespace {

QString confidenceId(EraConfidence confidence)
{
    switch (confidence) {
    case EraConfidence::Low: return u"low"_s;
    case EraConfidence::Medium: return u"medium"_s;
    case EraConfidence::High: return u"high"_s;
    }
    return {};
}

QString agreementId(Agreement agreement)
{
    switch (agreement) {
    case Agreement::Agrees: return u"agrees"_s;
    case Agreement::Differs: return u"differs"_s;
    case Agreement::NoPrediction: return u"no-prediction"_s;
    case Agreement::NoActualVictim: return u"no-actual-victim"_s;
    }
    return {};
}

QString basisId(PredictionBasis basis)
{
    switch (basis) {
    case PredictionBasis::None: return u"none"_s;
    case PredictionBasis::Points: return u"points"_s;
    case PredictionBasis::SingleCandidate: return u"single-candidate"_s;
    case PredictionBasis::Dominance: return u"dominance"_s;
    }
    return {};
}

QString pageSizeSourceId(PageSizeSource source)
{
    switch (source) {
    case PageSizeSource::Report: return u"report"_s;
    case PageSizeSource::KillLine: return u"kill-line"_s;
    case PageSizeSource::MemcgUsage: return u"memcg-usage"_s;
    case PageSizeSource::Assumed: return u"assumed"_s;
    }
    return {};
}

QJsonArray evidenceToJson(const QList<EraEvidence> &list)
{
    QJsonArray array;
    for (const EraEvidence &e : list)
        array.append(QJsonObject{{u"id"_s, e.id}, {u"text"_s, str(e.text)}});
    return array;
}

// {pid, comm}, or null when there is no pid and no name.
QJsonValue processRef(const std::optional<qint64> &pid, const QString &comm)
{
    if (!pid && comm.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{u"pid"_s, opt(pid)}, {u"comm"_s, str(comm)}};
}

QString commOf(const RankingResult &ranking, const std::optional<qint64> &pid)
{
    const RankedTask *task = pid ? ranking.task(*pid) : nullptr;
    return task ? task->comm : QString();
}

QJsonValue scoreCheckToJson(const std::optional<ScoreCheck> &check)
{
    if (!check)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{
        {u"printed"_s, check->printed},
        {u"computed"_s, opt(check->computed)},
        {u"task_pid"_s, check->taskPid > 0 ? QJsonValue(check->taskPid) : QJsonValue()},
        {u"matches"_s, check->matches},
        {u"without_root_bonus"_s, check->withoutRootBonus},
        {u"era_from_score"_s,
         check->eraFromScore ? QJsonValue(eraId(*check->eraFromScore)) : QJsonValue()},
        {u"implied_totalpages_min"_s, opt(check->impliedTotalpagesMin)},
        {u"implied_totalpages_max"_s, opt(check->impliedTotalpagesMax)},
        {u"note"_s, str(check->note)},
    };
}

QJsonArray rankedTasksToJson(const QList<RankedTask> &tasks)
{
    QJsonArray array;
    for (const RankedTask &t : tasks) {
        QJsonValue share;
        if (t.shareOfTotal)
            share = std::round(*t.shareOfTotal * 10000.0) / 10.0; // permille, one decimal
        array.append(QJsonObject{
            {u"pid"_s, t.pid},
            {u"comm"_s, str(t.comm)},
            {u"points"_s, opt(t.points)},
            {u"share_permille"_s, share},
            {u"rank"_s, t.rank > 0 ? QJsonValue(t.rank) : QJsonValue()},
            {u"eligible"_s, t.eligible},
            {u"ineligible_reason"_s, str(ineligibilityId(t.ineligibility))},
            {u"oom_score"_s, opt(t.oomScore)},
            {u"oom_score_adj"_s, t.oomScoreAdj},
            {u"usage_pages"_s, t.usagePages},
            {u"root_bonus"_s, t.rootBonusApplied},
            {u"approximate"_s, t.approximate},
            {u"line"_s, lineNumber(t.line)},
        });
    }
    return array;
}

QJsonValue rankingToJson(const std::optional<RankingResult> &ranking)
{
    if (!ranking)
        return QJsonValue(QJsonValue::Null);
    const RankingResult &r = *ranking;
    QJsonArray alternatives;
    for (const BadnessEra era : r.era.alternatives)
        alternatives.append(eraId(era));
    QJsonArray reasons;
    for (const DifferenceReason reason : r.reasons)
        reasons.append(differenceReasonId(reason));
    QJsonArray otherEras;
    for (const EraPrediction &other : r.otherEras)
        otherEras.append(QJsonObject{{u"era"_s, eraId(other.era)},
                                     {u"predicted_pid"_s, opt(other.predictedPid)}});
    const std::optional<TotalPages> &total = r.totalpages;
    QJsonValue agrees;
    if (r.agreement == Agreement::Agrees || r.agreement == Agreement::Differs)
        agrees = r.agreement == Agreement::Agrees;
    return QJsonObject{
        {u"era"_s, eraId(r.era.era)},
        {u"era_range"_s, str(eraRange(r.era.era))},
        {u"era_confidence"_s, confidenceId(r.era.confidence)},
        {u"era_alternatives"_s, alternatives},
        {u"era_reasons"_s, evidenceToJson(r.era.reasons)},
        {u"era_conflicts"_s, evidenceToJson(r.era.conflicts)},
        {u"tie_rule"_s, r.era.tieRule == TieRule::LastWins ? u"last-wins"_s : u"first-wins"_s},
        {u"tie_rule_certain"_s, r.era.tieRuleCertain},
        {u"page_size_kb"_s, r.pageSize.kb},
        {u"page_size_source"_s, pageSizeSourceId(r.pageSize.source)},
        {u"totalpages"_s, total ? QJsonValue(total->pages) : QJsonValue()},
        {u"totalpages_constraint"_s,
         total ? QJsonValue(constraintId(total->constraint)) : QJsonValue()},
        {u"totalpages_basis"_s, total ? str(total->formula) : QJsonValue()},
        {u"totalpages_exact"_s, total ? QJsonValue(total->exact) : QJsonValue()},
        {u"totalpages_assumptions"_s, total ? strings(total->assumptions) : QJsonArray()},
        {u"totalpages_missing"_s, total ? QJsonValue() : str(r.totalpagesMissing)},
        {u"basis"_s, basisId(r.basis)},
        {u"predicted"_s, processRef(r.predictedPid, r.predictedComm)},
        {u"actual"_s, processRef(r.actualPid, r.actualComm)},
        {u"selected_pid"_s, opt(r.selectedPid)},
        {u"agreement"_s, agreementId(r.agreement)},
        {u"agrees"_s, agrees},
        {u"disagreement_reasons"_s, reasons},
        {u"explanation"_s, strings(r.explanation)},
        {u"score_check"_s, scoreCheckToJson(r.scoreCheck)},
        {u"other_eras"_s, otherEras},
        {u"notes"_s, strings(r.notes)},
        {u"tasks"_s, rankedTasksToJson(r.tasks)},
    };
}

QJsonValue whatIfToJson(const EventAnalysis &analysis)
{
    if (!analysis.whatIf)
        return QJsonValue(QJsonValue::Null);
    const RankingResult &r = *analysis.whatIf;
    QJsonArray changes;
    for (const WhatIfChange &change : analysis.whatIfChanges) {
        const bool remove = change.kind == WhatIfChange::Kind::RemoveTask;
        changes.append(QJsonObject{
            {u"pid"_s, change.pid},
            {u"oom_score_adj"_s, remove ? QJsonValue() : QJsonValue(change.oomScoreAdj)},
            {u"remove"_s, remove},
        });
    }
    // The baseline's name comes from the baseline ranking: a removed task is gone from this one.
    const QString baselineComm =
        analysis.ranking ? commOf(*analysis.ranking, r.baselinePredictedPid) : QString();
    return QJsonObject{
        {u"changes"_s, changes},
        {u"baseline"_s, processRef(r.baselinePredictedPid, baselineComm)},
        {u"predicted"_s, processRef(r.predictedPid, r.predictedComm)},
        {u"changed"_s, r.predictedPid != r.baselinePredictedPid},
        {u"basis"_s, basisId(r.basis)},
        {u"notes"_s, strings(r.notes)},
        {u"tasks"_s, rankedTasksToJson(r.tasks)},
    };
}

QJsonValue watermarksToJson(const OomEvent &event, const std::optional<watermark::Result> &result)
{
    if (!result)
        return QJsonValue(QJsonValue::Null);
    QJsonArray zones;
    for (qsizetype i = 0; i < result->zones.size(); ++i) {
        const watermark::ZoneVerdict &v = result->zones.at(i);
        const ZoneState *zone = i < event.zones.size() ? &event.zones.at(i) : nullptr;
        // A cut zone line or a missing lowmem_reserve line leaves parts of the check unknown.
        const ZoneCheckInputs in = zoneCheckInputs(event, *result, i);
        const std::optional<bool> passes = zonePasses(event, *result, i);
        auto value = [](bool known, qint64 kb) {
            return known ? QJsonValue(kb) : QJsonValue();
        };
        QJsonObject object{
            {u"node"_s, opt(v.node)},
            {u"zone"_s, str(v.zone)},
            {u"usable"_s, v.usableByAllocation},
            {u"passes"_s, opt(passes)},
            {u"free_kb"_s, value(in.free, v.freeKb)},
            {u"usable_free_kb"_s, value(in.free, v.usableFreeKb)},
            {u"min_kb"_s, value(in.min, v.minKb)},
            {u"adjusted_min_kb"_s, value(in.min, v.adjustedMinKb)},
            {u"reserve_kb"_s, value(in.reserve, v.reserveKb)},
            {u"required_kb"_s, value(in.min && in.reserve, v.requiredKb)},
            {u"short_kb"_s, value(passes.has_value() && (*passes || in.complete()), v.shortKb)},
            {u"lacks_block_of_order"_s, v.lacksBlockOfOrder},
            {u"largest_free_order"_s, opt(v.largestFreeOrder)},
        };
        putSpan(object, zone ? zone->line : LineSpan{});
        zones.append(object);
    }
    const watermark::AllocationTraits &t = result->traits;
    return QJsonObject{
        {u"order"_s, result->order},
        {u"highest_zone"_s, str(t.highestZone)},
        {u"highest_zone_assumed"_s, t.zoneFromAssumption},
        {u"high_priority"_s, t.highPriority},
        {u"atomic"_s, t.atomic},
        {u"movable"_s, t.movable},
        {u"page_size_assumed"_s, result->pageSizeAssumed},
        {u"any_zone_passes"_s, opt(anyZonePasses(event, *result))},
        {u"zones"_s, zones},
    };
}

// The kernel's indices are thousandths; written as /sys/kernel/debug/extfrag prints them.
QJsonValue index(const std::optional<int> &thousandths)
{
    return thousandths ? QJsonValue(double(*thousandths) / 1000.0) : QJsonValue();
}

QJsonArray fragmentationToJson(const QList<ZoneFragmentation> &zones)
{
    QJsonArray array;
    for (const ZoneFragmentation &z : zones) {
        QJsonObject object{
            {u"node"_s, opt(z.node)},
            {u"zone"_s, str(z.zone)},
            {u"order"_s, opt(z.order)},
            {u"free_pages"_s, z.freePages},
            {u"largest_free_order"_s, opt(z.largestFreeOrder)},
            {u"unusable_index"_s, index(z.unusableIndex)},
            {u"fragmentation_index"_s, index(z.fragmentationIndex)},
        };
        putSpan(object, z.line);
        array.append(object);
    }
    return array;
}

QJsonValue breakdownToJson(const std::optional<breakdown::Breakdown> &b)
{
    if (!b)
        return QJsonValue(QJsonValue::Null);
    QJsonArray parts;
    for (const breakdown::Part &part : b->parts)
        parts.append(QJsonObject{{u"id"_s, part.id}, {u"kb"_s, part.kb}});
    return QJsonObject{
        {u"total_kb"_s, b->totalKb},
        {u"basis"_s, str(b->basis)},
        {u"parts"_s, parts},
        {u"swap_total_kb"_s, opt(b->swapTotalKb)},
        {u"swap_used_kb"_s, opt(b->swapUsedKb)},
    };
}

} // namespace

QJsonObject analysisToJson(const OomEvent &event, const EventAnalysis &analysis)
{
    return QJsonObject{
        {u"ranking"_s, rankingToJson(analysis.ranking)},
        {u"what_if"_s, whatIfToJson(analysis)},
        {u"watermarks"_s, watermarksToJson(event, analysis.watermarks)},
        {u"fragmentation"_s, fragmentationToJson(analysis.fragmentation)},
        {u"breakdown"_s,
         QJsonObject{{u"ram"_s, breakdownToJson(analysis.ram)},
                     {u"memcg"_s, breakdownToJson(analysis.memcg)}}},
    };
}

} // namespace oom::json
