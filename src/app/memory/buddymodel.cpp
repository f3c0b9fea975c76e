// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/memory/buddymodel.h"

#include "app/memory/zonelabels.h"
#include "core/analysis/fragmentation.h"
#include "core/analysis/reportcandidates.h"

#include <QDateTime>

#include <cmath>

namespace frag = oom::fragmentation;

namespace {

// PAGE_ALLOC_COSTLY_ORDER (include/linux/mmzone.h): the order the live indices answer for
// until the admin picks another.
constexpr int CostlyOrder = 3;
constexpr int HistoryLength = 300; // five minutes at 1 Hz

frag::FreeBlocks blocksOf(const BuddyModel::Zone &zone)
{
    return frag::FreeBlocks{zone.counts};
}

} // namespace

BuddyModel::BuddyModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(this, oomapp::SourceBinding::SamplerFeed,
               {[this] {
                    reload();
                },
                [this](const oom::SampleFramePtr &f) {
                    applySample(f);
                },
                nullptr})
    // The index (0..1) is kept ×10 so that both series share the order's 0..10 axis.
    , m_history({tr("Largest free order"), tr("Unusable free index (×10)")}, HistoryLength)
{
    reload(); // the live state until an incident is set
}

int BuddyModel::rowCount(const QModelIndex &parent) const
{
    const Zone *zone = current();
    return parent.isValid() || !zone ? 0 : int(zone->counts.size());
}

int BuddyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QHash<int, QByteArray> BuddyModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {OrderRole, "order"},
            {CountRole, "count"},
            {BlockKbRole, "blockKb"},
            {MemoryKbRole, "memoryKb"},
            {MigrateTypesRole, "migrateTypes"},
            {IsOrderRole, "isOrder"},
            {ServesOrderRole, "servesOrder"},
            {UnusableIndexRole, "unusableIndex"},
            {FragmentationIndexRole, "fragmentationIndex"}};
}

QVariant BuddyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Zone &zone = *current();
    const int order = index.row();
    const qint64 count = zone.counts.at(order);
    const qint64 blockKb = zone.pageKb << order;
    switch (role) {
    case Qt::DisplayRole: {
        if (index.column() == CountColumn)
            return double(count);
        const bool serves = m_order < 0 || order >= m_order;
        const bool wanted = index.column() == ServingMiBColumn;
        return serves == wanted ? double(count * blockKb) / 1024.0 : 0.0;
    }
    case OrderRole: return order;
    case CountRole: return count;
    case BlockKbRole: return blockKb;
    case MemoryKbRole: return double(count * blockKb);
    case MigrateTypesRole: return zone.migrateTypes.value(order);
    case IsOrderRole: return order == m_order;
    case ServesOrderRole: return m_order >= 0 && order >= m_order && count > 0;
    case UnusableIndexRole: return frag::unusableIndex(blocksOf(zone), order) / 1000.0;
    case FragmentationIndexRole: return frag::fragmentationIndex(blocksOf(zone), order) / 1000.0;
    default: return {};
    }
}

QVariant BuddyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section;
    switch (section) {
    case TooSmallMiBColumn: return tr("Too small for order %1").arg(m_order);
    case ServingMiBColumn:
        return m_order < 0 ? tr("Free memory") : tr("Could serve order %1").arg(m_order);
    case CountColumn: return tr("Free blocks");
    default: return {};
    }
}

void BuddyModel::setIncident(const QVariant &incident)
{
    if (m_source.setIncident(incident))
        Q_EMIT incidentChanged();
}

void BuddyModel::setActive(bool active)
{
    if (m_source.setActive(active))
        Q_EMIT activeChanged();
}

QStringList BuddyModel::zones() const
{
    QStringList labels;
    for (const Zone &zone : m_zones)
        labels.append(::zoneLabel(zone.node, zone.name));
    return labels;
}

void BuddyModel::setZoneIndex(int index)
{
    if (index == m_zoneIndex)
        return;
    beginResetModel();
    m_zoneIndex = index;
    resolveCurrent();
    endResetModel();
    Q_EMIT zonesChanged();
    Q_EMIT valuesChanged();
}

void BuddyModel::setOrder(int order)
{
    if (order == m_order || m_orderIsFailed)
        return;
    m_order = order;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT valuesChanged();
}

QString BuddyModel::zoneLabel() const
{
    const Zone *zone = current();
    return zone ? ::zoneLabel(zone->node, zone->name) : QString();
}

const BuddyModel::Zone *BuddyModel::current() const
{
    return m_current >= 0 && m_current < m_zones.size() ? &m_zones.at(m_current) : nullptr;
}

void BuddyModel::resolveCurrent()
{
    if (m_zoneIndex >= 0 && m_zoneIndex < m_zones.size()) {
        m_current = m_zoneIndex;
        return;
    }
    if (m_preferred >= 0 && m_preferred < m_zones.size()) {
        m_current = m_preferred;
        return;
    }
    // Live: the zone with the most free memory in blocks (Normal on most machines).
    m_current = -1;
    qint64 best = -1;
    for (qsizetype i = 0; i < m_zones.size(); ++i) {
        const qint64 free = frag::freePages(blocksOf(m_zones[i])) * m_zones[i].pageKb;
        if (free > best) {
            best = free;
            m_current = int(i);
        }
    }
}

