// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/bundle/bundlewriter.h"

#include "sources/input/archiveinput.h"

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

la_ssize_t appendTo(struct archive *, void *client, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(client)->append(static_cast<const char *>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

// A read-only regular file owned by root, as every member of a bundle is.
struct archive_entry *newEntry(const QByteArray &path, qint64 size, qint64 mtime)
{
    struct archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname(entry, path.constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0444);
    archive_entry_set_size(entry, size);
    archive_entry_set_mtime(entry, time_t(mtime), 0);
    archive_entry_set_uname(entry, "root");
    archive_entry_set_gname(entry, "root");
    return entry;
}

bool writeEntry(struct archive *a, const QByteArray &path, QByteArrayView data, qint64 mtime)
{
    struct archive_entry *entry = newEntry(path, data.size(), mtime);
    bool ok = archive_write_header(a, entry) == ARCHIVE_OK;
    if (ok && !data.isEmpty())
        ok = archive_write_data(a, data.data(), size_t(data.size())) == la_ssize_t(data.size());
    archive_entry_free(entry);
    return ok;
}

bool writeAll(int fd, QByteArrayView bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

BundleWriter::BundleWriter(qint64 modificationTime)
    : m_archive(archive_write_new())
    , m_mtime(modificationTime)
{
    // pax only where ustar cannot say it (long cgroup paths); zstd at its default level 3,
    // which compresses /proc text about 8:1 at a few hundred MB/s.
    archive_write_set_format_pax_restricted(m_archive);
    archive_write_add_filter_zstd(m_archive);
    // No zero padding after the compressed stream: zstd(1) refuses trailing garbage.
    archive_write_set_bytes_in_last_block(m_archive, 1);
    if (archive_write_open(m_archive, &m_body, nullptr, appendTo, nullptr) != ARCHIVE_OK)
        m_error = archiveErrorString(m_archive, tr("cannot start the archive"));
}

BundleWriter::~BundleWriter()
{
    archive_write_free(m_archive);
}

bool BundleWriter::addFile(const QByteArray &path, QByteArrayView data)
{
    if (!m_error.isEmpty())
        return false;
    if (!writeEntry(m_archive, path, data, m_mtime)) {
        m_error = archiveErrorString(m_archive, tr("cannot add %1").arg(QString::fromUtf8(path)));
        return false;
    }
    return true;
}

QByteArray BundleWriter::tarMember(const QByteArray &path, QByteArrayView data, qint64 mtime,
                                   QString *error)
{
    QByteArray out;
    struct archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_set_bytes_per_block(a, 0); // no padding beyond the 512-byte records
    bool ok = archive_write_open(a, &out, nullptr, appendTo, nullptr) == ARCHIVE_OK
        && writeEntry(a, path, data, mtime) && archive_write_close(a) == ARCHIVE_OK;
    if (!ok)
        *error = archiveErrorString(a, tr("cannot write the manifest"));
    archive_write_free(a);
    // Drop the two zero records that end an archive: the members of the body follow.
    constexpr qsizetype EndBlocks = 1024;
    if (ok
        && (out.size() < EndBlocks || out.size() % 512 != 0
            || out.last(EndBlocks).count('\0') != EndBlocks)) {
        *error = tr("unexpected tar layout from libarchive");
        ok = false;
    }
    return ok ? out.first(out.size() - EndBlocks) : QByteArray();
}

QByteArray BundleWriter::zstdFrame(QByteArrayView data, QString *error)
{
    QByteArray out;
    struct archive *a = archive_write_new();
    archive_write_set_format_raw(a); // the bytes alone: only the compression filter frames them
    archive_write_add_filter_zstd(a);
    archive_write_set_bytes_in_last_block(a, 1);
    bool ok = archive_write_open(a, &out, nullptr, appendTo, nullptr) == ARCHIVE_OK;
    if (ok) {
        struct archive_entry *entry = newEntry("MANIFEST", data.size(), 0);
        ok = archive_write_header(a, entry) == ARCHIVE_OK
            && archive_write_data(a, data.data(), size_t(data.size())) == la_ssize_t(data.size())
            && archive_write_close(a) == ARCHIVE_OK;
        archive_entry_free(entry);
    }
    if (!ok)
        *error = archiveErrorString(a, tr("cannot compress the manifest"));
    archive_write_free(a);
    return ok ? out : QByteArray();
}

bool BundleWriter::finish(QByteArrayView manifest, int fd)
{
    if (!m_error.isEmpty())
        return false;
    if (archive_write_close(m_archive) != ARCHIVE_OK) {
        m_error = archiveErrorString(m_archive, tr("cannot finish the archive"));
        return false;
    }
    const QByteArray head = tarMember("MANIFEST", manifest, m_mtime, &m_error);
    const QByteArray frame = head.isEmpty() ? QByteArray() : zstdFrame(head, &m_error);
    if (frame.isEmpty())
        return false;
    if (!writeAll(fd, frame) || !writeAll(fd, m_body)) {
        m_error =
            tr("cannot write the archive: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_body = QByteArray(); // the memory goes back at once
    return true;
}

} // namespace oom
