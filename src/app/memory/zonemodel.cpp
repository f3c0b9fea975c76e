// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/memory/zonemodel.h"

#include "app/memory/memoryformat.h"
#include "app/memory/zonelabels.h"
#include "core/analysis/fragmentation.h"
#include "core/analysis/reportcandidates.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

double kbOrNan(const std::optional<qint64> &kb)
{
    return kb ? double(*kb) : std::nan("");
}

QString incidentVerdict(const oom::watermark::ZoneVerdict &v, const oom::watermark::Result &r)
{
    if (!v.usableByAllocation)
        return ZoneModel::tr(
                   "Not used: above %1, the highest zone this allocation may use, "
                   "or on a node it may not use.")
            .arg(r.traits.highestZone);
    if (v.passes)
        return ZoneModel::tr(
                   "Passes: %1 usable free is above the %2 it needs (min + lowmem "
                   "reserve).")
            .arg(MemoryFormat::size(double(v.usableFreeKb)),
                 MemoryFormat::size(double(v.requiredKb)));
    QString text =
        ZoneModel::tr(
            "Refused: %1 usable free, %2 needed (min %3 + lowmem reserve "
            "%4), short by %5.")
            .arg(MemoryFormat::size(double(v.usableFreeKb)),
                 MemoryFormat::size(double(v.requiredKb)),
                 MemoryFormat::size(double(v.adjustedMinKb)),
                 MemoryFormat::size(double(v.reserveKb)), MemoryFormat::size(double(v.shortKb)));
    if (v.lacksBlockOfOrder)
        text += u' ' + ZoneModel::tr("No free block of order %1 or larger.").arg(r.order);
    return text;
}

QString liveVerdict(qint64 free, qint64 min, qint64 low, qint64 high, int *severity)
{
    if (free <= min) {
        *severity = MemoryFormat::Critical;
        return ZoneModel::tr(
            "Below min: allocations reclaim directly, and only high-priority "
            "ones may dip further.");
    }
    if (free <= low) {
        *severity = MemoryFormat::Warning;
        return ZoneModel::tr("Below low: kswapd is woken and reclaims up to high.");
    }
    *severity = MemoryFormat::Ok;
    if (free <= high)
        return ZoneModel::tr("Between low and high: kswapd, once woken, reclaims up to high.");
    return ZoneModel::tr("Above high: no reclaim needed for this zone.");
}

} // namespace

ZoneModel::ZoneModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_source(this, oomapp::SourceBinding::SamplerFeed,
               {[this] {
                    reload();
                },
                [this](const oom::SampleFramePtr &f) {
                    applySample(f);
                },
                nullptr})
{
    reload(); // the live state until an incident is set
}

int ZoneModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> ZoneModel::roleNames() const
{
    return {{LabelRole, "label"},
            {NodeRole, "node"},
            {ZoneRole, "zone"},
            {FreeKbRole, "freeKb"},
            {MinKbRole, "minKb"},
            {LowKbRole, "lowKb"},
            {HighKbRole, "highKb"},
            {BoostKbRole, "boostKb"},
            {ManagedKbRole, "managedKb"},
            {PresentKbRole, "presentKb"},
            {ReserveKbRole, "reserveKb"},
            {RequiredKbRole, "requiredKb"},
            {ShortKbRole, "shortKb"},
            {ScaleKbRole, "scaleKb"},
            {UsableRole, "usable"},
            {VerdictRole, "verdict"},
            {SeverityRole, "severity"},
            {LargestFreeOrderRole, "largestFreeOrder"},
            {LineRole, "line"}};
}

QVariant ZoneModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole: return zoneLabel(row.node, row.zone);
    case NodeRole: return row.node ? *row.node : -1;
    case ZoneRole: return row.zone;
    case FreeKbRole: return kbOrNan(row.freeKb);
    case MinKbRole: return kbOrNan(row.minKb);
    case LowKbRole: return kbOrNan(row.lowKb);
    case HighKbRole: return kbOrNan(row.highKb);
    case BoostKbRole: return kbOrNan(row.boostKb);
    case ManagedKbRole: return kbOrNan(row.managedKb);
    case PresentKbRole: return kbOrNan(row.presentKb);
    case ReserveKbRole: return kbOrNan(row.reserveKb);
    case RequiredKbRole: return kbOrNan(row.requiredKb);
    case ShortKbRole: return kbOrNan(row.shortKb);
    case ScaleKbRole: {
        const qint64 top = std::max({row.freeKb.value_or(0), row.highKb.value_or(0),
                                     row.requiredKb.value_or(0), qint64(1)});
        return double(top) * 1.25;
    }
    case UsableRole: return row.usable;
    case VerdictRole: return row.verdict;
    case SeverityRole: return row.severity;
    case LargestFreeOrderRole: return row.largestFreeOrder.value_or(-1);
    case LineRole: return row.line;
    default: return {};
    }
}

void ZoneModel::setIncident(const QVariant &incident)
{
    if (m_source.setIncident(incident))
        Q_EMIT incidentChanged();
}

void ZoneModel::setActive(bool active)
{
    if (m_source.setActive(active))
        Q_EMIT activeChanged();
}

