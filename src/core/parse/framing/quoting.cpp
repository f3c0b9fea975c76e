// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/framing/quoting.h"

#include "core/parse/framing/bytescan.h"

#include <cstring>

namespace oom::framing {

qsizetype skipQuoteMarks(QByteArrayView line, bool &quoted)
{
    quoted = false;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype mark = skipBlanks(line, pos);
        if (mark >= line.size())
            break;
        const char c = line[mark];
        // '|' only with a blank (or nothing) after it, so "|" inside text stays.
        const bool isMark =
            c == '>' || (c == '|' && (mark + 1 == line.size() || line[mark + 1] == ' '));
        if (!isMark)
            break;
        quoted = true;
        pos = mark + 1;
        if (pos < line.size() && line[pos] == ' ')
            ++pos;
    }
    return pos;
}

bool hasQuotedPrintableMarker(QByteArrayView line)
{
    return line.contains("=3D") || line.contains("=E2=80=");
}

namespace {

bool isUpperHex(char c)
{
    return isDigit(c) || (c >= 'A' && c <= 'F');
}

} // namespace

bool isQuotedPrintableLine(QByteArrayView line)
{
    line = chopTrailingBlanks(line);
    for (qsizetype pos = line.indexOf('='); pos >= 0; pos = line.indexOf('=', pos + 1)) {
        if (pos + 1 == line.size())
            return true;
        if (pos + 2 >= line.size() || !isUpperHex(line[pos + 1]) || !isUpperHex(line[pos + 2]))
            return false;
    }
    return true;
}

bool decodeQuotedPrintable(QByteArrayView in, std::string &out)
{
    qsizetype pos = in.indexOf('=');
    while (pos >= 0 && !(pos + 2 < in.size() && isUpperHex(in[pos + 1]) && isUpperHex(in[pos + 2])))
        pos = in.indexOf('=', pos + 1);
    if (pos < 0)
        return false;
    out.clear();
    out.append(in.data(), size_t(pos));
    while (pos < in.size()) {
        const char c = in[pos];
        if (c == '=' && pos + 2 < in.size() && isUpperHex(in[pos + 1]) && isUpperHex(in[pos + 2])) {
            out.push_back(char(hexValue(in[pos + 1]) * 16 + hexValue(in[pos + 2])));
            pos += 3;
        } else {
            out.push_back(c);
            ++pos;
        }
    }
    return true;
}

bool unescapeMarkdown(QByteArrayView in, std::string &out)
{
    auto escapable = [](char c) {
        return c == '<' || c == '>' || c == '_' || c == '*' || c == '[' || c == ']' || c == '#'
            || c == '|' || c == '`';
    };
    qsizetype pos = in.indexOf('\\');
    while (pos >= 0 && !(pos + 1 < in.size() && escapable(in[pos + 1])))
        pos = in.indexOf('\\', pos + 1);
    if (pos < 0)
        return false;
    out.clear();
    out.append(in.data(), size_t(pos));
    while (pos < in.size()) {
        if (in[pos] == '\\' && pos + 1 < in.size() && escapable(in[pos + 1])) {
            out.push_back(in[pos + 1]);
            pos += 2;
        } else {
            out.push_back(in[pos]);
            ++pos;
        }
    }
    return true;
}

bool sanitizeControlBytes(QByteArrayView in, std::string &out)
{
    const char *data = in.data();
    const size_t size = size_t(in.size());
    if (size == 0 || (!std::memchr(data, '\0', size) && !std::memchr(data, '\x1b', size)))
        return false;
    out.clear();
    out.reserve(size + 8);
    size_t i = 0;
    while (i < size) {
        const char c = data[i];
        if (c == '\0') {
            out.append("\xEF\xBF\xBD"); // U+FFFD REPLACEMENT CHARACTER
            ++i;
        } else if (c == '\x1b' && i + 1 < size && data[i + 1] == '[') {
            // CSI: parameters and intermediates up to a final byte in 0x40..0x7e.
            i += 2;
            while (i < size && !(data[i] >= 0x40 && data[i] <= 0x7e))
                ++i;
            if (i < size)
                ++i;
        } else if (c == '\x1b' && i + 1 < size && data[i + 1] == ']') {
            // OSC (terminal titles, hyperlinks): up to BEL or ST.
            i += 2;
            while (i < size && data[i] != '\x07'
                   && !(data[i] == '\x1b' && i + 1 < size && data[i + 1] == '\\'))
                ++i;
            if (i < size)
                i += data[i] == '\x07' ? 1 : 2;
        } else if (c == '\x1b') {
            i += i + 1 < size ? 2 : 1; // a two-byte escape such as ESC ( B
        } else {
            out.push_back(c);
            ++i;
        }
    }
    return true;
}

} // namespace oom::framing
