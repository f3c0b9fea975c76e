// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "sources/bundle/bundlelimits.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <utility>

namespace oom {

// The MANIFEST of a bundle (schema oomlens.bundle/1, src/cli/COLLECT.md): who collected
// what, when, within which limits, and everything that was left out or cut short and why.
// The process table and the cgroup tree are summarised rather than listed file by file:
// 10,000 processes are 60,000 files, and a listing would outweigh the files themselves.
struct BundleManifest {
    static constexpr const char *Schema = "oomlens.bundle/1";

    struct File {
        QString path;
        qint64 size = 0;
        QString truncated; // why it was cut short; empty when whole
        QString source; // for logs: where they came from
    };
    struct Section {
        int entries = 0; // processes or cgroups
        qint64 files = 0;
        qint64 bytes = 0;
        int vanished = 0; // exited / removed while being read (normal)
        int truncatedFiles = 0;
        QMap<QString, int> denied; // file name -> how many times permission was denied
        QStringList roots; // hierarchy directories (cgroup tree)
        QString leftOut; // why the section is incomplete; empty when complete
    };

    QString tool;
    QString host;
    QString kernel;
    // sysconf() of the collecting machine when it collected its own root ("/"); 0 unknown.
    qint64 pageSizeBytes = 0;
    qint64 clockTicksPerSecond = 0;
    QDateTime createdAt; // UTC
    qint64 uid = -1;
    qint64 euid = -1;
    QString priority; // "nice 19, I/O class idle", or what failed
    QString root = QStringLiteral("/");
    BundleLimits limits;

    QList<File> files; // system files and logs, in archive order
    QList<std::pair<QString, QString>> leftOut; // path, reason
    Section processTable;
    Section cgroupTree;
    QStringList notes;
    QString stopped; // the time limit or a stuck read; empty when the collection finished
    QString stoppedAt;

    qint64 totalFiles = 0; // members after the MANIFEST
    qint64 totalBytes = 0; // their content
    qint64 durationMs = 0;

    QByteArray toJson() const;
};

} // namespace oom
