// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/framing/messageescapes.h"

#include "core/parse/framing/bytescan.h"

namespace oom::framing {

namespace {

bool isOctal(char c)
{
    return c >= '0' && c <= '7';
}

// "#011" (tab), "#012" (newline), "#015" (carriage return). Other control characters stay
// escaped: decoding ESC or BEL into the text would help nobody, and "#0" followed by digits
// is rare enough in real messages ("issue #012") to keep the set this small.
int rsyslogEscapeAt(QByteArrayView s, qsizetype pos)
{
    if (pos + 3 >= s.size() || s[pos] != '#' || s[pos + 1] != '0' || !isOctal(s[pos + 2])
        || !isOctal(s[pos + 3]))
        return -1;
    const int value = (s[pos + 2] - '0') * 8 + (s[pos + 3] - '0');
    return (value == '\t' || value == '\n' || value == '\r') ? value : -1;
}

int kmsgEscapeAt(QByteArrayView s, qsizetype pos)
{
    if (pos + 3 >= s.size() || s[pos] != '\\' || s[pos + 1] != 'x' || !isHexDigit(s[pos + 2])
        || !isHexDigit(s[pos + 3]))
        return -1;
    return hexValue(s[pos + 2]) * 16 + hexValue(s[pos + 3]);
}

template<typename EscapeAt>
bool decode(QByteArrayView message, char introducer, EscapeAt escapeAt, std::string &out,
            std::vector<qsizetype> &breaks)
{
    qsizetype pos = message.indexOf(introducer);
    while (pos >= 0 && escapeAt(message, pos) < 0)
        pos = message.indexOf(introducer, pos + 1);
    if (pos < 0)
        return false;
    out.clear();
    breaks.clear();
    out.append(message.data(), size_t(pos));
    while (pos < message.size()) {
        const int value = message[pos] == introducer ? escapeAt(message, pos) : -1;
        if (value < 0) {
            out.push_back(message[pos]);
            ++pos;
            continue;
        }
        pos += 4;
        if (value == '\n')
            breaks.push_back(qsizetype(out.size()));
        else if (value != '\r')
            out.push_back(char(value));
    }
    return true;
}

} // namespace

bool decodeRsyslogEscapes(QByteArrayView message, std::string &out, std::vector<qsizetype> &breaks)
{
    return decode(message, '#', rsyslogEscapeAt, out, breaks);
}

bool decodeKmsgEscapes(QByteArrayView message, std::string &out, std::vector<qsizetype> &breaks)
{
    return decode(message, '\\', kmsgEscapeAt, out, breaks);
}

} // namespace oom::framing
