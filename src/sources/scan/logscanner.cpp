// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/scan/logscanner.h"

#include "core/parse/pipeline/logparser.h"
#include "sources/input/linesink.h"
#include "sources/scan/scanpipeline.h"

namespace oom {

ScanResult scanStream(ByteStream &stream, LogParser &parser, std::atomic_bool *cancel,
                      const std::function<void(qint64)> &progress)
{
    ParserSink sink(parser);
    const ScanTuning tuning; // windows of AnchorWindowLines around each anchor
    const ScanResult result = scanToSink(stream, sink, eventAnchors(), tuning, cancel, progress);
    parser.finish();
    return result;
}

} // namespace oom
