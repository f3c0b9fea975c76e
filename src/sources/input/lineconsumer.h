// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/parse/pipeline/logparser.h"

#include <QByteArrayView>
#include <QtGlobal>

namespace oom {

// Where the readers that see every line (journals, supportconfig sections, /dev/kmsg) put
// them: the engine in production, a recorder in tests.
class LineConsumer
{
public:
    virtual ~LineConsumer() = default;
    // One physical line (no terminator) with its line number in the input (1-based).
    virtual void addLine(QByteArrayView line, qint64 lineNumber) = 0;
    // Lines of the input were left out here: nothing after joins with anything before.
    virtual void addGap() = 0;
};

// The engine as a consumer.
class ParserConsumer : public LineConsumer
{
public:
    explicit ParserConsumer(LogParser &parser)
        : m_parser(parser)
    {
    }
    void addLine(QByteArrayView line, qint64 lineNumber) override
    {
        m_parser.addLine(line, lineNumber);
    }
    void addGap() override { m_parser.addGap(); }

private:
    LogParser &m_parser;
};

} // namespace oom
