// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/input/journaldump.h"

#include "sources/input/journalentry.h"
#include "sources/input/linereader.h"
#include "sources/input/linesink.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

// A MESSAGE longer than this is cut (no OOM line comes near it); other fields are short.
constexpr qint64 MaxFieldBytes = 1024 * 1024;
// A json-pretty object that grows past this is dropped instead of filling memory.
constexpr qsizetype MaxJsonObjectBytes = 16 * 1024 * 1024;

bool isWantedField(QByteArrayView key)
{
    return key == "MESSAGE" || key == "__REALTIME_TIMESTAMP" || key == "_SOURCE_MONOTONIC_TIMESTAMP"
        || key == "_HOSTNAME" || key == "SYSLOG_IDENTIFIER" || key == "_COMM" || key == "_PID"
        || key == "SYSLOG_PID" || key == "_TRANSPORT";
}

QByteArray jsonBytes(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toUtf8();
    if (value.isDouble())
        return QByteArray::number(value.toInteger());
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (!array.isEmpty() && (array.first().isArray() || array.first().isString()))
            return jsonBytes(array.first()); // a repeated field
        QByteArray bytes;
        bytes.reserve(array.size());
        for (const QJsonValue &byte : array)
            bytes.append(char(byte.toInt()));
        return bytes;
    }
    return QByteArray();
}

} // namespace

JournalDumpStats feedJournalExport(LineReader &reader, LineSink &sink)
{
    JournalDumpStats stats;
    JournalEntry entry;
    qint64 messageLine = 0;
    bool hasFields = false;

    auto flush = [&] {
        if (messageLine > 0) {
            emitJournalEntry(entry, messageLine, sink);
            ++stats.entries;
        } else if (hasFields) {
            ++stats.malformed; // an entry without MESSAGE has nothing to say
        }
        entry = JournalEntry();
        messageLine = 0;
        hasFields = false;
    };

    QByteArrayView line;
    QByteArray value;
    while (reader.next(&line)) {
        if (line.isEmpty()) {
            flush();
            continue;
        }
        hasFields = true;
        const qsizetype eq = line.indexOf('=');
        if (eq >= 0) {
            const QByteArrayView key = line.first(eq);
            if (key == "MESSAGE")
                messageLine = reader.lineNumber();
            if (isWantedField(key))
                entry.setField(key, line.sliced(eq + 1));
            continue;
        }
        // A binary field: the line is the key alone, the size and data follow.
        const QByteArray key = line.toByteArray();
        const qint64 keyLine = reader.lineNumber();
        QByteArray sizeBytes;
        if (!reader.readRaw(8, &sizeBytes, 8))
            break;
        quint64 size = 0;
        for (int i = 7; i >= 0; --i)
            size = (size << 8) | quint8(sizeBytes[i]);
        if (size > quint64(std::numeric_limits<qint64>::max() / 2)
            || !reader.readRaw(qint64(size), &value, MaxFieldBytes)) {
            ++stats.malformed;
            break;
        }
        QByteArray newline;
        if (!reader.readRaw(1, &newline, 1) || newline != "\n") {
            ++stats.malformed;
            break;
        }
        if (key == "MESSAGE")
            messageLine = keyLine;
        if (isWantedField(key))
            entry.setField(key, value);
    }
    flush();
    return stats;
}

JournalDumpStats feedJournalJson(LineReader &reader, LineSink &sink)
{
    JournalDumpStats stats;
    QByteArray object;
    qint64 objectLine = 0;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool oversized = false;
    // -o json puts one object on each line: there a line that does not close its object is
    // damaged on its own and must not swallow the lines after it. Known from the first
    // object; json-pretty spreads objects over lines.
    std::optional<bool> oneObjectPerLine;

    auto finishObject = [&] {
        QJsonParseError error{};
        const QJsonDocument doc =
            oversized ? QJsonDocument() : QJsonDocument::fromJson(object, &error);
        if (oversized || error.error != QJsonParseError::NoError || !doc.isObject()) {
            ++stats.malformed;
        } else {
            const QJsonObject json = doc.object();
            const QJsonValue message = json.value(u"MESSAGE"_s);
            if (message.isUndefined() || message.isNull()) {
                ++stats.malformed;
            } else {
                JournalEntry entry;
                for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
                    const QByteArray key = it.key().toUtf8();
                    if (isWantedField(key))
                        entry.setField(key, jsonBytes(it.value()));
                }
                emitJournalEntry(entry, objectLine, sink);
                ++stats.entries;
            }
        }
        object.clear();
        oversized = false;
    };

    QByteArrayView line;
    while (reader.next(&line)) {
        if (depth == 0) {
            line = line.trimmed();
            if (line.isEmpty())
                continue;
            if (!line.startsWith('{')) {
                ++stats.malformed;
                continue;
            }
            objectLine = reader.lineNumber();
        }
        if (object.size() + line.size() > MaxJsonObjectBytes)
            oversized = true;
        if (!oversized) {
            object.append(line);
            object.append('\n');
        }
        // Track the nesting outside strings to know where an object ends.
        for (const char c : line) {
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                --depth;
            }
        }
        if (depth <= 0) {
            if (!oneObjectPerLine)
                oneObjectPerLine = reader.lineNumber() == objectLine;
            depth = 0;
            inString = false;
            finishObject();
        } else if (oneObjectPerLine.value_or(false)) {
            depth = 0;
            inString = false;
            escaped = false;
            object.clear();
            oversized = false;
            ++stats.malformed;
        }
    }
    if (depth > 0)
        finishObject(); // cut in the middle of an object
    return stats;
}

} // namespace oom
