// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// The ranking and what-if parts of AnalysisFormat; zones, fragmentation and the breakdown
// are in analysismemoryformat.cpp, the session summary in analysissummaryformat.cpp.
#include "core/report/analysisformat.h"

#include "core/report/reportformat.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

QString confidenceText(EraConfidence confidence)
{
    switch (confidence) {
    case EraConfidence::Low: return AnalysisFormat::tr("low");
    case EraConfidence::Medium: return AnalysisFormat::tr("medium");
    case EraConfidence::High: return AnalysisFormat::tr("high");
    }
    return {};
}

QStringList rankingRow(const RankedTask &task, bool withOomScore)
{
    QStringList row{task.rank > 0 ? QString::number(task.rank) : u"–"_s, QString::number(task.pid),
                    task.points ? QString::number(*task.points) : u"?"_s};
    // /proc/<pid>/oom_score as the kernel would have shown it: only against the machine's
    // totalpages, so only for an unconstrained OOM (a memcg OOM compares points against the
    // cgroup's limit, which the file never uses).
    if (withOomScore)
        row.append(task.oomScore ? QString::number(*task.oomScore) : u"–"_s);
    row.append({QString::number(task.oomScoreAdj), task.comm});
    return row;
}

QString changeText(const WhatIfChange &change)
{
    if (change.kind == WhatIfChange::Kind::RemoveTask)
        return AnalysisFormat::tr("pid %1 removed").arg(change.pid);
    return AnalysisFormat::tr("pid %1 with oom_score_adj %2")
        .arg(change.pid)
        .arg(change.oomScoreAdj);
}

} // namespace

QString AnalysisFormat::process(const std::optional<qint64> &pid, const QString &comm)
{
    if (pid && !comm.isEmpty())
        return tr("%1 (pid %2)").arg(comm).arg(*pid);
    if (pid)
        return tr("pid %1").arg(*pid);
    return comm.isEmpty() ? ReportFormat::unknown() : comm;
}

QString AnalysisFormat::rankingHeading(const RankingResult &ranking)
{
    return tr("Kernel's victim ranking (badness formula of %1, confidence %2)")
        .arg(eraRange(ranking.era.era), confidenceText(ranking.era.confidence));
}

QString AnalysisFormat::totalpages(const RankingResult &ranking)
{
    if (ranking.totalpages) {
        const TotalPages &total = *ranking.totalpages;
        return total.formula.isEmpty()
            ? tr("totalpages %1").arg(total.pages)
            : tr("totalpages %1: %2").arg(total.pages).arg(total.formula);
    }
    return ranking.totalpagesMissing.isEmpty()
        ? tr("totalpages unknown")
        : tr("totalpages unknown: %1").arg(ranking.totalpagesMissing);
}

AnalysisFormat::Table AnalysisFormat::rankingTable(const RankingResult &ranking, int limit)
{
    const bool withOomScore =
        std::any_of(ranking.tasks.cbegin(), ranking.tasks.cend(), [](const RankedTask &task) {
            return task.oomScore.has_value();
        });
    Table table;
    //: Column headers of the victim ranking. "points" is what the kernel compares
    //: (oom_badness); "oom_score" is the kernel's /proc/<pid>/oom_score: keep it as is.
    table.header = {tr("rank"), tr("pid"), tr("points")};
    if (withOomScore)
        table.header.append(tr("oom_score"));
    table.header.append({tr("adj"), tr("name")});
    for (const RankedTask &task : ranking.tasks) {
        if (task.rank > 0 && task.rank <= limit)
            table.rows.append(rankingRow(task, withOomScore));
    }
    // The task the kernel killed, when it ranks below the ones shown.
    const RankedTask *actual = ranking.actualPid ? ranking.task(*ranking.actualPid) : nullptr;
    if (!table.rows.isEmpty() && actual && actual->rank > limit) {
        QStringList gap(table.header.size());
        gap[0] = u"…"_s;
        table.rows.append(gap);
        table.rows.append(rankingRow(*actual, withOomScore));
    }
    return table;
}

QString AnalysisFormat::rankingCounts(const RankingResult &ranking)
{
    if (ranking.tasks.isEmpty())
        return {};
    qsizetype ineligible = 0;
    for (const RankedTask &task : ranking.tasks)
        ineligible += task.eligible ? 0 : 1;
    const QString tasks = ranking.tasks.size() == 1
        ? tr("1 task in the table")
        : tr("%1 tasks in the table").arg(ranking.tasks.size());
    if (ineligible == 0)
        return tasks;
    return tr("%1, %2 not eligible").arg(tasks).arg(ineligible);
}

