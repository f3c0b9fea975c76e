// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

// Reads the lines of an indexed log for the log view on a thread of its own, so that the
// GUI thread never reads the file: a read that stalls (a busy disk, a network file system)
// stalls this thread, never the window. The GUI thread asks for groups of LineIndexStride
// lines and finds them decoded in a shared cache once read; it may wait a short, bounded
// time for the ones it is about to paint.
//
// Called from the thread that made it (the GUI thread); its signals come on that thread too.
// The worker never touches this object: it keeps a shared state of its own, so a reader
// deleted while a read hangs does not wait for it (the worker ends when the read returns).
class LogLineReader : public QObject
{
    Q_OBJECT

public:
    // The most lines readText() joins (a selection of a whole multi-GiB log stays bounded).
    static constexpr qint64 MaxTextLines = 100000;

    explicit LogLineReader(const QString &path, QObject *parent = nullptr);
    ~LogLineReader() override;

    // The index grew (LineIndexer's batches): checkpoints appended, lines indexed so far.
    void appendIndex(const QList<qint64> &checkpoints, qint64 lineCount);

    // Group `groupIndex` decoded, complete for the lines indexed so far; nullptr when it is
    // not read yet (ask for it with request()).
    std::shared_ptr<const QStringList> group(qint64 groupIndex) const;
    // Asks for these groups, the first most wanted; they go before what was asked earlier.
    void request(const QList<qint64> &groups);
    // Waits at most `budget` for these groups; true when all of them are read.
    bool waitFor(const QList<qint64> &groups, std::chrono::milliseconds budget) const;
    // Reads lines first..last (at most MaxTextLines), joined by newlines; the answer comes as
    // textRead(ticket, text) with the ticket returned here.
    quint64 readText(qint64 first, qint64 last);

Q_SIGNALS:
    void groupsRead(); // groups asked for are read: group() has them
    void textRead(quint64 ticket, const QString &text);
    void failed(const QString &error); // the file could not be opened: why

private:
    struct State;
    static void run(const QString &path, const std::shared_ptr<State> &state, LogLineReader *reader,
                    const std::shared_ptr<bool> &alive);

    std::shared_ptr<State> m_state;
    std::shared_ptr<bool> m_alive; // false once deleted; read on this object's thread only
};
