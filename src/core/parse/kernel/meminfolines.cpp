// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/kernel/meminfolines.h"

#include "core/parse/framing/textscan.h"

using namespace Qt::StringLiterals;

namespace oom::meminfolines {

namespace {

// "Node 12 " -> 12, and the rest of the line.
std::optional<int> takeNodePrefix(QStringView &text)
{
    if (!text.startsWith(u"Node "))
        return std::nullopt;
    qsizetype consumed = 0;
    const auto node = textscan::leadingInt(text.mid(5), &consumed);
    if (!node || 5 + consumed >= text.size() || text[5 + consumed] != u' ')
        return std::nullopt;
    text = text.mid(5 + consumed + 1);
    return int(*node);
}

// Keys that only the global counter block prints (in pages, without "kB").
bool isGlobalCounterKey(QStringView key)
{
    static constexpr QStringView keys[] = {
        u"active_anon",
        u"inactive_anon",
        u"isolated_anon",
        u"active_file",
        u"inactive_file",
        u"isolated_file",
        u"unevictable",
        u"dirty",
        u"writeback",
        u"unstable",
        u"free",
        u"slab_reclaimable",
        u"slab_unreclaimable",
        u"mapped",
        u"shmem",
        u"pagetables",
        u"sec_pagetables",
        u"bounce",
        u"free_pcp",
        u"free_cma",
        u"kernel_misc_reclaimable",
        u"Active",
        u"inactive",
        u"slab",
        u"Balloon",
        u"zspages",
        u"free_highatomic",
    };
    for (QStringView k : keys) {
        if (k == key)
            return true;
    }
    return false;
}

} // namespace

bool isMemInfoStart(QStringView text)
{
    return text.startsWith(u"Mem-Info:") || text.startsWith(u"Mem-info:");
}

bool isPerCpuLine(QStringView text)
{
    if (text.endsWith(u"per-cpu:") || text.endsWith(u"per-cpu: empty"))
        return true;
    if (text.startsWith(u"CPU ") && text.contains(u"hi:") && text.contains(u"btch:"))
        return true;
    return text.startsWith(u"cpu ") && (text.contains(u" hot: ") || text.contains(u" cold: "));
}

std::optional<QList<std::pair<QString, qint64>>> parseGlobalCounters(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const qsizetype colon = trimmed.indexOf(u':');
    if (colon <= 0 || !isGlobalCounterKey(trimmed.left(colon)))
        return std::nullopt;
    QList<std::pair<QString, qint64>> counters;
    for (const auto &kv : textscan::keyValues(trimmed)) {
        if (kv.hasKb)
            return std::nullopt; // a node or zone line, not the page counters
        counters.append({kv.key, kv.value});
    }
    // "isolated_anon:" with its value lost in a paste still makes the line a counter line.
    return counters;
}

std::optional<NodeState> parseNodeLine(QStringView text)
{
    QStringView rest = text;
    const auto node = takeNodePrefix(rest);
    if (!node || !rest.startsWith(u"active_anon:"))
        return std::nullopt;
    NodeState state;
    state.node = *node;
    for (const auto &kv : textscan::keyValues(rest)) {
        if (kv.hasKb)
            state.fieldsKb.append({kv.key, kv.value});
    }
    state.allUnreclaimable = textscan::allUnreclaimable(rest);
    return state;
}

bool isZoneName(QStringView name)
{
    static constexpr QStringView zones[] = {u"DMA",     u"DMA32",   u"Normal",
                                            u"HighMem", u"Movable", u"Device"};
    for (QStringView z : zones) {
        if (z == name)
            return true;
    }
    return false;
}

std::optional<ZoneState> parseZoneLine(QStringView text)
{
    QStringView rest = text;
    ZoneState zone;
    zone.node = takeNodePrefix(rest);
    const qsizetype space = rest.indexOf(u' ');
    if (space <= 0 || !isZoneName(rest.left(space)) || !rest.mid(space + 1).startsWith(u"free:"))
        return std::nullopt;
    zone.name = rest.left(space).toString();
    for (const auto &kv : textscan::keyValues(rest.mid(space + 1))) {
        if (kv.hasKb)
            zone.fieldsKb.append({kv.key, kv.value});
        else if (kv.key == u"pages_scanned"_s)
            zone.pagesScanned = Pages(kv.value);
    }
    zone.allUnreclaimable = textscan::allUnreclaimable(rest);
    return zone;
}

std::optional<QList<qint64>> parseNumbersOnly(QStringView text)
{
    QList<qint64> numbers;
    for (const QStringView token : text.split(u' ', Qt::SkipEmptyParts)) {
        const auto value = textscan::toInt(token);
        if (!value)
            return std::nullopt;
        numbers.append(*value);
    }
    if (numbers.isEmpty())
        return std::nullopt;
    return numbers;
}

std::optional<QList<qint64>> parseLowmemReserve(QStringView text)
{
    static constexpr QStringView start = u"lowmem_reserve[]:";
    if (!text.startsWith(start))
        return std::nullopt;
    const QStringView rest = text.mid(start.size()).trimmed();
    if (rest.isEmpty())
        return QList<qint64>{}; // split by another CPU: the numbers follow in the next record
    return parseNumbersOnly(rest);
}

namespace {

// Parses "N*SkB [(TYPES)] ... [= TOTALkB]" into `list`. Tolerates "0     *2048kB" (spaces
// before '*', seen in a vendor document) and a line cut after "=".
bool parseOrders(QStringView body, BuddyFreeList &list)
{
    QString compact;
    compact.reserve(body.size());
    for (QChar c : body) {
        if (c == u'*') {
            while (compact.endsWith(u' '))
                compact.chop(1);
        }
        compact.append(c);
    }
    const QStringView view(compact);
    const qsizetype equals = view.lastIndexOf(u'=');
    const QStringView orders = equals >= 0 ? view.left(equals) : view;
    bool any = false;
    for (const QStringView token : orders.split(u' ', Qt::SkipEmptyParts)) {
        if (token.startsWith(u'(') && token.endsWith(u')')) {
            if (!list.orders.isEmpty())
                list.orders.last().migrateTypes = token.mid(1, token.size() - 2).toString();
            continue;
        }
        const qsizetype star = token.indexOf(u'*');
        if (star <= 0)
            return false;
        const auto count = textscan::toInt(token.left(star));
        const auto size = textscan::kbValue(token.mid(star + 1));
        if (!count || !size)
            return false;
        list.orders.append(BuddyOrder{*count, KiB(*size), {}});
        any = true;
    }
    if (equals >= 0)
        list.totalKb = quantity<KiB>(textscan::kbValue(view.mid(equals + 1).trimmed()));
    return any;
}

} // namespace

std::optional<BuddyFreeList> parseBuddyLine(QStringView text)
{
    QStringView rest = text;
    BuddyFreeList list;
    list.node = takeNodePrefix(rest);
    const qsizetype colon = rest.indexOf(u": ");
    if (colon <= 0 || !isZoneName(rest.left(colon)))
        return std::nullopt;
    const QStringView body = rest.mid(colon + 2);
    if (!textscan::startsWithDigit(body) || !body.contains(u'*'))
        return std::nullopt;
    list.zone = rest.left(colon).toString();
    if (!parseOrders(body, list))
        return std::nullopt;
    return list;
}

std::optional<BuddyFreeList> parseBuddyContinuation(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (!textscan::startsWithDigit(trimmed) || !trimmed.contains(u"kB"))
        return std::nullopt;
    const qsizetype star = trimmed.indexOf(u'*');
    if (star <= 0 || !textscan::toInt(trimmed.left(star)))
        return std::nullopt;
    BuddyFreeList list;
    if (!parseOrders(trimmed, list))
        return std::nullopt;
    return list;
}

std::optional<HugepagePool> parseHugepages(QStringView text)
{
    QStringView rest = text;
    const auto node = takeNodePrefix(rest);
    if (!node || !rest.startsWith(u"hugepages_total="))
        return std::nullopt;
    const auto total = textscan::intAfter(rest, u"hugepages_total=");
    const auto free = textscan::intAfter(rest, u"hugepages_free=");
    const auto surplus = textscan::intAfter(rest, u"hugepages_surp=");
    const auto size = textscan::intAfter(rest, u"hugepages_size=");
    if (!total || !free || !size)
        return std::nullopt;
    return HugepagePool{*node, *total, *free, surplus.value_or(0), KiB(*size), 0};
}

std::optional<SummaryLine> parseSummaryLine(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.startsWith(u"Free swap  = ") || trimmed.startsWith(u"Free swap:")) {
        const qsizetype at = trimmed.indexOf(trimmed.startsWith(u"Free swap:") ? u':' : u'=');
        if (const auto kb = textscan::kbValue(trimmed.mid(at + 1).trimmed()))
            return SummaryLine{SummaryField::FreeSwapKb, *kb};
        return std::nullopt;
    }
    if (trimmed.startsWith(u"Total swap = ")) {
        if (const auto kb = textscan::kbValue(trimmed.mid(13).trimmed()))
            return SummaryLine{SummaryField::TotalSwapKb, *kb};
        return std::nullopt;
    }
    qsizetype consumed = 0;
    const auto value = textscan::leadingInt(trimmed, &consumed);
    if (!value || *value < 0)
        return std::nullopt;
    const QStringView what = trimmed.mid(consumed).trimmed();
    struct Form {
        QStringView text;
        SummaryField field;
    };
    static constexpr Form forms[] = {
        {u"total pagecache pages", SummaryField::PagecachePages},
        {u"pages in swap cache", SummaryField::SwapCachePages},
        {u"pages RAM", SummaryField::RamPages},
        {u"pages of RAM", SummaryField::RamPages}, // 2.6.2x
        {u"pages HighMem/MovableOnly", SummaryField::HighmemPages},
        {u"pages HighMem", SummaryField::HighmemPages},
        {u"pages of HIGHMEM", SummaryField::HighmemPages}, // 2.6.2x
        {u"pages reserved", SummaryField::ReservedPages},
        {u"reserved pages", SummaryField::ReservedPages}, // 2.6.2x
        {u"pages cma reserved", SummaryField::CmaReservedPages},
        {u"pages shared", SummaryField::SharedPages},
        {u"pages non-shared", SummaryField::NonSharedPages},
        {u"pages hwpoisoned", SummaryField::HwpoisonedPages},
        {u"pages in pagetable cache", SummaryField::Other},
        {u"pages swap cached", SummaryField::Other},
        {u"pages dirty", SummaryField::Other},
        {u"pages writeback", SummaryField::Other},
        {u"pages mapped", SummaryField::Other},
        {u"pages slab", SummaryField::Other},
        {u"pages pagetables", SummaryField::Other},
    };
    for (const Form &form : forms) {
        if (what == form.text)
            return SummaryLine{form.field, *value};
    }
    return std::nullopt;
}

bool isSlabDumpStart(QStringView text)
{
    return text.startsWith(u"Unreclaimable slab info:")
        || text.startsWith(u"excessive unreclaimable slab");
}

bool isSlabHeader(QStringView text)
{
    return text.startsWith(u"Name ") && text.contains(u"Used") && text.contains(u"Total");
}

std::optional<SlabCache> parseSlabRow(QStringView text)
{
    const auto tokens = text.split(u' ', Qt::SkipEmptyParts);
    if (tokens.size() != 3)
        return std::nullopt;
    const auto used = textscan::kbValue(tokens[1]);
    const auto total = textscan::kbValue(tokens[2]);
    if (!used || !total)
        return std::nullopt;
    return SlabCache{tokens[0].toString(), KiB(*used), KiB(*total), 0};
}

} // namespace oom::meminfolines
