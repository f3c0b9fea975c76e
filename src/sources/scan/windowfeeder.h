// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/parse/pipeline/logparser.h"
#include "sources/input/linesink.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <deque>
#include <span>

namespace oom {

// A line of a chunk that contains an anchor: its index among the chunk's lines (0 is the
// line that contains the chunk's first byte, which may have begun in an earlier chunk) and
// the offset of a byte of it inside the chunk.
struct LineHit {
    qint64 lineIndex = 0;
    qint64 offset = 0;
};

struct WindowOptions {
    int lookbackLines = AnchorWindowLines;
    int lookaheadLines = AnchorWindowLines;
    qint64 maxLineBytes = qint64(1) << 20;
};

// Feeds a LineSink the lines around anchors, given the input as consecutive chunks (split
// anywhere, even inside a line or a "\r\n") with the anchor lines of each already found.
// For an anchor on line H it feeds max(H - lookback, last fed + 1) .. H + lookahead and goes
// on while the sink wants context; addGap() marks every jump over unfed lines. Lines end at
// '\n', lose one trailing '\r', and are cut to maxLineBytes.
//
// Memory: it keeps no chunk. What a later window may need from before the current chunk is
// copied: the line still open at the chunk's end (at most maxLineBytes + 1 bytes, however
// long the line) and the unfed lines of the last `lookback` (already cut, so at most
// lookback * maxLineBytes; a few KiB in real logs). Work is linear in the input: chunks are
// only searched for line ends around anchors and at their ends.
class WindowFeeder
{
public:
    WindowFeeder(LineSink &sink, WindowOptions options = {});

    // `newlines` is the number of '\n' in the chunk; `hits` are ordered by lineIndex.
    void addChunk(const char *data, qint64 size, qint64 newlines, std::span<const LineHit> hits);
    // End of input: the last line if it has no '\n'.
    void finish();

    qint64 lineCount() const { return m_base - 1; } // complete lines so far (all, after finish())
    qint64 fedLineCount() const { return m_fedLines; }

private:
    struct TailLine {
        qint64 number;
        QByteArray text; // already cut
    };

    QByteArrayView cut(const char *begin, qint64 length) const;
    QByteArrayView joinedFirstLine(const char *data, qint64 firstLineLength);
    void feed(QByteArrayView line, qint64 number, bool hit);
    void keepTail(const char *data, qint64 newlines, qint64 lastNewline);
    void appendCarry(const char *begin, qint64 length);

    LineSink &m_sink;
    WindowOptions m_options;

    qint64 m_base = 1; // number of the line that contains the next chunk's first byte
    qint64 m_lastFed = 0;
    qint64 m_feedTo = 0; // feed at least through this line
    bool m_inWindow = false;
    qint64 m_fedLines = 0;

    QByteArray m_carry; // start of the open line, at most maxLineBytes + 1 bytes
    qint64 m_carryLength = 0; // its full length so far
    bool m_carryHit = false;
    QByteArray m_joined; // m_carry plus the open line's end, to feed or keep it

    std::deque<TailLine> m_tail; // unfed lines just before m_base, consecutive
};

} // namespace oom
