// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

// Free space for the mount table of tests/data/proc/v2 (proc/self/mountinfo): statvfs() is
// not in /proc, so the wizards' tests give these figures to WizardController in its place.
// The root filesystem has the most room; the tmpfs mounts have room too, so a refusal to
// put swap there is the filesystem's, not the space's.

#include "remedy/hostfacts.h"

#include <QString>

namespace oom::fixturemounts {

constexpr qint64 GiB = qint64(1) << 30;

inline std::optional<qint64> v2FreeSpace(const QString &mountPoint)
{
    if (mountPoint == u"/")
        return 412 * GiB;
    if (mountPoint == u"/boot")
        return qint64(1.4 * double(GiB));
    if (mountPoint == u"/boot/efi")
        return qint64(1000) << 20;
    if (mountPoint == u"/tmp")
        return 11 * GiB;
    if (mountPoint == u"/run")
        return 2 * GiB;
    return std::nullopt; // proc, sysfs, cgroup2, …: no figure, like statvfs() of no disk
}

} // namespace oom::fixturemounts
