// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/follow/kmsgrecord.h"

#include "sources/input/linesink.h"

#include "core/parse/framing/messageescapes.h"

#include <string>
#include <vector>

namespace oom {

namespace {

// Reads a decimal field of at most maxDigits digits ending with `terminator`; returns the
// position after the terminator, or -1.
qsizetype readField(QByteArrayView s, qsizetype pos, int maxDigits, char terminator, quint64 &value)
{
    value = 0;
    qsizetype p = pos;
    while (p < s.size() && s[p] >= '0' && s[p] <= '9' && p - pos < maxDigits) {
        value = value * 10 + quint64(s[p] - '0');
        ++p;
    }
    if (p == pos || p >= s.size() || s[p] != terminator)
        return -1;
    return p + 1;
}

} // namespace

std::optional<KmsgRecord> parseKmsgRecord(QByteArrayView bytes)
{
    KmsgRecord record;
    quint64 priority = 0;
    quint64 usec = 0;
    qsizetype p = readField(bytes, 0, 4, ',', priority);
    if (p < 0)
        return std::nullopt;
    // The sequence number and timestamp are u64 (up to 20 digits); 19 keep them in range.
    p = readField(bytes, p, 19, ',', record.sequence);
    if (p < 0)
        return std::nullopt;
    p = readField(bytes, p, 19, ',', usec);
    if (p < 0 || p >= bytes.size())
        return std::nullopt;
    record.facility = int(priority >> 3);
    record.level = int(priority & 7);
    record.timestampUsec = qint64(usec);
    switch (bytes[p]) {
    case 'c': record.continuation = KmsgRecord::Continuation::Begins; break;
    case '+': record.continuation = KmsgRecord::Continuation::Continues; break;
    case '-': break;
    default: return std::nullopt;
    }
    // Fields added after the flags (5.1's ",caller=T123") are skipped up to the ';'.
    const qsizetype semicolon = bytes.indexOf(';', p);
    const qsizetype firstNewline = bytes.indexOf('\n');
    if (semicolon < 0 || (firstNewline >= 0 && firstNewline < semicolon))
        return std::nullopt;
    const qsizetype end = firstNewline < 0 ? bytes.size() : firstNewline;
    record.line = bytes.first(end);
    record.text = bytes.sliced(semicolon + 1, end - semicolon - 1);
    if (firstNewline >= 0) {
        record.dictionary = bytes.sliced(firstNewline + 1);
        if (record.dictionary.endsWith('\n'))
            record.dictionary.chop(1);
    }
    return record;
}

QByteArray decodeKmsgText(QByteArrayView text)
{
    std::string decoded;
    std::vector<qsizetype> breaks;
    if (!framing::decodeKmsgEscapes(text, decoded, breaks))
        return text.toByteArray();
    // decodeKmsgEscapes() drops the newlines and lists where they were; put them back.
    QByteArray out;
    out.reserve(qsizetype(decoded.size() + breaks.size()));
    qsizetype from = 0;
    for (const qsizetype at : breaks) {
        out.append(decoded.data() + from, at - from);
        out.append('\n');
        from = at;
    }
    out.append(decoded.data() + from, qsizetype(decoded.size()) - from);
    return out;
}

void KmsgLineAssembler::add(const KmsgRecord &record, LineSink &sink)
{
    // The jump in sequence numbers says how many records were lost; EPIPE only says that
    // some were (and comes before the first record after them).
    const bool skipped = m_lastSequence && record.sequence > *m_lastSequence + 1;
    if (skipped)
        m_lost += record.sequence - *m_lastSequence - 1;
    m_lastSequence = record.sequence;
    if (skipped || m_overrun) {
        flush(sink);
        sink.addGap(); // nothing after the lost records joins with anything before them
        m_overrun = false;
    }
    if (record.continuation == KmsgRecord::Continuation::Continues && !m_pending.isEmpty()) {
        m_pending.append(record.text.data(), record.text.size());
        return;
    }
    flush(sink);
    m_pending.append(record.line.data(), record.line.size());
}

void KmsgLineAssembler::overrun()
{
    m_overrun = true;
}

void KmsgLineAssembler::flush(LineSink &sink)
{
    if (m_pending.isEmpty())
        return;
    sink.addLine(m_pending, ++m_lines);
    m_pending.resize(0); // keeps the capacity for the next record
}

} // namespace oom
