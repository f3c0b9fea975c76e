// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/analysis/victimcomparison.h"

#include "core/model/oomevent.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace oom::comparison {

namespace {

class ComparisonText
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonText)
};

// The kill and selection lines print the thread find_lock_task_mm() returned or the
// thread the walk stopped at (3.0-4.3 walk every thread: RHEL 7 prints "Kill process
// 26074" for a process listed as 24518). Match by pid, then by a unique comm.
template<typename List, typename PidOf, typename CommOf>
int findIndex(const List &list, std::optional<qint64> pid, const QString &comm, bool *byComm,
              PidOf pidOf, CommOf commOf)
{
    *byComm = false;
    if (pid) {
        for (int i = 0; i < list.size(); ++i) {
            if (pidOf(list.at(i)) == *pid)
                return i;
        }
    }
    int found = -1;
    for (int i = 0; i < list.size() && !comm.isEmpty(); ++i) {
        if (commOf(list.at(i)) != comm)
            continue;
        if (found >= 0)
            return -1; // ambiguous
        found = i;
    }
    *byComm = found >= 0;
    return found;
}

int findCandidate(const QList<RankCandidate> &list, std::optional<qint64> pid, const QString &comm,
                  bool *byComm)
{
    return findIndex(
        list, pid, comm, byComm,
        [](const RankCandidate &c) {
            return c.pid;
        },
        [](const RankCandidate &c) {
            return c.comm;
        });
}

const RankedTask *findTask(const QList<RankedTask> &list, std::optional<qint64> pid,
                           const QString &comm, bool *byComm)
{
    const int i = findIndex(
        list, pid, comm, byComm,
        [](const RankedTask &t) {
            return t.pid;
        },
        [](const RankedTask &t) {
            return t.comm;
        });
    return i >= 0 ? &list.at(i) : nullptr;
}

// The kernel's own victim: the first one killed by the ranking (not a memory.oom.group
// member, not a process that merely shared the victim's mm).
const Victim *actualVictim(const OomEvent &event)
{
    for (const Victim &victim : event.victims) {
        if (victim.pid && !victim.groupMember && victim.message != u"sharing same memory"_s)
            return &victim;
    }
    return nullptr;
}

// "score N" = floor(P * 1000 / T) for an adj-0 task: T in (P*1000/(N+1), P*1000/N].
void impliedTotalpages(ScoreCheck &check, qint64 points)
{
    if (points <= 0 || check.printed < 0)
        return;
    check.impliedTotalpagesMin = points * 1000 / (check.printed + 1) + 1;
    if (check.printed > 0)
        check.impliedTotalpagesMax = points * 1000 / check.printed;
}

} // namespace

