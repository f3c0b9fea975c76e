// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/proc/procsystem.h"

#include "core/parse/proc/procscan.h"

#include <charconv>

namespace oom::procparse {

using namespace procscan;

MemInfoTable parseMemInfo(QByteArrayView text)
{
    MemInfoTable table;
    LineIterator lines(text);
    QByteArrayView line;
    while (lines.next(line)) {
        // Per-node files prefix every line with "Node %d " (drivers/base/node.c).
        if (startsWith(line, "Node ")) {
            qsizetype pos = 5;
            const QByteArrayView node = nextToken(line, pos);
            if (!toInt(node))
                continue;
            line = line.sliced(pos);
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArrayView key = trimmed(line.first(colon));
        qsizetype pos = colon + 1;
        const auto value = toInt(nextToken(line, pos));
        if (key.isEmpty() || !value)
            continue;
        const QByteArrayView unit = nextToken(line, pos);
        if (unit == "kB")
            table.kb.append(latin1(key), *value);
        else if (unit.isEmpty())
            table.counts.append(latin1(key), *value);
        // any other unit: not a meminfo line of any kernel we know; skip it
    }
    return table;
}

KeyedCounters parseVmstat(QByteArrayView text)
{
    KeyedCounters counters;
    LineIterator lines(text);
    QByteArrayView line;
    while (lines.next(line)) {
        qsizetype pos = 0;
        const QByteArrayView key = nextToken(line, pos);
        const auto value = toInt(nextToken(line, pos));
        if (key.isEmpty() || !value || !nextToken(line, pos).isEmpty())
            continue;
        counters.append(latin1(key), *value);
    }
    return counters;
}

QList<SwapDevice> parseSwaps(QByteArrayView text)
{
    QList<SwapDevice> devices;
    LineIterator lines(text);
    QByteArrayView line;
    while (lines.next(line)) {
        // The filename is escaped, so the row has exactly five blank-separated tokens.
        QByteArrayView tokens[5];
        qsizetype pos = 0;
        int n = 0;
        for (; n < 5; ++n) {
            tokens[n] = nextToken(line, pos);
            if (tokens[n].isEmpty())
                break;
        }
        if (n < 5 || !nextToken(line, pos).isEmpty())
            continue;
        const auto size = toInt(tokens[2]);
        const auto used = toInt(tokens[3]);
        const auto priority = toInt(tokens[4]);
        if (!size || !used || !priority) // the header line, or damage
            continue;
        SwapDevice device;
        device.filename = unescapeOctal(tokens[0]); // seq_file_path() escapes blanks
        device.type = latin1(tokens[1]);
        device.size = KiB(*size);
        device.used = KiB(*used);
        device.priority = int(*priority);
        devices.append(device);
    }
    return devices;
}

namespace {

std::optional<double> toDouble(QByteArrayView s)
{
    double value = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size())
        return std::nullopt;
    return value;
}

} // namespace

std::optional<PsiLine> parsePsiLine(QByteArrayView line)
{
    qsizetype pos = 0;
    nextToken(line, pos); // "some" / "full"
    PsiLine psi;
    int seen = 0;
    for (QByteArrayView token = nextToken(line, pos); !token.isEmpty();
         token = nextToken(line, pos)) {
        const qsizetype eq = token.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArrayView key = token.first(eq);
        const QByteArrayView value = token.sliced(eq + 1);
        if (key == "total") {
            if (const auto v = toInt(value)) {
                psi.totalUs = *v;
                seen |= 8;
            }
            continue;
        }
        const auto v = toDouble(value);
        if (!v)
            continue;
        if (key == "avg10") {
            psi.avg10 = *v;
            seen |= 1;
        } else if (key == "avg60") {
            psi.avg60 = *v;
            seen |= 2;
        } else if (key == "avg300") {
            psi.avg300 = *v;
            seen |= 4;
        }
    }
    if (seen != 15)
        return std::nullopt;
    return psi;
}

std::optional<Pressure> parsePressure(QByteArrayView text)
{
    Pressure pressure;
    LineIterator lines(text);
    QByteArrayView line;
    while (lines.next(line)) {
        if (startsWith(line, "some "))
            pressure.some = parsePsiLine(line);
        else if (startsWith(line, "full "))
            pressure.full = parsePsiLine(line);
    }
    if (pressure.isEmpty())
        return std::nullopt;
    return pressure;
}

std::optional<double> parseUptime(QByteArrayView text)
{
    qsizetype pos = 0;
    return toDouble(nextToken(text, pos));
}

std::optional<qint64> parseSingleInt(QByteArrayView text)
{
    return toInt(trimmed(text));
}

QList<int> parseIntList(QByteArrayView text)
{
    QList<int> values;
    qsizetype pos = 0;
    for (QByteArrayView token = nextToken(text, pos); !token.isEmpty();
         token = nextToken(text, pos)) {
        if (const auto v = toInt(token))
            values.append(int(*v));
    }
    return values;
}

std::optional<QList<int>> parseNodeList(QByteArrayView text)
{
    constexpr qint64 maxEntries = 4096;
    QList<int> nodes;
    const QByteArrayView list = trimmed(text);
    if (list.isEmpty())
        return nodes;
    qsizetype begin = 0;
    while (begin <= list.size()) {
        qsizetype end = list.indexOf(',', begin);
        if (end < 0)
            end = list.size();
        const QByteArrayView part = list.sliced(begin, end - begin);
        const qsizetype dash = part.indexOf('-');
        const auto first = toInt(dash < 0 ? part : part.first(dash));
        const auto last = dash < 0 ? first : toInt(part.sliced(dash + 1));
        if (!first || !last || *first < 0 || *last < *first || *last - *first >= maxEntries
            || nodes.size() + (*last - *first) >= maxEntries)
            return std::nullopt;
        for (qint64 n = *first; n <= *last; ++n)
            nodes.append(int(n));
        begin = end + 1;
    }
    return nodes;
}

std::optional<ThpChoice> parseChoice(QByteArrayView text)
{
    ThpChoice choice;
    qsizetype pos = 0;
    for (QByteArrayView token = nextToken(text, pos); !token.isEmpty();
         token = nextToken(text, pos)) {
        if (token.size() > 2 && token.front() == '[' && token.back() == ']') {
            token = token.sliced(1, token.size() - 2);
            choice.selected = latin1(token);
        }
        choice.choices.append(latin1(token));
    }
    if (choice.choices.isEmpty())
        return std::nullopt;
    return choice;
}

} // namespace oom::procparse
