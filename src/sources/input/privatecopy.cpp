// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/input/privatecopy.h"

#include "sources/input/bytestream.h"
#include "sources/input/decompressionguard.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace oom {

namespace {

QString memoryBackedBase()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir() && QFileInfo(runtime).isWritable())
        return runtime;
    const QString shm = QStringLiteral("/dev/shm");
    if (QFileInfo(shm).isDir() && QFileInfo(shm).isWritable())
        return shm;
    return QDir::tempPath();
}

} // namespace

std::unique_ptr<PrivateCopy> PrivateCopy::create(ByteStream &stream, qint64 maxBytes,
                                                 QString *error)
{
    std::unique_ptr<PrivateCopy> copy(new PrivateCopy);
    copy->m_dir =
        std::make_unique<QTemporaryDir>(memoryBackedBase() + QStringLiteral("/oomlens-XXXXXX"));
    if (!copy->m_dir->isValid()) {
        copy->m_dir =
            std::make_unique<QTemporaryDir>(); // the temp dir, if the first place was full
        if (!copy->m_dir->isValid()) {
            *error =
                tr("cannot make a private temporary directory: %1").arg(copy->m_dir->errorString());
            return nullptr;
        }
    }
    copy->m_path = copy->m_dir->filePath(QStringLiteral("copy"));
    QFile file(copy->m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = tr("cannot make a private copy: %1").arg(file.errorString());
        return nullptr;
    }
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = stream.read(buffer.data(), buffer.size());
        if (n == 0)
            break;
        if (n < 0) {
            *error = stream.errorString();
            return nullptr;
        }
        copy->m_size += n;
        if (copy->m_size > maxBytes) {
            *error = tr("larger than %1; extract it and analyse the file itself")
                         .arg(DecompressionGuard::formatBytes(maxBytes));
            return nullptr;
        }
        if (file.write(buffer.constData(), n) != n) {
            *error = tr("cannot make a private copy: %1").arg(file.errorString());
            return nullptr;
        }
    }
    if (!file.flush()) {
        *error = tr("cannot make a private copy: %1").arg(file.errorString());
        return nullptr;
    }
    return copy;
}

} // namespace oom
