// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "sources/input/bytestream.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace oom {

// A regular file on disk. Opening never blocks and never reads anything but regular files:
// a FIFO would hang the analysis until a writer appears and a device could be anything,
// so both are refused (the live kernel log, /dev/kmsg, has its own reader).
class FileStream : public ByteStream
{
    Q_DECLARE_TR_FUNCTIONS(FileStream)

public:
    ~FileStream() override;
    FileStream(const FileStream &) = delete;
    FileStream &operator=(const FileStream &) = delete;

    // nullptr with *error set ("permission denied", "no such file", "not a regular file
    // (FIFO)", ...) when the file cannot be read.
    static std::unique_ptr<FileStream> open(const QString &path, QString *error);

    qint64 read(char *buffer, qint64 maxSize) override;
    QString errorString() const override;
    std::optional<qint64> size() const override { return m_size; }
    int fileDescriptor() const override { return m_fd; }

    // Random access for samplers and libarchive's seekable readers; neither moves the
    // position read() continues from except seek().
    qint64 readAt(qint64 offset, char *buffer, qint64 maxSize);
    QByteArray sampleAt(qint64 offset, qint64 maxSize);
    qint64 seek(qint64 offset, int whence);
    qint64 position() const { return m_pos; }
    QString path() const { return m_path; }

private:
    FileStream(int fd, qint64 size);

    int m_fd = -1;
    qint64 m_size = 0;
    QString m_path;
    qint64 m_pos = 0;
    QString m_error;
};

// The message for an errno value from open()/read(), in the words the reports use.
QString describeIoError(int errnum);

} // namespace oom
