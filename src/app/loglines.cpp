// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/loglines.h"

#include "app/lineindexer.h"

#include <algorithm>

namespace {
constexpr std::size_t CachedGroups = 16;
}

bool LogLines::open(const QString &path)
{
    close();
    m_file.setFileName(path);
    return m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void LogLines::close()
{
    m_file.close();
    m_cache.clear();
}

void LogLines::reset()
{
    close();
    m_checkpoints.clear();
    m_lineCount = 0;
}

void LogLines::appendCheckpoints(const QList<qint64> &checkpoints)
{
    m_checkpoints.insert(m_checkpoints.end(), checkpoints.begin(), checkpoints.end());
}

qint64 LogLines::linesInGroup(qint64 groupIndex) const
{
    if (groupIndex < 0 || std::size_t(groupIndex) >= m_checkpoints.size())
        return 0;
    const qint64 firstLine = groupIndex * LineIndexStride + 1;
    return std::clamp<qint64>(m_lineCount - firstLine + 1, 0, LineIndexStride);
}

const QList<QByteArray> &LogLines::group(qint64 groupIndex)
{
    const qint64 wanted = linesInGroup(groupIndex);
    auto cached = std::find_if(m_cache.begin(), m_cache.end(), [&](const Group &g) {
        return g.index == groupIndex && g.wanted == wanted;
    });
    if (cached != m_cache.end()) {
        std::rotate(cached, cached + 1, m_cache.end());
        return m_cache.back().lines;
    }
    if (wanted == 0 || !m_file.isOpen())
        return m_empty;
    std::erase_if(m_cache, [groupIndex](const Group &g) {
        return g.index == groupIndex; // read while the index was shorter
    });
    if (m_cache.size() >= CachedGroups)
        m_cache.erase(m_cache.begin());
    m_cache.push_back({groupIndex, wanted, readGroup(groupIndex)});
    return m_cache.back().lines;
}

QList<QByteArray> LogLines::readGroup(qint64 groupIndex)
{
    const qint64 wanted = linesInGroup(groupIndex);
    QList<QByteArray> lines;
    if (wanted == 0 || !m_file.isOpen() || !m_file.seek(m_checkpoints[std::size_t(groupIndex)]))
        return lines;
    // Read in growing pieces until the group's lines are complete (or the file ends).
    QByteArray data;
    qint64 chunk = 16 * 1024;
    qsizetype from = 0;
    while (lines.size() < wanted) {
        const QByteArray more = m_file.read(chunk);
        const bool atEnd = more.isEmpty();
        data += more;
        chunk = std::min<qint64>(chunk * 2, 4 * 1024 * 1024);
        for (;;) {
            const qsizetype newline = data.indexOf('\n', from);
            if (newline < 0)
                break;
            QByteArray line = data.mid(from, std::min(newline - from, MaxLineBytes));
            if (line.endsWith('\r'))
                line.chop(1);
            lines.append(line);
            from = newline + 1;
            if (lines.size() == wanted)
                break;
        }
        if (atEnd) {
            if (from < data.size() && lines.size() < wanted)
                lines.append(data.mid(from, MaxLineBytes));
            break;
        }
        // A line longer than MaxLineBytes: drop what was already cut away.
        if (from == 0 && data.size() > 64 * MaxLineBytes)
            data.truncate(MaxLineBytes);
    }
    return lines;
}

QString LogLines::line(qint64 number)
{
    if (number < 1 || number > m_lineCount)
        return {};
    const qint64 groupIndex = (number - 1) / LineIndexStride;
    const QList<QByteArray> &lines = group(groupIndex);
    const qsizetype at = qsizetype((number - 1) % LineIndexStride);
    return at < lines.size() ? QString::fromUtf8(lines.at(at)) : QString();
}
