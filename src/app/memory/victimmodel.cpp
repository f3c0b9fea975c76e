// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/memory/victimmodel.h"

#include "app/memory/livewhatif.h"
#include "app/memory/memoryformat.h"
#include "core/analysis/reportcandidates.h"
#include "core/parse/proc/cgroupowner.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

double pidOrNan(const std::optional<qint64> &pid)
{
    return pid ? double(*pid) : std::nan("");
}

} // namespace

VictimModel::VictimModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(this, oomapp::SourceBinding::ProcessesFeed,
               {[this] {
                    reload();
                },
                nullptr,
                [this](const oomapp::SnapshotPtr &s) {
                    applySnapshot(s);
                }})
{
    reload(); // the live state until an incident is set
}

int VictimModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ranking.tasks.size());
}

int VictimModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QHash<int, QByteArray> VictimModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {SortRole, "sortValue"},
            {PidRole, "pid"},
            {AdjRole, "adj"},
            {EligibleRole, "eligible"},
            {KilledRole, "killed"},
            {PredictedRole, "predicted"},
            {ChangedRole, "changed"},
            {NumericRole, "numeric"},
            {ToolTipRole, "toolTip"},
            {SummaryRole, "summary"}};
}

QVariant VictimModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const oom::RankedTask &task = m_ranking.tasks.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(task, index.column());
    case SortRole: return sortValue(task, index.column());
    case PidRole: return double(task.pid);
    case AdjRole: return task.oomScoreAdj;
    case EligibleRole: return task.eligible;
    case KilledRole: return m_ranking.actualPid == task.pid;
    case PredictedRole: return m_ranking.predictedPid == task.pid;
    case ChangedRole:
        return std::any_of(m_changes.begin(), m_changes.end(), [&](const oom::WhatIfChange &c) {
            return c.pid == task.pid;
        });
    case NumericRole:
        return index.column() != NameColumn && index.column() != CgroupColumn
            && index.column() != StatusColumn;
    case SummaryRole: {
        //: one ranked process: rank, name, pid, memory, oom_score_adj
        QString text = tr("%1. %2 (pid %3) · %4 · oom_score_adj %5")
                           .arg(task.rank > 0 ? QString::number(task.rank) : u"—"_s, task.comm)
                           .arg(task.pid)
                           .arg(MemoryFormat::size(double(task.usagePages * m_pageKb)))
                           .arg(task.oomScoreAdj);
        if (!task.eligible)
            text += u" · "_s + task.reasonIneligible;
        return text;
    }
    case ToolTipRole: {
        if (index.column() == RssColumn) {
            const Extra extra = m_extra.value(task.pid);
            if (!extra.rssAnonKb)
                return {};
            return tr("anon %1 · file %2 · shmem %3")
                .arg(MemoryFormat::size(double(*extra.rssAnonKb)),
                     MemoryFormat::size(double(extra.rssFileKb.value_or(0))),
                     MemoryFormat::size(double(extra.rssShmemKb.value_or(0))));
        }
        if (index.column() == CgroupColumn)
            return task.cgroup;
        return {};
    }
    default: return {};
    }
}

void VictimModel::setIncident(const QVariant &incident)
{
    if (m_source.setIncident(incident))
        Q_EMIT incidentChanged();
}

void VictimModel::setActive(bool active)
{
    if (m_source.setActive(active))
        Q_EMIT activeChanged();
}

double VictimModel::predictedPid() const
{
    return pidOrNan(m_ranking.predictedPid);
}

double VictimModel::baselinePid() const
{
    return pidOrNan(m_changes.isEmpty() ? m_ranking.predictedPid : m_ranking.baselinePredictedPid);
}

double VictimModel::actualPid() const
{
    return pidOrNan(m_ranking.actualPid);
}

QString VictimModel::commOf(std::optional<qint64> pid) const
{
    if (!pid)
        return {};
    if (const oom::RankedTask *task = m_ranking.task(*pid))
        return task->comm;
    if (const oom::Incident *incident = m_source.incident())
        for (const oom::TaskRow &row : incident->event.tasks)
            if (row.pid == *pid)
                return row.name;
    if (m_snapshot)
        if (const oom::ProcessInfo *process = m_snapshot->process(*pid))
            return process->comm;
    return {};
}

