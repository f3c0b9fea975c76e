// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/logsearch.h"

#include "app/lineindexer.h"
#include "app/loglines.h"

#include <QThread>

#include <optional>

LogSearch::LogSearch(QObject *parent)
    : QObject(parent)
{
}

LogSearch::~LogSearch()
{
    cancel();
}

QRegularExpression LogSearch::expressionOf(const Query &query)
{
    return QRegularExpression(query.regex ? query.pattern
                                          : QRegularExpression::escape(query.pattern),
                              query.caseSensitive ? QRegularExpression::NoPatternOption
                                                  : QRegularExpression::CaseInsensitiveOption);
}

bool LogSearch::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void LogSearch::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void LogSearch::start(const QString &path, std::vector<qint64> checkpoints, qint64 lineCount,
                      const Query &query)
{
    cancel();
    const QRegularExpression expression = expressionOf(query);
    if (query.pattern.isEmpty() || !expression.isValid()) {
        Q_EMIT invalidPattern(query.pattern.isEmpty() ? tr("Type something to search for.")
                                                      : expression.errorString());
        return;
    }
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    m_thread = QThread::create([this, path, checkpoints = std::move(checkpoints), lineCount, query,
                                expression, cancelFlag]() mutable {
        LogLines lines;
        std::optional<qint64> hit;
        if (lines.open(path)) {
            lines.appendCheckpoints(QList<qint64>(checkpoints.begin(), checkpoints.end()));
            lines.setLineCount(lineCount);
            // Lines in search order after (or before) the start, wrapping around once.
            for (qint64 step = 1; step <= lineCount && !cancelFlag->load(); ++step) {
                qint64 line = query.forward ? query.fromLine + step : query.fromLine - step;
                line = ((line - 1) % lineCount + lineCount) % lineCount + 1;
                if (expression.match(lines.line(line)).hasMatch()) {
                    hit = line;
                    break;
                }
            }
        }
        if (cancelFlag->load())
            return;
        QMetaObject::invokeMethod(
            this,
            [this, hit] {
                if (hit)
                    Q_EMIT found(*hit);
                else
                    Q_EMIT notFound();
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}
