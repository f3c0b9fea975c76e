// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QObject>
#include <QRegularExpression>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

// One search through an indexed log (next or previous match of a text or a regular
// expression), on a worker thread: a match near the end of a multi-GiB file never blocks
// the window. A new search cancels the one running.
class LogSearch : public QObject
{
    Q_OBJECT

public:
    struct Query {
        QString pattern;
        bool regex = false;
        bool caseSensitive = false;
        qint64 fromLine = 0; // the search starts after (forward) or before (backward) it
        bool forward = true;
    };

    explicit LogSearch(QObject *parent = nullptr);
    ~LogSearch() override;

    // What a query matches: its pattern as a regular expression, or as plain text.
    static QRegularExpression expressionOf(const Query &query);

    // Searches `path` with the index given; wraps around once.
    void start(const QString &path, std::vector<qint64> checkpoints, qint64 lineCount,
               const Query &query);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void found(qint64 line);
    void notFound();
    void invalidPattern(const QString &error);

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread *m_thread = nullptr;
};
