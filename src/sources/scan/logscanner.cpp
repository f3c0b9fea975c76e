// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/scan/logscanner.h"

#include "core/parse/pipeline/logparser.h"
#include "sources/scan/scanpipeline.h"

namespace oom {

namespace {

class ParserSink final : public LineSink
{
public:
    explicit ParserSink(LogParser &parser)
        : m_parser(parser)
    {
    }
    void addLine(QByteArrayView line, qint64 lineNumber) override
    {
        m_parser.addLine(line, lineNumber);
    }
    void addGap() override { m_parser.addGap(); }
    bool wantsContext() const override { return m_parser.wantsContext(); }

private:
    LogParser &m_parser;
};

} // namespace

ScanResult scanStream(ByteStream &stream, LogParser &parser, std::atomic_bool *cancel,
                      const std::function<void(qint64)> &progress)
{
    ParserSink sink(parser);
    ScanTuning tuning;
    tuning.window.lookbackLines = AnchorLookbackLines;
    tuning.window.lookaheadLines = AnchorLookaheadLines;
    const ScanResult result = scanToSink(stream, sink, eventAnchors(), tuning, cancel, progress);
    parser.finish();
    return result;
}

} // namespace oom
