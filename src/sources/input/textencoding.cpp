// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/input/textencoding.h"

#include "sources/input/contentsniffer.h"

#include <QList>

#include <array>
#include <cerrno>
#include <cstring>
#include <iconv.h>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

constexpr qsizetype InChunk = 64 * 1024;
constexpr QByteArrayView ReplacementCharacter("\xef\xbf\xbd");

struct DecodeScore {
    bool usable = false;
    qint64 errors = 0;
    qint64 han = 0;
    qint64 kana = 0;
    qint64 halfwidthKana = 0;
    qint64 punctuation = 0;
    qint64 score() const { return han + 2 * kana + punctuation - 3 * halfwidthKana - 10 * errors; }
};

// Decodes the whole sample; a sequence cut by the sample's end is not counted as an error.
DecodeScore scoreCandidate(QByteArrayView sample, TextEncoding encoding)
{
    DecodeScore result;
    iconv_t cd = iconv_open("UTF-32LE", iconvName(encoding));
    if (cd == iconv_t(-1))
        return result;
    QByteArray out(sample.size() * 4 + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(sample.data());
    size_t inLeft = size_t(sample.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    while (inLeft > 0) {
        if (iconv(cd, &in, &inLeft, &outPtr, &outLeft) != size_t(-1))
            break;
        if (errno == EILSEQ) {
            ++result.errors;
            ++in;
            --inLeft;
            continue;
        }
        break; // EINVAL: cut at the end of the sample; E2BIG cannot happen with 4x room
    }
    iconv_close(cd);

    const qsizetype chars = (out.size() - qsizetype(outLeft)) / 4;
    const auto *codePoints = reinterpret_cast<const unsigned char *>(out.constData());
    for (qsizetype i = 0; i < chars; ++i) {
        const unsigned char *p = codePoints + i * 4;
        const char32_t cp =
            char32_t(p[0]) | char32_t(p[1]) << 8 | char32_t(p[2]) << 16 | char32_t(p[3]) << 24;
        if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf))
            ++result.han;
        else if (cp >= 0x3040 && cp <= 0x30ff)
            ++result.kana;
        else if (cp >= 0xff61 && cp <= 0xff9f)
            ++result.halfwidthKana;
        else if ((cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff01 && cp <= 0xff5e))
            ++result.punctuation;
    }
    // Tolerate the odd corrupt byte (a line cut by a crash), never a misfit encoding.
    const TextStats stats = textStats(sample);
    result.usable = result.errors * 200 <= stats.nonAscii && result.score() > 0;
    return result;
}

} // namespace

TextEncoding detectEncoding(QByteArrayView sample)
{
    const TextStats stats = textStats(sample);
    if (stats.invalidUtf8 == 0)
        return TextEncoding::Utf8;

    static constexpr std::array<TextEncoding, 3> candidates = {
        TextEncoding::ShiftJis,
        TextEncoding::EucJp,
        TextEncoding::Gb18030,
    };
    TextEncoding best = TextEncoding::Utf8;
    DecodeScore bestScore;
    for (const TextEncoding candidate : candidates) {
        const DecodeScore score = scoreCandidate(sample, candidate);
        if (!score.usable)
            continue;
        bool better = !bestScore.usable || score.score() > bestScore.score();
        if (bestScore.usable && score.score() == bestScore.score()) {
            // EUC-JP and GB2312 share the kana rows: equal scores mean the same text decodes
            // both ways; kana say Japanese, their absence Chinese.
            const bool japanese = score.kana > 0;
            better = candidate == TextEncoding::Gb18030 ? !japanese : japanese;
        }
        if (better) {
            best = candidate;
            bestScore = score;
        }
    }
    return best;
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return u"UTF-8"_s;
    case TextEncoding::ShiftJis: return u"Shift_JIS"_s;
    case TextEncoding::EucJp: return u"EUC-JP"_s;
    case TextEncoding::Gb18030: return u"GB18030"_s;
    }
    return QString();
}

const char *iconvName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return "UTF-8";
    case TextEncoding::ShiftJis: return "CP932";
    case TextEncoding::EucJp: return "EUC-JP";
    case TextEncoding::Gb18030: return "GB18030";
    }
    return "UTF-8";
}

TranscodingStream::TranscodingStream(ByteStream &source, void *converter)
    : m_source(source)
    , m_converter(converter)
    , m_in(InChunk, Qt::Uninitialized)
    , m_out(InChunk * 4 + 16, Qt::Uninitialized)
{
}

std::unique_ptr<TranscodingStream> TranscodingStream::create(ByteStream &source,
                                                             TextEncoding encoding, QString *error)
{
    iconv_t cd = iconv_open("UTF-8", iconvName(encoding));
    if (cd == iconv_t(-1)) {
        *error =
            tr("cannot convert from %1: the system's iconv lacks it").arg(encodingName(encoding));
        return nullptr;
    }
    return std::unique_ptr<TranscodingStream>(new TranscodingStream(source, cd));
}

TranscodingStream::~TranscodingStream()
{
    iconv_close(static_cast<iconv_t>(m_converter));
}

bool TranscodingStream::convertMore()
{
    m_outBegin = 0;
    m_outEnd = 0;
    while (m_outEnd == 0) {
        if (!m_sourceEnded && m_inLength < m_in.size()) {
            const qint64 n = m_source.read(m_in.data() + m_inLength, m_in.size() - m_inLength);
            if (n < 0) {
                m_failed = true;
                m_error = m_source.errorString();
                return false;
            }
            if (n == 0)
                m_sourceEnded = true;
            m_inLength += qsizetype(n);
        }
        if (m_inLength == 0)
            return false;

        char *in = m_in.data();
        size_t inLeft = size_t(m_inLength);
        char *out = m_out.data();
        size_t outLeft = size_t(m_out.size()) - ReplacementCharacter.size();
        const size_t rc = iconv(static_cast<iconv_t>(m_converter), &in, &inLeft, &out, &outLeft);
        if (rc == size_t(-1) && errno == EILSEQ) {
            std::memcpy(out, ReplacementCharacter.data(), size_t(ReplacementCharacter.size()));
            out += ReplacementCharacter.size();
            ++in;
            --inLeft;
            ++m_replaced;
        } else if (rc == size_t(-1) && errno == EINVAL && m_sourceEnded) {
            // The stream ends inside a multibyte character.
            std::memcpy(out, ReplacementCharacter.data(), size_t(ReplacementCharacter.size()));
            out += ReplacementCharacter.size();
            inLeft = 0;
            ++m_replaced;
        }
        // Unconverted bytes (an incomplete character, or what did not fit) wait for the next
        // round at the front of the buffer.
        std::memmove(m_in.data(), in, inLeft);
        m_inLength = qsizetype(inLeft);
        m_outEnd = out - m_out.data();
        if (m_outEnd == 0 && m_sourceEnded && m_inLength == 0)
            return false;
    }
    return true;
}

qint64 TranscodingStream::read(char *buffer, qint64 maxSize)
{
    if (m_outBegin == m_outEnd && !convertMore())
        return m_failed ? -1 : 0;
    const qint64 n = qMin<qint64>(maxSize, m_outEnd - m_outBegin);
    std::memcpy(buffer, m_out.constData() + m_outBegin, size_t(n));
    m_outBegin += qsizetype(n);
    return n;
}

QString TranscodingStream::errorString() const
{
    return m_error;
}

} // namespace oom
