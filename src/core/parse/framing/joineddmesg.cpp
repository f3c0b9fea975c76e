// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/framing/joineddmesg.h"

#include "core/parse/framing/bytescan.h"
#include "core/parse/framing/dmesgtimestamp.h"

namespace oom::framing {

namespace {

QByteArrayView chopDanglingTimestamp(QByteArrayView text)
{
    const qsizetype open = text.lastIndexOf('[');
    if (open < 0)
        return text;
    qsizetype p = skipBlanks(text, open + 1);
    const qsizetype digits = p;
    while (p < text.size() && (isDigit(text[p]) || text[p] == '.'))
        ++p;
    if (p == digits || p != text.size())
        return text;
    return text.first(open);
}

} // namespace

bool splitJoinedDmesg(QByteArrayView message, double uptime, int fractionDigits,
                      std::vector<JoinedRecord> &records)
{
    qsizetype start = 0;
    qsizetype from = 0;
    double current = uptime;
    bool split = false;
    for (;;) {
        const qsizetype open = message.indexOf('[', from);
        if (open < 0)
            break;
        double next = 0;
        int digits = 0;
        const qsizetype close = parseUptimeBracket(message, open, next, digits);
        if (close > 0 && digits == fractionDigits && next >= current) {
            if (!split)
                records.clear();
            records.push_back({message.sliced(start, open - start), current});
            current = next;
            start = skipCallerId(message, close);
            if (start < message.size() && isBlank(message[start]))
                ++start;
            from = start;
            split = true;
            continue;
        }
        from = open + 1;
    }
    if (split)
        records.push_back({chopDanglingTimestamp(message.sliced(start)), current});
    return split;
}

} // namespace oom::framing
