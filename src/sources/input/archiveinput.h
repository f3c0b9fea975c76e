// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "sources/input/bytestream.h"

#include <QByteArray>
#include <QString>

struct archive;

namespace oom {

// Feeds libarchive from a ByteStream, so a compressed file, a member of an archive and a
// compressed archive inside an archive are all read the same way, as streams. A plain
// file also gets seek and skip callbacks (seekable zip reading, fast tar skipping).
class ArchiveInput
{
public:
    explicit ArchiveInput(ByteStream &source);
    ArchiveInput(const ArchiveInput &) = delete;
    ArchiveInput &operator=(const ArchiveInput &) = delete;

    // archive_read_open2() with this object's callbacks; returns libarchive's status.
    int open(struct archive *a);
    // Bytes libarchive has taken from the source so far (the compressed side of the ratio).
    qint64 bytesRead() const { return m_bytesRead; }
    // True when a failure came from the source (its own message, such as an outer
    // decompressor's limit) rather than from libarchive's decoding.
    bool sourceFailed() const { return m_sourceFailed; }
    QString sourceError() const { return m_source.errorString(); }

private:
    ByteStream &m_source;
    QByteArray m_buffer;
    qint64 m_bytesRead = 0;
    bool m_sourceFailed = false;

    friend struct ArchiveInputCallbacks;
};

// libarchive's English message, or `fallback` when it has none.
QString archiveErrorString(struct archive *a, const QString &fallback = QString());

} // namespace oom
