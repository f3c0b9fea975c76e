// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/parse/framing/logrecord.h"

#include <QList>

#include <optional>

namespace oom {

// Re-joins kernel report lines that a mail client or a narrow terminal wrapped (the
// shapes are in wrappedlines.h): a record that may be the first half of one waits for the
// next record; when that one is an unprefixed line right after it that completes the
// shape, the two become one record marked `rejoined`. Everything else passes through in
// order, so at most one record is held back.
class RecordJoiner
{
public:
    // Appends to `out` the records that are ready.
    void add(LogRecord record, QList<LogRecord> &out);
    // Hands out the record held back (a gap, the end of input, a live log gone quiet).
    void flush(QList<LogRecord> &out);

private:
    std::optional<LogRecord> m_pending;
};

} // namespace oom
