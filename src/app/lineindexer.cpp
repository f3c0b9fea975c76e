// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/lineindexer.h"

#include "app/logsource.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryFile>
#include <QThread>

#include <cstring>

LineIndexer::LineIndexer(const QString &displayPath, qint64 maxLine, QObject *parent)
    : QObject(parent)
    , m_displayPath(displayPath)
    , m_maxLine(maxLine)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
}

LineIndexer::~LineIndexer()
{
    m_cancel->store(true);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void LineIndexer::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] {
        run();
    });
    m_thread->start();
}

void LineIndexer::run()
{
    // Results travel to the object's thread as queued calls, so the model only ever
    // changes on the GUI thread.
    auto post = [this](auto function) {
        QMetaObject::invokeMethod(this, std::move(function), Qt::QueuedConnection);
    };

    std::shared_ptr<QTemporaryFile> copy;
    QString readable = LogSource::plainFilePath(m_displayPath);
    if (readable.isEmpty()) {
        copy = std::make_shared<QTemporaryFile>(QDir::tempPath()
                                                + QStringLiteral("/oomlens-log-XXXXXX"));
        if (!copy->open()) {
            const QString error = tr("could not create a temporary copy of %1: %2")
                                      .arg(m_displayPath, copy->errorString());
            post([this, error] {
                Q_EMIT failed(error);
            });
            return;
        }
        readable = copy->fileName();
    }
    post([this, readable, copy] {
        Q_EMIT opened(readable, copy);
    });

    LineIndexBatch pending;
    pending.checkpoints.append(0);
    qint64 offset = 0;
    qint64 lines = 0; // complete lines so far
    bool lineOpen = false; // bytes after the last newline
    bool done = false;
    QElapsedTimer sinceBatch;
    sinceBatch.start();
    QString writeError;

    auto flush = [&](bool final) {
        if (copy)
            copy->flush();
        pending.lineCount = lines + ((final && lineOpen) ? 1 : 0);
        pending.bytesRead = offset;
        post([this, indexed = pending] {
            Q_EMIT batch(indexed);
        });
        pending.checkpoints.clear();
        sinceBatch.restart();
    };

    auto sink = [&](QByteArrayView block) {
        if (copy && copy->write(block.data(), block.size()) != block.size()) {
            writeError = copy->errorString();
            return false;
        }
        const char *data = block.data();
        const qsizetype size = block.size();
        qsizetype from = 0;
        while (from < size) {
            const void *hit = memchr(data + from, '\n', size_t(size - from));
            if (!hit) {
                lineOpen = true;
                break;
            }
            const qsizetype at = static_cast<const char *>(hit) - data;
            ++lines;
            lineOpen = false;
            from = at + 1;
            if (lines % LineIndexStride == 0)
                pending.checkpoints.append(offset + from);
            if (m_maxLine > 0 && lines >= m_maxLine) {
                done = true;
                offset += from;
                return false;
            }
        }
        offset += size;
        if (sinceBatch.elapsed() > 100)
            flush(false);
        return true;
    };

    QString error;
    const bool ok = LogSource::stream(m_displayPath, sink, *m_cancel, &error);
    if (m_cancel->load())
        return;
    if (!writeError.isEmpty()) {
        error = tr("could not write the temporary copy of %1: %2").arg(m_displayPath, writeError);
    } else if (ok || done) {
        // A checkpoint at the very end starts no line.
        if (!pending.checkpoints.isEmpty() && pending.checkpoints.last() == offset && !done
            && !lineOpen)
            pending.checkpoints.removeLast();
        flush(true);
        post([this] {
            Q_EMIT finished();
        });
        return;
    }
    post([this, error] {
        Q_EMIT failed(error);
    });
}
