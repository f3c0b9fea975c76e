// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "sources/input/archiveinput.h"
#include "sources/input/bytestream.h"
#include "sources/input/decompressionguard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>

struct archive;

namespace oom {

// One entry of an archive as the reader judged it. Only Regular members are ever read;
// nothing is written anywhere and link targets are never followed.
struct ArchiveMember {
    enum class Kind {
        Regular,
        Directory, // skipped without a word
        Refused, // unsafe or unsupported: `reason` says why, the caller reports it
    };
    Kind kind = Kind::Regular;
    QString path; // normalised, relative: "var/log/messages" (no "./", no "//")
    QString rawPath; // as stored, for messages about refused members
    QString reason;
    // A link whose target stays inside the archive (sosreport's top level is full of them):
    // not read, and nothing to warn about, since the target is a member of its own.
    bool harmlessLink = false;
    qint64 declaredSize = -1; // from the header, -1 if unknown
    QDateTime modified; // from the header (UTC), invalid if unknown
};

// Reads a tar or zip archive from a stream (an already decompressed .tar.gz is a stream
// too), member by member, never extracting anything. Each member's data is readable through
// memberStream() until next() is called again; members not read are skipped.
//
// Refused members: absolute paths, paths with a ".." component, symbolic and hard links,
// devices, FIFOs, sockets, encrypted zip entries.
class ArchiveReader
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveReader)

public:
    ArchiveReader(ByteStream &source, const DecompressionLimits &limits);
    ~ArchiveReader();
    ArchiveReader(const ArchiveReader &) = delete;
    ArchiveReader &operator=(const ArchiveReader &) = delete;

    bool open(QString *error);

    enum class Step { Member, End, Error };
    Step next(ArchiveMember *member);
    // The current Regular member's bytes, under the bomb limits for the member and for the
    // whole archive.
    ByteStream &memberStream();
    QString errorString() const { return m_error; }
    QString formatName() const; // "tar", "zip"

private:
    class MemberStream;
    friend class MemberStream;

    ArchiveInput m_input;
    struct archive *m_archive;
    DecompressionGuard m_guard;
    std::unique_ptr<MemberStream> m_member;
    qint64 m_totalOutput = 0;
    QString m_error;
};

// Normalises a member path; empty if it is absolute or leaves the archive (then *reason
// says which).
QString normalizeMemberPath(const QString &rawPath, QString *reason);

} // namespace oom
