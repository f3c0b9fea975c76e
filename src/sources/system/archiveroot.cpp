// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/system/archiveroot.h"

#include "sources/input/archivereader.h"
#include "sources/input/contentsniffer.h"
#include "sources/input/decompressstream.h"
#include "sources/input/filestream.h"

#include <QFile>

#include <cerrno>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

// The top-level names SystemTree reads below a root (RHEL 6 mounted cgroup v1 at /cgroup).
bool isRootContent(QStringView first)
{
    return first == u"proc" || first == u"sys" || first == u"cgroup" || first == u"MANIFEST";
}

struct Member {
    QString path;
    QByteArray data;
};

int errnoOf(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return errno;
    ::close(fd);
    return 0;
}

} // namespace

ArchiveTree ArchiveRootLoader::load(const QString &path, const BundleLimits &limits)
{
    ArchiveTree result;
    QString error;
    const std::unique_ptr<FileStream> file = FileStream::open(path, &error);
    if (!file) {
        result.errnum = errnoOf(path);
        if (result.errnum == 0)
            result.errnum = EINVAL;
        result.error = error;
        return result;
    }
    // A sosreport tarball is read through to the end for the few members kept, so the
    // decompressed size may be far above the bundle limit; the ratio still guards bombs.
    DecompressionLimits bomb;
    bomb.maxOutputBytes = qint64(16) * 1024 * 1024 * 1024;
    ByteStream *source = file.get();
    std::unique_ptr<DecompressStream> decompressed;
    const ContentKind kind = sniffContent(file->sampleAt(0, SniffBytes));
    if (isCompression(kind)) {
        decompressed = DecompressStream::open(*file, kind, bomb, &error);
        if (!decompressed) {
            result.errnum = EINVAL;
            result.error = error;
            return result;
        }
        source = decompressed.get();
    } else if (!isArchive(kind)) {
        result.errnum = ENOTDIR;
        result.error = tr("not a directory or a bundle archive");
        return result;
    }

    ArchiveReader reader(*source, bomb);
    if (!reader.open(&error)) {
        result.errnum = EINVAL;
        result.error = error;
        return result;
    }
    QList<Member> members;
    QList<QString> directories;
    qint64 total = 0;
    bool totalHit = false;
    ArchiveMember member;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const ArchiveReader::Step step = reader.next(&member);
        if (step == ArchiveReader::Step::End)
            break;
        if (step == ArchiveReader::Step::Error) {
            result.warnings.append(
                tr("The archive is damaged after %n member(s): %1", nullptr, int(members.size()))
                    .arg(reader.errorString()));
            break;
        }
        const QStringList parts = member.path.split(u'/', Qt::SkipEmptyParts);
        const bool wanted = !parts.isEmpty()
            && (isRootContent(parts[0]) || (parts.size() > 1 && isRootContent(parts[1])));
        if (!wanted)
            continue;
        if (member.kind == ArchiveMember::Kind::Refused) {
            result.warnings.append(tr("%1: left out: %2").arg(member.rawPath, member.reason));
            continue;
        }
        if (member.kind == ArchiveMember::Kind::Directory) {
            directories.append(member.path);
            continue;
        }
        if (totalHit)
            continue;
        QByteArray data;
        bool cut = false;
        for (;;) {
            const qint64 n = reader.memberStream().read(buffer.data(), buffer.size());
            if (n < 0) {
                result.warnings.append(
                    tr("%1: %2").arg(member.path, reader.memberStream().errorString()));
                break;
            }
            if (n == 0)
                break;
            const qint64 room = limits.maxFileBytes - data.size();
            data.append(buffer.constData(), qsizetype(qMin(n, room)));
            if (n > room) {
                cut = true;
                break;
            }
        }
        if (cut)
            result.warnings.append(
                tr("%1: only the first %2 were loaded (the bundle limit for "
                   "one file).")
                    .arg(member.path, DecompressionGuard::formatBytes(limits.maxFileBytes)));
        total += data.size() + 512;
        if (total > limits.maxTotalBytes) {
            totalHit = true;
            result.warnings.append(tr("Only the first %1 of the bundle were loaded (the bundle "
                                      "size limit); later files are unknown.")
                                       .arg(DecompressionGuard::formatBytes(limits.maxTotalBytes)));
            continue;
        }
        members.append({member.path, std::move(data)});
    }

    // Where the root is: the archive's top, or its one top folder (a tarred sosreport).
    bool topLevel = false;
    QString prefix;
    bool onePrefix = true;
    for (const Member &m : std::as_const(members)) {
        const qsizetype slash = m.path.indexOf(u'/');
        if (isRootContent(slash < 0 ? m.path : m.path.left(slash))) {
            topLevel = true;
            break;
        }
        const QString first = m.path.left(slash + 1);
        if (prefix.isEmpty())
            prefix = first;
        else if (prefix != first)
            onePrefix = false;
    }
    if (topLevel || !onePrefix)
        prefix.clear();
    if (members.isEmpty() || (!topLevel && !onePrefix)) {
        result.errnum = ENOENT;
        result.error = tr("the archive holds no proc/ or sys/ tree to read");
        return result;
    }

    auto tree = std::make_shared<MemoryTree>();
    for (const QString &directory : std::as_const(directories)) {
        if (directory.startsWith(prefix))
            tree->addDirectory(QFile::encodeName(directory.mid(prefix.size())));
    }
    for (Member &m : members) {
        if (m.path.startsWith(prefix))
            tree->addFile(QFile::encodeName(m.path.mid(prefix.size())), std::move(m.data));
    }
    result.tree = std::move(tree);
    result.prefix = prefix;
    return result;
}

} // namespace oom
