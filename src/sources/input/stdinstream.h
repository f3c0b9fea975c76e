// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "sources/input/analyzer.h"
#include "sources/input/bytestream.h"

#include <QCoreApplication>
#include <QString>

namespace oom {

// Standard input (or any descriptor that can only be read in order: a pipe, a terminal)
// as a ByteStream. Does not own or close the descriptor.
class StdinStream : public ByteStream
{
    Q_DECLARE_TR_FUNCTIONS(StdinStream)

public:
    explicit StdinStream(int fd = 0);

    qint64 read(char *buffer, qint64 maxSize) override;
    QString errorString() const override;

private:
    int m_fd;
    QString m_error;
};

// The display name of standard input in reports and error messages.
QString stdinDisplayPath();

// Runs the engine over a stream read strictly in order, feeding lines to the LogParser as
// they arrive (memory bounded by LineReader's line limit), for `oomlens-cli analyze -`.
// Compressed streams are decompressed (with the same bomb limits) and legacy encodings
// converted as for files; archives and journal formats get an InputError that says to pass
// the file's path (their readers need a file).
AnalyzeResult analyzeByteStream(ByteStream &stream, const QString &displayPath,
                                const AnalyzeOptions &options = {});

} // namespace oom
