// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "sources/input/bytestream.h"

#include <QByteArray>
#include <QByteArrayView>

namespace oom {

// Splits a ByteStream into lines for the readers that must look at every line (journal
// dumps, supportconfig sections, /dev/kmsg records). Memory stays bounded: a line longer
// than maxLineBytes is cut there and the rest of it skipped. Line numbers count every "\n"
// of the stream, so they match what a text editor shows.
class LineReader
{
public:
    static constexpr qsizetype DefaultMaxLineBytes = 1024 * 1024;

    explicit LineReader(ByteStream &stream, qsizetype maxLineBytes = DefaultMaxLineBytes);

    // The next line without its "\n" (and without a trailing "\r"); false at the end of the
    // stream or on a read error. The view stays valid until the next call.
    bool next(QByteArrayView *line);
    // Consumes exactly `count` raw bytes (journal export's binary field values), keeping the
    // first `keepMax` of them in *out. False if the stream ends first or fails.
    bool readRaw(qint64 count, QByteArray *out, qint64 keepMax);

    qint64 lineNumber() const { return m_lineNumber; } // of the line next() returned last
    bool lastLineCut() const { return m_lastCut; }
    bool failed() const { return m_failed; }
    QString errorString() const { return m_stream.errorString(); }
    qint64 bytesRead() const { return m_bytesRead; }

private:
    bool fill();

    ByteStream &m_stream;
    qsizetype m_maxLineBytes;
    QByteArray m_buffer;
    qsizetype m_begin = 0;
    qsizetype m_end = 0;
    QByteArray m_longLine;
    qint64 m_lineNumber = 0;
    qint64 m_bytesRead = 0;
    bool m_atEnd = false;
    bool m_failed = false;
    bool m_lastCut = false;
};

} // namespace oom
