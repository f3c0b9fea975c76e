// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/kernel/wrappedlines.h"

#include "core/parse/kernel/headerlines.h"
#include "core/parse/kernel/meminfolines.h"

namespace oom::wrappedlines {

namespace {

bool isInteger(QStringView token)
{
    if (token.startsWith(u'-'))
        token = token.mid(1);
    if (token.isEmpty())
        return false;
    for (const QChar c : token) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

QStringView firstToken(QStringView text)
{
    const qsizetype space = text.indexOf(u' ');
    return space < 0 ? text : text.left(space);
}

// A task row whose name went to the next line: "[  811]" and only numbers after it, at
// least the five columns every layout has (uid, tgid, total_vm, rss, oom_score_adj).
bool isRowWithoutName(QStringView text)
{
    if (!text.startsWith(u'['))
        return false;
    const qsizetype close = text.indexOf(u']');
    if (close < 2 || !isInteger(text.mid(1, close - 1).trimmed()))
        return false;
    int numbers = 0;
    for (const QStringView token : text.mid(close + 1).split(u' ', Qt::SkipEmptyParts)) {
        if (!isInteger(token))
            return false;
        ++numbers;
    }
    return numbers >= 5;
}

// "Node 0 Normal free:…" (zone) or "Node 0 active_anon:…" (node), or a zone line of a
// kernel without NUMA ("Normal free:…").
bool startsZoneOrNodeLine(QStringView text)
{
    if (text.startsWith(u"Node ")) {
        const QStringView rest = text.mid(5);
        return !rest.isEmpty() && rest[0].isDigit() && rest.contains(u"kB");
    }
    const QStringView first = firstToken(text);
    return meminfolines::isZoneName(first) && text.mid(first.size()).startsWith(u" free:");
}

// The rest of a zone or node line: only "key:NkB", "key:yes/no" and the
// "all_unreclaimable? no" pair.
bool isZoneOrNodeTail(QStringView text)
{
    bool any = false;
    bool afterQuestion = false;
    for (const QStringView token : text.split(u' ', Qt::SkipEmptyParts)) {
        if (afterQuestion) {
            afterQuestion = false;
            if (token == u"yes" || token == u"no")
                continue;
            return false;
        }
        if (token.endsWith(u'?')) {
            afterQuestion = true;
            continue;
        }
        const qsizetype colon = token.indexOf(u':');
        if (colon <= 0)
            return false;
        const QStringView value = token.mid(colon + 1);
        // "reserved_highatomic:0KB" is printed with a capital K.
        const bool kilobytes =
            (value.endsWith(u"kB") || value.endsWith(u"KB")) && isInteger(value.chopped(2));
        if (!kilobytes && value != u"yes" && value != u"no")
            return false;
        any = true;
    }
    return any;
}

// "key:…" or "key=…" at the start: the next item of a comma-separated list.
bool startsListItem(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && (text[i].isLetterOrNumber() || text[i] == u'_' || text[i] == u'-'))
        ++i;
    return i > 0 && i < text.size() && (text[i] == u':' || text[i] == u'=');
}

bool isListLine(QStringView text)
{
    return text.contains(u"invoked oom-killer: ") || text.contains(u"oom_reaper: ");
}

// "Killed process N (comm) total-vm:…kB, anon-rss:…kB, … UID:%u pgtables:%lukB
// oom_score_adj:%hd": its items are separated by ", " or by a blank (5.4+), so it may be
// wrapped after any of them; only the 5.4+ last item says it is complete.
bool isKillLine(QStringView text)
{
    return text.contains(u"Killed process ") && text.contains(u"kB")
        && !text.contains(u"oom_score_adj:");
}

bool startsKillLineItem(QStringView text)
{
    static constexpr QStringView keys[] = {u"total-vm:",  u"vsz:", u"anon-rss:", u"file-rss:",
                                           u"shmem-rss:", u"UID:", u"pgtables:", u"oom_score_adj:"};
    for (QStringView key : keys) {
        if (text.startsWith(key))
            return true;
    }
    return false;
}

bool isStackHeaderWithoutRelease(QStringView text)
{
    if (!text.startsWith(u"CPU: ") || !text.contains(u" PID: "))
        return false;
    if (!text.endsWith(u"Not tainted") && !text.contains(u" Tainted: "))
        return false;
    const auto header = headerlines::parseStackHeader(text);
    return header && header->kernelRelease.isEmpty();
}

// The Mem-Info page counters (show_free_areas()) come as lines the kernel breaks itself,
// each ending with one of these keys in some release: 2.6.2x "unstable"/"bounce", 2.6.32-4.x
// "isolated_anon", "isolated_file", "unstable", "slab_unreclaimable", "bounce", CMA kernels
// "free_cma" (3.x+, last line since 4.x), 5.8+ "writeback" (unstable gone), 5.x
// "kernel_misc_reclaimable", 6.2+ "pagetables" (sec_pagetables moved to the next line). A
// counter line ending with another key lost its end to a paste.
bool isCounterLineWithoutEnd(QStringView text)
{
    if (!meminfolines::parseGlobalCounters(text))
        return false;
    const QStringView last = text.trimmed().mid(text.trimmed().lastIndexOf(u' ') + 1);
    const QStringView key = last.left(last.indexOf(u':'));
    static constexpr QStringView lineEnds[] = {
        u"isolated_anon", u"isolated_file",           u"writeback",
        u"unstable",      u"slab_unreclaimable",      u"pagetables",
        u"bounce",        u"kernel_misc_reclaimable", u"free_cma"};
    for (QStringView end : lineEnds) {
        if (key == end)
            return false;
    }
    return true;
}

// Only "key:pages" items: the rest of a counter line.
bool isCounterTail(QStringView text)
{
    bool any = false;
    for (const QStringView token : text.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype colon = token.indexOf(u':');
        if (colon <= 0 || !isInteger(token.mid(colon + 1)))
            return false;
        any = true;
    }
    return any;
}

// A buddy line always ends with its total, "= 29480kB" (show_free_areas(), every release).
bool hasBuddyTotal(QStringView text)
{
    const qsizetype equals = text.lastIndexOf(u'=');
    if (equals < 0)
        return false;
    const QStringView total = text.mid(equals + 1).trimmed();
    return total.endsWith(u"kB") && isInteger(total.chopped(2));
}

bool isBuddyLineWithoutTotal(QStringView text)
{
    return text.contains(u'*') && !hasBuddyTotal(text) && meminfolines::parseBuddyLine(text);
}

// "Node 0 hugepages_total=0 hugepages_free=0 hugepages_surp=0 hugepages_size=2048kB"
// (3.10+ hugetlb_show_meminfo_node()): without its size, the line lost its end.
bool isHugepagesLineWithoutSize(QStringView text)
{
    return text.startsWith(u"Node ") && text.contains(u" hugepages_total=")
        && !text.contains(u"hugepages_size=");
}

} // namespace

bool mayBeWrapped(QStringView text)
{
    if (text.endsWith(u"invoked oom-killer:"))
        return true;
    if (text.endsWith(u',') && isListLine(text))
        return true;
    if (isKillLine(text))
        return true;
    const QChar first = text.isEmpty() ? QChar() : text[0];
    if (first == u'[')
        return isRowWithoutName(text);
    if (first == u'C')
        return isStackHeaderWithoutRelease(text);
    if (isHugepagesLineWithoutSize(text) || isBuddyLineWithoutTotal(text)
        || isCounterLineWithoutEnd(text))
        return true;
    // Zone lines end with "free_cma:NkB" (3.x+), node and older zone lines with
    // "all_unreclaimable? no": without either, the line lost its end.
    return startsZoneOrNodeLine(text) && !text.contains(u"free_cma:")
        && !text.contains(u"all_unreclaimable?");
}

bool completes(QStringView broken, QStringView continuation)
{
    continuation = continuation.trimmed();
    if (continuation.isEmpty())
        return false;
    if (broken.endsWith(u"invoked oom-killer:"))
        return continuation.startsWith(u"gfp_mask=");
    if (isKillLine(broken))
        return startsKillLineItem(continuation);
    if (broken.endsWith(u','))
        return startsListItem(continuation);
    if (broken.startsWith(u'['))
        return !continuation.contains(u' ') && !isInteger(continuation);
    if (broken.startsWith(u"CPU: ")) {
        // "5.15.0-91-generic #101-Ubuntu" or "Tainted: …"-less release and build.
        const QStringView release = firstToken(continuation);
        return !release.isEmpty() && release[0].isDigit() && release.contains(u'.');
    }
    if (isHugepagesLineWithoutSize(broken))
        return continuation.startsWith(u"hugepages_");
    if (isBuddyLineWithoutTotal(broken)) {
        // The joined text must be a whole buddy line: "3*16kB (UME) … = 29480kB".
        const QString joined = broken + u' ' + continuation;
        return hasBuddyTotal(joined) && meminfolines::parseBuddyLine(joined);
    }
    if (isCounterLineWithoutEnd(broken))
        return isCounterTail(continuation);
    return isZoneOrNodeTail(continuation);
}

} // namespace oom::wrappedlines
