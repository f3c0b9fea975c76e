// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/parse/pipeline/logparser.h"

#include <QByteArrayView>
#include <QtGlobal>

namespace oom {

// Where lines go: the engine in the product, a recorder in tests. The readers that see every
// line (journals, supportconfig sections, /dev/kmsg, followed logs) and the scanner that
// feeds only windows around anchors use the same interface.
class LineSink
{
public:
    virtual ~LineSink() = default;
    // One physical line (no terminator, valid only during the call) with its line number
    // in the input (1-based).
    virtual void addLine(QByteArrayView line, qint64 lineNumber) = 0;
    // Lines of the input were left out here: nothing after joins with anything before.
    virtual void addGap() = 0;
    // True while the lines that follow may still belong to an open event: the scanner keeps
    // feeding past its window while this holds. Readers of every line need not ask.
    virtual bool wantsContext() const { return false; }
};

// The engine as a sink.
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

} // namespace oom
