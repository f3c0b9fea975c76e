// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/loglinereader.h"

#include "app/lineindexer.h"
#include "app/loglines.h"

#include <QCoreApplication>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace {
// The decoded groups kept: a few screens around the view. Bounded by characters too: a
// line may be up to LogLines::MaxLineBytes long. The fewest kept are the view's own.
constexpr std::size_t MaxCachedGroups = 64;
constexpr std::size_t MinCachedGroups = 8;
constexpr qsizetype MaxCachedChars = 8 * 1024 * 1024;
// Requests beyond these were asked for long ago (the view has moved on): dropped.
constexpr std::size_t MaxQueuedGroups = 32;
} // namespace

struct LogLineReader::State {
    struct Cached {
        qint64 index = -1;
        qint64 lines = 0; // lines indexed in the group when it was read
        std::shared_ptr<const QStringList> text;
        qsizetype chars = 0;
    };
    struct TextJob {
        quint64 ticket = 0;
        qint64 first = 0;
        qint64 last = 0;
    };

    std::mutex mutex;
    std::condition_variable work; // the worker: something to do, or stop
    std::condition_variable groupRead; // waitFor(): the cache has a new group
    std::thread worker;
    bool stop = false;
    bool reading = false; // the worker is in a read, without the mutex
    bool failed = false;
    bool notifyPosted = false; // a groupsRead() is on its way to the GUI thread

    // The index as the GUI thread knows it; the worker takes newCheckpoints over.
    qint64 groupCount = 0;
    qint64 lineCount = 0;
    QList<qint64> newCheckpoints;

    std::vector<Cached> cache; // most recently used last
    qsizetype cachedChars = 0;
    std::deque<qint64> queue; // most wanted first
    std::optional<TextJob> text;
    quint64 lastTicket = 0;

    qint64 linesIn(qint64 group) const
    {
        if (group < 0 || group >= groupCount)
            return 0;
        return std::clamp<qint64>(lineCount - group * LineIndexStride, 0, LineIndexStride);
    }
    // The cached group, complete for the lines indexed now; end() otherwise.
    std::vector<Cached>::iterator find(qint64 group)
    {
        return std::find_if(cache.begin(), cache.end(), [&](const Cached &c) {
            return c.index == group && c.lines == linesIn(group);
        });
    }
    bool has(qint64 group) { return find(group) != cache.end(); }
    void store(Cached read)
    {
        std::erase_if(cache, [&](const Cached &c) {
            if (c.index == read.index)
                cachedChars -= c.chars; // read while the index was shorter
            return c.index == read.index;
        });
        cachedChars += read.chars;
        cache.push_back(std::move(read));
        while (cache.size() > MinCachedGroups
               && (cache.size() > MaxCachedGroups || cachedChars > MaxCachedChars)) {
            cachedChars -= cache.front().chars;
            cache.erase(cache.begin());
        }
    }
    // Posts `call` to the GUI thread unless the reader is being deleted (mutex held).
    template<typename Call>
    void post(const std::shared_ptr<bool> &alive, Call call)
    {
        if (stop)
            return;
        QMetaObject::invokeMethod(QCoreApplication::instance(), [alive, call = std::move(call)] {
            if (*alive)
                call();
        });
    }
};

LogLineReader::LogLineReader(const QString &path, QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<State>())
    , m_alive(std::make_shared<bool>(true))
{
    m_state->worker = std::thread(&LogLineReader::run, path, m_state, this, m_alive);
}

LogLineReader::~LogLineReader()
{
    *m_alive = false;
    bool reading = false;
    {
        const std::lock_guard lock(m_state->mutex);
        m_state->stop = true;
        reading = m_state->reading;
    }
    m_state->work.notify_all();
    // A worker waiting for work ends at once; one inside a read that may hang is left to
    // end when the read returns (it then sees `stop` and posts nothing).
    if (reading)
        m_state->worker.detach();
    else
        m_state->worker.join();
}

void LogLineReader::appendIndex(const QList<qint64> &checkpoints, qint64 lineCount)
{
    {
        const std::lock_guard lock(m_state->mutex);
        m_state->newCheckpoints += checkpoints;
        m_state->groupCount += checkpoints.size();
        m_state->lineCount = lineCount;
    }
    m_state->work.notify_all();
}

