// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/input/linereader.h"

#include <cstring>

namespace oom {

namespace {
constexpr qsizetype ChunkBytes = 256 * 1024;
}

LineReader::LineReader(ByteStream &stream, qsizetype maxLineBytes)
    : m_stream(stream)
    , m_maxLineBytes(qMax<qsizetype>(maxLineBytes, 1))
{
}

bool LineReader::fill()
{
    if (m_atEnd || m_failed)
        return false;
    if (m_begin > 0) {
        std::memmove(m_buffer.data(), m_buffer.constData() + m_begin, size_t(m_end - m_begin));
        m_end -= m_begin;
        m_begin = 0;
    }
    if (m_buffer.size() - m_end < ChunkBytes)
        m_buffer.resize(m_end + ChunkBytes);
    const qint64 n = m_stream.read(m_buffer.data() + m_end, m_buffer.size() - m_end);
    if (n < 0) {
        m_failed = true;
        return false;
    }
    if (n == 0) {
        m_atEnd = true;
        return false;
    }
    m_end += qsizetype(n);
    m_bytesRead += n;
    return true;
}

bool LineReader::next(QByteArrayView *line)
{
    m_lastCut = false;
    m_longLine.clear();
    qsizetype scanFrom = m_begin;
    for (;;) {
        const char *start = m_buffer.constData() + scanFrom;
        const void *nl =
            scanFrom < m_end ? std::memchr(start, '\n', size_t(m_end - scanFrom)) : nullptr;
        if (nl) {
            const qsizetype pos = static_cast<const char *>(nl) - m_buffer.constData();
            QByteArrayView view(m_buffer.constData() + m_begin, pos - m_begin);
            m_begin = pos + 1;
            if (m_lastCut) {
                const qsizetype room = m_maxLineBytes - m_longLine.size();
                if (room > 0)
                    m_longLine.append(view.first(qMin(room, view.size())));
                view = m_longLine;
            }
            if (view.endsWith('\r'))
                view.chop(1);
            *line = view;
            ++m_lineNumber;
            return true;
        }
        // No newline in what is buffered: a line longer than the limit keeps its start and
        // drops the rest, so a 10 MB line costs no more than the limit.
        if (m_end - m_begin >= m_maxLineBytes) {
            if (!m_lastCut) {
                m_longLine = QByteArray(m_buffer.constData() + m_begin, m_maxLineBytes);
                m_lastCut = true;
            }
            m_begin = m_end;
        }
        scanFrom = m_end - m_begin; // offset after the compaction fill() does
        if (!fill()) {
            if (m_end > m_begin || m_lastCut) {
                QByteArrayView view(m_buffer.constData() + m_begin, m_end - m_begin);
                if (m_lastCut)
                    view = m_longLine;
                m_begin = m_end;
                if (view.endsWith('\r'))
                    view.chop(1);
                *line = view;
                ++m_lineNumber;
                return true;
            }
            return false;
        }
        scanFrom += m_begin;
    }
}

bool LineReader::readRaw(qint64 count, QByteArray *out, qint64 keepMax)
{
    out->clear();
    while (count > 0) {
        if (m_begin == m_end && !fill())
            return false;
        const qsizetype take = qsizetype(qMin<qint64>(count, m_end - m_begin));
        const QByteArrayView piece(m_buffer.constData() + m_begin, take);
        const qint64 room = keepMax - out->size();
        if (room > 0)
            out->append(piece.first(qsizetype(qMin<qint64>(room, take))));
        m_lineNumber += piece.count('\n');
        m_begin += take;
        count -= take;
    }
    return true;
}

} // namespace oom
