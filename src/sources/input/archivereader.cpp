// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/input/archivereader.h"

#include "sources/input/decompressstream.h"

#include <QStringList>
#include <QTimeZone>

#include <archive.h>
#include <archive_entry.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

// Whether a relative path, with its ".." resolved, stays inside the archive's root.
bool staysInside(const QString &path)
{
    qsizetype depth = 0;
    for (const QStringView part : QStringView(path).split(u'/', Qt::SkipEmptyParts)) {
        if (part == u"..")
            --depth;
        else if (part != u".")
            ++depth;
        if (depth < 0)
            return false;
    }
    return true;
}

} // namespace

class ArchiveReader::MemberStream : public ByteStream
{
public:
    MemberStream(ArchiveReader &reader)
        : m_reader(reader)
        , m_inputAtStart(reader.m_input.bytesRead())
    {
    }

    qint64 read(char *buffer, qint64 maxSize) override
    {
        if (m_failed)
            return -1;
        if (m_atEnd)
            return 0;
        const la_ssize_t got = archive_read_data(m_reader.m_archive, buffer, size_t(maxSize));
        if (got < 0) {
            m_failed = true;
            m_error = m_reader.m_input.sourceFailed()
                ? m_reader.m_input.sourceError()
                : describeDecompressionError(
                    archiveErrorString(m_reader.m_archive, u"read error"_s));
            return -1;
        }
        qint64 n = qint64(got);
        m_atEnd = n == 0;
        const DecompressionGuard &guard = m_reader.m_guard;
        // The member alone, then the archive as a whole (many members of a zip bomb).
        const qint64 allowed =
            qMin(guard.allowance(m_output, n), guard.allowance(m_reader.m_totalOutput, n));
        if (allowed < n) {
            m_failed = true;
            m_error = guard.sizeMessage();
            n = allowed;
        } else {
            const qint64 input = m_reader.m_input.bytesRead();
            QString broken = guard.check(input - m_inputAtStart, m_output + n);
            if (broken.isEmpty())
                broken = guard.check(input, m_reader.m_totalOutput + n);
            if (!broken.isEmpty()) {
                m_failed = true;
                m_error = broken;
            }
        }
        m_output += n;
        m_reader.m_totalOutput += n;
        return n > 0 || !m_failed ? n : -1;
    }

    QString errorString() const override { return m_error; }

private:
    ArchiveReader &m_reader;
    qint64 m_inputAtStart;
    qint64 m_output = 0;
    bool m_atEnd = false;
    bool m_failed = false;
    QString m_error;
};

ArchiveReader::ArchiveReader(ByteStream &source, const DecompressionLimits &limits)
    : m_input(source)
    , m_archive(archive_read_new())
    , m_guard(limits)
{
}

ArchiveReader::~ArchiveReader()
{
    m_member.reset();
    archive_read_free(m_archive);
}

bool ArchiveReader::open(QString *error)
{
    // No decompression filters here: the caller decompresses an outer .gz/.xz layer itself,
    // under its own limits, before handing the stream over.
    archive_read_support_format_tar(m_archive);
    archive_read_support_format_gnutar(m_archive);
    archive_read_support_format_zip(m_archive);
    if (m_input.open(m_archive) != ARCHIVE_OK) {
        *error = m_input.sourceFailed()
            ? m_input.sourceError()
            : archiveErrorString(m_archive, tr("not a readable archive"));
        return false;
    }
    return true;
}

QString ArchiveReader::formatName() const
{
    switch (archive_format(m_archive) & ARCHIVE_FORMAT_BASE_MASK) {
    case ARCHIVE_FORMAT_ZIP: return u"zip"_s;
    default: return u"tar"_s;
    }
}

QString normalizeMemberPath(const QString &rawPath, QString *reason)
{
    QString path = rawPath;
    path.replace(u'\\', u'/'); // zip files written on Windows
    if (path.startsWith(u'/') || (path.size() > 1 && path[1] == u':' && path[0].isLetter())) {
        *reason = ArchiveReader::tr("absolute path");
        return QString();
    }
    QStringList parts;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u"."_s)
            continue;
        if (part == u".."_s) {
            *reason = ArchiveReader::tr("path leaves the archive (\"..\")");
            return QString();
        }
        parts.append(part);
    }
    if (parts.isEmpty()) {
        *reason = ArchiveReader::tr("empty path");
        return QString();
    }
    return parts.join(u'/');
}

ArchiveReader::Step ArchiveReader::next(ArchiveMember *member)
{
    m_member.reset(); // libarchive skips whatever of the previous member was not read
    struct archive_entry *entry = nullptr;
    const int rc = archive_read_next_header(m_archive, &entry);
    if (rc == ARCHIVE_EOF)
        return Step::End;
    if (rc < ARCHIVE_WARN) {
        m_error = m_input.sourceFailed()
            ? m_input.sourceError()
            : describeDecompressionError(archiveErrorString(m_archive, tr("read error")));
        return Step::Error;
    }

    *member = ArchiveMember();
    const char *utf8 = archive_entry_pathname_utf8(entry);
    const char *raw = archive_entry_pathname(entry);
    member->rawPath = utf8 ? QString::fromUtf8(utf8)
        : raw              ? QString::fromLocal8Bit(raw)
                           : QString();
    member->declaredSize =
        archive_entry_size_is_set(entry) ? qint64(archive_entry_size(entry)) : -1;
    if (archive_entry_mtime_is_set(entry))
        member->modified =
            QDateTime::fromSecsSinceEpoch(qint64(archive_entry_mtime(entry)), QTimeZone::utc());

    const mode_t type = archive_entry_filetype(entry);
    QString reason;
    if (type == AE_IFDIR) {
        // Never read and nothing is created for it, whatever its path.
        member->kind = ArchiveMember::Kind::Directory;
        return Step::Member;
    }
    member->path = normalizeMemberPath(member->rawPath, &reason);
    if (!member->path.isEmpty()) {
        const char *hardlink = archive_entry_hardlink(entry);
        const char *symlink = type == AE_IFLNK ? archive_entry_symlink(entry) : nullptr;
        if (hardlink) {
            reason = tr("hard link (not followed)");
            // A hard link names another member by its path in the archive.
            QString ignored;
            member->harmlessLink =
                !normalizeMemberPath(QString::fromUtf8(hardlink), &ignored).isEmpty();
        } else if (type == AE_IFLNK) {
            reason = tr("symbolic link (not followed)");
            // A symbolic link is relative to its own folder.
            const qsizetype slash = member->path.lastIndexOf(u'/');
            const QString folder = slash < 0 ? QString() : member->path.first(slash + 1);
            const QString target = symlink ? QString::fromUtf8(symlink) : QString();
            member->harmlessLink =
                !target.isEmpty() && !target.startsWith(u'/') && staysInside(folder + target);
        } else if (type != AE_IFREG) {
            reason = tr("device or special file");
        } else if (archive_entry_is_encrypted(entry)) {
            reason = tr("encrypted (not supported)");
        }
    }
    if (!reason.isEmpty())
        member->kind = ArchiveMember::Kind::Refused;
    member->reason = reason;
    if (member->kind == ArchiveMember::Kind::Regular)
        m_member = std::make_unique<MemberStream>(*this);
    return Step::Member;
}

ByteStream &ArchiveReader::memberStream()
{
    Q_ASSERT(m_member);
    return *m_member;
}

} // namespace oom
