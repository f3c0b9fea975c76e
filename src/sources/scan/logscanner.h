// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QString>
#include <QtGlobal>

#include <atomic>
#include <functional>

namespace oom {

class ByteStream;
class LogParser;

struct ScanStats {
    qint64 bytes = 0; // bytes read from the stream
    qint64 lines = 0; // physical lines, the last one counted even without '\n'
};

struct ScanResult {
    ScanStats stats;
    QString error; // empty on success; else what went wrong (the caller adds the input's name)
};

// Runs a log through the parser without handing it every line: finds the parser's
// eventAnchors() with a vectorised search and feeds only the lines around them (from up to
// AnchorWindowLines before an anchor line, through AnchorWindowLines after it, and on
// while parser.wantsContext()), with their true 1-based line numbers and an addGap()
// wherever lines were skipped. The events are the same as when every line is fed.
//
// Lines end at '\n' and lose one trailing '\r'; a line longer than 1 MiB is passed cut to
// its first 1 MiB (it still counts as one line). NUL bytes are ordinary bytes.
//
// Plain files (stream.fileDescriptor() >= 0 and a known, non-zero size) are read whole from
// offset 0 with pread() by two threads that search in parallel; other streams are read in
// order by one thread (stream.read() decompresses there) while this one searches and feeds.
// Memory stays bounded whatever the input's size (about 30 MiB of buffers).
//
// Calls parser.finish() at the end, also after an error or a cancellation (the events found
// so far are kept; the caller decides what to do with them). `cancel` is polled between
// buffers (error "Cancelled"); `progress` gets the bytes read so far, on this thread.
ScanResult scanStream(ByteStream &stream, LogParser &parser, std::atomic_bool *cancel = nullptr,
                      const std::function<void(qint64)> &progress = {});

} // namespace oom
