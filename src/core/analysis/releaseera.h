// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QString>

#include <optional>

// What a kernel release string ("5.4.0-42-generic", from the report's stack dump) says
// about the badness formula. Used by detectEra() only to choose among the eras the report's
// text leaves open, never against the text: stable and vendor kernels backport the OOM code.
namespace oom {

struct ReleaseVersion {
    int major = 0;
    int minor = 0;
    int encoded = 0; // major*10000 + minor*100 (the sub-level is not trusted, see releaseera.cpp)
};

// The mainline series of a release, or nullopt when the string is not "<major>.<minor>...".
std::optional<ReleaseVersion> parseRelease(const QString &release);

// Why the release cannot pick the formula, or empty when it can: a vendor kernel that
// carries backports (RHEL and its rebuilds ".el<N>", Oracle "uek"), or a mainline series
// whose stable updates changed the formula (3.10.y took the 3.14 root bonus by 3.10.99;
// 5.4.y the 5.9 signed badness by 5.4.273, and distributions print such kernels as
// "5.4.0-<build>", hiding the stable level).
QString releaseCannotTellEra(const QString &release, const ReleaseVersion &version);

} // namespace oom
