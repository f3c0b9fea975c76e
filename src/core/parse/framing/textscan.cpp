// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/framing/textscan.h"

using namespace Qt::StringLiterals;

namespace oom::textscan {

namespace {
bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}
bool isSeparator(QChar c)
{
    return c == u',' || c == u' ' || c == u'\t';
}
} // namespace

std::optional<qint64> leadingInt(QStringView text, qsizetype *consumed)
{
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && text[i] == u'-') {
        negative = true;
        ++i;
    }
    const qsizetype digitsStart = i;
    qint64 value = 0;
    while (i < text.size() && isDigit(text[i])) {
        if (value > (std::numeric_limits<qint64>::max() - 9) / 10)
            return std::nullopt; // overflow: garbage, not a kernel number
        value = value * 10 + (text[i].unicode() - '0');
        ++i;
    }
    if (i == digitsStart)
        return std::nullopt;
    if (consumed)
        *consumed = i;
    return negative ? -value : value;
}

std::optional<qint64> toInt(QStringView text)
{
    qsizetype consumed = 0;
    const auto value = leadingInt(text, &consumed);
    if (!value || consumed != text.size())
        return std::nullopt;
    return value;
}

std::optional<qint64> kbValue(QStringView text)
{
    qsizetype consumed = 0;
    const auto value = leadingInt(text, &consumed);
    if (!value)
        return std::nullopt;
    const QStringView unit = text.mid(consumed);
    if (unit.compare(u"kB", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return value;
}

QStringView tokenAfter(QStringView text, QStringView key)
{
    const qsizetype at = text.indexOf(key);
    if (at < 0)
        return {};
    const qsizetype start = at + key.size();
    qsizetype end = start;
    while (end < text.size() && !isSeparator(text[end]))
        ++end;
    return text.mid(start, end - start);
}

std::optional<qint64> intAfter(QStringView text, QStringView key)
{
    const qsizetype at = text.indexOf(key);
    if (at < 0)
        return std::nullopt;
    return leadingInt(text.mid(at + key.size()));
}

QList<KeyValue> keyValues(QStringView text)
{
    QList<KeyValue> result;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text[i].isSpace())
            ++i;
        const qsizetype keyStart = i;
        while (i < n && text[i] != u':' && !text[i].isSpace())
            ++i;
        if (i >= n || text[i] != u':')
            continue; // a word without a value ("all_unreclaimable?", a cut token)
        const QStringView key = text.mid(keyStart, i - keyStart);
        ++i; // ':'
        // "shmem_thp: 0kB": before 6.6 three THP fields had a space after the colon.
        if (i < n && text[i] == u' ' && i + 1 < n && isDigit(text[i + 1]))
            ++i;
        const qsizetype valueStart = i;
        while (i < n && !text[i].isSpace() && text[i] != u',')
            ++i;
        const QStringView valueText = text.mid(valueStart, i - valueStart);
        if (i < n && text[i] == u',')
            ++i;
        qsizetype consumed = 0;
        const auto value = leadingInt(valueText, &consumed);
        if (!value || key.isEmpty())
            continue;
        const QStringView unit = valueText.mid(consumed);
        KeyValue kv;
        kv.key = key.toString();
        kv.value = *value;
        kv.hasKb = unit.compare(u"kB", Qt::CaseInsensitive) == 0;
        if (!kv.hasKb && !unit.isEmpty())
            continue; // "12abc": damaged
        result.append(kv);
    }
    return result;
}

std::optional<bool> allUnreclaimable(QStringView text)
{
    const qsizetype at = text.indexOf(u"all_unreclaimable? ");
    if (at < 0)
        return std::nullopt;
    const QStringView answer = text.mid(at + 19);
    if (answer.startsWith(u"yes"))
        return true;
    if (answer.startsWith(u"no"))
        return false;
    return std::nullopt;
}

bool startsWithDigit(QStringView text)
{
    return !text.isEmpty() && isDigit(text[0]);
}

bool isHexWord(QStringView text)
{
    if (text.size() < 8)
        return false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F')))
            return false;
    }
    return true;
}

} // namespace oom::textscan
