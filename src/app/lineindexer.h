// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTemporaryFile>

#include <atomic>
#include <memory>

class QThread;

// Where every LineIndex::Stride-th line starts in a log, built on a worker thread.
//
// A sparse index keeps a multi-GiB log cheap to hold: one offset per 64 lines is 1.25 MiB
// for a 1 GiB log of 100-byte lines, where one per line would be 80 MiB. Reading a line
// means reading at most 63 lines before it, a few KiB from the page cache.
struct LineIndexBatch {
    QList<qint64> checkpoints; // offsets of lines 1 + k·Stride, continuing the last batch
    qint64 lineCount = 0; // lines known so far (complete ones; the last line at the end)
    qint64 bytesRead = 0;
};

inline constexpr qint64 LineIndexStride = 64;

// Indexes one input (LogSource) on its own thread. An input with layers (compressed, an
// archive member) is decompressed into a private temporary file on the way, so the log view
// reads every input the same way: a plain file and the index.
class LineIndexer : public QObject
{
    Q_OBJECT

public:
    // `maxLine` > 0 stops after that line (an incident's raw report needs no more).
    LineIndexer(const QString &displayPath, qint64 maxLine, QObject *parent = nullptr);
    ~LineIndexer() override; // cancels and joins

    void start();

Q_SIGNALS:
    // `readablePath` is where the bytes are (the input itself, or the temporary copy, which
    // `copy` keeps alive). Sent once, before the first batch.
    void opened(const QString &readablePath, std::shared_ptr<QTemporaryFile> copy);
    void batch(const LineIndexBatch &batch);
    void finished();
    void failed(const QString &error);

private:
    void run();

    const QString m_displayPath;
    const qint64 m_maxLine;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread *m_thread = nullptr;
};
