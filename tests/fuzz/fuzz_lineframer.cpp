// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// libFuzzer target: arbitrary bytes, split into lines, through the framing layer. It must
// never crash, hang or read out of bounds, and every record it makes must point at lines
// that exist.

#include "core/parse/framing/lineframer.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    oom::LineFramer framer;
    QList<oom::LogRecord> records;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    qint64 number = 0;
    qsizetype start = 0;
    while (start <= input.size()) {
        qsizetype end = input.indexOf('\n', start);
        if (end < 0)
            end = input.size();
        const QByteArrayView line = input.sliced(start, end - start);
        start = end + 1;
        ++number;
        // Gaps at arbitrary places, as a scanner that feeds windows makes them.
        if (!line.isEmpty() && line.front() == '\x01')
            framer.addGap(records);
        framer.addLine(line, number, records);
    }
    framer.finish(records);
    for (const oom::LogRecord &record : std::as_const(records)) {
        if (!record.lines.isValid() || record.lines.last > number)
            std::abort();
    }
    return 0;
}