std::shared_ptr<const QStringList> LogLineReader::group(qint64 groupIndex) const
{
    const std::lock_guard lock(m_state->mutex);
    const auto cached = m_state->find(groupIndex);
    if (cached == m_state->cache.end())
        return nullptr;
    std::rotate(cached, cached + 1, m_state->cache.end());
    return m_state->cache.back().text;
}

void LogLineReader::request(const QList<qint64> &groups)
{
    {
        const std::lock_guard lock(m_state->mutex);
        std::deque<qint64> &queue = m_state->queue;
        for (auto it = groups.crbegin(); it != groups.crend(); ++it) {
            if (m_state->linesIn(*it) == 0 || m_state->has(*it))
                continue;
            std::erase(queue, *it);
            queue.push_front(*it);
        }
        if (queue.size() > MaxQueuedGroups)
            queue.resize(MaxQueuedGroups);
    }
    m_state->work.notify_all();
}

bool LogLineReader::waitFor(const QList<qint64> &groups, std::chrono::milliseconds budget) const
{
    std::unique_lock lock(m_state->mutex);
    return m_state->groupRead.wait_for(lock, budget, [&] {
        return m_state->failed || std::all_of(groups.cbegin(), groups.cend(), [&](qint64 g) {
                   return m_state->linesIn(g) == 0 || m_state->has(g);
               });
    }) && !m_state->failed;
}

quint64 LogLineReader::readText(qint64 first, qint64 last)
{
    quint64 ticket = 0;
    {
        const std::lock_guard lock(m_state->mutex);
        ticket = ++m_state->lastTicket;
        m_state->text = State::TextJob{ticket, first, std::min(last, first + MaxTextLines - 1)};
    }
    m_state->work.notify_all();
    return ticket;
}

void LogLineReader::run(const QString &path, const std::shared_ptr<State> &state,
                        LogLineReader *reader, const std::shared_ptr<bool> &alive)
{
    LogLines lines;
    std::unique_lock lock(state->mutex);
    if (state->stop)
        return; // deleted before the worker began: do not open what may block
    state->reading = true;
    lock.unlock();
    const bool opened = lines.open(path);
    lock.lock();
    state->reading = false;
    if (!opened) {
        state->failed = true;
        state->groupRead.notify_all();
        const QString error = lines.errorString();
        state->post(alive, [reader, error] {
            Q_EMIT reader->failed(error);
        });
        return;
    }
    for (;;) {
        state->work.wait(lock, [&] {
            return state->stop || !state->queue.empty() || state->text;
        });
        if (state->stop)
            return;
        lines.appendCheckpoints(std::exchange(state->newCheckpoints, {}));
        lines.setLineCount(state->lineCount);

        if (const std::optional<State::TextJob> job = std::exchange(state->text, std::nullopt)) {
            state->reading = true;
            lock.unlock();
            QStringList text;
            for (qint64 line = job->first; line <= job->last; ++line)
                text.append(lines.line(line));
            lock.lock();
            state->reading = false;
            state->post(alive, [reader, ticket = job->ticket, joined = text.join(u'\n')] {
                Q_EMIT reader->textRead(ticket, joined);
            });
            continue;
        }

        const qint64 group = state->queue.front();
        state->queue.pop_front();
        if (state->has(group))
            continue;
        State::Cached read;
        read.index = group;
        read.lines = lines.linesInGroup(group);
        state->reading = true;
        lock.unlock();
        auto text = std::make_shared<QStringList>();
        for (const QByteArray &raw : lines.readGroup(group)) {
            text->append(QString::fromUtf8(raw));
            read.chars += text->constLast().size();
        }
        read.text = std::move(text);
        lock.lock();
        state->reading = false;
        state->store(std::move(read));
        state->groupRead.notify_all();
        if (!state->notifyPosted) {
            state->post(alive, [reader, state] {
                {
                    const std::lock_guard posted(state->mutex);
                    state->notifyPosted = false;
                }
                Q_EMIT reader->groupsRead();
            });
            state->notifyPosted = true;
        }
    }
}