QString VictimModel::headline() const
{
    if (!m_ready)
        return m_source.isLive() ? tr("Reading the processes…") : QString();
    if (m_ranking.tasks.isEmpty())
        return m_source.isLive()
            ? tr("No process could be ranked (see the notes below).")
            : tr(
                "The report has no task table (vm.oom_dump_tasks = 0, or its lines were "
                "lost): nothing to rank.");
    const QString predicted = m_ranking.predictedPid
        ? tr("%1 (pid %2)").arg(m_ranking.predictedComm).arg(*m_ranking.predictedPid)
        : QString();
    if (m_source.isLive())
        return predicted.isEmpty()
            ? tr("No process is eligible: the kernel would find nothing to kill.")
            : tr("If memory ran out now, the kernel would kill %1.").arg(predicted);
    const QString actual = m_ranking.actualPid
        ? tr("%1 (pid %2)").arg(m_ranking.actualComm).arg(*m_ranking.actualPid)
        : QString();
    if (!m_changes.isEmpty())
        return predicted.isEmpty()
            ? tr("With these changes no process would be eligible.")
            : tr("With these changes the kernel would kill %1.").arg(predicted);
    if (actual.isEmpty())
        return predicted.isEmpty() ? QString() : tr("The ranking predicts %1.").arg(predicted);
    if (predicted.isEmpty() || m_ranking.actualPid == m_ranking.predictedPid)
        return tr("The kernel killed %1.").arg(actual);
    return tr("The kernel killed %1; the ranking predicts %2.").arg(actual, predicted);
}

QString VictimModel::whatIfText() const
{
    if (m_changes.isEmpty())
        return {};
    QStringList parts;
    for (const oom::WhatIfChange &change : m_changes) {
        const QString name = tr("%1 (pid %2)").arg(commOf(change.pid)).arg(change.pid);
        parts.append(change.kind == oom::WhatIfChange::Kind::RemoveTask
                         ? tr("%1 removed").arg(name)
                         : tr("%1: oom_score_adj %2").arg(name).arg(change.oomScoreAdj));
    }
    const auto baseline = m_ranking.baselinePredictedPid;
    QString outcome;
    if (baseline == m_ranking.predictedPid)
        outcome = tr("The victim would not change.");
    else if (m_ranking.predictedPid)
        outcome = tr("%1 (pid %2) would be killed instead of %3 (pid %4).")
                      .arg(m_ranking.predictedComm)
                      .arg(*m_ranking.predictedPid)
                      .arg(commOf(baseline))
                      .arg(baseline ? QString::number(*baseline) : u"—"_s);
    else
        outcome = tr("No process would be eligible.");
    return tr("What-if: %1. %2").arg(parts.join(tr(", ")), outcome);
}

QString VictimModel::explanation() const
{
    QStringList lines;
    if (m_ranking.totalpages) {
        lines.append(tr("totalpages = %1 (%2)")
                         .arg(MemoryFormat::number(double(m_ranking.totalpages->pages)),
                              m_ranking.totalpages->formula));
        lines.append(m_ranking.totalpages->assumptions);
    } else if (!m_ranking.totalpagesMissing.isEmpty()) {
        lines.append(tr("totalpages is unknown: %1").arg(m_ranking.totalpagesMissing));
    }
    lines.append(tr("Formula: oom_badness() of kernels %1.").arg(oom::eraRange(m_ranking.era.era)));
    for (const oom::EraEvidence &reason : m_ranking.era.reasons)
        lines.append(reason.text);
    lines.append(m_ranking.explanation);
    lines.append(m_ranking.notes);
    if (m_source.isLive())
        lines.append(m_liveBaseline.notes);
    lines.removeAll(QString());
    return lines.join(u'\n');
}

void VictimModel::setRanking(oom::RankingResult ranking)
{
    beginResetModel();
    m_ranking = std::move(ranking);
    m_cgroupTexts.clear(); // bounded by the cgroups of this ranking
    m_ready = true;
    endResetModel();
    Q_EMIT rankingChanged();
}