void ZoneModel::setRows(QList<Row> rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    bool sameZones = !countChanges;
    for (qsizetype i = 0; sameZones && i < rows.size(); ++i)
        sameZones = rows[i].node == m_rows[i].node && rows[i].zone == m_rows[i].zone;
    if (sameZones) {
        // Live ticks change values, not rows: delegates stay and animate.
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

void ZoneModel::reload()
{
    if (const oom::Incident *incident = m_source.incident()) {
        loadIncident(*incident);
        return;
    }
    m_order = -1;
    m_allocation.clear();
    m_summary = tr("Now: free memory of each zone against its watermarks, every second.");
    Q_EMIT summaryChanged();
    setRows({});
    if (const auto frame = m_source.latestSample())
        applySample(frame);
}

void ZoneModel::loadIncident(const oom::Incident &incident)
{
    const oom::OomEvent &event = incident.event;
    const auto &check = incident.analysis.watermarks;
    m_order = event.trigger.order.value_or(-1);
    m_allocation = check
        ? tr("order %1, %2, highest zone %3")
              .arg(check->order)
              .arg(event.trigger.gfpMask.isEmpty() ? u"gfp_mask ?"_s
                                                   : u"gfp_mask="_s + event.trigger.gfpMask,
                   check->traits.highestZone)
        : QString();
    if (!check && event.zones.isEmpty() && incident.analysis.memcg)
        // A memory-cgroup OOM prints the cgroup's counters, not Mem-Info: nothing was cut.
        m_summary =
            tr("A memory cgroup's limit was reached: the kernel reported the cgroup's memory, "
               "not the zones (see Cgroups).");
    else if (!check)
        m_summary = event.zones.isEmpty()
            ? tr("The report has no zone lines (Mem-Info was cut or not printed).")
            : tr("The watermark check cannot be replayed: the report has no allocation order.");
    else if (check->anyZonePasses)
        m_summary =
            tr("A zone the allocation could use passed the watermark check: the "
               "allocation did not fail for lack of free pages there.");
    else
        m_summary = tr("No zone the allocation could use passed the watermark check for "
                       "order %1.")
                        .arg(check->order);
    Q_EMIT summaryChanged();

    QList<Row> rows;
    for (const oom::ZoneState &zone : event.zones) {
        Row row;
        row.node = zone.node;
        row.zone = zone.name;
        row.freeKb = oom::valueOf(zone.fieldKb(u"free"_s));
        row.minKb = oom::valueOf(zone.fieldKb(u"min"_s));
        row.lowKb = oom::valueOf(zone.fieldKb(u"low"_s));
        row.highKb = oom::valueOf(zone.fieldKb(u"high"_s));
        row.boostKb = oom::valueOf(zone.fieldKb(u"boost"_s));
        row.managedKb = oom::valueOf(zone.fieldKb(u"managed"_s));
        row.presentKb = oom::valueOf(zone.fieldKb(u"present"_s));
        row.line = zone.line.first;
        row.severity = MemoryFormat::Neutral;
        if (check) {
            for (const auto &v : check->zones) {
                if (v.node != zone.node || v.zone != zone.name)
                    continue;
                row.usable = v.usableByAllocation;
                row.reserveKb = v.reserveKb;
                row.requiredKb = v.requiredKb;
                row.shortKb = v.shortKb;
                row.largestFreeOrder = v.largestFreeOrder;
                row.verdict = incidentVerdict(v, *check);
                row.severity = !v.usableByAllocation ? MemoryFormat::Neutral
                    : v.passes                       ? MemoryFormat::Ok
                                                     : MemoryFormat::Critical;
            }
        }
        for (const auto &f : incident.analysis.fragmentation)
            if (f.node == zone.node && f.zone == zone.name && !row.largestFreeOrder)
                row.largestFreeOrder = f.largestFreeOrder;
        rows.append(row);
    }
    setRows(std::move(rows));
}

void ZoneModel::applySample(const oom::SampleFramePtr &frame)
{
    if (!frame || !m_source.isLive())
        return;
    const oom::KiB pageSize = frame->pageSize;
    QList<Row> rows;
    for (const oom::ZoneSample &z : frame->zones) {
        Row row;
        const auto &name = frame->zoneTable.value(z.zoneId);
        row.node = name.first;
        row.zone = name.second;
        if (z.known & oom::ZoneSample::Free)
            row.freeKb = oom::pagesToKiB(z.free(), pageSize).value;
        if (z.known & oom::ZoneSample::Watermarks) {
            row.minKb = oom::pagesToKiB(z.min(), pageSize).value;
            row.lowKb = oom::pagesToKiB(z.low(), pageSize).value;
            row.highKb = oom::pagesToKiB(z.high(), pageSize).value;
        }
        if (z.known & oom::ZoneSample::Managed)
            row.managedKb = oom::pagesToKiB(z.managed(), pageSize).value;
        row.usable = true;
        row.severity = MemoryFormat::Neutral;
        if (row.freeKb && row.minKb)
            row.verdict =
                liveVerdict(*row.freeKb, *row.minKb, *row.lowKb, *row.highKb, &row.severity);
        if (z.orders > 0) {
            oom::fragmentation::FreeBlocks blocks;
            for (int o = 0; o < z.orders; ++o)
                blocks.countPerOrder.append(z.freeBlocks[o]);
            row.largestFreeOrder = oom::fragmentation::largestFreeOrder(blocks);
        }
        rows.append(row);
    }
    setRows(std::move(rows));
}
