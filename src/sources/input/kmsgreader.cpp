// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/input/kmsgreader.h"

#include "sources/follow/kmsgrecord.h"
#include "sources/input/filestream.h"
#include "sources/input/linesink.h"

#include <QByteArrayView>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace oom {

namespace {
// A record is at most about 8 KiB with its dictionary (printk's CONSOLE_LOG_MAX); a smaller
// buffer makes read() fail with EINVAL.
constexpr size_t RecordBuffer = 16 * 1024;
// The ring buffer holds at most a few hundred thousand records; this bound only guards
// against a device that never says EAGAIN.
constexpr qint64 MaxRecords = 10 * 1000 * 1000;
} // namespace

KmsgReadResult KmsgReader::read(LineSink &sink, const QString &path)
{
    KmsgReadResult result;
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        result.errnum = errno;
        result.error = describeIoError(errno);
        return result;
    }
    result.opened = true;
    // The same assembly as following: 3.5-4.x split pr_cont() lines (buddy lists) into
    // '+' records, which become one line again; lost records become a gap.
    KmsgLineAssembler assembler;
    char buffer[RecordBuffer];
    while (result.records < MaxRecords) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EPIPE) {
                assembler.overrun(); // records were overwritten before we got to them
                continue;
            }
            if (errno != EAGAIN) {
                result.errnum = errno;
                result.error = describeIoError(errno);
            }
            break;
        }
        if (n == 0)
            break;
        ++result.records;
        // Every record since 3.5 has the header; bytes without one are not a record.
        if (const auto record = parseKmsgRecord(QByteArrayView(buffer, qsizetype(n))))
            assembler.add(*record, sink);
    }
    assembler.flush(sink);
    ::close(fd);
    // Reading /dev/kmsg needs CAP_SYSLOG under dmesg_restrict: the open succeeds for some
    // kernels and the first read fails with EPERM.
    if (result.records == 0 && result.errnum != 0)
        result.opened = false;
    return result;
}

} // namespace oom
