// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QtGlobal>

namespace oom {

// Physical line numbers (1-based) in the input a value came from. Every value that the
// GUI can show keeps one, so every statement can point at its evidence.
struct LineSpan {
    qint64 first = 0;
    qint64 last = 0;

    bool isValid() const { return first > 0 && last >= first; }
    void extend(const LineSpan &other)
    {
        if (!other.isValid())
            return;
        if (!isValid()) {
            *this = other;
            return;
        }
        first = qMin(first, other.first);
        last = qMax(last, other.last);
    }
    bool operator==(const LineSpan &) const = default;
};

} // namespace oom
