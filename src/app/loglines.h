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
    QString errorString() const { return m_file.errorString(); } // why open() failed

    void appendCheckpoints(const QList<qint64> &checkpoints);
    void setLineCount(qint64 lines) { m_lineCount = lines; }
    qint64 lineCount() const { return m_lineCount; }
    const std::vector<qint64> &checkpoints() const { return m_checkpoints; }

    // Line `number` (1-based), decoded from UTF-8 without its line end; empty when out of
    // range or unreadable.
    QString line(qint64 number);
    // The raw bytes of group `groupIndex`, split in lines (for searches); kept in a small
    // cache while the number of lines indexed in it stays the same.
    const QList<QByteArray> &group(qint64 groupIndex);
    // The same, read from the file each time (for a reader with a cache of its own).
    QList<QByteArray> readGroup(qint64 groupIndex);
    // How many lines group `groupIndex` has with the lines indexed so far.
    qint64 linesInGroup(qint64 groupIndex) const;

private:
    struct Group {
        qint64 index = -1;
        qint64 wanted = 0; // lines indexed in it when it was read: the last one grows
        QList<QByteArray> lines;
    };

    QFile m_file;
    std::vector<qint64> m_checkpoints;
    qint64 m_lineCount = 0;
    std::vector<Group> m_cache; // a handful, most recently used last
    QList<QByteArray> m_empty;
};
