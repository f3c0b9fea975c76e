// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/proc/procfreelists.h"

#include "core/parse/proc/procscan.h"

namespace oom::procparse {

using namespace procscan;

namespace {

// "Node 0, zone      DMA" and, in pagetypeinfo, "Node    0, zone      DMA, type ...":
// reads the node and zone name, leaving pos after the name (and its comma).
bool parseNodeZone(QByteArrayView line, qsizetype &pos, int &node, QByteArrayView &zone)
{
    if (!startsWith(line, "Node "))
        return false;
    pos = 5;
    QByteArrayView nodeToken = nextToken(line, pos);
    if (nodeToken.endsWith(','))
        nodeToken.chop(1);
    const auto id = toInt(nodeToken);
    if (!id || nextToken(line, pos) != "zone")
        return false;
    zone = nextToken(line, pos);
    if (zone.endsWith(','))
        zone.chop(1);
    if (zone.isEmpty())
        return false;
    node = int(*id);
    return true;
}

QList<QByteArrayView> tokens(QByteArrayView s)
{
    QList<QByteArrayView> out;
    qsizetype pos = 0;
    for (QByteArrayView t = nextToken(s, pos); !t.isEmpty(); t = nextToken(s, pos))
        out.append(t);
    return out;
}

ZoneInfo &zoneFor(QList<ZoneInfo> &zones, int node, const QString &name)
{
    for (ZoneInfo &zone : zones) {
        if (zone.node == node && zone.name == name)
            return zone;
    }
    ZoneInfo zone;
    zone.node = node;
    zone.name = name;
    zones.append(zone);
    return zones.last();
}

} // namespace

QList<BuddyInfoRow> parseBuddyInfo(QByteArrayView text)
{
    QList<BuddyInfoRow> rows;
    LineIterator lines(text);
    QByteArrayView line;
    while (lines.next(line)) {
        BuddyInfoRow row;
        qsizetype pos = 0;
        QByteArrayView zone;
        if (!parseNodeZone(line, pos, row.node, zone))
            continue;
        bool ok = true;
        for (QByteArrayView t = nextToken(line, pos); !t.isEmpty(); t = nextToken(line, pos)) {
            const auto v = toInt(t);
            if (!v) {
                ok = false;
                break;
            }
            row.freeBlocks.append(*v);
        }
        if (!ok || row.freeBlocks.isEmpty())
            continue;
        row.zone = latin1(zone);
        rows.append(row);
    }
    return rows;
}

PageTypeInfo parsePageTypeInfo(QByteArrayView text)
{
    PageTypeInfo info;
    QList<QByteArrayView> blockTypes; // column names of the current blocks table
    QList<PageTypeBlocksRow> *blocksTable = nullptr;

    LineIterator lines(text);
    QByteArrayView line;
    while (lines.next(line)) {
        const QByteArrayView t = trimmed(line);
        if (startsWith(t, "Page block order:")) {
            if (const auto v = leadingInt(t.sliced(17)))
                info.pageblockOrder = int(*v);
            continue;
        }
        if (startsWith(t, "Pages per block:")) {
            info.pagesPerBlock = leadingInt(t.sliced(16));
            continue;
        }
        if (startsWith(t, "Number of blocks type")) {
            blockTypes = tokens(t.sliced(21));
            blocksTable = &info.blocks;
            continue;
        }
        if (startsWith(t, "Number of mixed blocks")) {
            blockTypes = tokens(t.sliced(22));
            blocksTable = &info.mixedBlocks;
            continue;
        }
        qsizetype pos = 0;
        int node = 0;
        QByteArrayView zone;
        if (!parseNodeZone(t, pos, node, zone))
            continue;
        qsizetype probe = pos;
        if (nextToken(t, probe) == "type") {
            // "Node    0, zone   Normal, type    Unmovable    363    438 ..."
            PageTypeFreeRow row;
            row.node = node;
            row.zone = latin1(zone);
            const QByteArrayView type = nextToken(t, probe);
            if (type.isEmpty())
                continue;
            row.free.type = latin1(type);
            bool ok = true;
            for (QByteArrayView v = nextToken(t, probe); !v.isEmpty(); v = nextToken(t, probe)) {
                const bool capped = v.startsWith('>');
                const auto count = toInt(capped ? v.sliced(1) : v);
                if (!count) {
                    ok = false;
                    break;
                }
                if (capped && row.free.blocksPerOrder.size() < 32)
                    row.free.cappedOrders |= 1u << row.free.blocksPerOrder.size();
                row.free.blocksPerOrder.append(*count);
            }
            if (ok && !row.free.blocksPerOrder.isEmpty())
                info.free.append(row);
            continue;
        }
        if (!blocksTable)
            continue;
        // "Node 0, zone   Normal          138         4186          156 ..."
        const QList<QByteArrayView> values = tokens(t.sliced(pos));
        if (values.size() != blockTypes.size())
            continue;
        PageTypeBlocksRow row;
        row.node = node;
        row.zone = latin1(zone);
        bool ok = true;
        for (qsizetype i = 0; i < values.size() && ok; ++i) {
            const auto v = toInt(values[i]);
            ok = v.has_value();
            if (ok)
                row.blocks.append(latin1(blockTypes[i]), *v);
        }
        if (ok)
            blocksTable->append(row);
    }
    return info;
}

void applyBuddyInfo(QList<ZoneInfo> &zones, const QList<BuddyInfoRow> &rows)
{
    for (const BuddyInfoRow &row : rows)
        zoneFor(zones, row.node, row.zone).freeBlocksPerOrder = row.freeBlocks;
}

void applyPageTypeInfo(QList<ZoneInfo> &zones, const PageTypeInfo &info)
{
    for (const PageTypeFreeRow &row : info.free)
        zoneFor(zones, row.node, row.zone).freeByMigrateType.append(row.free);
    for (const PageTypeBlocksRow &row : info.blocks)
        zoneFor(zones, row.node, row.zone).pageblocksByMigrateType = row.blocks;
    for (const PageTypeBlocksRow &row : info.mixedBlocks)
        zoneFor(zones, row.node, row.zone).mixedPageblocksByMigrateType = row.blocks;
}

} // namespace oom::procparse