std::optional<ScoreCheck> checkScore(const OomEvent &event, const QList<RankCandidate> &candidates,
                                     const ranking::Setup &setup, const EraDetection &era)
{
    if (!event.selection.isPresent() || !event.selection.score)
        return std::nullopt;
    ScoreCheck check;
    check.printed = *event.selection.score;
    bool byComm = false;
    const int index = findCandidate(candidates, event.selection.pid, event.selection.comm, &byComm);
    if (index < 0) {
        check.note = ComparisonText::tr("The selected task %1 (%2) is not in the task table.")
                         .arg(event.selection.pid.value_or(0))
                         .arg(event.selection.comm);
        return check;
    }
    const RankCandidate &task = candidates.at(index);
    check.taskPid = task.pid;
    if (setup.era == BadnessEra::A) {
        const Badness b = computeBadness(task, BadnessEra::A, 0, setup.bonus);
        check.computed = b.points;
        check.matches = b.points == check.printed;
        check.note = ComparisonText::tr(
                         "Before 2.6.36 the score is divided by the square roots of the task's cpu "
                         "and run time, which the report does not print: %1 is an upper bound.")
                         .arg(b.points);
        return check;
    }
    const bool plainAdj = task.oomScoreAdj == 0;
    if (!setup.totalpages) {
        if (plainAdj && !(task.uid && *task.uid == 0))
            impliedTotalpages(check, usagePages(task));
        check.note =
            ComparisonText::tr("totalpages is unknown, so the score cannot be recomputed.");
        return check;
    }
    const qint64 total = *setup.totalpages;
    auto scoreUnder = [&task, total](BadnessEra e, RootBonus bonus) -> std::optional<qint64> {
        const Badness b = computeBadness(task, e, total, bonus);
        return b.eligible ? selectionScore(b.points, e, total) : std::nullopt;
    };
    check.computed = scoreUnder(setup.era, setup.bonus);
    check.matches = check.computed == check.printed;
    if (check.matches)
        return check;

    // The hypotheses the text leaves open, most likely first: a uid-0 task without
    // CAP_SYS_ADMIN (containers drop it), then the other eras that fit the text.
    const bool proxied = !task.hasCapSysAdmin && task.uid && *task.uid == 0;
    struct Hypothesis {
        BadnessEra era;
        RootBonus bonus;
    };
    QList<Hypothesis> hypotheses;
    if (proxied && setup.bonus != RootBonus::Never)
        hypotheses.append({setup.era, RootBonus::Never});
    for (const BadnessEra alternative : era.alternatives) {
        if (alternative == BadnessEra::E || alternative == BadnessEra::A)
            continue; // no selection line in 5.1+; era A is not comparable
        hypotheses.append({alternative, setup.bonus});
        if (proxied && setup.bonus != RootBonus::Never)
            hypotheses.append({alternative, RootBonus::Never});
    }
    for (const Hypothesis &h : std::as_const(hypotheses)) {
        const auto score = scoreUnder(h.era, h.bonus);
        if (score != check.printed)
            continue;
        check.computed = score;
        check.matches = true;
        check.withoutRootBonus = h.bonus == RootBonus::Never && setup.bonus != RootBonus::Never;
        if (h.era != setup.era)
            check.eraFromScore = h.era;
        if (check.withoutRootBonus)
            check.note =
                ComparisonText::tr(
                    "The printed score %1 matches only without the root bonus: pid %2 runs as "
                    "uid 0 but without CAP_SYS_ADMIN (containers drop it).")
                    .arg(check.printed)
                    .arg(task.pid);
        if (check.eraFromScore)
            check.note += (check.note.isEmpty() ? QString() : u" "_s)
                + ComparisonText::tr("The printed score matches the formula of %1.")
                      .arg(eraRange(h.era));
        return check;
    }
    if (plainAdj && !(proxied && setup.bonus != RootBonus::Never))
        impliedTotalpages(check, usagePages(task));
    if (check.computed && std::abs(*check.computed - check.printed) <= 1)
        check.note = ComparisonText::tr(
            "Off by one: the counters moved between the selection and the dump.");
    else if (check.impliedTotalpagesMin)
        check.note =
            ComparisonText::tr("The printed score implies totalpages between %1 and %2, not %3.")
                .arg(*check.impliedTotalpagesMin)
                .arg(check.impliedTotalpagesMax ? QString::number(*check.impliedTotalpagesMax)
                                                : u"∞"_s)
                .arg(total);
    return check;
}