int BuddyModel::largestFreeOrder() const
{
    const Zone *zone = current();
    return zone ? frag::largestFreeOrder(blocksOf(*zone)).value_or(-1) : -1;
}

double BuddyModel::freeKb() const
{
    const Zone *zone = current();
    return zone ? double(frag::freePages(blocksOf(*zone)) * zone->pageKb) : std::nan("");
}

double BuddyModel::unusableIndex() const
{
    const Zone *zone = current();
    return zone && m_order >= 0 ? frag::unusableIndex(blocksOf(*zone), m_order) / 1000.0
                                : std::nan("");
}

double BuddyModel::fragmentationIndex() const
{
    const Zone *zone = current();
    return zone && m_order >= 0 ? frag::fragmentationIndex(blocksOf(*zone), m_order) / 1000.0
                                : std::nan("");
}

QString BuddyModel::answer() const
{
    const Zone *zone = current();
    if (!zone || m_order < 0)
        return {};
    const qint64 suitable = frag::suitableBlocks(blocksOf(*zone), m_order);
    if (suitable == 0)
        return tr("No free block of order %1 or larger: this zone could not serve the "
                  "allocation from its free lists without compaction.")
            .arg(m_order);
    return tr("%n free block(s) could serve order %1; the watermark check still decides "
              "whether the zone may hand one out.",
              nullptr, int(std::min<qint64>(suitable, std::numeric_limits<int>::max())))
        .arg(m_order);
}

double BuddyModel::maxMemoryMiB() const
{
    double top = 0.0;
    if (const Zone *zone = current())
        for (int order = 0; order < zone->counts.size(); ++order)
            top = std::max(top, double(zone->counts.at(order) * (zone->pageKb << order)) / 1024.0);
    // A rounded axis with head room above the highest bar.
    return top <= 0.0 ? 1.0 : std::pow(2.0, std::ceil(std::log2(top * 1.1)));
}

QStringList BuddyModel::orderLabels() const
{
    QStringList labels;
    for (int row = 0; row < rowCount(); ++row)
        //: the failed allocation's order on the histogram's axis, e.g. "[3]"
        labels.append(row == m_order ? tr("[%1]").arg(row) : QString::number(row));
    return labels;
}

void BuddyModel::setZones(QList<Zone> zones)
{
    bool sameShape = zones.size() == m_zones.size();
    for (qsizetype i = 0; sameShape && i < zones.size(); ++i)
        sameShape = zones[i].node == m_zones[i].node && zones[i].name == m_zones[i].name
            && zones[i].counts.size() == m_zones[i].counts.size();
    if (sameShape) {
        m_zones = std::move(zones);
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_zones = std::move(zones);
        resolveCurrent();
        endResetModel();
        Q_EMIT zonesChanged();
    }
    Q_EMIT valuesChanged();
}

void BuddyModel::reload()
{
    m_history.clear();
    m_preferred = -1;
    const oom::Incident *incident = m_source.incident();
    if (!incident) {
        m_orderIsFailed = false;
        m_order = CostlyOrder;
        setZones({});
        if (m_source.sampler())
            if (const auto frame = m_source.sampler()->latest())
                applySample(frame);
        return;
    }
    const oom::OomEvent &event = incident->event;
    const qint64 pageKb = oom::pageSizeOf(event).kb;
    m_orderIsFailed = event.trigger.order.has_value() && *event.trigger.order >= 0;
    m_order = m_orderIsFailed ? *event.trigger.order : -1;
    QList<Zone> zones;
    for (const oom::BuddyFreeList &list : event.buddy) {
        Zone zone;
        zone.node = list.node;
        zone.name = list.zone;
        zone.pageKb = pageKb;
        for (const oom::BuddyOrder &o : list.orders) {
            zone.counts.append(o.count);
            zone.migrateTypes.append(o.migrateTypes);
        }
        zones.append(zone);
    }
    // The zone that matters: the highest usable zone that refused the allocation.
    if (const auto &check = incident->analysis.watermarks) {
        for (const auto &v : check->zones) {
            if (!v.usableByAllocation || v.passes)
                continue;
            for (qsizetype i = 0; i < zones.size(); ++i)
                if (zones[i].node == v.node && zones[i].name == v.zone)
                    m_preferred = int(i);
        }
    }
    beginResetModel();
    m_zones = std::move(zones);
    resolveCurrent();
    endResetModel();
    Q_EMIT zonesChanged();
    Q_EMIT valuesChanged();
}

void BuddyModel::applySample(const oom::SampleFramePtr &frame)
{
    if (!frame || !m_source.isLive())
        return;
    QList<Zone> zones;
    for (const oom::ZoneSample &z : frame->zones) {
        if (z.orders == 0)
            continue;
        Zone zone;
        const auto &name = frame->zoneTable.value(z.zoneId);
        zone.node = name.first;
        zone.name = name.second;
        zone.pageKb = frame->pageSize.value;
        for (int o = 0; o < z.orders; ++o)
            zone.counts.append(z.freeBlocks[o]);
        zones.append(zone);
    }
    setZones(std::move(zones));
    if (current())
        m_history.append(double(frame->system.timeMs),
                         {double(largestFreeOrder()), unusableIndex() * 10.0});
}
