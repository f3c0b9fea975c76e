// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QString>

namespace oom {

// Why part of a snapshot is unknown. None of these makes a snapshot fail: each is shown
// next to the values it leaves empty.
enum class NoteKind {
    PermissionDenied, // EACCES/EPERM: e.g. pagetypeinfo is 0400 since 5.4, smaps_rollup of others
    Vanished, // ENOENT/ESRCH mid-read: a process exited or a cgroup was removed (normal)
    Missing, // a file the layout should have is absent (collected bundle without it)
    Unsupported, // the kernel lacks the feature: CONFIG_PSI off or psi=0, no cgroup mount
    Layout, // how the system is set up: cgroup v1 only, hybrid, not running as root
    Truncated, // a bound was hit: cgroup walk depth/count, a long cmdline
    Unparsable, // the file was read but did not look as expected
    IoError, // any other error, with its errno text
};

struct SnapshotNote {
    NoteKind kind = NoteKind::Missing;
    QString subject; // a path relative to the root ("proc/pagetypeinfo"), "pid 1234", ...
    QString message; // one translated sentence: what is unknown and why
    int errnum = 0; // errno behind it, 0 when none

    bool operator==(const SnapshotNote &) const = default;
};

} // namespace oom
