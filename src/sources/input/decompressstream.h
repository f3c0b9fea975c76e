// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "sources/input/bytestream.h"
#include "sources/input/contentsniffer.h"
#include "sources/input/decompressionguard.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace oom {

// Decompresses one compressed stream (.gz .xz .zst .bz2 .lz4 .lzma .Z) as it is read, under
// the bomb limits. gzip goes through zlib directly: it hands out every byte decoded before
// a truncation (libarchive drops the last 64 KiB block), and most rotated logs are gzip.
// zstd goes through libzstd (libarchive's filter is slower); the others through
// libarchive's filters with its "raw" format.
//
// Errors name the problem: "compressed data is truncated", "compressed data is corrupt
// (...)", "decompressed size exceeds the limit of 64 GiB", "compression ratio exceeds
// 1000:1". Bytes decoded before a limit or a cut are handed out first, so what was found
// before it is kept.
class DecompressStream : public ByteStream
{
    Q_DECLARE_TR_FUNCTIONS(DecompressStream)

public:
    class Backend;

    // `kind` is what sniffContent() said (isCompression(kind) must hold). Does not own the
    // source. nullptr with *error set if the stream cannot even be opened.
    static std::unique_ptr<DecompressStream> open(ByteStream &source, ContentKind kind,
                                                  const DecompressionLimits &limits,
                                                  QString *error);
    ~DecompressStream() override;

    qint64 read(char *buffer, qint64 maxSize) override;
    QString errorString() const override { return m_error; }

    qint64 compressedBytes() const;
    qint64 decompressedBytes() const { return m_output; }

private:
    DecompressStream(std::unique_ptr<Backend> backend, const DecompressionLimits &limits);

    std::unique_ptr<Backend> m_backend;
    DecompressionGuard m_guard;
    qint64 m_output = 0;
    QString m_error;
    bool m_failed = false;
};

// libarchive's and zlib's words for a cut or damaged stream, in the report's words.
QString describeDecompressionError(const QString &libraryMessage);

} // namespace oom
