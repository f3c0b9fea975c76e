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

const QList<QByteArray> &LogLines::group(qint64 groupIndex)
{
    auto cached = std::find_if(m_cache.begin(), m_cache.end(), [groupIndex](const Group &g) {
        return g.index == groupIndex;
    });
    if (cached != m_cache.end()) {
        std::rotate(cached, cached + 1, m_cache.end());
        return m_cache.back().lines;
    }
    if (groupIndex < 0 || std::size_t(groupIndex) >= m_checkpoints.size() || !m_file.isOpen())
        return m_empty;

    const qint64 start = m_checkpoints[std::size_t(groupIndex)];
    const qint64 firstLine = groupIndex * LineIndexStride + 1;
    const qint64 wanted = std::min<qint64>(LineIndexStride, m_lineCount - firstLine + 1);
    Group group;
    group.index = groupIndex;
    if (wanted > 0 && m_file.seek(start)) {
        // Read in growing pieces until the group's lines are complete (or the file ends).
        QByteArray data;
        qint64 chunk = 16 * 1024;
        qsizetype from = 0;
        while (group.lines.size() < wanted) {
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
                group.lines.append(line);
                from = newline + 1;
                if (group.lines.size() == wanted)
                    break;
            }
            if (atEnd) {
                if (from < data.size() && group.lines.size() < wanted)
                    group.lines.append(data.mid(from, MaxLineBytes));
                break;
            }
            // A line longer than MaxLineBytes: drop what was already cut away.
            if (from == 0 && data.size() > 64 * MaxLineBytes)
                data.truncate(MaxLineBytes);
        }
    }
    if (m_cache.size() >= CachedGroups)
        m_cache.erase(m_cache.begin());
    m_cache.push_back(std::move(group));
    return m_cache.back().lines;
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