QString AnalysisFormat::prediction(const RankingResult &ranking)
{
    const QString predicted = process(ranking.predictedPid, ranking.predictedComm);
    const QString actual = process(ranking.actualPid, ranking.actualComm);
    const bool haveActual = ranking.actualPid || !ranking.actualComm.isEmpty();
    switch (ranking.agreement) {
    case Agreement::Agrees:
        if (!ranking.predictedPid)
            return tr("No victim was predicted, and the kernel killed none.");
        if (!haveActual && ranking.selectedPid) // the kill line is cut: the selection line counts
            return tr("Predicted victim: %1, the task the kernel selected.").arg(predicted);
        return tr("Predicted victim: %1, the task the kernel killed.").arg(predicted);
    case Agreement::Differs:
        return tr("Predicted victim: %1, but the kernel killed %2.").arg(predicted, actual);
    case Agreement::NoActualVictim:
        return ranking.predictedPid
            ? tr("Predicted victim: %1; the log does not say whom the kernel killed.")
                  .arg(predicted)
            : tr("No victim can be predicted, and the log does not say whom the kernel killed.");
    case Agreement::NoPrediction: break;
    }
    return haveActual
        ? tr("No victim can be predicted from this report; the kernel killed %1.").arg(actual)
        : tr("No victim can be predicted from this report.");
}

QStringList AnalysisFormat::predictionReasons(const RankingResult &ranking)
{
    QStringList reasons = ranking.explanation;
    if (ranking.basis == PredictionBasis::Dominance)
        reasons.append(
            tr("totalpages is unknown: the prediction is the task with both the most "
               "memory and the highest oom_score_adj."));
    if (const std::optional<ScoreCheck> &check = ranking.scoreCheck) {
        if (check->matches)
            reasons.append(tr("The score %1 printed for pid %2 matches the recomputed one.")
                               .arg(check->printed)
                               .arg(check->taskPid));
        else if (check->computed)
            reasons.append(tr("The score %1 printed for pid %2 differs from the recomputed %3.")
                               .arg(check->printed)
                               .arg(check->taskPid)
                               .arg(*check->computed));
        if (!check->note.isEmpty())
            reasons.append(check->note);
    }
    for (const EraPrediction &other : ranking.otherEras) {
        const RankedTask *task = other.predictedPid ? ranking.task(*other.predictedPid) : nullptr;
        reasons.append(tr("With the formula of %1 the prediction would be %2.")
                           .arg(eraRange(other.era),
                                process(other.predictedPid, task ? task->comm : QString())));
    }
    return reasons;
}

QString AnalysisFormat::whatIfHeading(const EventAnalysis &analysis)
{
    QStringList changes;
    for (const WhatIfChange &change : analysis.whatIfChanges)
        changes.append(changeText(change));
    return tr("What-if: %1").arg(changes.join(u"; "_s));
}

QString AnalysisFormat::whatIfVerdict(const EventAnalysis &analysis)
{
    if (!analysis.whatIf)
        return {};
    const RankingResult &r = *analysis.whatIf;
    QStringList sentences;
    for (const WhatIfChange &change : analysis.whatIfChanges) {
        if (analysis.ranking && !analysis.ranking->task(change.pid))
            sentences.append(tr("pid %1 is not in the task table.").arg(change.pid));
    }
    const RankedTask *before = analysis.ranking && r.baselinePredictedPid
        ? analysis.ranking->task(*r.baselinePredictedPid)
        : nullptr;
    const QString baseline = process(r.baselinePredictedPid, before ? before->comm : QString());
    if (!r.predictedPid)
        sentences.append(tr("No victim could be predicted."));
    else if (r.predictedPid == r.baselinePredictedPid)
        sentences.append(tr("The kernel would still pick %1.").arg(baseline));
    else if (!r.baselinePredictedPid)
        sentences.append(
            tr("The kernel would pick %1.").arg(process(r.predictedPid, r.predictedComm)));
    else
        sentences.append(tr("The kernel would pick %1 instead of %2.")
                             .arg(process(r.predictedPid, r.predictedComm), baseline));
    return sentences.join(u' ');
}

QString AnalysisFormat::duration(double seconds)
{
    if (seconds < 60)
        return seconds < 10 && seconds != double(qint64(seconds))
            ? tr("%1 s").arg(seconds, 0, 'f', 1)
            : tr("%1 s").arg(qint64(seconds + 0.5));
    const qint64 s = qint64(seconds + 0.5);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

} // namespace oom
