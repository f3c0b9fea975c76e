// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "sources/bundle/bundlelimits.h"
#include "sources/system/root.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace oom {

struct CollectOptions {
    BundleLimits limits;
    QString tool; // "oomlens-cli 0.1.0", for the MANIFEST
    // What is collected: "/" (the live system; also its kernel log and journal), or a root
    // directory such as a test fixture (files only).
    QString rootPath = QStringLiteral("/");
    // nice 19 and the idle I/O class for the calling thread and the reader it starts, so
    // a busy server does not notice (setpriority(2), ioprio_set(2)).
    bool lowerPriority = true;
};

struct CollectResult {
    bool ok = false;
    QString error; // why no archive was written
    qint64 archiveBytes = 0;
    int files = 0; // members, MANIFEST included
    qint64 contentBytes = 0;
    qint64 durationMs = 0;
    // One sentence each: what was left out or cut short (also in the MANIFEST).
    QStringList leftOut;
    QStringList truncated;
    QString stopped; // the time limit or a stuck read ended the collection early
    QByteArray manifest; // the MANIFEST as written
};

// `oomlens-cli collect` (src/cli/COLLECT.md): reads the files OOM Lens's readers use from
// the live system, the kernel log and the OOM-related journal entries, and writes them as
// one .tar.zst bundle laid out like a root (proc/, sys/, logs/, MANIFEST first), so that
// SystemTree reads it as a Root and analyzePaths() recognises it.
//
// A reader thread reads, the calling thread compresses (BundleWriter). The reader never
// reads a file outside the list in COLLECT.md, stops at the time limit, and records every
// file it left out or cut short, with the reason, in the MANIFEST. If one read does not
// return (a /proc/<pid>/cmdline behind a process that holds its mmap lock during an OOM),
// the bundle is finished without it after the grace period and the read is abandoned.
class BundleCollector
{
    Q_DECLARE_TR_FUNCTIONS(BundleCollector)

public:
    // Writes the bundle to `fd` (a file or a pipe; written only once it is complete).
    static CollectResult collect(int fd, const CollectOptions &options);
    // "oomlens-<host>-<YYYYmmdd-HHMMSS>.tar.zst" (UTC).
    static QString defaultFileName(const QString &host);
};

} // namespace oom
