// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QtGlobal>

namespace oom {

class LineReader;
class LineSink;

struct JournalDumpStats {
    qint64 entries = 0; // entries fed
    qint64 malformed = 0; // entries or lines that could not be read (skipped)
};

// `journalctl -o export`: entries separated by an empty line, fields "KEY=value" or, for
// values that are not plain text, "KEY\n<size, 64-bit little endian><bytes>\n". Each entry
// is fed at the line of its MESSAGE field.
JournalDumpStats feedJournalExport(LineReader &reader, LineSink &sink);

// `journalctl -o json` (one object a line) and `-o json-pretty` (an object over several
// lines). Values are strings, arrays of byte values (non-UTF-8 data), arrays of those
// (repeated fields: the first is used) or null (a value journalctl left out as too large).
// Each entry is fed at the line where its object starts.
JournalDumpStats feedJournalJson(LineReader &reader, LineSink &sink);

} // namespace oom
