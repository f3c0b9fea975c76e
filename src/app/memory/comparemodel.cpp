// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/memory/comparemodel.h"

#include "app/memory/memoryformat.h"
#include "app/memory/zonelabels.h"
#include "core/analysis/reportcandidates.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

constexpr int TopProcesses = 5;

QString sizeText(const std::optional<qint64> &kb)
{
    return kb ? MemoryFormat::size(double(*kb)) : CompareModel::tr("unknown");
}

QString limitText(const std::optional<oom::KiB> &limit, bool unlimited)
{
    if (unlimited)
        return CompareModel::tr("no limit");
    return sizeText(oom::valueOf(limit));
}

} // namespace

CompareModel::CompareModel(QObject *parent)
    : QAbstractListModel(parent)
    // The "then" is fixed; only "now" needs a feed, so the binding's incident stays unset
    // (live) while this model keeps the incident itself.
    , m_source(this, oomapp::SourceBinding::ProcessesFeed | oomapp::SourceBinding::CgroupsFeed,
               {nullptr, nullptr, [this](const oomapp::SnapshotPtr &s) {
                    compareWith(s);
                }})
{
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> CompareModel::roleNames() const
{
    return {{SectionRole, "section"},
            {LabelRole, "label"},
            {ThenRole, "then"},
            {NowRole, "now"},
            {ChangedRole, "changed"},
            {NoteRole, "note"},
            {FirstInSectionRole, "firstInSection"}};
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole: return row.label;
    case SectionRole: return row.section;
    case ThenRole: return row.then;
    case NowRole: return row.now;
    case ChangedRole: return row.changed;
    case NoteRole: return row.note;
    case FirstInSectionRole:
        return index.row() == 0 || m_rows.at(index.row() - 1).section != row.section;
    default: return {};
    }
}

int CompareModel::changedCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) {
        return r.changed;
    }));
}

void CompareModel::setIncident(const QVariant &incident)
{
    oom::IncidentPtr then = oomapp::incidentFromVariant(incident);
    if (then == m_then)
        return;
    m_then = std::move(then);
    beginResetModel();
    m_rows.clear();
    m_ready = false;
    endResetModel();
    if (const auto now = m_source.latestSnapshot())
        compareWith(now);
    Q_EMIT rowsChanged();
    Q_EMIT incidentChanged();
}

void CompareModel::setActive(bool active)
{
    if (m_source.setActive(active))
        Q_EMIT activeChanged();
}

void CompareModel::compareWith(const oomapp::SnapshotPtr &now)
{
    if (!m_then || !now)
        return;
    const oom::OomEvent &event = m_then->event;
    const oom::KiB pageSize(oom::pageSizeOf(event).kb);
    const qint64 pageKb = pageSize.value;
    QList<Row> rows;
    auto add = [&rows](const QString &section, const QString &label, const QString &then,
                       const QString &nowText, const QString &note = {}) {
        rows.append({section, label, then, nowText, then != nowText, note});
    };

    const QString memory = tr("Memory");
    const std::optional<qint64> ramThen =
        oom::valueOf(oom::pagesToKiB(event.meminfo.ramPages, pageSize));
    const auto memTotal = now->meminfo.kib(u"MemTotal");
    add(memory, tr("RAM"), sizeText(ramThen),
        sizeText(memTotal ? std::optional<qint64>(memTotal->value) : std::nullopt));
    const std::optional<qint64> freeThen =
        oom::valueOf(oom::pagesToKiB(event.meminfo.counter(u"free"_s), pageSize));
    const auto memFree = now->meminfo.kib(u"MemFree");
    add(memory, tr("Free"), sizeText(freeThen),
        sizeText(memFree ? std::optional<qint64>(memFree->value) : std::nullopt),
        tr("Free memory moves all the time; compare the limits and sizes."));
    const auto swapTotal = now->meminfo.kib(u"SwapTotal");
    add(memory, tr("Swap"), sizeText(oom::valueOf(event.swap.totalKb)),
        sizeText(swapTotal ? std::optional<qint64>(swapTotal->value) : std::nullopt));

    if (!event.memcg.oomCgroup.isEmpty() && !event.memcg.hostLimit) {
        const QString path = event.memcg.oomCgroup;
        const oom::Cgroup *cg = now->memoryCgroup(path);
        QString nowLimit = tr("cgroup gone");
        if (cg) {
            const auto limit = cg->memoryLimit();
            nowLimit = !limit      ? tr("unknown")
                : limit->unlimited ? tr("no limit")
                                   : MemoryFormat::size(double(limit->bytes.value / 1024));
        }
        add(tr("Cgroup %1").arg(path), tr("Memory limit"),
            limitText(event.memcg.memory.limitKb, event.memcg.memory.unlimited), nowLimit);
    }

    const QString watermarks = tr("Watermarks");
    for (const oom::ZoneState &zone : event.zones) {
        const std::optional<qint64> minThen = oom::valueOf(zone.fieldKb(u"min"_s));
        const oom::ZoneInfo *z = now->zone(zone.node.value_or(0), zone.name);
        std::optional<qint64> minNow;
        if (z && z->min)
            minNow = z->min->value * now->pageSize.value;
        add(watermarks, tr("%1 min").arg(zoneLabel(zone.node, zone.name)), sizeText(minThen),
            z ? sizeText(minNow) : tr("zone absent"));
    }

    const QString processes = tr("Top processes then");
    if (const auto &ranking = m_then->analysis.ranking) {
        QHash<QString, const oom::ProcessInfo *> byComm; // largest RSS of each name now
        for (const oom::ProcessInfo &p : now->processes) {
            const auto it = byComm.constFind(p.comm);
            if (it == byComm.cend()
                || (p.vmRss && (!(*it)->vmRss || (*it)->vmRss->value < p.vmRss->value)))
                byComm.insert(p.comm, &p);
        }
        int shown = 0;
        QSet<QString> seen;
        for (const oom::RankedTask &task : ranking->tasks) {
            if (shown == TopProcesses)
                break;
            if (task.rank == 0 || seen.contains(task.comm))
                continue;
            seen.insert(task.comm);
            ++shown;
            const QString then = tr("%1, oom_score_adj %2")
                                     .arg(MemoryFormat::size(double(task.rssPages * pageKb)))
                                     .arg(task.oomScoreAdj);
            const oom::ProcessInfo *p = byComm.value(task.comm);
            const QString nowText = !p
                ? tr("not running")
                : tr("%1, oom_score_adj %2")
                      .arg(p->vmRss ? MemoryFormat::size(double(p->vmRss->value)) : tr("unknown"))
                      .arg(p->oomScoreAdj ? QString::number(*p->oomScoreAdj) : tr("unknown"));
            add(processes, tr("#%1 %2").arg(task.rank).arg(task.comm), then, nowText,
                p ? tr("pid %1 now (matched by name)").arg(p->pid) : QString());
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_ready = true;
    endResetModel();
    Q_EMIT rowsChanged();
}
