// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/kernel/memcglines.h"

#include "core/parse/framing/textscan.h"

using namespace Qt::StringLiterals;

namespace oom::memcglines {

std::optional<TaskInLine> parseTaskIn(QStringView text)
{
    static constexpr QStringView start = u"Task in ";
    static constexpr QStringView middle = u" killed as a result of limit of ";
    if (!text.startsWith(start))
        return std::nullopt;
    const qsizetype at = text.indexOf(middle);
    if (at < 0) {
        // A line cut before the second path still names the task's memcg.
        const qsizetype killed = text.indexOf(u" killed");
        if (killed < 0)
            return std::nullopt;
        return TaskInLine{text.mid(start.size(), killed - start.size()).toString(), {}};
    }
    TaskInLine line;
    line.taskCgroup = text.mid(start.size(), at - start.size()).toString();
    QStringView oom = text.mid(at + middle.size()).trimmed();
    // Joined lines (a lost newline) continue with the next record's "[12.34]" stamp.
    if (const qsizetype bracket = oom.indexOf(u'['); bracket > 0)
        oom = oom.left(bracket);
    line.oomCgroup = oom.toString();
    return line;
}

std::optional<QString> parseLimitReached(QStringView text)
{
    static constexpr QStringView start = u"Memory limit reached of cgroup ";
    if (!text.startsWith(start))
        return std::nullopt;
    return text.mid(start.size()).trimmed().toString();
}

bool isUnlimitedKb(qint64 kb)
{
    return kb >= (qint64(1) << 52);
}

std::optional<CounterLine> parseCounter(QStringView text)
{
    CounterLine line;
    qsizetype skip = 0;
    if (text.startsWith(u"memory: usage ")) {
        line.kind = CounterKind::Memory;
        skip = 7;
    } else if (text.startsWith(u"memory+swap: usage ")) {
        line.kind = CounterKind::MemorySwap;
        skip = 12;
    } else if (text.startsWith(u"kmem: usage ")) {
        line.kind = CounterKind::Kmem;
        skip = 5;
    } else if (text.startsWith(u"swap: usage ")) {
        line.kind = CounterKind::Swap;
        skip = 5;
    } else {
        return std::nullopt;
    }
    const QStringView body = text.mid(skip);
    line.counter.usageKb = quantity<KiB>(textscan::intAfter(body, u"usage "));
    if (const auto limit = textscan::intAfter(body, u"limit ")) {
        if (isUnlimitedKb(*limit))
            line.counter.unlimited = true;
        else
            line.counter.limitKb = KiB(*limit);
    }
    line.counter.failcnt = textscan::intAfter(body, u"failcnt ");
    return line;
}

std::optional<StatsHeader> parseStatsHeader(QStringView text)
{
    if (!text.startsWith(u"Memory cgroup stats"))
        return std::nullopt;
    StatsHeader header;
    QStringView rest = text.mid(19);
    if (rest.startsWith(u" for "))
        rest = rest.mid(5);
    // The path ends at ": " (inline body) or at the final ':'.
    const qsizetype inlineAt = rest.indexOf(u": ");
    if (inlineAt >= 0) {
        header.cgroup = rest.left(inlineAt).toString();
        header.inlineBody = rest.mid(inlineAt + 2);
    } else {
        QStringView path = rest.trimmed();
        if (path.endsWith(u':'))
            path.chop(1);
        header.cgroup = path.toString();
    }
    if (header.cgroup.startsWith(u':'))
        header.cgroup.clear(); // 3.9: "Memory cgroup stats:" without a path
    return header;
}

QList<std::pair<QString, qint64>> parseInlineStats(QStringView body)
{
    QList<std::pair<QString, qint64>> values;
    for (const auto &kv : textscan::keyValues(body)) {
        if (kv.hasKb)
            values.append({kv.key, kv.value});
    }
    return values;
}

std::optional<std::pair<QString, qint64>> parseStatBodyLine(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const qsizetype space = trimmed.indexOf(u' ');
    if (space <= 0)
        return std::nullopt;
    const QStringView key = trimmed.left(space);
    for (QChar c : key) {
        if (!(c.isLower() || c.isDigit() || c == u'_'))
            return std::nullopt;
    }
    const auto value = textscan::toInt(trimmed.mid(space + 1).trimmed());
    if (!value)
        return std::nullopt;
    return std::pair{key.toString(), *value};
}

std::optional<ProtectionLine> parseProtection(QStringView text)
{
    static constexpr QStringView start = u"Memory cgroup min protection ";
    if (!text.startsWith(start))
        return std::nullopt;
    ProtectionLine line;
    const QStringView rest = text.mid(start.size());
    qsizetype consumed = 0;
    const auto min = textscan::leadingInt(rest, &consumed);
    const auto low = textscan::intAfter(rest, u"low protection ");
    if (!min || !low)
        return std::nullopt;
    line.minKb = KiB(*min);
    line.lowKb = KiB(*low);
    return line;
}

} // namespace oom::memcglines
