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
    return isZoneOrNodeTail(continuation);
}

} // namespace oom::wrappedlines
