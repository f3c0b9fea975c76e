// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QString>
#include <QStringList>

namespace oom {

// Where a file stands in a logrotate series. Both schemes logrotate uses are understood:
// numbered ("messages.4.gz" ... "messages.1", then "messages") where a higher number is
// older, and dated ("messages-20240101", "messages-20240201.gz", then "messages"), and
// Debian's "dmesg.0". The current file (no suffix) is the newest.
struct RotationKey {
    enum class Generation { Numbered, Dated, Current };
    QString directory;
    QString family; // "messages", "kern.log"
    Generation generation = Generation::Current;
    qint64 number = 0; // Numbered
    QString date; // Dated, digits only: "20240101", "2024010112"

    bool operator<(const RotationKey &other) const;
};

RotationKey rotationKey(const QString &path);
// Same directory and family, oldest first; families and directories by name.
bool rotationLess(const QString &a, const QString &b);
void sortOldestFirst(QStringList &paths);

// The file name without a compression suffix (".gz", ".xz", ".zst", ".bz2", ".lz4", ...).
QString stripCompressionSuffix(const QString &name);
// The file name without compression and rotation suffixes: "messages-20240101.gz" ->
// "messages", "kern.log.1" -> "kern.log".
QString logFamily(const QString &name);

} // namespace oom
