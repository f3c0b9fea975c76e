// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/analysis/badnessera.h"

#include <QList>

// What a report's text says about the kernel that printed it, as version ranges, for
// detectEra(). Every rule names the release that introduced or removed the text
// (docs/kernel-formats.md §1 and §5). Internal to the analysis layer.
namespace oom::erafacts {

// Versions are encoded major*10000 + minor*100 + sub (2.6.35 = 20635, 5.9 = 50900).
constexpr int version(int major, int minor, int sub = 0)
{
    return major * 10000 + minor * 100 + sub;
}
// The last release of a series: "up to 3.4" includes every 3.4.y.
constexpr int upTo(int major, int minor, int sub = 99)
{
    return version(major, minor, sub);
}
constexpr int kNoUpperBound = 999999;

// One observation: the kernel versions that print it. `weak` marks what vendors are known
// to backport (RHEL 7 prints the 5.0 summary line, RHEL 8.1 the 5.1 kill line), so it
// only decides between eras the strong evidence left open.
struct Fact {
    int min = 0;
    int max = kNoUpperBound;
    bool weak = false;
    EraEvidence evidence;
};

QList<Fact> collect(const OomEvent &event);

} // namespace oom::erafacts
