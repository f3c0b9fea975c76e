// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/input/decompressstream.h"

#include "sources/input/archiveinput.h"

#include <QByteArray>

#include <archive.h>
#include <archive_entry.h>
#include <zlib.h>
#include <zstd.h>

#include <climits>

using namespace Qt::StringLiterals;

namespace oom {

class DecompressStream::Backend
{
public:
    virtual ~Backend() = default;
    // Decoded bytes into buffer: count, 0 at the end, -1 with error set.
    virtual qint64 read(char *buffer, qint64 maxSize) = 0;
    // Compressed bytes taken from the source so far.
    virtual qint64 consumed() const = 0;
    QString error;
};

namespace {

constexpr qsizetype InputChunk = 128 * 1024;

class GzipBackend : public DecompressStream::Backend
{
public:
    explicit GzipBackend(ByteStream &source)
        : m_source(source)
        , m_in(InputChunk, Qt::Uninitialized)
    {
    }
    ~GzipBackend() override
    {
        if (m_initialized)
            inflateEnd(&m_z);
    }

    bool init()
    {
        // 15 + 16: a gzip wrapper, the largest window.
        m_initialized = inflateInit2(&m_z, 15 + 16) == Z_OK;
        if (!m_initialized)
            error = DecompressStream::tr("cannot start the gzip decoder");
        return m_initialized;
    }

    qint64 read(char *buffer, qint64 maxSize) override
    {
        const uInt want = uInt(qMin<qint64>(maxSize, UINT_MAX));
        m_z.next_out = reinterpret_cast<Bytef *>(buffer);
        m_z.avail_out = want;
        while (m_z.avail_out == want) {
            if (m_z.avail_in == 0 && !m_sourceEnded) {
                const qint64 n = m_source.read(m_in.data(), m_in.size());
                if (n < 0) {
                    error = m_source.errorString();
                    return -1;
                }
                if (n == 0) {
                    m_sourceEnded = true;
                } else {
                    m_read += n;
                    m_z.next_in = reinterpret_cast<Bytef *>(m_in.data());
                    m_z.avail_in = uInt(n);
                }
            }
            if (m_memberDone) {
                if (m_z.avail_in == 0) {
                    if (m_sourceEnded)
                        return 0;
                    continue;
                }
                // gzip files may hold several members (concatenated .gz files); anything
                // else after a member (tape padding) is ignored, as gzip itself does.
                if (m_z.next_in[0] != 0x1f)
                    return 0;
                inflateReset(&m_z);
                m_memberDone = false;
            }
            if (m_z.avail_in == 0 && m_sourceEnded) {
                error = DecompressStream::tr("compressed data is truncated");
                return want - m_z.avail_out > 0 ? qint64(want - m_z.avail_out) : -1;
            }
            const int rc = inflate(&m_z, Z_NO_FLUSH);
            if (rc == Z_STREAM_END) {
                m_memberDone = true;
            } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
                const QString detail =
                    m_z.msg ? QString::fromUtf8(m_z.msg) : u"zlib error %1"_s.arg(rc);
                error = describeDecompressionError(detail);
                return want - m_z.avail_out > 0 ? qint64(want - m_z.avail_out) : -1;
            }
        }
        return qint64(want - m_z.avail_out);
    }

    qint64 consumed() const override { return m_read - m_z.avail_in; }

private:
    ByteStream &m_source;
    QByteArray m_in;
    z_stream m_z = {};
    qint64 m_read = 0;
    bool m_initialized = false;
    bool m_sourceEnded = false;
    bool m_memberDone = false;
};

// zstd through libzstd directly: libarchive's filter costs about 15 % over `zstd -dc`
// (measured with tests/bench/run-bench.sh), this matches it. Concatenated and skippable
// frames are read on, as zstd itself does.
class ZstdBackend : public DecompressStream::Backend
{
public:
    explicit ZstdBackend(ByteStream &source)
        : m_source(source)
        , m_in(qsizetype(ZSTD_DStreamInSize()), Qt::Uninitialized)
        , m_stream(ZSTD_createDStream())
    {
    }
    ~ZstdBackend() override { ZSTD_freeDStream(m_stream); }

    bool init()
    {
        if (!m_stream || ZSTD_isError(ZSTD_initDStream(m_stream))) {
            error = DecompressStream::tr("cannot start the zstd decoder");
            return false;
        }
        return true;
    }

    qint64 read(char *buffer, qint64 maxSize) override
    {
        ZSTD_outBuffer out{buffer, size_t(maxSize), 0};
        while (out.pos == 0) {
            if (m_input.pos == m_input.size && !m_sourceEnded) {
                const qint64 n = m_source.read(m_in.data(), m_in.size());
                if (n < 0) {
                    error = m_source.errorString();
                    return -1;
                }
                m_sourceEnded = n == 0;
                m_read += n;
                m_input = {m_in.constData(), size_t(n), 0};
            }
            const bool inputDone = m_input.pos == m_input.size && m_sourceEnded;
            if (inputDone && !m_frameOpen)
                return 0;
            // With no input left this only flushes what the decoder still holds.
            const size_t hint = ZSTD_decompressStream(m_stream, &out, &m_input);
            if (ZSTD_isError(hint)) {
                error = describeDecompressionError(QString::fromUtf8(ZSTD_getErrorName(hint)));
                return out.pos > 0 ? qint64(out.pos) : -1;
            }
            m_frameOpen = hint != 0; // 0: a frame ended and everything of it was handed out
            if (out.pos == 0 && inputDone) {
                // A frame left unfinished with nothing more to read: the file was cut.
                error = DecompressStream::tr("compressed data is truncated");
                return -1;
            }
        }
        return qint64(out.pos);
    }

