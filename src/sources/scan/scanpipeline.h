// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "sources/scan/anchorsearch.h"
#include "sources/scan/logscanner.h"
#include "sources/scan/windowfeeder.h"

#include <QByteArrayView>
#include <QList>

#include <atomic>
#include <functional>
#include <vector>

namespace oom {

class ByteStream;

// The knobs of scanStream(), open for tests (tiny buffers put every boundary case in a
// small input; each search engine) and for benchmarks.
struct ScanTuning {
    qint64 chunkBytes = qint64(4) << 20;
    int threads = 0; // search threads for pread()-able files; 0: min(2, cores)
    bool parallelFileRead = true; // false: read plain files through read() like any stream
    AnchorSearch::Engine engine = AnchorSearch::Engine::Auto;
    WindowOptions window;
};

// scanStream() with any sink and anchors; does not finish the sink.
ScanResult scanToSink(ByteStream &stream, LineSink &sink, const QList<QByteArrayView> &anchors,
                      const ScanTuning &tuning = {}, std::atomic_bool *cancel = nullptr,
                      const std::function<void(qint64)> &progress = {});

// One buffer's anchor lines and newline count. `data - overlap` .. `data` holds the end of
// the previous buffer (up to the longest anchor minus one byte), so that an anchor cut by the
// boundary is found; it counts as being on line 0, the line the buffer starts in.
struct ChunkScan {
    qint64 newlines = 0;
    std::vector<LineHit> hits; // one per line, in order
};
void scanChunk(const AnchorSearch &search, const char *data, qint64 size, qint64 overlap,
               ChunkScan &result, std::vector<AnchorSearch::Match> &scratch);

} // namespace oom
