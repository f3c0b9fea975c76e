// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// libFuzzer target: arbitrary bytes through the whole engine (framing, the kernel report
// assembler, the userspace parsers, the linker). Events must point at existing lines.

#include "core/parse/pipeline/logparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    oom::LogParser parser(QStringLiteral("fuzz"));
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    qint64 number = 0;
    QList<oom::OomEvent> events;
    qsizetype start = 0;
    while (start <= input.size()) {
        qsizetype end = input.indexOf('\n', start);
        if (end < 0)
            end = input.size();
        const QByteArrayView line = input.sliced(start, end - start);
        start = end + 1;
        parser.addLine(line, ++number);
        events.append(parser.takeEvents());
    }
    parser.finish();
    events.append(parser.takeEvents());
    for (const oom::OomEvent &event : std::as_const(events)) {
        if (!event.lines.isValid() || event.lines.last > number)
            std::abort();
    }
    return 0;
}
