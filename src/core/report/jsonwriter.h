// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/units.h"

#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace oom {

// A streaming JSON writer for the snapshot. QJsonObject builds a tree of 10,000 task
// objects and sorts their keys before a byte is written: a third of the snapshot's time
// budget (issue 4 §5, 150 ms of one core for 10,000 processes). This one appends to one
// buffer, keeps the order the caller writes (the contract fixes it) and writes
// containers from `inlineDepth` down on one line, so a task or a cgroup is one line that
// grep and jq both handle. Nothing is validated beyond what a debug assert catches; the
// callers are the two snapshot writers.
class JsonWriter
{
public:
    // Receives the text in pieces of about 64 KiB; the buffer is reused between them, so a
    // document of 10,000 tasks never occupies more than that (no fresh pages to fault in).
    using Sink = std::function<void(std::string_view)>;

    // Keeps the whole document for take().
    explicit JsonWriter(int inlineDepth = 3);
    // Hands the text to `sink` as it grows; finish() writes the rest.
    JsonWriter(int inlineDepth, Sink sink);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The key of the next value; ASCII, written as is (no escaping needed).
    void key(const char *name);

    void null();
    void value(bool v);
    void value(qint64 v);
    void value(int v) { value(qint64(v)); }
    void value(double v);
    void value(QStringView v); // UTF-16 escaped as JSON requires, written as UTF-8
    void value(const QString &v) { value(QStringView(v)); }
    void latin1(const char *v); // a literal known to need no escaping ("v2", "Normal")

    // Unknown is null, never 0 (RANK-SNAPSHOT-CONTRACT.md).
    void value(const std::optional<qint64> &v) { v ? value(*v) : null(); }
    void value(const std::optional<int> &v) { v ? value(qint64(*v)) : null(); }
    void value(const std::optional<bool> &v) { v ? value(*v) : null(); }
    void value(const std::optional<KiB> &v) { v ? value(v->value) : null(); }
    void value(const std::optional<Pages> &v) { v ? value(v->value) : null(); }
    void value(const std::optional<Bytes> &v) { v ? value(v->value) : null(); }
    void value(const std::optional<QString> &v) { v ? value(QStringView(*v)) : null(); }
    // An empty string as null: for values where "" cannot be meant (comm, a path).
    void stringOrNull(const QString &v) { v.isEmpty() ? null() : value(QStringView(v)); }

    template<typename T>
    void field(const char *name, const T &v)
    {
        key(name);
        value(v);
    }

    // The document, ending with a newline (without a sink).
    std::string take();
    // Ends the document with a newline and hands the rest to the sink.
    void finish();

private:
    struct Level {
        bool object = false;
        bool first = true;
        bool inlined = false;
    };
    void beforeValue();
    void newline();
    void open(char bracket, bool object);
    void close(char bracket);
    void raw(const char *text, qsizetype size) { m_out.append(text, std::size_t(size)); }
    void flushIfFull()
    {
        if (m_sink && m_out.size() >= FlushSize) {
            m_sink(m_out);
            m_out.clear();
        }
    }

    static constexpr std::size_t FlushSize = 64 * 1024;

    std::string m_out; // push_back is inline here; QByteArray::append(char) is not (Qt 6.4)
    Sink m_sink;
    QVarLengthArray<Level, 16> m_stack;
    int m_inlineDepth;
    bool m_afterKey = false;
};

} // namespace oom
