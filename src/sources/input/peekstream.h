// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "sources/input/bytestream.h"

#include <QByteArray>

namespace oom {

// Lets the content sniffer look at the start of a stream that can only be read in order
// (a decompressor, an archive member) and then hands every byte on, the peeked ones first.
// Does not own the stream it reads from.
class PeekStream : public ByteStream
{
public:
    explicit PeekStream(ByteStream &source);

    // Reads until `bytes` are buffered or the source ends; returns what is buffered. A read
    // error is kept and reported by read() after the buffered bytes.
    QByteArrayView peek(qint64 bytes);

    qint64 read(char *buffer, qint64 maxSize) override;
    QString errorString() const override;
    std::optional<qint64> size() const override { return m_source.size(); }

private:
    ByteStream &m_source;
    QByteArray m_head;
    qsizetype m_headPos = 0;
    bool m_sourceEnded = false;
    bool m_failed = false;
};

} // namespace oom
