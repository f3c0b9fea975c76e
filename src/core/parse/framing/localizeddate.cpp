// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/framing/localizeddate.h"

#include "core/parse/framing/bytescan.h"

#include <array>

namespace oom::framing {

namespace {

struct MonthName {
    QByteArrayView stem; // lower case where the script has case, UTF-8
    int month;
};

// A name matches when the (ASCII-lowercased) token starts with the stem, so "sept.",
// "march", "mayo" and "сентября" are found through "sep", "mar", "may" and "сен". No stem is
// the start of another month's name in any of these languages (French "juin"/"juil" are
// listed whole for that reason).
constexpr std::array monthNames{
    // C / English, and the stems German, Spanish, Dutch, Portuguese share with it.
    MonthName{"jan", 1}, MonthName{"feb", 2}, MonthName{"mar", 3}, MonthName{"apr", 4},
    MonthName{"may", 5}, MonthName{"jun", 6}, MonthName{"jul", 7}, MonthName{"aug", 8},
    MonthName{"sep", 9}, MonthName{"oct", 10}, MonthName{"nov", 11}, MonthName{"dec", 12},
    // German (de_DE "Mär", "Mai", "Okt", "Dez"; de_AT "Jän")
    MonthName{"mär", 3}, MonthName{"mrz", 3}, MonthName{"mai", 5}, MonthName{"okt", 10},
    MonthName{"dez", 12}, MonthName{"jän", 1},
    // French (fr_FR "janv.", "févr.", "avr.", "juin", "juil.", "août", "déc.")
    MonthName{"févr", 2}, MonthName{"fevr", 2}, MonthName{"avr", 4}, MonthName{"juin", 6},
    MonthName{"juil", 7}, MonthName{"août", 8}, MonthName{"aout", 8}, MonthName{"déc", 12},
    // Spanish (es_ES "ene", "abr", "ago", "dic")
    MonthName{"ene", 1}, MonthName{"abr", 4}, MonthName{"ago", 8}, MonthName{"dic", 12},
    // Italian ("gen", "mag", "giu", "lug", "set", "ott")
    MonthName{"gen", 1}, MonthName{"mag", 5}, MonthName{"giu", 6}, MonthName{"lug", 7},
    MonthName{"set", 9}, MonthName{"ott", 10},
    // Portuguese ("fev", "out"), Dutch ("mrt", "mei")
    MonthName{"fev", 2}, MonthName{"out", 10}, MonthName{"mrt", 3}, MonthName{"mei", 5},
    // Polish ("sty", "lut", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru")
    MonthName{"sty", 1}, MonthName{"lut", 2}, MonthName{"kwi", 4}, MonthName{"maj", 5},
    MonthName{"cze", 6}, MonthName{"lip", 7}, MonthName{"sie", 8}, MonthName{"wrz", 9},
    MonthName{"paź", 10}, MonthName{"lis", 11}, MonthName{"gru", 12},
    // Russian: ru_RU "янв" … "дек" (genitive "мая"); glibc 2.27+ prints "февр", "сент",
    // "нояб", which the stems cover. Capitalised forms appear in some distributions.
    MonthName{"янв", 1}, MonthName{"фев", 2}, MonthName{"мар", 3}, MonthName{"апр", 4},
    MonthName{"мая", 5}, MonthName{"май", 5}, MonthName{"июн", 6}, MonthName{"июл", 7},
    MonthName{"авг", 8}, MonthName{"сен", 9}, MonthName{"окт", 10}, MonthName{"ноя", 11},
    MonthName{"дек", 12}, MonthName{"Янв", 1}, MonthName{"Фев", 2}, MonthName{"Мар", 3},
    MonthName{"Апр", 4}, MonthName{"Мая", 5}, MonthName{"Май", 5}, MonthName{"Июн", 6},
    MonthName{"Июл", 7}, MonthName{"Авг", 8}, MonthName{"Сен", 9}, MonthName{"Окт", 10},
    MonthName{"Ноя", 11}, MonthName{"Дек", 12}};

constexpr QByteArrayView cjkMonth = "\xE6\x9C\x88"; // 月 (zh_CN, zh_TW, ja_JP)
constexpr QByteArrayView koreanMonth = "\xEC\x9B\x94"; // 월 (ko_KR)

int parseNumericCjkMonth(QByteArrayView s, qsizetype &pos)
{
    qint64 month = 0;
    const qsizetype p = readDigits(s, pos, 1, 2, month);
    if (p < 0 || month < 1 || month > 12)
        return 0;
    for (QByteArrayView suffix : {cjkMonth, koreanMonth}) {
        if (startsWithAt(s, p, suffix)) {
            pos = p + suffix.size();
            return int(month);
        }
    }
    return 0;
}

} // namespace

int parseMonthName(QByteArrayView s, qsizetype &pos)
{
    if (pos >= s.size())
        return 0;
    if (isDigit(s[pos]))
        return parseNumericCjkMonth(s, pos);

    // The token: letters of any script (UTF-8 lead and continuation bytes are >= 0x80).
    constexpr qsizetype maxToken = 24;
    char lowered[maxToken];
    qsizetype end = pos;
    while (end < s.size()
           && (isAsciiLetter(s[end]) || static_cast<unsigned char>(s[end]) >= 0x80)) {
        if (end - pos >= maxToken)
            return 0;
        lowered[end - pos] = toLowerAscii(s[end]);
        ++end;
    }
    const QByteArrayView token(lowered, end - pos);
    if (token.size() < 3)
        return 0;
    for (const MonthName &name : monthNames) {
        if (token.startsWith(name.stem)) {
            pos = end;
            if (charAt(s, pos, '.'))
                ++pos;
            return name.month;
        }
    }
    return 0;
}

bool skipWeekdayName(QByteArrayView s, qsizetype &pos)
{
    if (pos >= s.size() || isDigit(s[pos]) || isBlank(s[pos]))
        return false;
    qsizetype end = pos;
    while (end < s.size() && !isBlank(s[end]) && s[end] != ']') {
        if (end - pos >= 16)
            return false;
        ++end;
    }
    pos = end;
    return true;
}

} // namespace oom::framing