void VictimModel::reload()
{
    m_changes.clear();
    m_extra.clear();
    m_snapshot.reset();
    m_liveBaseline = {};
    m_ready = false;
    const oom::Incident *incident = m_source.incident();
    if (!incident) {
        setRanking({});
        m_ready = false;
        Q_EMIT rankingChanged();
        if (const auto snapshot = m_source.latestSnapshot())
            applySnapshot(snapshot);
        return;
    }
    m_pageKb = oom::pageSizeOf(incident->event).kb;
    for (const oom::TaskRow &row : incident->event.tasks) {
        Extra extra;
        extra.rssAnonKb = oom::valueOf(oom::pagesToKiB(row.rssAnonPages, oom::KiB(m_pageKb)));
        extra.rssFileKb = oom::valueOf(oom::pagesToKiB(row.rssFilePages, oom::KiB(m_pageKb)));
        extra.rssShmemKb = oom::valueOf(oom::pagesToKiB(row.rssShmemPages, oom::KiB(m_pageKb)));
        m_extra.insert(row.pid, extra);
    }
    setRanking(incident->analysis.ranking.value_or(oom::RankingResult{}));
}

void VictimModel::applySnapshot(const oomapp::SnapshotPtr &snapshot)
{
    if (!snapshot || !m_source.isLive())
        return;
    m_snapshot = snapshot;
    m_pageKb = snapshot->pageSize.value;
    m_extra.clear();
    for (const oom::ProcessInfo &p : snapshot->processes) {
        Extra extra;
        if (p.rssAnon)
            extra.rssAnonKb = p.rssAnon->value;
        if (p.rssFile)
            extra.rssFileKb = p.rssFile->value;
        if (p.rssShmem)
            extra.rssShmemKb = p.rssShmem->value;
        if (p.oomScore)
            extra.kernelOomScore = *p.oomScore;
        m_extra.insert(p.pid, extra);
    }
    // The feed ranked it on its thread; a snapshot from elsewhere is ranked here.
    m_liveBaseline = snapshot->ranking ? *snapshot->ranking : oom::rankSnapshot(*snapshot);
    rerank();
}

void VictimModel::rerank()
{
    if (const oom::Incident *incident = m_source.incident()) {
        if (m_changes.isEmpty()) {
            setRanking(incident->analysis.ranking.value_or(oom::RankingResult{}));
            return;
        }
        // The context the incident was ranked in: victims of earlier reports stay skipped.
        oom::RankOptions options;
        if (incident->analysis.ranking)
            for (const oom::RankedTask &task : incident->analysis.ranking->tasks)
                if (task.ineligibility == oom::Ineligibility::AlreadyReaped)
                    options.alreadyReaped.insert(task.pid);
        setRanking(oom::whatIf(incident->event, m_changes, options));
        return;
    }
    if (m_snapshot)
        setRanking(oomapp::rankSnapshotWhatIf(*m_snapshot, m_liveBaseline, m_changes));
}

void VictimModel::setOomScoreAdj(double pid, int adj)
{
    const qint64 id = qint64(pid);
    m_changes.removeIf([id](const oom::WhatIfChange &c) {
        return c.pid == id;
    });
    oom::WhatIfChange change;
    change.pid = id;
    change.oomScoreAdj = std::clamp(adj, -1000, 1000);
    m_changes.append(change);
    rerank();
}

void VictimModel::removeTask(double pid)
{
    const qint64 id = qint64(pid);
    m_changes.removeIf([id](const oom::WhatIfChange &c) {
        return c.pid == id;
    });
    oom::WhatIfChange change;
    change.kind = oom::WhatIfChange::Kind::RemoveTask;
    change.pid = id;
    m_changes.append(change);
    rerank();
}

void VictimModel::resetWhatIf()
{
    if (m_changes.isEmpty())
        return;
    m_changes.clear();
    rerank();
}

QVariantMap VictimModel::prefill(double pid) const
{
    const qint64 id = qint64(pid);
    QVariantMap map{{u"pid"_s, double(id)}, {u"comm"_s, commOf(id)}};
    if (const oom::RankedTask *task = m_ranking.task(id))
        map.insert(u"oomScoreAdj"_s, task->oomScoreAdj);
    if (const oom::RankedTask *task = m_ranking.task(id); task && !task->cgroup.isEmpty())
        map.insert(u"cgroup"_s, task->cgroup);
    return map;
}

int VictimModel::rowOfPid(double pid) const
{
    for (qsizetype i = 0; i < m_ranking.tasks.size(); ++i)
        if (m_ranking.tasks.at(i).pid == qint64(pid))
            return int(i);
    return -1;
}
