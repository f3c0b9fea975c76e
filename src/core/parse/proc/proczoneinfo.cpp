// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/proc/proczoneinfo.h"

#include "core/parse/proc/procscan.h"

namespace oom::procparse {

using namespace procscan;

namespace {

enum class Section {
    None,
    NodeStats, // "per-node stats" up to "pages free"
    Zone, // watermarks and zone counters
    Pagesets, // "pagesets" and what follows
};

// "Node 0, zone   Normal" (zoneinfo_show_print: "Node %d, zone %8s")
bool parseZoneHeader(QByteArrayView line, ZoneInfo &zone)
{
    if (!startsWith(line, "Node "))
        return false;
    qsizetype pos = 5;
    QByteArrayView node = nextToken(line, pos);
    if (node.endsWith(','))
        node.chop(1);
    const auto id = toInt(node);
    if (!id || nextToken(line, pos) != "zone")
        return false;
    const QByteArrayView name = nextToken(line, pos);
    if (name.isEmpty() || !nextToken(line, pos).isEmpty())
        return false;
    zone.node = int(*id);
    zone.name = latin1(name);
    return true;
}

std::optional<Pages> *headerField(ZoneInfo &zone, QByteArrayView key)
{
    if (key == "min")
        return &zone.min;
    if (key == "low")
        return &zone.low;
    if (key == "high")
        return &zone.high;
    if (key == "boost")
        return &zone.boost;
    if (key == "promo")
        return &zone.promo;
    if (key == "scanned")
        return &zone.scanned;
    if (key == "spanned")
        return &zone.spanned;
    if (key == "present")
        return &zone.present;
    if (key == "managed")
        return &zone.managed;
    if (key == "cma")
        return &zone.cma;
    return nullptr;
}

std::optional<qint64> *pagesetField(ZonePageset &pageset, QByteArrayView key)
{
    if (key == "count:")
        return &pageset.count;
    if (key == "high:")
        return &pageset.high;
    if (key == "batch:")
        return &pageset.batch;
    if (key == "high_min:")
        return &pageset.highMin;
    if (key == "high_max:")
        return &pageset.highMax;
    return nullptr;
}

// "node_unreclaimable:  0", "start_pfn:  1", "prev_priority: 12" (2.6.3x), ...
void parseTailLine(ZoneInfo &zone, QByteArrayView key, QByteArrayView rest)
{
    key.chop(1); // the colon
    const auto value = leadingInt(rest);
    if (!value)
        return;
    if (key == "node_unreclaimable" || key == "all_unreclaimable")
        zone.unreclaimable = *value != 0;
    else if (key == "start_pfn")
        zone.startPfn = *value;
    else
        zone.tail.append(latin1(key), *value);
}

} // namespace

std::optional<QList<Pages>> parseProtection(QByteArrayView line)
{
    const qsizetype open = line.indexOf('(');
    const qsizetype close = line.indexOf(')', open + 1);
    if (open < 0 || close < 0)
        return std::nullopt;
    QList<Pages> values;
    const QByteArrayView inner = line.sliced(open + 1, close - open - 1);
    qsizetype begin = 0;
    while (begin <= inner.size()) {
        qsizetype end = inner.indexOf(',', begin);
        if (end < 0)
            end = inner.size();
        const auto v = toInt(trimmed(inner.sliced(begin, end - begin)));
        if (!v)
            return std::nullopt;
        values.append(Pages(*v));
        begin = end + 1;
    }
    return values;
}

ZoneInfoFile parseZoneInfo(QByteArrayView text)
{
    ZoneInfoFile file;
    ZoneInfo *zone = nullptr;
    KeyedCounters *nodeStats = nullptr;
    Section section = Section::None;

    LineIterator lines(text);
    QByteArrayView line;
    while (lines.next(line)) {
        ZoneInfo header;
        if (parseZoneHeader(line, header)) {
            file.zones.append(header);
            zone = &file.zones.last();
            nodeStats = nullptr;
            section = Section::Zone;
            continue;
        }
        if (!zone)
            continue;
        const QByteArrayView t = trimmed(line);
        qsizetype pos = 0;
        const QByteArrayView key = nextToken(t, pos);
        const QByteArrayView rest = t.sliced(pos);
        if (key.isEmpty())
            continue;

        if (t == "per-node stats") {
            file.nodeStats.append({zone->node, KeyedCounters()});
            nodeStats = &file.nodeStats.last().second;
            section = Section::NodeStats;
        } else if (key == "pages" && startsWith(trimmed(rest), "free")) {
            qsizetype p = 0;
            nextToken(rest, p);
            if (const auto v = leadingInt(rest.sliced(p)))
                zone->free = Pages(*v);
            section = Section::Zone;
        } else if (t == "pagesets") {
            section = Section::Pagesets;
        } else if (key == "protection:") {
            if (const auto values = parseProtection(rest))
                zone->protection = *values;
        } else if (startsWith(t, "vm stats threshold:")) {
            // Printed after each CPU's pageset (CONFIG_SMP); belongs to the last one.
            if (!zone->pagesets.isEmpty())
                zone->pagesets.last().statThreshold = leadingInt(t.sliced(19));
        } else if (section == Section::Pagesets && key == "cpu:") {
            ZonePageset pageset;
            pageset.cpu = int(leadingInt(rest).value_or(-1));
            zone->pagesets.append(pageset);
        } else if (section == Section::Pagesets && !zone->pagesets.isEmpty()
                   && pagesetField(zone->pagesets.last(), key)) {
            *pagesetField(zone->pagesets.last(), key) = leadingInt(rest);
        } else if (key.endsWith(':')) {
            parseTailLine(*zone, key, rest);
        } else if (section == Section::NodeStats && nodeStats) {
            if (const auto v = leadingInt(rest))
                nodeStats->append(latin1(key), *v);
        } else if (auto *field = headerField(*zone, key)) {
            if (const auto v = leadingInt(rest))
                *field = Pages(*v);
        } else if (const auto v = leadingInt(rest)) {
            zone->counters.append(latin1(key), *v);
        }
    }
    return file;
}

} // namespace oom::procparse
