// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QCoreApplication>
#include <QString>

namespace oom {

class LineSink;

struct KmsgReadResult {
    bool opened = false;
    int errnum = 0; // errno of the failure (EPERM under kernel.dmesg_restrict=1)
    qint64 records = 0;
    QString error; // empty on success
};

// Reads the records the kernel ring buffer holds now from /dev/kmsg, without waiting for
// new ones: the descriptor is non-blocking and reading stops at EAGAIN. Each read() returns
// one record, "prio,seq,usec,flags;text" followed by dictionary lines (" SUBSYSTEM=..."),
// which are dropped. Records are fed with their ordinal (1-based) as line number; a record
// the kernel overwrote while we read (EPIPE) leaves a gap.
class KmsgReader
{
    Q_DECLARE_TR_FUNCTIONS(KmsgReader)

public:
    static KmsgReadResult read(LineSink &sink, const QString &path = QStringLiteral("/dev/kmsg"));
};

} // namespace oom
