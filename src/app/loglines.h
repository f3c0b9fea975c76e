// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <vector>

// Lines of an indexed log by number, read from the file only when asked (the visible rows
// of the log view, the lines a search looks at). Keeps a few recently read groups of
// LineIndexStride lines decoded. One instance per thread: it is not thread-safe.
class LogLines
{
public:
    // The longest line shown; longer ones are cut (a binary blob in a log should not make
    // a row of megabytes).
    static constexpr qsizetype MaxLineBytes = 16 * 1024;

    bool open(const QString &path); // false when the file cannot be opened
    void close();
    void reset(); // closed, no index
    bool isOpen() const { return m_file.isOpen(); }

    void appendCheckpoints(const QList<qint64> &checkpoints);
    void setLineCount(qint64 lines) { m_lineCount = lines; }
    qint64 lineCount() const { return m_lineCount; }
    const std::vector<qint64> &checkpoints() const { return m_checkpoints; }

    // Line `number` (1-based), decoded from UTF-8 without its line end; empty when out of
    // range or unreadable.
    QString line(qint64 number);
    // The raw bytes of the group containing `number`, split in lines (for searches).
    const QList<QByteArray> &group(qint64 groupIndex);

private:
    struct Group {
        qint64 index = -1;
        QList<QByteArray> lines;
    };

    QFile m_file;
    std::vector<qint64> m_checkpoints;
    qint64 m_lineCount = 0;
    std::vector<Group> m_cache; // a handful, most recently used last
    QList<QByteArray> m_empty;
};
