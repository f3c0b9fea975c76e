// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/pipeline/recordjoiner.h"

#include "core/parse/kernel/wrappedlines.h"

namespace oom {

namespace {

// A line with nothing of its own in front: the wrapped end of the line before it. An
// indented one inherited the previous record's prefix (continuation) and is one as well.
bool isUnprefixed(const LogRecord &record)
{
    if (record.elision)
        return false;
    return record.continuation
        || (!record.uptime && !record.time && !record.dateCut && record.ident.isEmpty()
            && record.host.isEmpty());
}

} // namespace

void RecordJoiner::add(LogRecord record, QList<LogRecord> &out)
{
    if (m_pending) {
        LogRecord &broken = *m_pending;
        if (record.lines.first == broken.lines.last + 1 && isUnprefixed(record)
            && wrappedlines::completes(broken.text, record.text)) {
            broken.text += u' ';
            broken.text += QStringView(record.text).trimmed();
            broken.lines.extend(record.lines);
            broken.rejoined = true;
            // A line wrapped twice is still broken after the first join.
            if (!wrappedlines::mayBeWrapped(broken.text))
                flush(out);
            return;
        }
        flush(out);
    }
    if (!record.elision && !record.text.isEmpty() && wrappedlines::mayBeWrapped(record.text)) {
        m_pending = std::move(record);
        return;
    }
    out.append(std::move(record));
}

void RecordJoiner::flush(QList<LogRecord> &out)
{
    if (m_pending) {
        out.append(std::move(*m_pending));
        m_pending.reset();
    }
}

} // namespace oom
