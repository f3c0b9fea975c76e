// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct archive;

namespace oom {

// Writes an `oomlens-cli collect` bundle: a tar (pax) archive compressed with zstd.
//
// The MANIFEST must be the archive's first member — analyzePaths() reads an archive as a
// stream and recognises an oomlens bundle by a MANIFEST at the top (logselection.h) — but
// what it records (sizes, truncation, what was left out) is known only at the end. So the
// members after it are compressed as they arrive into a buffer in memory (compressed: a
// fraction of the bundle limit), and finish() writes the MANIFEST as a zstd frame of its
// own followed by that buffer. zstd decoders (libarchive, zstd(1), GNU tar) read
// concatenated frames as one stream, and the tar stream inside is continuous because the
// MANIFEST's frame ends exactly where its data ends (the end-of-archive blocks are cut).
// Nothing is written to disk before the archive is complete.
class BundleWriter
{
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)

public:
    explicit BundleWriter(qint64 modificationTime);
    ~BundleWriter();
    BundleWriter(const BundleWriter &) = delete;
    BundleWriter &operator=(const BundleWriter &) = delete;

    bool addFile(const QByteArray &path, QByteArrayView data);
    // The compressed members so far.
    qint64 compressedBytes() const { return m_body.size(); }
    // Writes MANIFEST + everything added to `fd`; the writer is done afterwards.
    bool finish(QByteArrayView manifest, int fd);
    QString errorString() const { return m_error; }

    // The tar bytes of one member without the end-of-archive blocks (the MANIFEST frame).
    static QByteArray tarMember(const QByteArray &path, QByteArrayView data, qint64 mtime,
                                QString *error);
    // `data` as one zstd frame.
    static QByteArray zstdFrame(QByteArrayView data, QString *error);

private:
    struct archive *m_archive = nullptr;
    QByteArray m_body;
    qint64 m_mtime = 0;
    QString m_error;
};

} // namespace oom
