// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "sources/input/bytestream.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace oom {

// The character encodings a log arrives in. Kernel text is ASCII, but logs from Japanese and
// Chinese systems carry localized dates and daemon messages in the legacy encodings.
enum class TextEncoding {
    Utf8, // also ASCII, and anything no legacy candidate explains (read as is)
    ShiftJis, // decoded as CP932, the superset Windows and most tools write
    EucJp,
    Gb18030, // also GB2312 and GBK, its subsets
};

// Picks the encoding of a text sample: valid UTF-8 stays UTF-8; otherwise every candidate
// decodes the sample with glibc's iconv and the one that decodes without errors into the
// most plausible CJK text wins (kana decide for Japanese; GB18030 decodes nearly any byte
// pair, so it wins only when nothing points to Japanese).
TextEncoding detectEncoding(QByteArrayView sample);

QString encodingName(TextEncoding encoding); // "UTF-8", "Shift_JIS", "EUC-JP", "GB18030"
const char *iconvName(TextEncoding encoding);

// Transcodes a legacy-encoded stream to UTF-8 as it is read, in bounded memory (a 10 MB
// line costs no more than any other). Bytes the encoding cannot decode become U+FFFD;
// line breaks are kept where they were, so line numbers do not move.
class TranscodingStream : public ByteStream
{
    Q_DECLARE_TR_FUNCTIONS(TranscodingStream)

public:
    // nullptr with *error set if iconv lacks the encoding (a system without glibc's gconv
    // modules).
    static std::unique_ptr<TranscodingStream> create(ByteStream &source, TextEncoding encoding,
                                                     QString *error);
    ~TranscodingStream() override;

    qint64 read(char *buffer, qint64 maxSize) override;
    QString errorString() const override;
    qint64 replacedBytes() const { return m_replaced; }

private:
    TranscodingStream(ByteStream &source, void *converter);
    bool convertMore();

    ByteStream &m_source;
    void *m_converter; // iconv_t
    QByteArray m_in;
    qsizetype m_inLength = 0;
    QByteArray m_out;
    qsizetype m_outBegin = 0;
    qsizetype m_outEnd = 0;
    qint64 m_replaced = 0;
    bool m_sourceEnded = false;
    bool m_failed = false;
    QString m_error;
};

} // namespace oom
