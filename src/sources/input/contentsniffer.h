// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QByteArrayView>
#include <QString>

namespace oom {

// What the first bytes of an input say it is. Inputs are recognised by content, never by
// their name: a rotated log renamed by a ticket system is still a gzip file.
enum class ContentKind {
    Empty,
    Gzip,
    Xz,
    Zstd,
    Bzip2,
    Lz4,
    Lzma, // .lzma (xz's predecessor), read by the same filter
    UnixCompress, // .Z
    Tar,
    Zip,
    SevenZip, // recognised to say it is not supported
    JournalFile, // systemd's binary journal ("LPKSHHRH")
    JournalExport, // journalctl -o export
    JournalJson, // journalctl -o json
    SupportconfigSections, // a supportconfig .txt file ("#==[ Command ]===...")
    Text,
    Binary,
};

// How many bytes of the head the sniffer wants (more only makes it slower).
inline constexpr qint64 SniffBytes = 64 * 1024;

ContentKind sniffContent(QByteArrayView head);

bool isCompression(ContentKind kind);
bool isArchive(ContentKind kind);
// "gzip", "xz", "tar", "journal-export", ... for InputSummary::format.
QString contentKindName(ContentKind kind);

// Byte statistics of a sample: the text/binary decision.
struct TextStats {
    qint64 bytes = 0;
    qint64 controlBytes = 0; // C0 controls other than \t \n \v \f \r ESC, and DEL
    qint64 strayNuls = 0; // NULs outside long runs (binary formats are full of these)
    qint64 nulRunBytes = 0; // NULs in runs of 64 or more (a log cut by a crash or rotation)
    qint64 invalidUtf8 = 0; // bytes that are not part of a valid UTF-8 sequence
    qint64 nonAscii = 0;
};
TextStats textStats(QByteArrayView sample);
// Binary if the non-NUL-run part of the sample is mostly control bytes or stray NULs, or is
// empty. A text log with a few NULs or a zeroed block in it is still text.
bool looksBinary(const TextStats &stats);

// Whether text of unknown origin (a file whose name says nothing) reads like a log: most of
// its first lines start with a timestamp or a syslog/kmsg prefix, or it names an OOM event.
bool looksLikeLogText(QByteArrayView head);

} // namespace oom
