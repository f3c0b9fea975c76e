// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QByteArrayView>

namespace oom::framing {

// Month names as strftime("%b") prints them in the locales admins paste from: `dmesg -T`
// and journalctl both format with the reader's LC_TIME, so a log from a zh_CN desktop says
// "9月 18 02:27:12" and one from a ja_JP terminal "[土  9月 11 12:24:42 2021]".
// Accepts English, German, French, Spanish, Italian, Portuguese, Dutch, Polish and Russian
// abbreviations (and the full names they start), an optional trailing '.', and the numeric
// CJK forms "9月" (zh, ja) and "9월" (ko). On success returns 1..12 and moves pos past the
// name; otherwise returns 0 and leaves pos alone.
int parseMonthName(QByteArrayView s, qsizetype &pos);

// Skips a weekday name ("Sat", "六", "土", "토", "sam.", "Сб"): one token that does not
// start with a digit and is at most 16 bytes long. dmesg -T always prints one before the
// month; its value is redundant, so it is not checked against a table.
bool skipWeekdayName(QByteArrayView s, qsizetype &pos);

} // namespace oom::framing
