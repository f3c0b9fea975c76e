// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// VictimModel's columns: their titles, what each cell shows and what it sorts by. Apart
// from the model's sources and what-if (victimmodel.cpp) to keep each file to one concern.

#include "app/memory/memoryformat.h"
#include "app/memory/victimmodel.h"
#include "core/parse/proc/cgroupowner.h"

using namespace Qt::StringLiterals;

namespace {

QVariant optionalNumber(const std::optional<qint64> &value)
{
    return value ? QVariant(MemoryFormat::number(double(*value))) : QVariant(QStringLiteral("—"));
}

// Unit names are the most telling part of a cgroup path ("nginx.service"); the path
// itself for the rest.
QString cgroupText(const QString &path)
{
    if (path.isEmpty())
        return {};
    const oom::CgroupOwner owner = oom::cgroupparse::ownerFromPath(path);
    return owner.unit.isEmpty() ? path : owner.unit;
}

} // namespace

QVariant VictimModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case RankColumn: return tr("Rank");
    case PidColumn: return tr("PID");
    case NameColumn: return tr("Name");
    case UidColumn: return tr("UID");
    case PointsColumn: return tr("Points");
    case OomScoreColumn:
        //: the oom_score the ranking predicts for /proc/<pid>/oom_score
        return tr("oom_score (predicted)");
    case KernelOomScoreColumn:
        //: /proc/<pid>/oom_score as the kernel reports it now
        return tr("oom_score (kernel)");
    case AdjColumn: return u"oom_score_adj"_s;
    case RssColumn: return tr("RSS");
    case SwapColumn: return tr("Swap");
    case PageTablesColumn: return tr("Page tables");
    case CgroupColumn: return tr("Cgroup / unit");
    case StatusColumn: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

QString VictimModel::status(const oom::RankedTask &task) const
{
    const bool changed =
        std::any_of(m_changes.begin(), m_changes.end(), [&](const oom::WhatIfChange &c) {
            return c.pid == task.pid;
        });
    QString text;
    if (!task.eligible)
        text = tr("Skipped: %1").arg(task.reasonIneligible);
    else if (m_ranking.actualPid == task.pid)
        text = m_ranking.predictedPid == task.pid ? tr("Killed (as predicted)") : tr("Killed");
    else if (m_ranking.predictedPid == task.pid)
        text = m_source.isLive() ? tr("Next victim") : tr("Predicted victim");
    if (changed)
        text = text.isEmpty() ? tr("Edited") : tr("%1 · edited").arg(text);
    return text;
}

QVariant VictimModel::display(const oom::RankedTask &task, int column) const
{
    switch (Column(column)) {
    case RankColumn: return task.rank > 0 ? QVariant(task.rank) : QVariant(QStringLiteral("—"));
    case PidColumn: return task.pid;
    case NameColumn: return task.comm;
    case UidColumn: return task.uid ? QVariant(*task.uid) : QVariant(QStringLiteral("—"));
    case PointsColumn: return optionalNumber(task.points);
    case OomScoreColumn: return optionalNumber(task.oomScore);
    case KernelOomScoreColumn: return optionalNumber(m_extra.value(task.pid).kernelOomScore);
    case AdjColumn: return task.oomScoreAdj;
    case RssColumn: return MemoryFormat::size(double(task.rssPages * m_pageKb));
    case SwapColumn: return MemoryFormat::size(double(task.swapPages * m_pageKb));
    case PageTablesColumn: return MemoryFormat::size(double(task.pgtablesPages * m_pageKb));
    case CgroupColumn: return cgroupTextOf(task.cgroup);
    case StatusColumn: return status(task);
    case ColumnCount: break;
    }
    return {};
}

const QString &VictimModel::cgroupTextOf(const QString &path) const
{
    auto it = m_cgroupTexts.find(path);
    if (it == m_cgroupTexts.end())
        it = m_cgroupTexts.insert(path, cgroupText(path));
    return *it;
}

QVariant VictimModel::sortValue(const oom::RankedTask &task, int column) const
{
    switch (Column(column)) {
    case CgroupColumn: return cgroupTextOf(task.cgroup);
    case NameColumn: return task.comm;
    case RankColumn:
        // Skipped rows after every ranked one, in the kernel's walk order.
        return task.rank > 0 ? double(task.rank) : 1e9 + task.walkIndex;
    case PidColumn: return double(task.pid);
    case UidColumn: return task.uid ? double(*task.uid) : -1.0;
    case PointsColumn: return task.points && task.eligible ? double(*task.points) : -1e18;
    case OomScoreColumn: return task.oomScore ? double(*task.oomScore) : -1.0;
    case KernelOomScoreColumn: return double(m_extra.value(task.pid).kernelOomScore.value_or(-1));
    case AdjColumn: return task.oomScoreAdj;
    case RssColumn: return double(task.rssPages);
    case SwapColumn: return double(task.swapPages);
    case PageTablesColumn: return double(task.pgtablesPages);
    default: return display(task, column);
    }
}
