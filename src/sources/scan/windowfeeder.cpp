// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/scan/windowfeeder.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace oom {

namespace {

qint64 findNewline(const char *data, qint64 from, qint64 size)
{
    const void *found = std::memchr(data + from, '\n', std::size_t(size - from));
    return found ? static_cast<const char *>(found) - data : -1;
}

// Last '\n' in data[from, to), or -1.
qint64 findNewlineBackward(const char *data, qint64 from, qint64 to)
{
    if (to <= from)
        return -1;
    const void *found = memrchr(data + from, '\n', std::size_t(to - from));
    return found ? static_cast<const char *>(found) - data : -1;
}

} // namespace

WindowFeeder::WindowFeeder(LineSink &sink, WindowOptions options)
    : m_sink(sink)
    , m_options(options)
{
}

QByteArrayView WindowFeeder::cut(const char *begin, qint64 length) const
{
    if (length > 0 && begin[length - 1] == '\r')
        --length;
    return QByteArrayView(begin, std::min(length, m_options.maxLineBytes));
}

QByteArrayView WindowFeeder::joinedFirstLine(const char *data, qint64 firstLineLength)
{
    m_joined = m_carry;
    const qint64 room = m_options.maxLineBytes + 1 - m_joined.size();
    if (room > 0)
        m_joined.append(data, std::min(room, firstLineLength));
    return cut(m_joined.constData(), m_joined.size());
}

void WindowFeeder::appendCarry(const char *begin, qint64 length)
{
    // The open line keeps one byte beyond the cut, so that a line of exactly
    // maxLineBytes followed by "\r" is still told from a longer one.
    const qint64 room = m_options.maxLineBytes + 1 - m_carry.size();
    if (room > 0 && length > 0)
        m_carry.append(begin, std::min(room, length));
    m_carryLength += length;
}

void WindowFeeder::feed(QByteArrayView line, qint64 number, bool hit)
{
    m_sink.addLine(line, number);
    m_lastFed = number;
    ++m_fedLines;
    if (hit)
        m_feedTo = std::max(m_feedTo, number + m_options.lookaheadLines);
}

void WindowFeeder::addChunk(const char *data, qint64 size, qint64 newlines,
                            std::span<const LineHit> hits)
{
    const bool firstIsHit = m_carryHit || (!hits.empty() && hits.front().lineIndex == 0);
    std::size_t nextHit = 0;
    const auto skipHitsBefore = [&](qint64 index) {
        while (nextHit < hits.size() && hits[nextHit].lineIndex < index)
            ++nextHit;
    };

    // The cursor: line `index` of this chunk starts at `offset` (line 0 continues m_carry).
    qint64 index = 0;
    qint64 offset = 0;
    while (index < newlines) {
        const qint64 number = m_base + index;
        if (m_inWindow && (number <= m_feedTo || m_sink.wantsContext())) {
            const qint64 end = findNewline(data, offset, size);
            Q_ASSERT(end >= 0);
            const QByteArrayView line = index == 0 && m_carryLength > 0
                ? joinedFirstLine(data, end)
                : cut(data + offset, end - offset);
            skipHitsBefore(index);
            const bool hit = (index == 0 && firstIsHit)
                || (nextHit < hits.size() && hits[nextHit].lineIndex == index);
            feed(line, number, hit);
            offset = end + 1;
            ++index;
            continue;
        }
        m_inWindow = false;

        // Jump to the window of the next anchor line, if it ends in this chunk.
        qint64 hitIndex = 0;
        qint64 hitOffset = 0;
        if (index == 0 && firstIsHit) {
            hitIndex = 0;
        } else {
            skipHitsBefore(index);
            if (nextHit == hits.size())
                break;
            hitIndex = hits[nextHit].lineIndex;
            hitOffset = hits[nextHit].offset;
        }
        if (hitIndex >= newlines)
            break; // the open line: decided when it ends

        const qint64 anchor = m_base + hitIndex;
        const qint64 start = std::max(anchor - m_options.lookbackLines, m_lastFed + 1);
        m_feedTo = std::max(m_feedTo, anchor + m_options.lookaheadLines);
        if (m_lastFed > 0 && start > m_lastFed + 1)
            m_sink.addGap();
        if (start < m_base) {
            // Only possible at the chunk's start: anything fed here would put m_lastFed
            // at or after m_base.
            Q_ASSERT(index == 0 && offset == 0);
            for (const TailLine &line : m_tail) {
                if (line.number >= start)
                    feed(line.text, line.number, false);
            }
        } else {
            // Walk back from the anchor line to the window's first line; they all lie
            // between the cursor and the anchor.
            const qint64 target = start - m_base;
            qint64 lineStart = offset;
            if (hitIndex > index)
                lineStart = findNewlineBackward(data, offset, hitOffset) + 1;
            for (qint64 k = hitIndex; k > target; --k)
                lineStart =
                    k - 1 == index ? offset : findNewlineBackward(data, offset, lineStart - 1) + 1;
            index = target;
            offset = lineStart;
        }
        m_inWindow = true;
    }

    if (newlines == 0) {
        // The whole chunk lies inside one line that is still open.
        appendCarry(data, size);
        m_carryHit = m_carryHit || !hits.empty();
        return;
    }
    const qint64 lastNewline = findNewlineBackward(data, 0, size);
    Q_ASSERT(lastNewline >= 0);
    keepTail(data, newlines, lastNewline);
    m_carry.clear();
    m_carryLength = 0;
    appendCarry(data + lastNewline + 1, size - lastNewline - 1);
    m_carryHit = !hits.empty() && hits.back().lineIndex == newlines;
    m_base += newlines;
    // Every line up to here that was not fed held no anchor, and a later window reaches
    // back at most lookbackLines: the sink may treat the input as read that far.
    if (const qint64 settled = lineCount() - m_options.lookbackLines; settled > m_lastFed)
        m_sink.reached(settled);
}

void WindowFeeder::keepTail(const char *data, qint64 newlines, qint64 lastNewline)
{
    // The unfed lines among the last `lookback` complete ones, for a window that an anchor
    // in a later chunk opens.
    const qint64 end = m_base + newlines; // the line still open
    const qint64 low = std::max(end - m_options.lookbackLines, m_lastFed + 1);
    while (!m_tail.empty() && m_tail.front().number < low)
        m_tail.pop_front();
    if (low >= end)
        return;

    std::vector<TailLine> fresh;
    qint64 lineEnd = lastNewline;
    for (qint64 index = newlines - 1; index >= 0 && m_base + index >= low; --index) {
        const qint64 lineStart = index == 0 ? 0 : findNewlineBackward(data, 0, lineEnd) + 1;
        const QByteArrayView text = index == 0 && m_carryLength > 0
            ? joinedFirstLine(data, lineEnd)
            : cut(data + lineStart, lineEnd - lineStart);
        fresh.push_back({m_base + index, text.toByteArray()});
        lineEnd = lineStart - 1;
    }
    for (auto it = fresh.rbegin(); it != fresh.rend(); ++it)
        m_tail.push_back(std::move(*it));
}

void WindowFeeder::finish()
{
    if (m_carryLength == 0)
        return;
    // The last line had no '\n': end it.
    static constexpr char newline = '\n';
    addChunk(&newline, 1, 1, {});
    m_carry.clear();
    m_carryLength = 0;
    m_carryHit = false;
}

} // namespace oom
