// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// Small scanning helpers shared by the kernel-line parsers. Kernel lines are ASCII with a
// handful of shapes ("key:123kB", "key=value", "N*4kB"); hand-written scanning keeps the
// parsers fast and tolerant of the damage that pasting does to them.
namespace oom::textscan {

// A decimal integer, optionally negative; the whole view must be the number.
std::optional<qint64> toInt(QStringView text);
// "123kB", "123KB", "123kb" -> 123; nullopt when the unit or digits are missing.
std::optional<qint64> kbValue(QStringView text);
// Leading decimal digits of `text` (after optional '-'); advances *consumed.
std::optional<qint64> leadingInt(QStringView text, qsizetype *consumed = nullptr);
// The value after `key` up to the next separator (',', ' ', tab or end).
std::optional<qint64> intAfter(QStringView text, QStringView key);
QStringView tokenAfter(QStringView text, QStringView key);

struct KeyValue {
    QString key;
    qint64 value = 0;
    bool hasKb = false;
};

// Splits "free:61900kB boost:0kB min:61948kB all_unreclaimable? no" style text into
// key/value pairs. Tokens without a number (cut lines, "unevi    ctable:0kB") are skipped;
// "shmem_thp: 0kB" (a space after the colon, kernels before 6.6) is one pair.
QList<KeyValue> keyValues(QStringView text);

// "yes"/"no" after "all_unreclaimable? "
std::optional<bool> allUnreclaimable(QStringView text);

bool startsWithDigit(QStringView text);
bool isHexWord(QStringView text);

} // namespace oom::textscan
