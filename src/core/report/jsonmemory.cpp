// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/report/jsonhelpers.h"
#include "core/report/jsonparts.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace oom::json {

namespace {

QJsonValue counterToJson(const MemcgCounter &counter)
{
    if (!counter.isPresent() && !counter.usageKb && !counter.limitKb && !counter.failcnt)
        return QJsonValue(QJsonValue::Null);
    QJsonObject object{
        {u"usage_kb"_s, opt(counter.usageKb)},
        {u"limit_kb"_s, opt(counter.limitKb)},
        {u"unlimited"_s, counter.unlimited},
        {u"failcnt"_s, opt(counter.failcnt)},
    };
    putSpan(object, counter.line);
    return object;
}

QJsonObject statBlockToJson(const MemcgStatBlock &block)
{
    QJsonObject object{
        {u"cgroup"_s, str(block.cgroup)},
        {u"values"_s, pairs(block.values)},
        {u"unit"_s, block.valuesInBytes ? u"bytes"_s : u"kB"_s},
    };
    putSpan(object, block.lines);
    return object;
}

} // namespace

QJsonValue memcgToJson(const MemcgState &memcg)
{
    const bool present = memcg.isPresent() || !memcg.oomCgroup.isEmpty()
        || !memcg.taskCgroup.isEmpty() || memcg.hostLimit || memcg.memory.isPresent()
        || memcg.memsw.isPresent() || memcg.kmem.isPresent() || memcg.swap.isPresent()
        || !memcg.stats.isEmpty();
    if (!present)
        return QJsonValue(QJsonValue::Null);

    QJsonArray stats;
    for (const MemcgStatBlock &block : memcg.stats)
        stats.append(statBlockToJson(block));

    // The required flat fields repeat the "memory:" counter, so a script needs no
    // knowledge of the counter objects for the common question "limit and usage".
    QJsonObject object{
        {u"oom"_s, str(memcg.oomCgroup)},           {u"task"_s, str(memcg.taskCgroup)},
        {u"host_limit"_s, memcg.hostLimit},         {u"usage_kb"_s, opt(memcg.memory.usageKb)},
        {u"limit_kb"_s, opt(memcg.memory.limitKb)}, {u"limit_unlimited"_s, memcg.memory.unlimited},
        {u"failcnt"_s, opt(memcg.memory.failcnt)},  {u"memory"_s, counterToJson(memcg.memory)},
        {u"memsw"_s, counterToJson(memcg.memsw)},   {u"kmem"_s, counterToJson(memcg.kmem)},
        {u"swap"_s, counterToJson(memcg.swap)},     {u"stats"_s, stats},
    };
    putSpan(object, memcg.lines);
    return object;
}

QJsonArray tasksToJson(const QList<TaskRow> &tasks)
{
    QJsonArray array;
    for (const TaskRow &task : tasks) {
        array.append(QJsonObject{
            {u"pid"_s, task.pid},
            {u"uid"_s, opt(task.uid)},
            {u"tgid"_s, opt(task.tgid)},
            {u"total_vm_pages"_s, opt(task.totalVmPages)},
            {u"rss_pages"_s, opt(task.rssPages)},
            {u"rss_anon_pages"_s, opt(task.rssAnonPages)},
            {u"rss_file_pages"_s, opt(task.rssFilePages)},
            {u"rss_shmem_pages"_s, opt(task.rssShmemPages)},
            {u"nr_ptes"_s, opt(task.nrPtes)},
            {u"nr_pmds"_s, opt(task.nrPmds)},
            {u"pgtables_bytes"_s, opt(task.pgtablesBytes)},
            {u"swapents"_s, opt(task.swapents)},
            {u"cpu"_s, opt(task.cpu)},
            {u"oom_score_adj"_s, opt(task.oomScoreAdj)},
            {u"oom_adj"_s, opt(task.oomAdj)},
            {u"name"_s, str(task.name)},
            {u"line"_s, lineNumber(task.line)},
        });
    }
    return array;
}

