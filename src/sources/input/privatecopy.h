// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace oom {

class ByteStream;

// A private, short-lived copy of a stream for a library that can only read a linked file:
// libsystemd maps journal files and refuses unlinked ones (a memfd or O_TMPFILE file gives
// EIDRM). The copy goes into a fresh 0700 directory on a memory file system where there
// is one ($XDG_RUNTIME_DIR, else /dev/shm), else in the temporary directory, and the
// directory is removed with this object. This is the only place the analysis writes.
class PrivateCopy
{
    Q_DECLARE_TR_FUNCTIONS(PrivateCopy)

public:
    // nullptr with *error set (a read error, more than maxBytes, no room).
    static std::unique_ptr<PrivateCopy> create(ByteStream &stream, qint64 maxBytes, QString *error);

    QString path() const { return m_path; }
    qint64 size() const { return m_size; }

private:
    PrivateCopy() = default;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    qint64 m_size = 0;
};

} // namespace oom
