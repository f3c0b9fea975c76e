// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/report/jsonwriter.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace oom {

JsonWriter::JsonWriter(int inlineDepth)
    : m_inlineDepth(inlineDepth)
{
    m_out.reserve(FlushSize * 2);
}

JsonWriter::JsonWriter(int inlineDepth, Sink sink)
    : m_sink(std::move(sink))
    , m_inlineDepth(inlineDepth)
{
    m_out.reserve(FlushSize * 2);
}

void JsonWriter::newline()
{
    m_out.push_back('\n');
    m_out.append(std::size_t(m_stack.size()) * 2, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_stack.isEmpty())
        return;
    Level &level = m_stack.back();
    Q_ASSERT(!level.object); // an object's values come after key()
    if (!level.first)
        m_out.append(level.inlined ? ", " : ",", level.inlined ? 2 : 1);
    level.first = false;
    if (!level.inlined)
        newline();
}

void JsonWriter::key(const char *name)
{
    flushIfFull();
    Q_ASSERT(!m_stack.isEmpty() && m_stack.back().object && !m_afterKey);
    Level &level = m_stack.back();
    if (!level.first)
        m_out.append(level.inlined ? ", " : ",", level.inlined ? 2 : 1);
    level.first = false;
    if (!level.inlined)
        newline();
    m_out.push_back('"');
    m_out.append(name);
    m_out.append("\": ", 3);
    m_afterKey = true;
}

void JsonWriter::open(char bracket, bool object)
{
    beforeValue();
    const bool inlined =
        (!m_stack.isEmpty() && m_stack.back().inlined) || m_stack.size() + 1 >= m_inlineDepth;
    m_out.push_back(bracket);
    m_stack.append({object, true, inlined});
}

void JsonWriter::close(char bracket)
{
    Q_ASSERT(!m_stack.isEmpty() && !m_afterKey);
    const Level level = m_stack.back();
    m_stack.pop_back();
    if (!level.inlined && !level.first)
        newline();
    m_out.push_back(bracket);
}

void JsonWriter::beginObject()
{
    open('{', true);
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::beginArray()
{
    open('[', false);
}

void JsonWriter::endArray()
{
    close(']');
}

void JsonWriter::null()
{
    beforeValue();
    raw("null", 4);
}

void JsonWriter::value(bool v)
{
    beforeValue();
    v ? raw("true", 4) : raw("false", 5);
}

void JsonWriter::value(qint64 v)
{
    beforeValue();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    raw(buf, r.ptr - buf);
}

void JsonWriter::value(double v)
{
    beforeValue();
    if (!std::isfinite(v)) {
        raw("null", 4); // JSON has no NaN or infinity
        return;
    }
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v); // shortest round-trip form
    raw(buf, r.ptr - buf);
}

void JsonWriter::latin1(const char *v)
{
    beforeValue();
    m_out.push_back('"');
    m_out.append(v);
    m_out.push_back('"');
}

void JsonWriter::value(QStringView v)
{
    beforeValue();
    static const char hex[] = "0123456789abcdef";
    m_out.push_back('"');
    for (qsizetype i = 0; i < v.size();) {
        const char16_t c = v[i].unicode();
        if (c >= 0x80) {
            // A run of non-ASCII (surrogate pairs stay together) converted at once.
            qsizetype end = i + 1;
            while (end < v.size() && v[end].unicode() >= 0x80)
                ++end;
            const QByteArray utf8 = v.sliced(i, end - i).toUtf8();
            m_out.append(utf8.constData(), std::size_t(utf8.size()));
            i = end;
            continue;
        }
        ++i;
        if (c >= 0x20 && c != u'"' && c != u'\\') {
            m_out.push_back(char(c));
            continue;
        }
        switch (c) {
        case u'"': raw("\\\"", 2); break;
        case u'\\': raw("\\\\", 2); break;
        case u'\n': raw("\\n", 2); break;
        case u'\t': raw("\\t", 2); break;
        case u'\r': raw("\\r", 2); break;
        default: {
            const char esc[6] = {'\\', 'u', '0', '0', hex[(c >> 4) & 0xf], hex[c & 0xf]};
            raw(esc, 6);
        }
        }
    }
    m_out.push_back('"');
}

std::string JsonWriter::take()
{
    Q_ASSERT(m_stack.isEmpty() && !m_sink);
    m_out.push_back('\n');
    return std::move(m_out);
}

void JsonWriter::finish()
{
    Q_ASSERT(m_stack.isEmpty() && m_sink);
    m_out.push_back('\n');
    m_sink(m_out);
    m_out.clear();
}

} // namespace oom
