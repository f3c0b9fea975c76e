// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/userspace/lowmemorykillerlines.h"

#include "core/parse/framing/textscan.h"

using namespace Qt::StringLiterals;

namespace oom::lowmemorykiller {

namespace {

// The integer right after `key` in `text` (blanks skipped), from `from` on.
std::optional<qint64> numberAfter(QStringView text, QStringView key, qsizetype *end = nullptr)
{
    const qsizetype at = text.indexOf(key);
    if (at < 0)
        return std::nullopt;
    qsizetype start = at + key.size();
    while (start < text.size() && text[start] == u' ')
        ++start;
    qsizetype consumed = 0;
    const auto value = textscan::leadingInt(text.mid(start), &consumed);
    if (value && end)
        *end = start + consumed;
    return value;
}

std::optional<KiB> kbAfter(QStringView text, QStringView key)
{
    qsizetype end = 0;
    const auto value = numberAfter(text, key, &end);
    if (!value || !text.mid(end).startsWith(u"kB", Qt::CaseInsensitive))
        return std::nullopt;
    return KiB(*value);
}

// "'<comm>' (<pid>)" at `quoteAt`; the name may hold spaces and quotes, so it ends at the
// last "' (" before the pid.
bool quotedNameAndPid(QStringView text, qsizetype quoteAt, Kill &kill, qsizetype *end)
{
    const qsizetype close = text.indexOf(u"' (", quoteAt + 1);
    if (close < 0)
        return false;
    const qsizetype pidEnd = text.indexOf(u')', close + 3);
    const auto pid =
        pidEnd < 0 ? std::nullopt : textscan::toInt(text.mid(close + 3, pidEnd - close - 3));
    if (!pid)
        return false;
    kill.comm = text.mid(quoteAt + 1, close - quoteAt - 1).toString();
    kill.pid = *pid;
    *end = pidEnd + 1;
    return true;
}

std::optional<int> adjAfter(QStringView text, QStringView key)
{
    const auto value = numberAfter(text, key);
    return value ? std::optional<int>(int(*value)) : std::nullopt;
}

// lmkd's kill line, one of the Android 8-15 shapes (see the header).
std::optional<Kill> parseLmkd(QStringView text, qsizetype quoteAt, bool killing)
{
    Kill kill;
    qsizetype end = 0;
    if (!quotedNameAndPid(text, quoteAt, kill, &end))
        return std::nullopt;
    const QStringView rest = text.mid(end);
    if (!rest.startsWith(u", uid "))
        return std::nullopt;
    kill.killer = Killer::AndroidLmkd;
    kill.uid = numberAfter(rest, u", uid ");
    if (killing) {
        // Android 8: "…, uid %d, adj %d" and the reason on the next lines.
        kill.oomScoreAdj = adjAfter(rest, u", adj ");
        kill.expectsMore = true;
        return kill;
    }
    kill.oomScoreAdj = rest.contains(u"oom_score_adj ") ? adjAfter(rest, u"oom_score_adj ")
                                                        : adjAfter(rest, u"oom_adj ");
    kill.rssKb = kbAfter(rest, u" to free ");
    kill.swapKb = kbAfter(rest, u"kB rss, ");
    if (const qsizetype reason = rest.indexOf(u"; reason: "); reason >= 0)
        kill.reason = rest.mid(reason + 10).trimmed().toString();
    return kill;
}

// The staging driver's first line: "Killing '%s' (%d), adj %hd," (or a vendor's variant).
std::optional<Kill> parseDriver(QStringView text, qsizetype quoteAt)
{
    Kill kill;
    qsizetype end = 0;
    if (!quotedNameAndPid(text, quoteAt, kill, &end))
        return std::nullopt;
    const QStringView rest = text.mid(end);
    if (!rest.startsWith(u", adj ") && !rest.startsWith(u", oom_score_adj "))
        return std::nullopt;
    kill.killer = Killer::AndroidLowMemoryKiller;
    if (rest.contains(u"score_adj "))
        kill.oomScoreAdj = adjAfter(rest, u"score_adj ");
    else
        kill.oomScoreAdj = adjAfter(rest, u", adj ");
    kill.expectsMore = true;
    return kill;
}

// The driver of 2.6.29-3.4: "send sigkill to %d (%s), adj %d, size %d".
std::optional<Kill> parseSendSigkill(QStringView text, qsizetype at)
{
    const QStringView rest = text.mid(at + 16);
    qsizetype consumed = 0;
    const auto pid = textscan::leadingInt(rest, &consumed);
    if (!pid || !rest.mid(consumed).startsWith(u" ("))
        return std::nullopt;
    const qsizetype close = rest.lastIndexOf(u"), adj ");
    if (close < consumed + 2 || !rest.contains(u", size "))
        return std::nullopt;
    Kill kill;
    kill.killer = Killer::AndroidLowMemoryKiller;
    kill.pid = *pid;
    kill.comm = rest.mid(consumed + 2, close - consumed - 2).toString();
    kill.printed = rest.mid(close + 3).trimmed().toString();
    return kill;
}

// Chrome on ChromeOS: "Killed tab <title>[ (<pid>)], estimated <n> KB freed", "Killed app …".
std::optional<Kill> parseChrome(QStringView text)
{
    static constexpr QStringView tail = u" KB freed";
    static constexpr QStringView estimated = u", estimated ";
    qsizetype at = text.indexOf(u"Killed tab ");
    if (at < 0)
        at = text.indexOf(u"Killed app ");
    if (at < 0 || !text.trimmed().endsWith(tail))
        return std::nullopt;
    const qsizetype estimatedAt = text.lastIndexOf(estimated);
    if (estimatedAt < at)
        return std::nullopt;
    Kill kill;
    kill.killer = Killer::ChromeOs;
    QStringView name = text.mid(at + 11, estimatedAt - at - 11);
    if (name.endsWith(u')')) {
        const qsizetype open = name.lastIndexOf(u" (");
        const auto pid = open < 0 ? std::nullopt : textscan::toInt(name.mid(open + 2).chopped(1));
        if (pid) {
            kill.pid = *pid;
            name = name.left(open);
        }
    }
    kill.comm = name.toString();
    const auto kb = numberAfter(text.mid(estimatedAt), estimated);
    if (!kb)
        return std::nullopt;
    kill.rssKb = KiB(*kb);
    return kill;
}

} // namespace

std::optional<Kill> parseKill(QStringView text)
{
    if (const qsizetype at = text.indexOf(u"Kill '"); at >= 0)
        return parseLmkd(text, at + 5, false);
    if (const qsizetype at = text.indexOf(u"Killing '"); at >= 0) {
        if (auto lmkd = parseLmkd(text, at + 8, true))
            return lmkd;
        return parseDriver(text, at + 8);
    }
    if (text.contains(u"Killed tab ") || text.contains(u"Killed app "))
        return parseChrome(text);
    if (const qsizetype at = text.indexOf(u"send sigkill to "); at >= 0)
        return parseSendSigkill(text, at);
    return std::nullopt;
}

bool applyContinuation(QStringView text, Kill &kill)
{
    // The logger's prefix is in front of each line (logcat prints one per line): the
    // continuation is known by its words.
    if (const qsizetype at = text.indexOf(u"to free "); at >= 0) {
        const QStringView rest = text.mid(at);
        kill.rssKb = kbAfter(rest, u"to free ");
        if (const qsizetype behalf = rest.indexOf(u"on behalf of '"); behalf >= 0) {
            Kill requester;
            qsizetype end = 0;
            if (quotedNameAndPid(rest, behalf + 13, requester, &end)) {
                kill.onBehalfOfComm = requester.comm;
                kill.onBehalfOfPid = requester.pid;
            }
        }
        // lmkd 8.x: "to free %ldkB because <reason>"; the driver's "… because" ends here.
        if (const qsizetype because = rest.indexOf(u" because "); because >= 0)
            kill.reason = rest.mid(because + 9).trimmed().toString();
        return true;
    }
    const QStringView trimmed = text.trimmed();
    static constexpr QStringView cache = u"cache ";
    static constexpr QStringView freeMemory = u"Free memory is ";
    for (QStringView lead : {cache, freeMemory}) {
        const qsizetype at = trimmed.indexOf(lead);
        if (at < 0 || (lead == cache && !trimmed.contains(u" is below limit ")))
            continue;
        const QString part = trimmed.mid(at).toString();
        kill.reason = kill.reason.isEmpty() ? part : kill.reason + u"; "_s + part;
        return true;
    }
    return false;
}

} // namespace oom::lowmemorykiller