void compare(const OomEvent &event, RankingResult &result, const Context &context)
{
    auto add = [&result](DifferenceReason reason, const QString &text) {
        result.reasons.append(reason);
        result.explanation.append(text);
    };
    const Victim *actual = actualVictim(event);
    if (actual) {
        result.actualPid = actual->pid;
        result.actualComm = actual->comm;
    }
    if (event.selection.isPresent())
        result.selectedPid = event.selection.pid;
    if (actual && actual->message.contains(u"oom_kill_allocating_task"_s)) {
        result.agreement = Agreement::NoPrediction;
        add(DifferenceReason::AllocatingTask,
            ComparisonText::tr("vm.oom_kill_allocating_task is set: the kernel killed the "
                               "allocating task without ranking."));
        return;
    }
    if (event.notes.contains(u"task-row-cut"_s))
        add(DifferenceReason::TableCut,
            ComparisonText::tr("The task table is cut: some tasks are missing."));
    if (event.tasks.isEmpty()) {
        if (event.noKillableTask) {
            result.agreement = Agreement::Agrees;
            result.explanation.append(ComparisonText::tr(
                "No task is eligible, and the kernel found no killable process either."));
            return;
        }
        result.agreement = Agreement::NoPrediction;
        if (event.headerSuppressed)
            add(DifferenceReason::HeaderSuppressed,
                ComparisonText::tr("The report was rate-limited: only the kill line is in the log, "
                                   "no task table."));
        else if (event.notes.contains(u"dump-not-in-log"_s))
            add(DifferenceReason::NoTaskTable,
                ComparisonText::tr(
                    "The log starts at the kill line: the report before it, with its task "
                    "table, was not copied."));
        else if (event.taskLayout == TaskTableLayout::Unknown)
            add(DifferenceReason::NoTaskTable,
                ComparisonText::tr("The report has no task table (vm.oom_dump_tasks = 0, the "
                                   "default before 2.6.36, or lines lost)."));
        else if (!result.reasons.contains(DifferenceReason::TableCut))
            add(DifferenceReason::TableCut,
                ComparisonText::tr("The task table header is there but its rows are not."));
        return;
    }
    if (!result.predictedPid) {
        result.agreement = event.noKillableTask ? Agreement::Agrees : Agreement::NoPrediction;
        result.explanation.append(
            event.noKillableTask
                ? ComparisonText::tr(
                    "No task is eligible, and the kernel found no killable process either.")
                : ComparisonText::tr(
                    "Without totalpages the order of these tasks cannot be known."));
        return;
    }
    const bool fromSelection = !actual && event.selection.isPresent();
    const std::optional<qint64> targetPid = actual ? actual->pid : event.selection.pid;
    const QString targetComm = actual ? actual->comm : event.selection.comm;
    if (!targetPid) {
        result.agreement = Agreement::NoActualVictim;
        result.explanation.append(
            ComparisonText::tr("The log does not say which task the kernel killed."));
        return;
    }
    bool killedByComm = false;
    bool selectedByComm = false;
    const RankedTask *killed = findTask(result.tasks, targetPid, targetComm, &killedByComm);
    const RankedTask *selected = event.selection.isPresent()
        ? findTask(result.tasks, event.selection.pid, event.selection.comm, &selectedByComm)
        : nullptr;
    const RankedTask *predicted = result.task(*result.predictedPid);
    if (fromSelection)
        result.explanation.append(
            ComparisonText::tr("No kill line: compared with the task the kernel selected."));
    if (killedByComm && killed)
        add(DifferenceReason::ThreadId,
            ComparisonText::tr("The kill line names pid %1, a thread of %2 (pid %3 in the table).")
                .arg(*targetPid)
                .arg(killed->comm)
                .arg(killed->pid));
    if (selectedByComm && selected && !fromSelection)
        add(DifferenceReason::ThreadId,
            ComparisonText::tr(
                "The selection line names pid %1, a thread of %2 (pid %3 in the table).")
                .arg(event.selection.pid.value_or(0))
                .arg(selected->comm)
                .arg(selected->pid));
    if (killed && killed->pid == *result.predictedPid) {
        result.agreement = Agreement::Agrees;
        if (context.predictedWithoutExclusion && *context.predictedWithoutExclusion != killed->pid)
            add(DifferenceReason::AlreadyReaped,
                ComparisonText::tr("Agrees once pid %1, killed by an earlier OOM kill, is skipped "
                                   "as already reaped.")
                    .arg(*context.predictedWithoutExclusion));
        return;
    }
    result.agreement = Agreement::Differs;
    if (!killed) {
        add(DifferenceReason::NotInTable,
            ComparisonText::tr("The killed task %1 (%2) is not in the task table.")
                .arg(*targetPid)
                .arg(targetComm));
        return;
    }
    const qsizetype before = result.reasons.size();
    // 2.6.32-5.0 kill a child with its own mm in preference to the selected parent.
    const bool childEra = result.era.era != BadnessEra::E && result.era.minVersion <= 50099;
    if (childEra && selected && selected->pid == predicted->pid && killed->pid != selected->pid)
        add(DifferenceReason::ChildSubstitution,
            ComparisonText::tr("The kernel selected %1 (pid %2) as predicted, then killed %3 (pid "
                               "%4): up to 5.0 a child "
                               "with its own memory dies in place of the selected parent.")
                .arg(predicted->comm)
                .arg(predicted->pid)
                .arg(killed->comm)
                .arg(killed->pid));
    else if (childEra && !selected
             && (!killed->points || !predicted->points || *killed->points < *predicted->points))
        add(DifferenceReason::ChildSubstitution,
            ComparisonText::tr("Up to 5.0 the kernel kills a child of the selected task in its "
                               "place; %1 may be a child of %2.")
                .arg(killed->comm)
                .arg(predicted->comm));
    if (killed->points && predicted->points) {
        const qint64 diff = std::abs(*predicted->points - *killed->points);
        if (diff == 0)
            add(DifferenceReason::TieOrder,
                ComparisonText::tr(
                    "Both score %1: the tie rule decides, and it is not certain for this kernel.")
                    .arg(*killed->points));
        else if (diff <= std::max<qint64>(std::abs(*predicted->points) / 50, 256))
            add(DifferenceReason::StaleCounters,
                ComparisonText::tr("The scores differ by %1 pages only: the rss counters are "
                                   "batched per thread and the "
                                   "table is printed after the choice.")
                    .arg(diff));
    }
    for (const EraPrediction &other : std::as_const(result.otherEras)) {
        if (other.predictedPid == killed->pid)
            add(DifferenceReason::EraAmbiguous,
                ComparisonText::tr("Under the formula of %1, which the text does not rule out, %2 "
                                   "would have been chosen.")
                    .arg(eraRange(other.era))
                    .arg(killed->comm));
    }
    if (context.predictedWithoutRootBonus == killed->pid)
        add(DifferenceReason::RootBonusUnknown,
            ComparisonText::tr("Without the root bonus for uid-0 tasks (CAP_SYS_ADMIN is not in "
                               "the report) %1 would have been chosen.")
                .arg(killed->comm));
    if (result.reasons.size() == before)
        add(DifferenceReason::Unexplained,
            ComparisonText::tr("The report does not explain the difference."));
}

} // namespace oom::comparison
