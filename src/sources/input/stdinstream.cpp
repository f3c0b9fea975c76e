// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/input/stdinstream.h"

#include "core/parse/pipeline/logparser.h"
#include "sources/input/contentsniffer.h"
#include "sources/input/decompressstream.h"
#include "sources/input/inputprocessor.h"
#include "sources/input/linereader.h"
#include "sources/input/peekstream.h"
#include "sources/input/textencoding.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <memory>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace oom {

StdinStream::StdinStream(int fd)
    : m_fd(fd)
{
}

qint64 StdinStream::read(char *buffer, qint64 maxSize)
{
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, size_t(maxSize));
        if (n >= 0)
            return qint64(n);
        if (errno == EINTR)
            continue;
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
}

QString StdinStream::errorString() const
{
    return m_error;
}

QString stdinDisplayPath()
{
    return u"<stdin>"_s;
}

namespace {

// Runs the LogParser over a stream of log text, line by line.
void parseLines(ByteStream &stream, const QString &displayPath, const AnalyzeOptions &options,
                AnalyzeResult &result, InputSummary &summary)
{
    // No reference time: the lines are being written or piped now, which the framer takes
    // for the newest moment they can speak of (FramingOptions::latestTime).
    LogParser parser(displayPath);
    LineReader reader(stream);
    QByteArrayView line;
    qint64 lastProgress = 0;
    while (reader.next(&line)) {
        parser.addLine(line, reader.lineNumber());
        if ((reader.lineNumber() & 0xfff) == 0) {
            if (options.cancel && options.cancel->load()) {
                result.errors.append({displayPath, StdinStream::tr("cancelled")});
                break;
            }
            if (options.progress && reader.bytesRead() != lastProgress) {
                lastProgress = reader.bytesRead();
                options.progress(displayPath, lastProgress);
            }
        }
    }
    if (reader.failed())
        result.errors.append(
            {displayPath, StdinStream::tr("read error: %1").arg(reader.errorString())});
    parser.finish();
    result.events = parser.takeEvents();
    summary.bytes = reader.bytesRead();
    summary.lines = reader.lineNumber();
    summary.events = int(result.events.size());
}

} // namespace

AnalyzeResult analyzeByteStream(ByteStream &stream, const QString &displayPath,
                                const AnalyzeOptions &options)
{
    AnalyzeResult result;
    InputSummary summary;
    summary.displayPath = displayPath;

    // Compression layers first (a .gz of a .xz is unusual but harmless), as the file
    // readers do, with the same bomb limits.
    const DecompressionLimits limits{options.maxDecompressedBytes, options.maxCompressionRatio,
                                     options.compressionRatioGraceBytes};
    std::vector<std::unique_ptr<PeekStream>> peeks;
    std::vector<std::unique_ptr<DecompressStream>> decompressors;
    QStringList layers;
    peeks.push_back(std::make_unique<PeekStream>(stream));
    ContentKind kind = sniffContent(peeks.back()->peek(SniffBytes));
    while (isCompression(kind) && layers.size() < 3) {
        QString error;
        auto decompressor = DecompressStream::open(*peeks.back(), kind, limits, &error);
        if (!decompressor) {
            result.errors.append({displayPath, error});
            return result;
        }
        layers.append(contentKindName(kind));
        decompressors.push_back(std::move(decompressor));
        peeks.push_back(std::make_unique<PeekStream>(*decompressors.back()));
        kind = sniffContent(peeks.back()->peek(SniffBytes));
    }
    if (kind != ContentKind::Text && kind != ContentKind::Empty && kind != ContentKind::Binary) {
        // Archives and journal formats need the path readers (seeking, members, fields).
        result.errors.append({displayPath,
                              StdinStream::tr("%1 data on standard input is not "
                                              "supported; pass the file's path")
                                  .arg(contentKindName(kind))});
        return result;
    }
    summary.format = InputProcessor::describeFormat(layers, kind);

    PeekStream &text = *peeks.back();
    const TextEncoding encoding = detectEncoding(text.peek(SniffBytes));
    summary.encoding = encodingName(encoding);
    std::unique_ptr<TranscodingStream> transcoder;
    if (encoding != TextEncoding::Utf8) {
        QString error;
        transcoder = TranscodingStream::create(text, encoding, &error);
        if (!transcoder) {
            result.errors.append({displayPath, error});
            return result;
        }
    }
    parseLines(transcoder ? static_cast<ByteStream &>(*transcoder) : text, displayPath, options,
               result, summary);
    for (const auto &decompressor : decompressors) {
        if (!decompressor->errorString().isEmpty() && result.errors.isEmpty())
            result.errors.append({displayPath, decompressor->errorString()});
    }
    result.inputs.append(summary);
    return result;
}

} // namespace oom
