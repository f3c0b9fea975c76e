// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "remedy/planners.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace oom::remedy {

// The mounted filesystems, for the swap wizard: parsed from /proc/self/mountinfo (pure)
// and completed with the free space of each (readMounts).
QList<MountFacts> parseMountInfo(QByteArrayView mountinfo);

// The bytes an unprivileged writer may still use on the filesystem mounted at a mount
// point, or nullopt when that cannot be told.
using FreeSpaceReader = std::function<std::optional<qint64>(const QString &mountPoint)>;
// statvfs() of the live system.
std::optional<qint64> statvfsFreeSpace(const QString &mountPoint);

// The mount table of `root` (its proc/self/mountinfo). Free space comes from `freeSpace`;
// without one it is statvfs() when `root` is the live system ("/") and unknown below any
// other root (a copied /proc, a test fixture): statvfs() there would measure this
// machine's disks, not the ones the mount table names.
QList<MountFacts> readMounts(
    const QString &root = QStringLiteral("/"), const FreeSpaceReader &freeSpace = {});

} // namespace oom::remedy