QJsonArray zonesToJson(const QList<ZoneState> &zones)
{
    QJsonArray array;
    for (const ZoneState &zone : zones) {
        QJsonArray reserve;
        for (const Pages pages : zone.lowmemReserve)
            reserve.append(pages.value);
        QJsonObject object{
            {u"node"_s, opt(zone.node)},
            {u"zone"_s, str(zone.name)},
            {u"fields_kb"_s, pairs(zone.fieldsKb)},
            {u"all_unreclaimable"_s, opt(zone.allUnreclaimable)},
            {u"pages_scanned"_s, opt(zone.pagesScanned)},
            // Not printed (or cut) is unknown, not "no reserve".
            {u"lowmem_reserve_pages"_s,
             zone.lowmemReserve.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reserve)},
        };
        putSpan(object, zone.line);
        putSpan(object, zone.lowmemReserveLine, u"lowmem_reserve"_s);
        array.append(object);
    }
    return array;
}

QJsonArray buddyToJson(const QList<BuddyFreeList> &buddy)
{
    QJsonArray array;
    for (const BuddyFreeList &list : buddy) {
        QJsonArray orders;
        for (qsizetype order = 0; order < list.orders.size(); ++order) {
            const BuddyOrder &entry = list.orders.at(order);
            orders.append(QJsonObject{
                {u"order"_s, qint64(order)},
                {u"count"_s, entry.count},
                {u"block_kb"_s, entry.blockKb.value},
                {u"migrate_types"_s, str(entry.migrateTypes)},
            });
        }
        QJsonObject object{
            {u"node"_s, opt(list.node)},
            {u"zone"_s, str(list.zone)},
            {u"orders"_s, orders},
            {u"total_kb"_s, opt(list.totalKb)},
        };
        putSpan(object, list.line);
        array.append(object);
    }
    return array;
}

QJsonValue meminfoToJson(const MemInfoState &meminfo)
{
    const bool present = meminfo.isPresent() || !meminfo.countersPages.isEmpty()
        || !meminfo.nodes.isEmpty() || meminfo.ramPages || meminfo.pagecachePages;
    if (!present)
        return QJsonValue(QJsonValue::Null);

    QJsonArray nodes;
    for (const NodeState &node : meminfo.nodes) {
        QJsonObject object{
            {u"node"_s, node.node},
            {u"fields_kb"_s, pairs(node.fieldsKb)},
            {u"all_unreclaimable"_s, opt(node.allUnreclaimable)},
        };
        putSpan(object, node.line);
        nodes.append(object);
    }
    QJsonObject object{
        {u"counters_pages"_s, pairs(meminfo.countersPages)},
        {u"nodes"_s, nodes},
        {u"pagecache_pages"_s, opt(meminfo.pagecachePages)},
        {u"swap_cache_pages"_s, opt(meminfo.swapCachePages)},
        {u"ram_pages"_s, opt(meminfo.ramPages)},
        {u"highmem_pages"_s, opt(meminfo.highmemPages)},
        {u"reserved_pages"_s, opt(meminfo.reservedPages)},
        {u"cma_reserved_pages"_s, opt(meminfo.cmaReservedPages)},
        {u"shared_pages"_s, opt(meminfo.sharedPages)},
        {u"non_shared_pages"_s, opt(meminfo.nonSharedPages)},
        {u"hwpoisoned_pages"_s, opt(meminfo.hwpoisonedPages)},
    };
    putSpan(object, meminfo.lines);
    return object;
}

QJsonValue swapToJson(const SwapState &swap)
{
    if (!swap.freeKb && !swap.totalKb && !swap.lines.isValid())
        return QJsonValue(QJsonValue::Null);
    QJsonObject object{
        {u"free_kb"_s, opt(swap.freeKb)},
        {u"total_kb"_s, opt(swap.totalKb)},
    };
    putSpan(object, swap.lines);
    return object;
}

QJsonArray hugepagesToJson(const QList<HugepagePool> &pools)
{
    QJsonArray array;
    for (const HugepagePool &pool : pools) {
        array.append(QJsonObject{
            {u"node"_s, pool.node},
            {u"total"_s, pool.total},
            {u"free"_s, pool.free},
            {u"surplus"_s, pool.surplus},
            {u"size_kb"_s, pool.sizeKb.value},
            {u"line"_s, lineNumber(pool.line)},
        });
    }
    return array;
}

QJsonArray slabToJson(const QList<SlabCache> &caches)
{
    QJsonArray array;
    for (const SlabCache &cache : caches) {
        array.append(QJsonObject{
            {u"name"_s, str(cache.name)},
            {u"used_kb"_s, cache.usedKb.value},
            {u"total_kb"_s, cache.totalKb.value},
            {u"line"_s, lineNumber(cache.line)},
        });
    }
    return array;
}

} // namespace oom::json
