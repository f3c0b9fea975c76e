// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/userspace/oomdlines.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

// "82.63%", also when a cut line leaves words after it ("50.00% for").
std::optional<double> toPercent(QStringView text)
{
    if (const qsizetype percent = text.indexOf(u'%'); percent >= 0)
        text = text.left(percent);
    text = text.trimmed();
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

// "(22369452032)" after `key`, e.g. key "swap used (".
std::optional<qint64> parenNumberAfter(QStringView text, QStringView key)
{
    const qsizetype at = text.indexOf(key);
    if (at < 0)
        return std::nullopt;
    const qsizetype start = at + key.size();
    const qsizetype close = text.indexOf(u')', start);
    if (close < 0)
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.mid(start, close - start).toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

// "memory pressure for <monitored> being 82.63% > 50.00% for > 20s with reclaim activity"
void parsePressureReason(QStringView reason, OomdKill &kill)
{
    static constexpr QStringView being = u" being ";
    static constexpr QStringView forMore = u" for > ";
    static constexpr QStringView reclaim = u" with reclaim activity";
    const qsizetype beingAt = reason.indexOf(being);
    if (beingAt < 0) {
        kill.monitoredCgroup = reason.trimmed().toString();
        return;
    }
    kill.monitoredCgroup = reason.left(beingAt).toString();
    const QStringView values = reason.mid(beingAt + being.size());
    const qsizetype greater = values.indexOf(u" > ");
    if (greater < 0) {
        kill.pressurePercent = toPercent(values);
        return;
    }
    kill.pressurePercent = toPercent(values.left(greater));
    const QStringView afterGreater = values.mid(greater + 3);
    const qsizetype forAt = afterGreater.indexOf(forMore);
    if (forAt < 0) {
        kill.limitPercent = toPercent(afterGreater);
        return;
    }
    kill.limitPercent = toPercent(afterGreater.left(forAt));
    QStringView duration = afterGreater.mid(forAt + forMore.size());
    const qsizetype reclaimAt = duration.indexOf(reclaim);
    if (reclaimAt >= 0)
        duration = duration.left(reclaimAt);
    kill.duration = duration.trimmed().toString();
    kill.complete = reclaimAt >= 0 && kill.pressurePercent && kill.limitPercent;
}

// 247-248: "swap used (N) / total (N) being more than 90.00%"; 249+: "memory used (N) /
// total (N) and swap used (N) / total (N) being more than 90.00%" (bytes).
void parseSwapReason(QStringView reason, OomdKill &kill)
{
    kill.swapBased = true;
    if (reason.startsWith(u"memory used (")) {
        kill.memoryUsedBytes = parenNumberAfter(reason, u"memory used (");
        const qsizetype andSwap = reason.indexOf(u" and swap used (");
        kill.memoryTotalBytes =
            parenNumberAfter(andSwap < 0 ? reason : reason.left(andSwap), u"total (");
    }
    const qsizetype swapAt = reason.indexOf(u"swap used (");
    if (swapAt >= 0) {
        const QStringView swapPart = reason.mid(swapAt);
        kill.swapUsedBytes = parenNumberAfter(swapPart, u"swap used (");
        kill.swapTotalBytes = parenNumberAfter(swapPart, u"total (");
    }
    static constexpr QStringView moreThan = u" being more than ";
    const qsizetype moreAt = reason.indexOf(moreThan);
    if (moreAt >= 0) {
        const QStringView limit = reason.mid(moreAt + moreThan.size());
        kill.limitPercent = toPercent(limit);
        kill.complete = limit.trimmed().endsWith(u'%') && kill.limitPercent.has_value();
    }
}

QString withoutCgroupMount(QStringView path)
{
    // cg_get_path() prints the mount point; hybrid hierarchies mount v2 under "unified".
    for (QStringView mount :
         {QStringView(u"/sys/fs/cgroup/unified"), QStringView(u"/sys/fs/cgroup")}) {
        if (path.startsWith(mount) && (path.size() == mount.size() || path[mount.size()] == u'/'))
            return path.size() == mount.size() ? u"/"_s : path.mid(mount.size()).toString();
    }
    return path.toString();
}

} // namespace

std::optional<OomdKill> parseOomdKill(QStringView text)
{
    text = text.trimmed();
    OomdKill kill;
    QStringView rest;
    if (text.startsWith(u"Killed ")) {
        rest = text.mid(7);
    } else if (text.startsWith(u"Marked ")) {
        kill.marked = true;
        rest = text.mid(7);
    } else {
        return std::nullopt;
    }
    // The cgroup path: absolute, or abridged by the author ("..." / "…").
    if (!rest.startsWith(u'/') && !rest.startsWith(u"...") && !rest.startsWith(u'…'))
        return std::nullopt;
    const qsizetype space = rest.indexOf(u' ');
    kill.cgroup = (space < 0 ? rest : rest.left(space)).toString();
    if (space < 0)
        return kill; // wrapped right after the path (corpus 023)

    QStringView tail = rest.mid(space + 1);
    static constexpr QStringView forKilling = u"for killing ";
    if (kill.marked) {
        if (!tail.startsWith(forKilling))
            return QStringView(forKilling).startsWith(tail.trimmed()) ? std::optional(kill)
                                                                      : std::nullopt;
        tail = tail.mid(forKilling.size());
    }
    static constexpr QStringView dueTo = u"due to ";
    if (!tail.startsWith(dueTo)) {
        // "Killed /x" followed by anything else is not oomd's ("Killed process" is the
        // kernel's and fails the path test above).
        if (QStringView(dueTo).startsWith(tail.trimmed()))
            return kill; // wrapped inside "due to"
        return std::nullopt;
    }
    const QStringView reason = tail.mid(dueTo.size());
    if (reason.startsWith(u"memory pressure for "))
        parsePressureReason(reason.mid(20), kill);
    else if (reason.startsWith(u"swap used (") || reason.startsWith(u"memory used ("))
        parseSwapReason(reason, kill);
    return kill;
}

std::optional<OomdDryRun> parseOomdDryRun(QStringView text)
{
    static constexpr QStringView prefix = u"oomd dry-run: Would have tried to kill ";
    text = text.trimmed();
    if (!text.startsWith(prefix))
        return std::nullopt;
    QStringView rest = text.mid(prefix.size());
    OomdDryRun dryRun;
    static constexpr QStringView recurse = u" with recurse=";
    static constexpr QStringView descendants = u" and all its descendants";
    if (const qsizetype at = rest.indexOf(recurse); at >= 0) {
        const QStringView value = rest.mid(at + recurse.size()).trimmed();
        if (value == u"true" || value == u"yes")
            dryRun.recursive = true;
        else if (value == u"false" || value == u"no")
            dryRun.recursive = false;
        rest = rest.left(at);
    } else if (const qsizetype end = rest.indexOf(descendants); end >= 0) {
        dryRun.recursive = true;
        rest = rest.left(end);
    }
    dryRun.cgroup = withoutCgroupMount(rest.trimmed());
    return dryRun;
}

std::optional<int> parseOomdConsidered(QStringView text)
{
    static constexpr QStringView prefix = u"Considered ";
    static constexpr QStringView suffix = u" cgroups for killing";
    text = text.trimmed();
    if (!text.startsWith(prefix))
        return std::nullopt;
    const qsizetype end = text.indexOf(suffix, prefix.size());
    if (end < 0)
        return std::nullopt;
    bool ok = false;
    const int count = text.mid(prefix.size(), end - prefix.size()).toInt(&ok);
    return ok ? std::optional<int>(count) : std::nullopt;
}

bool addOomdCandidateLine(QStringView text, const LineSpan &lines, QList<OomdCandidate> &candidates)
{
    text = text.trimmed();
    const qsizetype colon = text.indexOf(u": ");
    if (colon <= 0)
        return false;
    const QStringView key = text.left(colon);
    const QStringView value = text.mid(colon + 2).trimmed();

    if (key == u"Path") {
        OomdCandidate candidate;
        candidate.path = value.toString();
        candidate.lines = lines;
        candidates.append(candidate);
        return true;
    }
    static constexpr std::array<QStringView, 9> knownKeys = {
        u"Memory Pressure Limit",
        u"Memory Pressure Duration",
        u"Pressure",
        u"Current Memory Usage",
        u"Memory Min",
        u"Memory Low",
        u"Pgscan",
        u"Last Pgscan",
        u"Swap Usage",
    };
    if (std::find(knownKeys.begin(), knownKeys.end(), key) == knownKeys.end())
        return false;
    if (candidates.isEmpty()) {
        // The "Path:" line was lost (cut by the author); keep the values anyway.
        candidates.append(OomdCandidate{});
    }
    OomdCandidate &candidate = candidates.last();
    candidate.lines.extend(lines);

    if (key == u"Pressure") {
        // "Avg10: 84.56 Avg60: 33.68 Avg300: 8.29 Total: 32s"; commas after each value
        // in newer releases. Total is a timespan that may contain spaces ("1min 2s").
        const qsizetype totalAt = value.indexOf(u"Total: ");
        const QStringView averages = totalAt < 0 ? value : value.left(totalAt);
        if (totalAt >= 0)
            candidate.pressureTotal = value.mid(totalAt + 7).trimmed().toString();
        const auto words = averages.split(u' ', Qt::SkipEmptyParts);
        for (qsizetype i = 0; i + 1 < words.size(); ++i) {
            QStringView number = words[i + 1];
            if (number.endsWith(u','))
                number.chop(1);
            if (words[i] == u"Avg10:")
                candidate.pressureAvg10 = toPercent(number);
            else if (words[i] == u"Avg60:")
                candidate.pressureAvg60 = toPercent(number);
            else if (words[i] == u"Avg300:")
                candidate.pressureAvg300 = toPercent(number);
        }
    } else if (key == u"Current Memory Usage") {
        candidate.memoryUsage = value.toString();
    } else if (key == u"Swap Usage") {
        candidate.swapUsage = value.toString();
    } else if (key == u"Pgscan") {
        bool ok = false;
        const qint64 pgscan = value.toLongLong(&ok);
        if (ok)
            candidate.pgscan = pgscan;
    }
    return true;
}

std::optional<QString> parseOomdContextNote(QStringView text)
{
    text = text.trimmed();
    if (text.contains(u"oomd prekill hook"))
        return text.toString();
    if (text.startsWith(u"Rule '") && text.contains(u" conditions met for cgroup "))
        return text.toString();
    return std::nullopt;
}

bool oomdPathMatches(QStringView candidatePath, QStringView cgroup)
{
    if (candidatePath.isEmpty() || cgroup.isEmpty())
        return false;
    if (candidatePath == cgroup)
        return true;
    QStringView tail;
    if (candidatePath.startsWith(u"..."))
        tail = candidatePath.mid(3);
    else if (candidatePath.startsWith(u'…'))
        tail = candidatePath.mid(1);
    else
        return false;
    return !tail.isEmpty() && cgroup.endsWith(tail);
}

} // namespace oom
