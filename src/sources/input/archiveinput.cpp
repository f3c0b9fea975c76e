// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/input/archiveinput.h"

#include "sources/input/filestream.h"

#include <archive.h>

#include <cstdio>

namespace oom {

namespace {
constexpr qsizetype BlockBytes = 128 * 1024;
}

struct ArchiveInputCallbacks {
    static la_ssize_t read(struct archive *a, void *clientData, const void **buffer)
    {
        auto *self = static_cast<ArchiveInput *>(clientData);
        const qint64 n = self->m_source.read(self->m_buffer.data(), self->m_buffer.size());
        if (n < 0) {
            self->m_sourceFailed = true;
            const QByteArray message = self->m_source.errorString().toUtf8();
            archive_set_error(a, EIO, "%s", message.constData());
            return -1;
        }
        self->m_bytesRead += n;
        *buffer = self->m_buffer.constData();
        return la_ssize_t(n);
    }

    static la_int64_t seek(struct archive *, void *clientData, la_int64_t offset, int whence)
    {
        auto *self = static_cast<ArchiveInput *>(clientData);
        auto *file = static_cast<FileStream *>(&self->m_source);
        return file->seek(offset, whence);
    }

    static la_int64_t skip(struct archive *, void *clientData, la_int64_t request)
    {
        auto *self = static_cast<ArchiveInput *>(clientData);
        auto *file = static_cast<FileStream *>(&self->m_source);
        const qint64 size = file->size().value_or(0);
        const qint64 target = qMin<qint64>(file->position() + request, size);
        const qint64 before = file->position();
        if (file->seek(target, SEEK_SET) < 0)
            return 0; // libarchive then reads through
        return target - before;
    }
};

ArchiveInput::ArchiveInput(ByteStream &source)
    : m_source(source)
    , m_buffer(BlockBytes, Qt::Uninitialized)
{
}

int ArchiveInput::open(struct archive *a)
{
    if (dynamic_cast<FileStream *>(&m_source)) {
        archive_read_set_seek_callback(a, &ArchiveInputCallbacks::seek);
        archive_read_set_skip_callback(a, &ArchiveInputCallbacks::skip);
    }
    archive_read_set_read_callback(a, &ArchiveInputCallbacks::read);
    archive_read_set_callback_data(a, this);
    return archive_read_open1(a);
}

QString archiveErrorString(struct archive *a, const QString &fallback)
{
    const char *message = archive_error_string(a);
    if (!message || !*message)
        return fallback;
    return QString::fromUtf8(message).trimmed();
}

} // namespace oom