    qint64 consumed() const override { return m_read - qint64(m_input.size - m_input.pos); }

private:
    ByteStream &m_source;
    QByteArray m_in;
    ZSTD_DStream *m_stream;
    ZSTD_inBuffer m_input{nullptr, 0, 0};
    qint64 m_read = 0;
    bool m_sourceEnded = false;
    bool m_frameOpen = false;
};

class LibarchiveBackend : public DecompressStream::Backend
{
public:
    explicit LibarchiveBackend(ByteStream &source)
        : m_input(source)
        , m_archive(archive_read_new())
    {
    }
    ~LibarchiveBackend() override { archive_read_free(m_archive); }

    bool init()
    {
        archive_read_support_filter_all(m_archive);
        archive_read_support_format_raw(m_archive);
        struct archive_entry *entry = nullptr;
        if (m_input.open(m_archive) != ARCHIVE_OK
            || archive_read_next_header(m_archive, &entry) != ARCHIVE_OK) {
            setError();
            return false;
        }
        return true;
    }

    qint64 read(char *buffer, qint64 maxSize) override
    {
        if (m_atEnd)
            return 0;
        const la_ssize_t n = archive_read_data(m_archive, buffer, size_t(maxSize));
        if (n < 0) {
            setError();
            return -1;
        }
        m_atEnd = n == 0;
        return qint64(n);
    }

    qint64 consumed() const override { return m_input.bytesRead(); }

private:
    void setError()
    {
        if (m_input.sourceFailed())
            error = m_input.sourceError();
        else
            error = describeDecompressionError(archiveErrorString(m_archive, u"unknown error"_s));
    }

    ArchiveInput m_input;
    struct archive *m_archive;
    bool m_atEnd = false;
};

} // namespace

QString describeDecompressionError(const QString &libraryMessage)
{
    // libarchive: "truncated gzip input", "Truncated zstd input", "truncated bzip2 input",
    // "truncated lz4 input"; liblzma reports a cut .xz as "No progress is possible".
    if (libraryMessage.contains(u"runcated"_s)
        || libraryMessage.contains(u"No progress is possible"_s)
        || libraryMessage.contains(u"nexpected end"_s)
        || libraryMessage.contains(u"remature end"_s)) {
        return DecompressStream::tr("compressed data is truncated");
    }
    return DecompressStream::tr("compressed data is corrupt (%1)").arg(libraryMessage);
}

DecompressStream::DecompressStream(std::unique_ptr<Backend> backend,
                                   const DecompressionLimits &limits)
    : m_backend(std::move(backend))
    , m_guard(limits)
{
}

DecompressStream::~DecompressStream() = default;

std::unique_ptr<DecompressStream> DecompressStream::open(ByteStream &source, ContentKind kind,
                                                         const DecompressionLimits &limits,
                                                         QString *error)
{
    std::unique_ptr<Backend> backend;
    if (kind == ContentKind::Gzip) {
        auto gzip = std::make_unique<GzipBackend>(source);
        if (!gzip->init()) {
            *error = gzip->error;
            return nullptr;
        }
        backend = std::move(gzip);
    } else if (kind == ContentKind::Zstd) {
        auto zstd = std::make_unique<ZstdBackend>(source);
        if (!zstd->init()) {
            *error = zstd->error;
            return nullptr;
        }
        backend = std::move(zstd);
    } else {
        auto other = std::make_unique<LibarchiveBackend>(source);
        if (!other->init()) {
            *error = other->error;
            return nullptr;
        }
        backend = std::move(other);
    }
    return std::unique_ptr<DecompressStream>(new DecompressStream(std::move(backend), limits));
}

qint64 DecompressStream::compressedBytes() const
{
    return m_backend->consumed();
}

qint64 DecompressStream::read(char *buffer, qint64 maxSize)
{
    if (m_failed)
        return -1;
    qint64 n = m_backend->read(buffer, maxSize);
    if (!m_backend->error.isEmpty()) {
        // Bytes decoded before the failure go out first; the failure comes next time.
        m_error = m_backend->error;
        m_failed = true;
        if (n <= 0)
            return -1;
    }
    if (n <= 0)
        return n;
    const qint64 allowed = m_guard.allowance(m_output, n);
    if (allowed < n) {
        m_error = m_guard.sizeMessage();
        m_failed = true;
        n = allowed;
    } else if (const QString broken = m_guard.check(compressedBytes(), m_output + n);
               !broken.isEmpty()) {
        m_error = broken;
        m_failed = true;
    }
    m_output += n;
    return n > 0 ? n : (m_failed ? -1 : 0);
}

} // namespace oom
