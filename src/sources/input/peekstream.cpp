// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/input/peekstream.h"

#include <cstring>

namespace oom {

PeekStream::PeekStream(ByteStream &source)
    : m_source(source)
{
}

QByteArrayView PeekStream::peek(qint64 bytes)
{
    while (m_head.size() < bytes && !m_sourceEnded && !m_failed) {
        const qsizetype have = m_head.size();
        m_head.resize(qsizetype(bytes));
        const qint64 n = m_source.read(m_head.data() + have, bytes - have);
        m_head.resize(have + qsizetype(qMax<qint64>(n, 0)));
        if (n < 0)
            m_failed = true;
        else if (n == 0)
            m_sourceEnded = true;
    }
    return QByteArrayView(m_head).sliced(m_headPos);
}

qint64 PeekStream::read(char *buffer, qint64 maxSize)
{
    if (m_headPos < m_head.size()) {
        const qint64 n = qMin<qint64>(maxSize, m_head.size() - m_headPos);
        std::memcpy(buffer, m_head.constData() + m_headPos, size_t(n));
        m_headPos += qsizetype(n);
        if (m_headPos == m_head.size()) {
            m_head = QByteArray();
            m_headPos = 0;
        }
        return n;
    }
    if (m_failed)
        return -1;
    if (m_sourceEnded)
        return 0;
    return m_source.read(buffer, maxSize);
}

QString PeekStream::errorString() const
{
    return m_source.errorString();
}

} // namespace oom
